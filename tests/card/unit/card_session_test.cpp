// The protocol flows against a scripted card: exact APDU sequences, PIN safety, errors.
#include "kakanai/card/card_session.h"

#include "licence_card.h"
#include "mynumber_card.h"
#include "scripted_channel.h"

#include <gtest/gtest.h>

#include <random>

using namespace kakanai;
using namespace kakanai::card;
using kakanai::card::test::ScriptedChannel;
using kakanai::card::test::toHex;

namespace {

constexpr const char* kSelectKenhojo = "00A4040C0AD3921000310001010408";
constexpr const char* kSelectLicence = "00A4040C10A0000002310100000000000000000000";

std::string hexOf(const Bytes& b, std::size_t from, std::size_t n) {
    return toHex(std::span(b).subspan(from, n));
}

std::string hex2(std::size_t v) {
    char buf[24];
    std::snprintf(buf, sizeof buf, "%02zX", v & 0xFF);
    return buf;
}

// Scripts the My Number read of `ef` (EF 0002 content) up to the VERIFY answer `verifyAnswer`.
void scriptMyNumberUpToVerify(ScriptedChannel& ch, const char* triesAnswer) {
    ch.expect(kSelectKenhojo, "9000").expect("00A4020C020011", "9000").expect("00200080", triesAnswer);
}

void scriptMyNumberRead(ScriptedChannel& ch, const Bytes& object) {
    scriptMyNumberUpToVerify(ch, "63C3");
    ch.expect("002000800431323334", "9000").expect("00A4020C020002", "9000");
    ch.expect("00B0000007", hexOf(object, 0, 7) + "9000");
    std::size_t at = 7;
    while (at < object.size()) {
        const std::size_t n = std::min<std::size_t>(object.size() - at, 255);
        ch.expect("00B0" + hex2(at >> 8) + hex2(at & 0xFF) + hex2(n), hexOf(object, at, n) + "9000");
        at += n;
    }
}

Bytes longAddressObject() {
    std::string address;
    for (int i = 0; i < 100; ++i)
        address += "空";
    return emulator::buildKenhojoAttributes("試験　三郎", address, "19600229", "1");
}

} // namespace

TEST(CardSession, ReadsTheBasicFourItemsInSevenApdus) {
    const Bytes object =
        emulator::buildKenhojoAttributes("試験　太郎", "東京都架空市試験町一丁目２番３号", "19800101", "1");
    ScriptedChannel ch;
    scriptMyNumberRead(ch, object);
    auto p = readCard(ch, "1234");
    ASSERT_TRUE(p.ok()) << p.error().describe();
    EXPECT_TRUE(ch.finished());
    EXPECT_EQ(ch.sent().size(), 7u);
    EXPECT_EQ(ch.commandsSent(), 7u);
    EXPECT_EQ(p->name->value, "試験　太郎");
    EXPECT_EQ(p->sex->value, "male");
}

TEST(CardSession, AnAddressOver255BytesTakesOneMoreRead) {
    const Bytes object = longAddressObject();
    ASSERT_EQ(object[2], 0x82);
    ScriptedChannel ch;
    scriptMyNumberRead(ch, object);
    auto p = readCard(ch, "1234");
    ASSERT_TRUE(p.ok()) << p.error().describe();
    EXPECT_EQ(ch.sent().size(), 8u); // 7 + 349 bytes = 7 + 255 + 87
    EXPECT_EQ(p->birth_date->value, "1960-02-29");
}

TEST(CardSession, ProbeUsesNoTry) {
    ScriptedChannel ch;
    scriptMyNumberUpToVerify(ch, "63C2");
    auto probe = probeCard(ch);
    ASSERT_TRUE(probe.ok());
    EXPECT_EQ(probe->kind, CardKind::MyNumber);
    EXPECT_EQ(probe->triesLeft, 2);
    for (const auto& c : ch.sent())
        EXPECT_FALSE(c.rfind("0020008004", 0) == 0) << "a PIN was sent";
}

TEST(CardSession, WrongPinReportsTriesLeft) {
    ScriptedChannel ch;
    scriptMyNumberUpToVerify(ch, "63C3");
    ch.expect("002000800439393939", "63C2");
    auto p = readCard(ch, "9999");
    ASSERT_FALSE(p.ok());
    EXPECT_EQ(p.error().code, "card.wrong-pin");
    EXPECT_EQ(p.error().details.at("tries_left"), "2");
    EXPECT_TRUE(ch.finished()); // nothing after the failed VERIFY
}

TEST(CardSession, NeverSendsThePinWithOneTryLeft) {
    ScriptedChannel ch;
    scriptMyNumberUpToVerify(ch, "63C1");
    auto p = readCard(ch, "1234");
    ASSERT_FALSE(p.ok());
    EXPECT_EQ(p.error().code, "card.pin-one-try-left");
    EXPECT_EQ(p.error().details.at("tries_left"), "1");
    EXPECT_NE(p.error().message.find("counter"), std::string::npos);
    EXPECT_EQ(ch.sent().size(), 3u);
}

TEST(CardSession, BlockedCards) {
    for (const char* answer : {"63C0", "6984"}) {
        ScriptedChannel ch;
        scriptMyNumberUpToVerify(ch, answer);
        auto p = readCard(ch, "1234");
        ASSERT_FALSE(p.ok());
        EXPECT_EQ(p.error().code, "card.blocked") << answer;
        EXPECT_EQ(p.error().details.at("tries_left"), "0");
        EXPECT_EQ(ch.sent().size(), 3u);
    }
    // The try that used the last attempt.
    ScriptedChannel ch;
    scriptMyNumberUpToVerify(ch, "63C2");
    ch.expect("002000800439393939", "63C0");
    EXPECT_EQ(readCard(ch, "9999").error().code, "card.blocked");
}

TEST(CardSession, ACardLeftVerifiedIsResetNotReadWithoutThePin) {
    ScriptedChannel ch;
    scriptMyNumberUpToVerify(ch, "9000"); // someone verified and left the card open
    scriptMyNumberUpToVerify(ch, "63C3");
    ch.expect("002000800439393939", "63C2");
    auto p = readCard(ch, "9999");
    EXPECT_EQ(ch.resets(), 1);
    ASSERT_FALSE(p.ok());
    EXPECT_EQ(p.error().code, "card.wrong-pin");
}

TEST(CardSession, MyNumberNeedsFourDigits) {
    ScriptedChannel ch;
    scriptMyNumberUpToVerify(ch, "63C3");
    auto p = readCard(ch, "");
    ASSERT_FALSE(p.ok());
    EXPECT_EQ(p.error().code, "card.pin-required");
}

TEST(CardSession, UnsupportedCardInTwoApdus) {
    ScriptedChannel ch;
    ch.expect(kSelectKenhojo, "6A82").expect(kSelectLicence, "6A82");
    auto probe = probeCard(ch);
    ASSERT_TRUE(probe.ok());
    EXPECT_EQ(probe->kind, CardKind::Unsupported);
    ScriptedChannel ch2;
    ch2.expect(kSelectKenhojo, "6D00").expect(kSelectLicence, "6D00");
    EXPECT_EQ(readCard(ch2, "1234").error().code, "card.unsupported");
}

TEST(CardSession, ARemovedCardStopsTheRead) {
    const Bytes object = emulator::buildKenhojoAttributes("試験　太郎", "架空", "19800101", "1");
    ScriptedChannel ch;
    scriptMyNumberUpToVerify(ch, "63C3");
    ch.expect("002000800431323334", "9000").expect("00A4020C020002", "9000");
    ch.failWith(makeError("card.removed", "the card was taken out of the reader"));
    auto p = readCard(ch, "1234");
    ASSERT_FALSE(p.ok());
    EXPECT_EQ(p.error().code, "card.removed");
}

namespace {

void scriptLicenceProbe(ScriptedChannel& ch, bool pinSet, const char* tries) {
    ch.expect(kSelectKenhojo, "6A82").expect(kSelectLicence, "9000").expect("00A40000", "9000");
    ch.expect("00A4020C022F01", "9000").expect("00B0000011", "450B3030382023040120280505460201019000");
    ch.expect("00A4020C02000A", "9000").expect("00B0000003", pinSet ? "0501019000" : "0501009000");
    ch.expect("00200081", tries);
}

void scriptLicenceData(ScriptedChannel& ch, const emulator::Bytes& ef01, const emulator::Bytes& ef04) {
    ch.expect(kSelectLicence, "9000").expect("00A4020C020001", "9000");
    ch.expect("00B00000FF", hexOf(ef01, 0, 255) + "9000");
    ch.expect("00A4020C020004", "9000").expect("00B00000FF", hexOf(ef04, 0, 255) + "9000");
}

emulator::Bytes licenceEf(std::initializer_list<std::pair<std::uint8_t, emulator::Bytes>> fields) {
    emulator::Bytes out;
    for (const auto& [t, v] : fields) {
        out.push_back(t);
        out.push_back(static_cast<std::uint8_t>(v.size()));
        out.insert(out.end(), v.begin(), v.end());
    }
    out.resize(880, 0xFF);
    return out;
}

emulator::Bytes ascii(std::string_view s) {
    return emulator::Bytes(s.begin(), s.end());
}

} // namespace

TEST(CardSession, ReadsALicence) {
    ScriptedChannel ch;
    scriptLicenceProbe(ch, true, "63C3");
    ch.expect("002000810431323334", "9000");
    const auto ef01 = licenceEf({{0x12, emulator::jisText("試験　花子")},
                                 {0x13, {}},
                                 {0x14, {}},
                                 {0x16, ascii("3550217")},
                                 {0x17, emulator::jisText("架空県架空市試験町三丁目４番５号")}});
    emulator::Bytes ef04 = {0x50, 0x01, 0x00};
    ef04.resize(640, 0xFF);
    scriptLicenceData(ch, ef01, ef04);
    auto p = readCard(ch, "1234");
    ASSERT_TRUE(p.ok()) << p.error().describe();
    EXPECT_TRUE(ch.finished());
    EXPECT_EQ(ch.sent().size(), 14u);
    EXPECT_EQ(p->source, "driver-license-card");
    EXPECT_EQ(p->name->value, "試験　花子");
    EXPECT_EQ(p->birth_date->value, "1980-02-17");
    EXPECT_EQ(p->address->value, "架空県架空市試験町三丁目４番５号");
}

TEST(CardSession, LicenceWithoutPinSendsThePlaceholder) {
    ScriptedChannel ch;
    scriptLicenceProbe(ch, false, "63C3");
    ch.expect("00200081042A2A2A2A", "9000");
    const auto ef01 = licenceEf({{0x12, emulator::jisText("試験　無子")},
                                 {0x16, ascii("2150606")},
                                 {0x17, emulator::jisText("架空県")}});
    emulator::Bytes ef04 = {0x50, 0x01, 0x00};
    ef04.resize(640, 0xFF);
    scriptLicenceData(ch, ef01, ef04);
    auto p = readCard(ch, "9876"); // a typed PIN is ignored
    ASSERT_TRUE(p.ok()) << p.error().describe();
    EXPECT_EQ(p->birth_date->value, "1926-06-06");
}

TEST(CardSession, LicenceSafetyRules) {
    {
        ScriptedChannel ch;
        scriptLicenceProbe(ch, true, "63C1");
        auto p = readCard(ch, "1234");
        ASSERT_FALSE(p.ok());
        EXPECT_EQ(p.error().code, "card.pin-one-try-left");
        EXPECT_NE(p.error().message.find("police station"), std::string::npos);
        EXPECT_TRUE(ch.finished());
    }
    {
        ScriptedChannel ch;
        scriptLicenceProbe(ch, true, "63C3");
        auto p = readCard(ch, "");
        ASSERT_FALSE(p.ok());
        EXPECT_EQ(p.error().code, "card.pin-required");
    }
    {
        ScriptedChannel ch;
        scriptLicenceProbe(ch, true, "63C0");
        EXPECT_EQ(readCard(ch, "1234").error().code, "card.blocked");
    }
}

// A card answering nonsense never crashes the session nor makes it send a forbidden command.
TEST(CardSession, HostileCardsGiveErrorsNotCrashes) {
    class RandomCard : public CardChannel {
    public:
        explicit RandomCard(unsigned seed) : m_rng(seed) {}
        int forbidden = 0;

    protected:
        Result<Bytes> transmitRaw(std::span<const std::uint8_t>) override {
            static const std::uint16_t sws[] = {0x9000, 0x9000, 0x9000, 0x63C3, 0x63C2, 0x6A82,
                                                0x6B00, 0x6282, 0x6C05, 0x6110, 0x9000, 0x6984};
            Bytes out(m_rng() % 300 == 0 ? 0 : m_rng() % 40);
            for (auto& b : out)
                b = static_cast<std::uint8_t>(m_rng());
            if (m_rng() % 3 == 0 && out.size() > 4) out[0] = 0xFF, out[1] = 0x20;
            const auto s = sws[m_rng() % std::size(sws)];
            out.push_back(static_cast<std::uint8_t>(s >> 8));
            out.push_back(static_cast<std::uint8_t>(s));
            if (m_rng() % 50 == 0) return makeError("card.removed", "gone");
            return out;
        }
        Status resetRaw() override { return {}; }

    private:
        std::mt19937 m_rng;
    };
    for (unsigned seed = 0; seed < 3000; ++seed) {
        RandomCard card(seed);
        auto p = readCard(card, "1234");
        if (!p.ok()) {
            EXPECT_NE(p.error().code, "card.forbidden") << "seed " << seed << ": " << p.error().message;
        }
        EXPECT_LT(card.commandsSent(), 400u) << "seed " << seed;
    }
}
