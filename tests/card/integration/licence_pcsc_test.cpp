// Driver's licences through the real stack (a contactless-only card; vpcd does not care).
#include "card_cli.h"
#include "pcsc_sandbox.h"

#include <gtest/gtest.h>

using namespace kakanai;
using namespace kakanai::test;

namespace {

bool flagged(const nlohmann::json& j, const char* field) {
    return std::find(j["needs_check"].begin(), j["needs_check"].end(), field) != j["needs_check"].end();
}

void expectNothingForbidden() {
    const std::string trace = PcscSandbox::trace();
    EXPECT_EQ(trace.find("FORBIDDEN"), std::string::npos) << trace;
    for (const auto& c : PcscSandbox::commandsSent()) {
        EXPECT_NE(c.rfind("00200082", 0), 0u) << "PIN 2";
        EXPECT_NE(c, "00A4040C10A0000002310200000000000000000000") << "photo DF";
        EXPECT_NE(c, "00A4020C020002") << "本籍 or PIN 2";
        EXPECT_NE(c, "00A4020C020006") << "本籍 change";
    }
}

nlohmann::json readOk(const std::string& pin) {
    auto r = kakanaiCard({"card", "read"}, pin + "\n");
    EXPECT_EQ(r.result.exitCode, 0) << r.result.out << r.result.err;
    expectNoPersonalDataIn(r.result.err);
    return r.json();
}

} // namespace

class LicencePcsc : public ::testing::Test {
protected:
    void SetUp() override { KAKANAI_REQUIRE_PCSC_SANDBOX(); }
    void TearDown() override {
        if (PcscSandbox::ready()) PcscSandbox::remove();
    }
};

TEST_F(LicencePcsc, BasicLicence) {
    PcscSandbox::insert("lic-basic.json");
    auto status = kakanaiCard({"card", "status", "--json"});
    ASSERT_EQ(status.result.exitCode, 0) << status.result.err;
    EXPECT_EQ(status.json()["card_kind"], "driver-license-card");
    EXPECT_EQ(status.json()["pin_set"], true);
    EXPECT_EQ(status.json()["pin_tries_left"], 3);

    auto j = readOk("1234");
    EXPECT_EQ(j["source"], "driver-license-card");
    EXPECT_EQ(j["name"]["value"], "試験　花子");
    EXPECT_EQ(j["name"]["source"], "driver-license-card");
    EXPECT_EQ(j["birth_date"]["value"], "1980-02-17"); // 昭和55年2月17日
    EXPECT_EQ(j["address"]["value"], "架空県架空市試験町三丁目４番５号");
    EXPECT_FALSE(j.contains("sex"));
    EXPECT_TRUE(j["needs_check"].empty());
    EXPECT_EQ(PcscSandbox::commandsSent().size(), 8u + 14u); // status probe + read
    expectNothingForbidden();
    EXPECT_NE(PcscSandbox::trace().rfind("# reset"), std::string::npos);
}

TEST_F(LicencePcsc, GaijiInTheName) {
    PcscSandbox::insert("lic-gaiji.json");
    auto j = readOk("4321");
    EXPECT_EQ(j["name"]["value"], "〓田　一郎");
    EXPECT_TRUE(flagged(j, "name"));
    EXPECT_FALSE(flagged(j, "address"));
    EXPECT_NE(j["name"]["note"].get<std::string>().find("外字"), std::string::npos);
    EXPECT_LT(j["name"]["confidence"].get<double>(), 1.0);
    expectNothingForbidden();
}

TEST_F(LicencePcsc, EraBoundaryBirthDate) {
    PcscSandbox::insert("lic-era.json");
    auto j = readOk("8642");
    EXPECT_EQ(j["birth_date"]["value"], "1989-01-08"); // 平成元年1月8日, the first day of 平成
}

TEST_F(LicencePcsc, NoPinSet) {
    PcscSandbox::insert("lic-no-pin.json");
    auto status = kakanaiCard({"card", "status"});
    EXPECT_NE(status.result.out.find("pin: not set"), std::string::npos) << status.result.out;
    auto r = kakanaiCard({"card", "read"}, "\n");
    ASSERT_EQ(r.result.exitCode, 0) << r.result.out << r.result.err;
    EXPECT_EQ(r.json()["name"]["value"], "試験　無子");
    EXPECT_EQ(r.json()["birth_date"]["value"], "1926-06-06"); // 大正15年
    expectNothingForbidden();
}

TEST_F(LicencePcsc, PinRequiredWhenOneIsSet) {
    PcscSandbox::insert("lic-basic.json");
    auto r = kakanaiCard({"card", "read", "--json"}, "\n");
    EXPECT_EQ(r.result.exitCode, 20);
    EXPECT_EQ(r.json()["error"]["code"], "card.pin-required");
}

TEST_F(LicencePcsc, WrongPin) {
    PcscSandbox::insert("lic-basic.json");
    auto r = kakanaiCard({"card", "read", "--json"}, "0000\n");
    EXPECT_EQ(r.result.exitCode, 13);
    EXPECT_EQ(r.json()["error"]["tries_left"], 2);
}

TEST_F(LicencePcsc, OneTryLeftSendsResidentsToThePhotoPath) {
    PcscSandbox::insert("lic-one-try.json");
    auto r = kakanaiCard({"card", "read", "--json"}, "1234\n");
    EXPECT_EQ(r.result.exitCode, 14);
    const auto e = r.json()["error"];
    EXPECT_EQ(e["code"], "card.pin-one-try-left");
    EXPECT_EQ(e["tries_left"], 1);
    const std::string message = e["message"];
    EXPECT_NE(message.find("police station"), std::string::npos);
    EXPECT_NE(message.find("photo"), std::string::npos);
    for (const auto& c : PcscSandbox::commandsSent())
        EXPECT_NE(c.rfind("0020008104", 0), 0u) << "the last try was used";
}

TEST_F(LicencePcsc, Blocked) {
    PcscSandbox::insert("lic-blocked.json");
    auto r = kakanaiCard({"card", "read", "--json"}, "1234\n");
    EXPECT_EQ(r.result.exitCode, 15);
    EXPECT_EQ(r.json()["error"]["code"], "card.blocked");
}

TEST_F(LicencePcsc, ChangeRecordsGiveTheCurrentAddress) {
    PcscSandbox::insert("lic-moved.json");
    auto j = readOk("1234");
    EXPECT_EQ(j["address"]["value"], "架空県新架空市新町三丁目３番３号");
    const std::string note = j["address"]["note"];
    EXPECT_NE(note.find("追記"), std::string::npos);
    EXPECT_NE(note.find("2024-04-01"), std::string::npos);
    EXPECT_TRUE(flagged(j, "address"));
    EXPECT_EQ(j["name"]["value"], "試験　移子");
    expectNothingForbidden();
}
