// My Number cards through the real stack: `kakanai card …` → helper process → libpcsclite → pcscd →
// vsmartcard-vpcd → card_emulator with a fictional person. One pcscd for the whole binary.
#include "card_cli.h"
#include "pcsc_sandbox.h"

#include "kakanai/pcsc/helper_card_reader.h"

#include <winscard.h>

#include <gtest/gtest.h>

#include <future>
#include <thread>

using namespace kakanai;
using namespace kakanai::test;
using namespace std::chrono_literals;

namespace {

constexpr const char* kSelectKenhojo = "00A4040C0AD3921000310001010408";

// No forbidden command, and the card was reset after our session (SCARD_RESET_CARD).
void expectCleanSession() {
    const std::string trace = PcscSandbox::trace();
    EXPECT_EQ(trace.find("FORBIDDEN"), std::string::npos) << trace;
    const auto lastCommand = trace.rfind("\n> ");
    const auto lastReset = trace.rfind("# reset");
    EXPECT_NE(lastReset, std::string::npos) << "the card was not reset after the session:\n" << trace;
    if (lastCommand != std::string::npos && lastReset != std::string::npos) {
        EXPECT_GT(lastReset, lastCommand);
    }
}

int count(const std::vector<std::string>& cmds, const std::string& prefix) {
    int n = 0;
    for (const auto& c : cmds)
        n += c.rfind(prefix, 0) == 0;
    return n;
}

nlohmann::json readOk(const std::string& pin) {
    auto r = kakanaiCard({"card", "read"}, pin + "\n");
    EXPECT_EQ(r.result.exitCode, 0) << r.result.err;
    expectNoPersonalDataIn(r.result.err);
    return r.json();
}

struct Expected {
    const char* fixture;
    const char* pin;
    const char* name;
    const char* address;
    const char* birth;
    const char* sex;
    bool nameChecked;
    std::size_t apdus;
};

} // namespace

class MyNumberPcsc : public ::testing::Test {
protected:
    void SetUp() override { KAKANAI_REQUIRE_PCSC_SANDBOX(); }
    void TearDown() override {
        if (PcscSandbox::ready()) PcscSandbox::remove();
    }
};

TEST_F(MyNumberPcsc, ReadsEachFictionalPersonWithTheMinimumApdus) {
    const Expected people[] = {
        {"mn-taro.json", "1234", "試験　太郎", "東京都架空市試験町一丁目２番３号", "1980-01-01", "male",
         false, 7},
        {"mn-yoshi.json", "2468", "𠮷野　花子", "架空県試験市本町４丁目５番地６", "1989-01-08", "female",
         true, 7},
        {"mn-showa64.json", "1357", "架空　昭子", "架空県試験市栄町７－８－９", "1989-01-07", "female", false,
         7},
        {"mn-mononym.json", "1111", "ＴＥＳＴＩＮＡ", "架空県試験市港町１番１号　架空ハイツ１０１号",
         "2019-05-01", "not-applicable", false, 7},
        {"mn-foreign.json", "9090", "TESTER ALEX JAMIE", "架空県試験市西町二丁目３番４号", "2019-04-30",
         "not-known", false, 7},
        {"mn-address-81.json", "1234", "試験　次郎", nullptr, "1975-03-15", "male", false, 7},
        {"mn-address-82.json", "1234", "試験　三郎", nullptr, "1960-02-29", "male", false, 8},
    };
    for (const auto& e : people) {
        SCOPED_TRACE(e.fixture);
        PcscSandbox::insert(e.fixture);
        auto j = readOk(e.pin);
        EXPECT_EQ(j["schema"], "kakanai-person/1");
        EXPECT_EQ(j["source"], "mynumber-card");
        EXPECT_EQ(j["name"]["value"], e.name);
        if (e.address) {
            EXPECT_EQ(j["address"]["value"], e.address);
        }
        EXPECT_EQ(j["birth_date"]["value"], e.birth);
        EXPECT_EQ(j["sex"]["value"], e.sex);
        const bool flagged =
            std::find(j["needs_check"].begin(), j["needs_check"].end(), "name") != j["needs_check"].end();
        EXPECT_EQ(flagged, e.nameChecked);
        const auto cmds = PcscSandbox::commandsSent();
        EXPECT_EQ(cmds.size(), e.apdus) << PcscSandbox::trace();
        EXPECT_EQ(count(cmds, "00A4020C020001"), 0) << "EF 0001 selected";
        EXPECT_EQ(count(cmds, kSelectKenhojo), 1) << "no re-selects";
        expectCleanSession();
    }
}

TEST_F(MyNumberPcsc, LongAddressesSurviveTheRealStack) {
    PcscSandbox::insert("mn-address-82.json");
    auto j = readOk("1234");
    const std::string address = j["address"]["value"];
    EXPECT_GT(address.size(), 255u);
    EXPECT_EQ(address.rfind("架空県架空郡", 0), 0u);
    EXPECT_NE(address.find("架空ハイツ１２３４５号室"), std::string::npos);
}

TEST_F(MyNumberPcsc, StatusUsesNoTry) {
    PcscSandbox::insert("mn-taro.json");
    for (int i = 0; i < 3; ++i) { // three status calls would lock the card if they used tries
        auto r = kakanaiCard({"card", "status", "--json"});
        ASSERT_EQ(r.result.exitCode, 0) << r.result.err;
        auto j = r.json();
        EXPECT_EQ(j["card_present"], true);
        EXPECT_EQ(j["card_kind"], "mynumber-card");
        EXPECT_EQ(j["pin_tries_left"], 3);
        EXPECT_EQ(j["reader"], PcscSandbox::readerName(0));
    }
    for (const auto& c : PcscSandbox::commandsSent())
        EXPECT_NE(c.rfind("0020008004", 0), 0u) << "a PIN was sent by status";
    auto text = kakanaiCard({"card", "status"});
    EXPECT_EQ(text.result.exitCode, 0);
    EXPECT_NE(text.result.out.find("card: mynumber-card"), std::string::npos) << text.result.out;
    EXPECT_NE(text.result.out.find("pin tries left: 3"), std::string::npos);
}

TEST_F(MyNumberPcsc, WrongPinThenRightPin) {
    PcscSandbox::insert("mn-taro.json");
    auto wrong = kakanaiCard({"card", "read", "--json"}, "9999\n");
    EXPECT_EQ(wrong.result.exitCode, 13);
    auto j = wrong.json();
    ASSERT_TRUE(j.contains("error")) << wrong.result.out;
    EXPECT_EQ(j["error"]["code"], "card.wrong-pin");
    EXPECT_EQ(j["error"]["tries_left"], 2);
    EXPECT_TRUE(j["error"]["message"].is_string());
    EXPECT_EQ(kakanaiCard({"card", "status", "--json"}).json()["pin_tries_left"], 2);
    auto plain = kakanaiCard({"card", "read"}, "9999\n");
    EXPECT_EQ(plain.result.exitCode, 13);
    EXPECT_NE(plain.result.err.find("1 try is left"), std::string::npos) << plain.result.err;
    expectNoPersonalDataIn(plain.result.err);
    // Now one try is left: the kiosk refuses to use it, even with the right PIN.
    auto refused = kakanaiCard({"card", "read", "--json"}, "1234\n");
    EXPECT_EQ(refused.result.exitCode, 14);
    EXPECT_EQ(refused.json()["error"]["code"], "card.pin-one-try-left");
    EXPECT_EQ(refused.json()["error"]["tries_left"], 1);
    EXPECT_EQ(kakanaiCard({"card", "status", "--json"}).json()["pin_tries_left"], 1);
}

TEST_F(MyNumberPcsc, CorrectPinResetsTheCounter) {
    PcscSandbox::insert("mn-taro.json");
    EXPECT_EQ(kakanaiCard({"card", "read"}, "9999\n").result.exitCode, 13);
    readOk("1234");
    EXPECT_EQ(kakanaiCard({"card", "status", "--json"}).json()["pin_tries_left"], 3);
}

TEST_F(MyNumberPcsc, OneTryLeftIsRefusedWithoutSendingThePin) {
    PcscSandbox::insert("mn-one-try.json");
    auto r = kakanaiCard({"card", "read", "--json"}, "1234\n");
    EXPECT_EQ(r.result.exitCode, 14);
    EXPECT_EQ(r.json()["error"]["code"], "card.pin-one-try-left");
    for (const auto& c : PcscSandbox::commandsSent())
        EXPECT_NE(c.rfind("0020008004", 0), 0u) << "the last try was used";
}

TEST_F(MyNumberPcsc, BlockedCard) {
    PcscSandbox::insert("mn-blocked.json");
    auto r = kakanaiCard({"card", "read", "--json"}, "1234\n");
    EXPECT_EQ(r.result.exitCode, 15);
    EXPECT_EQ(r.json()["error"]["code"], "card.blocked");
    EXPECT_EQ(r.json()["error"]["tries_left"], 0);
    EXPECT_EQ(kakanaiCard({"card", "status", "--json"}).json()["pin_tries_left"], 0);
}

TEST_F(MyNumberPcsc, CardThatIsNeitherKind) {
    PcscSandbox::insert("other.json");
    auto r = kakanaiCard({"card", "read", "--json"}, "1234\n");
    EXPECT_EQ(r.result.exitCode, 12);
    EXPECT_EQ(r.json()["error"]["code"], "card.unsupported");
    auto s = kakanaiCard({"card", "status", "--json"});
    EXPECT_EQ(s.result.exitCode, 0);
    EXPECT_EQ(s.json()["card_kind"], "unsupported");
    EXPECT_EQ(PcscSandbox::commandsSent().size(), 4u); // two AID selects per probe, nothing else
}

TEST_F(MyNumberPcsc, NoCardAndAnotherSlot) {
    // Nothing inserted: the reader is there, the card is not.
    auto none = kakanaiCard({"card", "read", "--json"}, "1234\n");
    EXPECT_EQ(none.result.exitCode, 11) << none.result.out << none.result.err;
    EXPECT_EQ(none.json()["error"]["code"], "card.no-card");
    auto status = kakanaiCard({"card", "status", "--json"});
    EXPECT_EQ(status.result.exitCode, 0);
    EXPECT_EQ(status.json()["card_present"], false);
    EXPECT_EQ(status.json()["readers"].size(), 2u); // vpcd's two slots

    // vpcd's second slot: the reader holding the card is used.
    PcscSandbox::insert("mn-taro.json", {.slot = 1});
    auto j = readOk("1234");
    EXPECT_EQ(j["name"]["value"], "試験　太郎");
    EXPECT_EQ(kakanaiCard({"card", "status", "--json"}).json()["reader"], PcscSandbox::readerName(1));
    auto wrongSlot = kakanaiCard({"card", "read", "--reader", PcscSandbox::readerName(0)}, "1234\n");
    EXPECT_EQ(wrongSlot.result.exitCode, 11);
    auto unknown = kakanaiCard({"card", "read", "--reader", "No Such Reader"}, "1234\n");
    EXPECT_EQ(unknown.result.exitCode, 10);
}

TEST_F(MyNumberPcsc, MuteCardTimesOutWithinTenSeconds) {
    PcscSandbox::insert("mn-taro.json", {.muteAt = 4}); // answers the tries query, then falls silent
    auto r = kakanaiCard({"card", "read", "--json"}, "1234\n");
    EXPECT_EQ(r.result.exitCode, 17) << r.result.out << r.result.err;
    EXPECT_EQ(r.json()["error"]["code"], "card.timeout");
    EXPECT_LE(r.elapsed, 10500ms);
    EXPECT_GE(r.elapsed, 9000ms);
    // pcscd's reader thread is stuck on the silent card: pull it out, and check the reader works again.
    PcscSandbox::remove();
    PcscSandbox::insert("mn-taro.json");
    readOk("1234");
}

TEST_F(MyNumberPcsc, CardPulledOutMidRead) {
    PcscSandbox::insert("mn-taro.json", {.vanishAt = 6}); // gone at the first READ BINARY
    auto r = kakanaiCard({"card", "read", "--json"}, "1234\n");
    EXPECT_TRUE(r.result.exitCode == 16 || r.result.exitCode == 11) << r.result.out << r.result.err;
    EXPECT_TRUE(r.json()["error"]["code"] == "card.removed" || r.json()["error"]["code"] == "card.no-card");
    expectNoPersonalDataIn(r.result.out);
    EXPECT_EQ(r.result.exitCode, 16) << "removal mid-read should say card.removed: " << r.result.out;
}

TEST_F(MyNumberPcsc, PcscdRestartsBetweenReads) {
    PcscSandbox::insert("mn-taro.json");
    readOk("1234");
    PcscSandbox::stopPcscd();
    auto down = kakanaiCard({"card", "status", "--json"});
    EXPECT_EQ(down.result.exitCode, 18);
    EXPECT_EQ(down.json()["error"]["code"], "card.reader-error");
    EXPECT_EQ(down.json()["error"]["pcsc"], "SCARD_E_NO_SERVICE");
    EXPECT_NE(down.json()["error"]["message"].get<std::string>().find("pcscd"), std::string::npos);
    EXPECT_EQ(kakanaiCard({"card", "read"}, "1234\n").result.exitCode, 18);
    PcscSandbox::startPcscd();
    ASSERT_TRUE(PcscSandbox::waitForSlot(0, true, 10s)) << "the virtual card did not come back\n"
                                                        << PcscSandbox::diagnostics();
    auto j = readOk("1234");
    EXPECT_EQ(j["name"]["value"], "試験　太郎");
}

TEST_F(MyNumberPcsc, ACardLeftVerifiedByAnotherProgramIsResetNotReadWithoutThePin) {
    PcscSandbox::insert("mn-verified-9000.json");
    { // Another program verifies the PIN and leaves the card as it is (SCARD_LEAVE_CARD).
        SCARDCONTEXT ctx = 0;
        ASSERT_EQ(SCardEstablishContext(SCARD_SCOPE_SYSTEM, nullptr, nullptr, &ctx), SCARD_S_SUCCESS);
        SCARDHANDLE h = 0;
        DWORD proto = 0;
        const std::string reader = PcscSandbox::readerName(0);
        ASSERT_EQ(SCardConnect(ctx, reader.c_str(), SCARD_SHARE_SHARED, SCARD_PROTOCOL_T0 | SCARD_PROTOCOL_T1,
                               &h, &proto),
                  SCARD_S_SUCCESS);
        for (std::vector<BYTE> apdu : {std::vector<BYTE>{0x00, 0xA4, 0x04, 0x0C, 0x0A, 0xD3, 0x92, 0x10, 0x00,
                                                         0x31, 0x00, 0x01, 0x01, 0x04, 0x08},
                                       std::vector<BYTE>{0x00, 0xA4, 0x02, 0x0C, 0x02, 0x00, 0x11},
                                       std::vector<BYTE>{0x00, 0x20, 0x00, 0x80, 0x04, '1', '2', '3', '4'}}) {
            BYTE resp[258];
            DWORD len = sizeof resp;
            ASSERT_EQ(SCardTransmit(h, proto == SCARD_PROTOCOL_T1 ? SCARD_PCI_T1 : SCARD_PCI_T0, apdu.data(),
                                    static_cast<DWORD>(apdu.size()), nullptr, resp, &len),
                      SCARD_S_SUCCESS);
            ASSERT_EQ(resp[len - 2], 0x90);
        }
        SCardDisconnect(h, SCARD_LEAVE_CARD);
        SCardReleaseContext(ctx);
    }
    // A wrong PIN must fail: the kiosk must not read the open card without the resident's PIN.
    auto r = kakanaiCard({"card", "read", "--json"}, "9999\n");
    EXPECT_EQ(r.result.exitCode, 13) << r.result.out;
    EXPECT_FALSE(r.json().contains("name"));
}

TEST_F(MyNumberPcsc, WaitReportsInsertionAndRemovalWithoutPolling) {
    auto waiting = std::async(std::launch::async, [] {
        return kakanaiCard({"card", "wait", "--timeout", "20", "--json"});
    });
    std::this_thread::sleep_for(500ms);
    PcscSandbox::insert("mn-taro.json");
    auto inserted = waiting.get();
    EXPECT_EQ(inserted.result.exitCode, 0) << inserted.result.err;
    EXPECT_EQ(inserted.json()["card_present"], true);
    EXPECT_EQ(inserted.json()["card_kind"], "mynumber-card");
    EXPECT_LT(inserted.elapsed, 15s);

    auto waitRemoval = std::async(std::launch::async, [] {
        return kakanaiCard({"card", "wait", "--timeout", "20", "--json"});
    });
    std::this_thread::sleep_for(500ms);
    PcscSandbox::remove();
    auto removed = waitRemoval.get();
    EXPECT_EQ(removed.result.exitCode, 0);
    EXPECT_EQ(removed.json()["card_present"], false);
    EXPECT_LT(removed.elapsed, 15s);
}

TEST_F(MyNumberPcsc, ThePinIsNeverAnArgument) {
    PcscSandbox::insert("mn-taro.json");
    auto r = kakanaiCard({"card", "read", "1234"});
    EXPECT_EQ(r.result.exitCode, 2);
    auto pinOption = kakanaiCard({"card", "read", "--pin", "1234"});
    EXPECT_EQ(pinOption.result.exitCode, 2);
    auto badPin = kakanaiCard({"card", "read", "--json"}, "12a4\n");
    EXPECT_EQ(badPin.result.exitCode, 1);
    EXPECT_EQ(badPin.json()["error"]["code"], "pin.format");
    auto noPin = kakanaiCard({"card", "read", "--json"}, "\n");
    EXPECT_EQ(noPin.result.exitCode, 20);
    EXPECT_EQ(noPin.json()["error"]["code"], "card.pin-required");
    EXPECT_TRUE(PcscSandbox::commandsSent().size() <= 6u); // two probes, never a VERIFY with data
    for (const auto& c : PcscSandbox::commandsSent())
        EXPECT_NE(c.rfind("0020008004", 0), 0u);
}

TEST_F(MyNumberPcsc, TheDriverLibraryDirectly) {
    PcscSandbox::insert("mn-yoshi.json");
    pcsc::HelperReaderOptions o;
    o.helperArgv = {cliPath(), "__card-helper"};
    pcsc::HelperCardReader reader(o);
    auto s = reader.status();
    ASSERT_TRUE(s.ok()) << s.error().describe();
    EXPECT_EQ(s->kind, CardKind::MyNumber);
    EXPECT_EQ(reader.lastStats().apdus, 3u);
    auto p = reader.read("2468");
    ASSERT_TRUE(p.ok()) << p.error().describe();
    EXPECT_EQ(p->name->value, "𠮷野　花子");
    EXPECT_TRUE(p->needsCheck("name"));
    EXPECT_EQ(reader.lastStats().apdus, 7u);
    EXPECT_GT(reader.lastStats().cardMs, 0.0);
    EXPECT_GE(reader.lastStats().totalMs, reader.lastStats().cardMs);
}

TEST_F(MyNumberPcsc, NoReaderConnected) {
    PcscSandbox::restartPcscd(false);
    auto status = kakanaiCard({"card", "status", "--json"});
    EXPECT_EQ(status.result.exitCode, 0) << status.result.err;
    EXPECT_TRUE(status.json()["readers"].empty());
    EXPECT_NE(kakanaiCard({"card", "status"}).result.out.find("readers: none"), std::string::npos);
    auto read = kakanaiCard({"card", "read", "--json"}, "1234\n");
    EXPECT_EQ(read.result.exitCode, 10);
    EXPECT_EQ(read.json()["error"]["code"], "card.no-reader");
    PcscSandbox::restartPcscd(true);
}
