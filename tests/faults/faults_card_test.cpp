// Fault suite, card (docs/faults.md): the real `kakanai card read` and the driver the kiosk links
// (HelperCardReader) against a real pcscd with vpcd and a virtual card, in the card tests' private
// namespace sandbox (tests/card/support). One pcscd for the whole binary.
//   - the card pulled at each APDU of a My Number and of a licence read: card.removed (exit 16), no
//     partial person, no personal data in the message;
//   - the reader gone and back, pcscd stopped and restarted: a clear reader error, and the next read
//     works in the same program (the same HelperCardReader object), with no restart of ours.
#include "card_cli.h"
#include "pcsc_sandbox.h"

#include "kakanai/pcsc/helper_card_reader.h"

#include <gtest/gtest.h>

#include <future>
#include <thread>

using namespace kakanai;
using namespace kakanai::test;
using namespace std::chrono_literals;

namespace {

constexpr int kRemoved = 16, kNoReader = 10, kReaderError = 18;

struct Step {
    long apdu;
    const char* what;
};

// What each APDU of the read is (docs/card.md), so a failure names the step.
const Step kMyNumberSteps[] = {
    {1, "SELECT 券面事項入力補助AP (connect)"},
    {2, "SELECT PIN EF"},
    {3, "VERIFY tries query"},
    {4, "VERIFY PIN"},
    {5, "SELECT EF 0002"},
    {6, "READ 基本4情報 header"},
    {7, "READ 基本4情報 rest"},
};
// The licence read has 14 APDUs; one of each kind of step (every READ of a record, both VERIFYs) keeps the
// test short: the SELECTs before them are the same exchange as the My Number SELECTs above.
const Step kLicenceSteps[] = {
    {1, "SELECT 入力補助AP (6A82, connect)"},
    {5, "READ common data (EF 2F01)"},
    {7, "READ PIN setting (EF 000A)"},
    {8, "VERIFY PIN 1 tries query"},
    {9, "VERIFY PIN 1"},
    {12, "READ 記載事項 (EF 0001)"},
    {14, "READ 記載事項変更 (EF 0004)"},
};

pcsc::HelperReaderOptions driverOptions() {
    pcsc::HelperReaderOptions o;
    o.helperArgv = {cliPath(), "__card-helper"};
    return o;
}

void expectPulledCardReported(const char* fixture, const Step& step) {
    SCOPED_TRACE(std::string(fixture) + ", card pulled at APDU " + std::to_string(step.apdu) + ": " +
                 step.what);
    PcscSandbox::insert(fixture, {.vanishAt = step.apdu});
    auto r = kakanaiCard({"card", "read", "--json"}, "1234\n");
    EXPECT_EQ(r.result.exitCode, kRemoved) << r.result.out << r.result.err;
    const auto j = r.json();
    EXPECT_EQ(j["error"]["code"], "card.removed") << r.result.out;
    EXPECT_NE(j["error"]["message"].get<std::string>().find(
                  "the card was taken out of the reader; insert it again"),
              std::string::npos)
        << r.result.out;
    std::fprintf(stderr, "  %s APDU %ld: card.removed after %lld ms\n", fixture, step.apdu,
                 static_cast<long long>(r.elapsed.count()));
    EXPECT_FALSE(j.contains("name") || j.contains("address") || j.contains("birth_date"))
        << "a partial person was given out: " << r.result.out;
    expectNoPersonalDataIn(r.result.out);
    expectNoPersonalDataIn(r.result.err);
    EXPECT_EQ(PcscSandbox::trace().find("FORBIDDEN"), std::string::npos);
    PcscSandbox::remove();
}

} // namespace

class CardFaults : public ::testing::Test {
protected:
    void SetUp() override { KAKANAI_REQUIRE_PCSC_SANDBOX(); }
    void TearDown() override {
        if (PcscSandbox::ready()) PcscSandbox::remove();
    }
};

TEST_F(CardFaults, MyNumberCardPulledAtEachStep) {
    for (const auto& step : kMyNumberSteps)
        expectPulledCardReported("mn-taro.json", step);
    // The reader is fine afterwards: the card put back reads at once.
    PcscSandbox::insert("mn-taro.json");
    auto again = kakanaiCard({"card", "read", "--json"}, "1234\n");
    EXPECT_EQ(again.result.exitCode, 0) << again.result.err;
}

TEST_F(CardFaults, LicencePulledAtEachStep) {
    for (const auto& step : kLicenceSteps)
        expectPulledCardReported("lic-basic.json", step);
}

TEST_F(CardFaults, ReaderUnpluggedAndPluggedBackInTheSameProgram) {
    // vpcd is a configured (not hot-plugged) reader: pcscd coming back without it is what a program sees
    // when the only USB reader is unplugged (SCardListReaders lists none).
    pcsc::HelperCardReader reader(driverOptions());
    PcscSandbox::insert("mn-taro.json");
    ASSERT_TRUE(reader.read("1234").ok());
    PcscSandbox::remove();

    PcscSandbox::restartPcscd(false);
    auto gone = reader.read("1234");
    ASSERT_FALSE(gone.ok());
    EXPECT_EQ(gone.error().code, "card.no-reader") << gone.error().describe();
    auto status = reader.status();
    ASSERT_TRUE(status.ok()) << status.error().describe(); // no reader is a state, not an error
    EXPECT_TRUE(status->readers.empty());
    auto cli = kakanaiCard({"card", "read", "--json"}, "1234\n");
    EXPECT_EQ(cli.result.exitCode, kNoReader);
    EXPECT_EQ(cli.json()["error"]["code"], "card.no-reader");

    PcscSandbox::restartPcscd(true);
    PcscSandbox::insert("mn-taro.json");
    auto back = reader.read("1234");
    ASSERT_TRUE(back.ok()) << back.error().describe();
    EXPECT_EQ(back->name->value, "試験　太郎");
}

TEST_F(CardFaults, PcscdRestartedUnderAWaitingProgramAndTheNextReadWorks) {
    pcsc::HelperCardReader reader(driverOptions());
    PcscSandbox::insert("mn-taro.json");
    ASSERT_TRUE(reader.read("1234").ok());

    // A program blocked in `card wait` when pcscd goes away is told so at once, not left hanging.
    auto waiting = std::async(std::launch::async, [] {
        return kakanaiCard({"card", "wait", "--timeout", "30", "--json"});
    });
    std::this_thread::sleep_for(500ms);
    PcscSandbox::stopPcscd();
    auto woken = waiting.get();
    EXPECT_LT(woken.elapsed, 10s);
    EXPECT_EQ(woken.result.exitCode, kReaderError) << woken.result.out << woken.result.err;
    EXPECT_EQ(woken.json()["error"]["code"], "card.reader-error");

    auto down = reader.read("1234");
    ASSERT_FALSE(down.ok());
    EXPECT_EQ(down.error().code, "card.reader-error");
    EXPECT_NE(down.error().message.find("pcscd"), std::string::npos) << down.error().message;

    PcscSandbox::startPcscd();
    ASSERT_TRUE(PcscSandbox::waitForSlot(0, true, 10s)) << PcscSandbox::diagnostics();
    auto after = reader.read("1234");
    ASSERT_TRUE(after.ok()) << after.error().describe();
    EXPECT_EQ(after->name->value, "試験　太郎");
}
