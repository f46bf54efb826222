// The audit ledger: append-only lines without personal data, chained so edits show.
#include "kakanai/handoff/ledger.h"

#include "test_support.h"

#include <nlohmann/json.hpp>

#include <gtest/gtest.h>

#include <sys/stat.h>

#include <fstream>
#include <sstream>

using namespace kakanai;
using namespace kakanai::handoff;

namespace {

SessionInfo session(std::uint8_t id) {
    return SessionInfo{"kiosk-2", 1795400000 + id, {id, 1, 2, 3, 4, 5, 6, 7}, IdSource::MyNumberCard, 1, 0};
}

std::vector<std::string> lines(const std::string& path) {
    std::ifstream in(path);
    std::vector<std::string> out;
    for (std::string l; std::getline(in, l);)
        out.push_back(l);
    return out;
}

void writeLines(const std::string& path, const std::vector<std::string>& ls) {
    std::ofstream out(path, std::ios::trunc);
    for (const auto& l : ls)
        out << l << "\n";
}

struct Ledger : ::testing::Test {
    test::TempDir dir;
    std::string path = dir.file("ledger.jsonl");
    PublicKey key = SigningKey::generate(false)->publicKey();
    void SetUp() override {
        const std::vector<IssuedForm> two{{"juminhyo", "2025.1", 1, 300, 13, true, std::string(64, 'a')},
                                          {"inkan", "1", 2, 350, 14, true, std::string(64, 'b')}};
        ASSERT_TRUE(appendToLedger(path, session(1), key, two).ok());
        ASSERT_TRUE(appendToLedger(path, session(2), key, {two[0]}).ok());
    }
};

TEST_F(Ledger, OneLinePerFormWithOnlyTheTraceFields) {
    const auto ls = lines(path);
    ASSERT_EQ(ls.size(), 3u);
    const auto j = nlohmann::json::parse(ls[1]);
    std::vector<std::string> keys;
    for (const auto& [k, v] : j.items())
        keys.push_back(k);
    std::sort(keys.begin(), keys.end());
    EXPECT_EQ(keys,
              (std::vector<std::string>{"form_id", "form_version", "key_id", "kiosk_id", "parts",
                                        "payload_sha256", "prev_sha256", "schema", "session_id", "time"}));
    EXPECT_EQ(j["session_id"], "0101020304050607");
    EXPECT_EQ(j["form_id"], "inkan");
    EXPECT_EQ(j["key_id"], key.idHex());
    EXPECT_EQ(j["time"], "2026-11-23T11:13:21+09:00");
    struct stat st {};
    ASSERT_EQ(stat(path.c_str(), &st), 0);
    EXPECT_EQ(st.st_mode & 0777, 0640u);
    const LedgerCheck c = checkLedger(path);
    EXPECT_EQ(c.entries, 3u);
    EXPECT_TRUE(c.problems.empty());
}

TEST_F(Ledger, AnEditedRemovedOrInsertedLineBreaksTheChain) {
    auto ls = lines(path);
    auto edited = ls;
    edited[0].replace(edited[0].find("juminhyo"), 8, "inkanxxx");
    writeLines(path, edited);
    auto c = checkLedger(path);
    ASSERT_EQ(c.problems.size(), 1u);
    EXPECT_EQ(c.problems[0].where, path + ":2");

    writeLines(path, {ls[0], ls[2]});
    c = checkLedger(path);
    ASSERT_EQ(c.problems.size(), 1u);
    EXPECT_EQ(c.problems[0].code, "ledger.chain");

    writeLines(path, {ls[0], ls[1], ls[1], ls[2]});
    EXPECT_FALSE(checkLedger(path).problems.empty());
}

} // namespace
