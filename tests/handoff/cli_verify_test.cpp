// The hand-off commands as counter staff and scripts call them: `kakanai keys`, `form fill` with a
// configured key and ledger, `kakanai verify` on a 150 dpi scan, a PDF and typed text, its exit codes
// (0 valid, 40 unreadable, 41 bad signature, 42 unknown key), `--json`, `--export`, and the ledger.
#include "kakanai/verify/code_reader.h"

#include "test_support.h"

#include <nlohmann/json.hpp>

#include <gtest/gtest.h>

#include <sys/stat.h>

#include <filesystem>
#include <fstream>

using namespace kakanai::test;
using nlohmann::json;

namespace {

// A fictional resident whose every value is a canary: none of it may reach the ledger.
const std::string kPerson = R"({"schema": "kakanai-person/1", "source": "mynumber-card",
  "name": "架空　鶴亀", "name_kana": {"value": "カクウ　ツルカメ", "source": "resident"},
  "birth_date": "1961-07-29", "sex": "male",
  "address": "架空県カナリア市見本町九丁目８番７号", "postal_code": {"value": "9990001", "source": "staff"},
  "phone": "090-5555-0199", "head_of_household": true})";
const std::vector<std::string> kCanaries{"鶴亀", "ツルカメ", "カナリア", "見本町",
                                         "1961", "昭和36",   "９９９",   "9990001",
                                         "5555", "0199",     "\\u9db4",  /* 鶴 escaped */ "male"};

struct CliVerify : ::testing::Test {
    static inline TempDir* dir = nullptr;
    static inline json filled;

    static std::string file(const std::string& name) { return dir->file(name); }
    static CommandResult kakanai(std::vector<std::string> args, const std::string& input = {}) {
        args.insert(args.begin(), cliPath());
        return run(args, input);
    }
    static CommandResult verify(std::vector<std::string> args, const std::string& input = {}) {
        args.insert(args.begin(), "verify");
        args.insert(args.end(), {"--forms-dir", sourcePath("forms")});
        return kakanai(args, input);
    }

    static void SetUpTestSuite() {
        dir = new TempDir;
        ASSERT_EQ(kakanai({"keys", "generate", "--out", file("kiosk.key")}).exitCode, 0);
        ASSERT_EQ(kakanai({"keys", "generate", "--out", file("other.key")}).exitCode, 0);
        writeFile(file("kakanai.toml"),
                  "[kiosk]\nid = \"test-kiosk-07\"\n"
                  "[municipality]\nname = \"架空市\"\naddressee = \"架空市長\"\n"
                  "[forms]\ndirectory = \"" +
                      sourcePath("forms") +
                      "\"\n"
                      "[signing]\nkey_path = \"kiosk.key\"\ntrusted_keys = [\"kiosk.pub\"]\n"
                      "[audit]\nledger = \"ledger.jsonl\"\n");
        writeFile(file("person.json"), kPerson);
        const CommandResult fill =
            kakanai({"form", "fill", "--config", file("kakanai.toml"), "--form", "juminhyo", "--person",
                     file("person.json"), "-o", file("form.pdf"), "--date", "2026-11-23", "--json"});
        ASSERT_EQ(fill.exitCode, 0) << fill.err;
        filled = json::parse(fill.out);
        ASSERT_EQ(run({"pdftoppm", "-q", "-gray", "-r", "150", "-f", "1", "-l", "1", "-singlefile", "-png",
                       file("form.pdf"), file("scan150")})
                      .exitCode,
                  0);
        ASSERT_TRUE(std::filesystem::exists(file("scan150.png")));
    }
    static void TearDownTestSuite() {
        delete dir;
        dir = nullptr;
    }

    // The code as a keyboard-wedge scanner types it: what the QR code on the scan holds.
    static std::string typedCode() {
        auto pages = kakanai::verify::loadPages(file("scan150.png"));
        if (!pages || pages->empty()) return {};
        const auto codes = kakanai::verify::readCodes(pages->front().view());
        return codes.size() == 1 ? codes[0] : std::string();
    }
};

TEST_F(CliVerify, KeysAreWrittenWithSafeModesAndShown) {
    struct stat st {};
    ASSERT_EQ(stat(file("kiosk.key").c_str(), &st), 0);
    EXPECT_EQ(st.st_mode & 0777, 0600u);
    ASSERT_EQ(stat(file("kiosk.pub").c_str(), &st), 0);
    EXPECT_EQ(st.st_mode & 0077, 0044u) << "the public key is for everyone";
    const CommandResult show = kakanai({"keys", "show", "--config", file("kakanai.toml"), "--json"});
    ASSERT_EQ(show.exitCode, 0) << show.err;
    const json j = json::parse(show.out);
    EXPECT_EQ(j["signing_key"]["key_id"], j["trusted_keys"][0]["key_id"]);
    EXPECT_EQ(j["signing_key"]["key_id"].get<std::string>().size(), 8u);
    EXPECT_EQ(kakanai({"keys", "generate", "--out", file("kiosk.key")}).exitCode, 1) << "never overwrite";
}

TEST_F(CliVerify, FillReportsTheSignedCodeAndItsSize) {
    const json& h = filled["forms"][0]["handoff"];
    EXPECT_TRUE(h["signed"].get<bool>());
    EXPECT_EQ(h["parts"], 1);
    EXPECT_TRUE(h["readable_at_150dpi"].get<bool>());
    EXPECT_LE(h["qr_version"].get<int>(), 15);
    EXPECT_EQ(filled["session_id"].get<std::string>().size(), 16u);
}

TEST_F(CliVerify, A150DpiScanVerifiesAndPrintsTheFields) {
    const CommandResult r = verify({file("scan150.png"), "--pubkey", file("kiosk.pub")});
    EXPECT_EQ(r.exitCode, 0) << r.out << r.err;
    EXPECT_NE(r.out.find("架空　鶴亀"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("test-kiosk-07"), std::string::npos);
    EXPECT_NE(r.out.find(filled["session_id"].get<std::string>()), std::string::npos);
    EXPECT_NE(r.out.find("identified by mynumber-card (card)"), std::string::npos) << r.out;
    EXPECT_TRUE(r.out.ends_with("result: valid\n")) << r.out;
}

TEST_F(CliVerify, TrustedKeysComeFromTheConfigToo) {
    const CommandResult r = kakanai({"verify", file("form.pdf"), "--config", file("kakanai.toml")});
    EXPECT_EQ(r.exitCode, 0) << r.out << r.err;
}

TEST_F(CliVerify, JsonReportHasTheOutcomeAndEveryCode) {
    const CommandResult r = verify({file("form.pdf"), "--pubkey", file("kiosk.pub"), "--json"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const json j = json::parse(r.out);
    EXPECT_EQ(j["schema"], "kakanai-verify/1");
    EXPECT_EQ(j["result"], "valid");
    EXPECT_EQ(j["exit_code"], 0);
    ASSERT_EQ(j["forms"].size(), 1u);
    EXPECT_EQ(j["forms"][0]["form_id"], "juminhyo");
    EXPECT_EQ(j["forms"][0]["payload_sha256"], filled["forms"][0]["handoff"]["payload_sha256"]);
    EXPECT_EQ(j["codes"][0]["status"], "valid");
}

TEST_F(CliVerify, ExportHasOneRowPerForm) {
    const CommandResult csv = verify({file("form.pdf"), "--pubkey", file("kiosk.pub"), "--export", "csv"});
    ASSERT_EQ(csv.exitCode, 0) << csv.err;
    int rows = 0;
    for (char c : csv.out)
        rows += c == '\n';
    EXPECT_EQ(rows, 2) << "header and one form:\n" << csv.out;
    EXPECT_EQ(csv.out.rfind("form_id,form_version,", 0), 0u) << csv.out.substr(0, 200);
    EXPECT_NE(csv.out.find("架空　鶴亀"), std::string::npos);

    const CommandResult js = verify({file("scan150.png"), "--pubkey", file("kiosk.pub"), "--export", "json"});
    ASSERT_EQ(js.exitCode, 0) << js.err;
    const json j = json::parse(js.out);
    EXPECT_EQ(j["schema"], "kakanai-export/1");
    ASSERT_EQ(j["forms"].size(), 1u);
    EXPECT_EQ(j["forms"][0]["session_id"], filled["session_id"]);
}

TEST_F(CliVerify, ATypedCodeVerifiesAndAnyChangedDigitIsABadSignature) {
    const std::string code = typedCode();
    ASSERT_EQ(code.rfind("KKN1-", 0), 0u);
    EXPECT_EQ(verify({"--text", "--pubkey", file("kiosk.pub")}, code + "\n").exitCode, 0);
    std::string tampered = code;
    const std::size_t at = tampered.size() / 2;
    tampered[at] = tampered[at] == '9' ? '1' : static_cast<char>(tampered[at] + 1);
    const CommandResult bad = verify({"--text", "--pubkey", file("kiosk.pub")}, tampered + "\n");
    EXPECT_EQ(bad.exitCode, 41) << bad.out << bad.err;
    EXPECT_NE(bad.out.find("BAD SIGNATURE"), std::string::npos) << bad.out;
    EXPECT_EQ(bad.out.find("鶴亀"), std::string::npos) << "nothing of a rejected code is shown";
}

TEST_F(CliVerify, APageFromAnotherKeyIsUnknownUntilThatKeyIsTrusted) {
    const CommandResult other = verify({file("scan150.png"), "--pubkey", file("other.pub")});
    EXPECT_EQ(other.exitCode, 42) << other.out;
    EXPECT_NE(other.out.find("UNKNOWN KEY"), std::string::npos) << other.out;
    EXPECT_EQ(other.out.find("鶴亀"), std::string::npos);
    // Rotation: old and new keys side by side, as two files or one file with two lines.
    EXPECT_EQ(
        verify({file("scan150.png"), "--pubkey", file("other.pub"), "--pubkey", file("kiosk.pub")}).exitCode,
        0);
    writeFile(file("both.pub"),
              readFile(file("other.pub")) + "\n# rotated 2026-11\n" + readFile(file("kiosk.pub")));
    EXPECT_EQ(verify({file("scan150.png"), "--pubkey", file("both.pub")}).exitCode, 0);
}

TEST_F(CliVerify, UnreadableInputIsExit40WithAReason) {
    std::string blank = "P5\n64 64\n255\n" + std::string(64 * 64, '\xff');
    writeFile(file("blank.pgm"), blank);
    const CommandResult none = verify({file("blank.pgm"), "--pubkey", file("kiosk.pub")});
    EXPECT_EQ(none.exitCode, 40) << none.out << none.err;
    EXPECT_NE(none.out.find("no QR code found"), std::string::npos) << none.out;

    writeFile(file("notes.txt"), "not an image");
    const CommandResult garbage = verify({file("notes.txt"), "--pubkey", file("kiosk.pub")});
    EXPECT_EQ(garbage.exitCode, 40) << garbage.out << garbage.err;
    EXPECT_EQ(verify({file("missing.png"), "--pubkey", file("kiosk.pub")}).exitCode, 40);
    EXPECT_EQ(verify({"--text", "--pubkey", file("kiosk.pub")}, "https://example.com/\n").exitCode, 40);
    // A key file that cannot be read is a setup problem, not a verdict on the page.
    EXPECT_EQ(verify({file("scan150.png"), "--pubkey", file("nokey.pub")}).exitCode, 1);
}

TEST_F(CliVerify, TheLedgerTracesTheFormWithoutPersonalData) {
    const std::string ledger = readFile(file("ledger.jsonl"));
    ASSERT_FALSE(ledger.empty());
    EXPECT_NE(ledger.find(filled["session_id"].get<std::string>()), std::string::npos);
    EXPECT_NE(ledger.find(filled["forms"][0]["handoff"]["payload_sha256"].get<std::string>()),
              std::string::npos);
    EXPECT_NE(ledger.find("test-kiosk-07"), std::string::npos);
    for (const auto& canary : kCanaries)
        EXPECT_EQ(ledger.find(canary), std::string::npos) << "ledger holds \"" << canary << "\"";
    const CommandResult check = kakanai({"ledger", "check", "--config", file("kakanai.toml")});
    EXPECT_EQ(check.exitCode, 0) << check.err;
    EXPECT_NE(check.out.find("chain intact"), std::string::npos);
}

TEST_F(CliVerify, AKeyOthersCanReadStopsTheKioskFromPrinting) {
    TempDir own;
    ASSERT_EQ(kakanai({"keys", "generate", "--out", own.file("k.key")}).exitCode, 0);
    ASSERT_EQ(chmod(own.file("k.key").c_str(), 0644), 0);
    writeFile(own.file("c.toml"),
              "[kiosk]\nid = \"k\"\n[municipality]\nname = \"架空市\"\naddressee = \"架空市長\"\n"
              "[forms]\ndirectory = \"" +
                  sourcePath("forms") + "\"\n[signing]\nkey_path = \"k.key\"\n");
    const CommandResult r = kakanai({"form", "fill", "--config", own.file("c.toml"), "--form", "juminhyo",
                                     "--person", file("person.json"), "-o", own.file("x.pdf")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_NE(r.err.find("chmod 600"), std::string::npos) << r.err;
    EXPECT_FALSE(std::filesystem::exists(own.file("x.pdf")));
}

TEST_F(CliVerify, AMyNumberIsNeverSignedOrPrinted) {
    TempDir own;
    writeFile(own.file("a.json"),
              R"({"schema": "kakanai-answers/1", "forms": {"juminhyo": {"purpose": "other",
                 "purpose_other": "1234 5678 9018"}}})");
    const CommandResult r =
        kakanai({"form", "fill", "--config", file("kakanai.toml"), "--form", "juminhyo", "--person",
                 file("person.json"), "--answers", own.file("a.json"), "-o", own.file("x.pdf")});
    EXPECT_NE(r.exitCode, 0);
    EXPECT_NE(r.err.find("個人番号"), std::string::npos) << r.err;
    EXPECT_EQ(r.err.find("9018"), std::string::npos) << "the number itself is never echoed";
    EXPECT_FALSE(std::filesystem::exists(own.file("x.pdf")));
}

} // namespace
