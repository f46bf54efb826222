// The kiosk's reader (pcsc::KioskCardReader) against the real pcscd and a virtual card: waiting for a card
// talks to pcscd only, and the card is probed (through the helper) only when its presence changed — the
// kiosk waits all day, and must not reset the card a few times a second.
#include "card_cli.h"
#include "pcsc_sandbox.h"

#include "kakanai/pcsc/kiosk_card_reader.h"

#include <gtest/gtest.h>

using namespace kakanai;
using namespace kakanai::test;
using namespace std::chrono_literals;

namespace {

class KioskReaderPcsc : public ::testing::Test {
protected:
    void SetUp() override { KAKANAI_REQUIRE_PCSC_SANDBOX(); }
    void TearDown() override {
        if (PcscSandbox::ready()) PcscSandbox::remove();
    }
    static pcsc::HelperReaderOptions options() {
        pcsc::HelperReaderOptions o;
        o.helperArgv = {cliPath(), "__card-helper"};
        return o;
    }
};

TEST_F(KioskReaderPcsc, WaitingProbesTheCardOnlyWhenItCameOrWent) {
    pcsc::KioskCardReader reader(options());
    auto empty = reader.status();
    ASSERT_TRUE(empty.ok()) << empty.error().describe();
    EXPECT_FALSE(empty->cardPresent);
    EXPECT_FALSE(empty->readers.empty());
    // Nothing happens: each wait returns after its timeout with the same answer, without the helper (whose
    // every run records a freshly measured time).
    const double helperMs = reader.lastStats().totalMs;
    ASSERT_GT(helperMs, 0.0);
    for (int i = 0; i < 3; ++i) {
        auto same = reader.waitForChange(150ms);
        ASSERT_TRUE(same.ok()) << same.error().describe();
        EXPECT_FALSE(same->cardPresent);
    }
    EXPECT_EQ(reader.lastStats().totalMs, helperMs) << "the helper ran although nothing changed";

    PcscSandbox::insert("mn-taro.json");
    auto in = reader.waitForChange(2000ms);
    ASSERT_TRUE(in.ok()) << in.error().describe();
    EXPECT_TRUE(in->cardPresent);
    EXPECT_EQ(in->kind, CardKind::MyNumber);
    EXPECT_EQ(in->pinTriesLeft, 3);
    const std::size_t probed = PcscSandbox::commandsSent().size();
    EXPECT_GT(probed, 0u);
    for (int i = 0; i < 4; ++i) {
        auto still = reader.waitForChange(150ms);
        ASSERT_TRUE(still.ok()) << still.error().describe();
        EXPECT_TRUE(still->cardPresent);
        EXPECT_EQ(still->kind, CardKind::MyNumber);
    }
    EXPECT_EQ(PcscSandbox::commandsSent().size(), probed) << "the card was probed again while it lay still:\n"
                                                          << PcscSandbox::trace();

    // A read, then the next wait probes again (tries may have changed), and a removal is seen.
    auto p = reader.read("1234");
    ASSERT_TRUE(p.ok()) << p.error().describe();
    EXPECT_EQ(p->name->value, "試験　太郎");
    auto after = reader.waitForChange(150ms);
    ASSERT_TRUE(after.ok());
    EXPECT_TRUE(after->cardPresent);
    PcscSandbox::remove();
    auto out = reader.waitForChange(2000ms);
    ASSERT_TRUE(out.ok()) << out.error().describe();
    EXPECT_FALSE(out->cardPresent);
    EXPECT_EQ(PcscSandbox::trace().find("FORBIDDEN"), std::string::npos);
}

TEST_F(KioskReaderPcsc, PcscdGoneIsAnErrorWithoutABusyLoop) {
    pcsc::KioskCardReader reader(options());
    ASSERT_TRUE(reader.status().ok());
    PcscSandbox::stopPcscd();
    const auto start = std::chrono::steady_clock::now();
    auto r = reader.waitForChange(200ms);
    const auto waited = std::chrono::steady_clock::now() - start;
    PcscSandbox::startPcscd();
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, "card.reader-error");
    EXPECT_GE(waited, 190ms) << "an error must not make the caller's watch loop spin";
    auto back = reader.waitForChange(2000ms);
    ASSERT_TRUE(back.ok()) << back.error().describe();
    EXPECT_FALSE(back->readers.empty());
}

} // namespace
