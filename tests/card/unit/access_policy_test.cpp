// The guard that makes the 個人番号, 本籍, photo and PIN 2 unreachable: every forbidden command is refused
// before it reaches the transport, whatever state the session is in.
#include "kakanai/card/access_policy.h"

#include "scripted_channel.h"

#include <gtest/gtest.h>

#include <random>

using namespace kakanai;
using namespace kakanai::card;
using kakanai::card::test::fromHex;
using kakanai::card::test::ScriptedChannel;

namespace {

Status sendRaw(ScriptedChannel& ch, std::string_view hex) {
    auto r = ch.transmit(CommandApdu::raw(fromHex(hex)));
    if (!r) return r.error();
    return {};
}

void expectRefused(ScriptedChannel& ch, std::string_view hex) {
    const auto before = ch.sent().size();
    auto s = sendRaw(ch, hex);
    ASSERT_FALSE(s.ok()) << hex << " was allowed";
    EXPECT_EQ(s.error().code, "card.forbidden") << hex;
    EXPECT_EQ(ch.sent().size(), before) << hex << " reached the card";
}

// A channel inside the 券面事項入力補助AP of a My Number card.
void enterKenhojo(ScriptedChannel& ch) {
    ch.expect("00A4040C0AD3921000310001010408", "9000");
    ASSERT_TRUE(sendRaw(ch, "00A4040C0AD3921000310001010408").ok());
}

// A channel at the MF of a driver's licence.
void enterLicenceMf(ScriptedChannel& ch) {
    ch.expect("00A4040C10A0000002310100000000000000000000", "9000").expect("00A40000", "9000");
    ASSERT_TRUE(sendRaw(ch, "00A4040C10A0000002310100000000000000000000").ok());
    ASSERT_TRUE(sendRaw(ch, "00A40000").ok());
}

} // namespace

TEST(AccessPolicy, AllowsTheMyNumberReadSequence) {
    ScriptedChannel ch;
    enterKenhojo(ch);
    ch.expect("00A4020C020011", "9000")
        .expect("00200080", "63C3")
        .expect("002000800431323334", "9000")
        .expect("00A4020C020002", "9000")
        .expect("00B0000007", "FF200A DF2102 0102 9000");
    for (auto hex : {"00A4020C020011", "00200080", "002000800431323334", "00A4020C020002", "00B0000007"})
        EXPECT_TRUE(sendRaw(ch, hex).ok()) << hex;
    EXPECT_TRUE(ch.finished());
}

TEST(AccessPolicy, NeverLetsTheMyNumberEfOrTheOtherApsThrough) {
    ScriptedChannel ch;
    enterKenhojo(ch);
    expectRefused(ch, "00A4020C020001");                             // EF 0001: 個人番号
    expectRefused(ch, "00A4020C020014");                             // 照合番号A
    expectRefused(ch, "00A4020C020015");                             // 照合番号B
    expectRefused(ch, "00A40204020001");                             // same with FCI
    expectRefused(ch, "00A4040C0AD392F000260100000001");             // JPKI AP
    expectRefused(ch, "00A4040C0AD3921000310001010402");             // 券面事項確認AP
    expectRefused(ch, "00A4040C0AD3921000310001010100");             // 住基AP
    expectRefused(ch, "00A4040C10A0000002310100000000000000000000"); // licence AID after a My Number AP
    expectRefused(ch, "00A40000");       // MF: the card answers 90 00 but stays in the AP
    expectRefused(ch, "00B0810000");     // READ by short EF id 1
    expectRefused(ch, "00B0000007");     // READ with nothing selected
    expectRefused(ch, "00CA00F000");     // GET DATA
    expectRefused(ch, "00C0000010");     // GET RESPONSE without 61 xx
    expectRefused(ch, "80A4020C020002"); // proprietary class
}

TEST(AccessPolicy, AcceptsOnlyAFourDigitPinForTheMyNumberCard) {
    ScriptedChannel ch;
    enterKenhojo(ch);
    ch.expect("00A4020C020011", "9000");
    ASSERT_TRUE(sendRaw(ch, "00A4020C020011").ok());
    expectRefused(ch, "00200080053132333435"); // 5 digits
    expectRefused(ch, "00200080043132334A");   // a letter
    expectRefused(ch, "00200080042A2A2A2A");   // the licence placeholder
    expectRefused(ch, "00200081043132333434"); // malformed length
    expectRefused(ch, "00200081");             // another key reference
    expectRefused(ch, "0020008004313233340A"); // with Le
}

TEST(AccessPolicy, AfterAFailedSelectNothingIsSelected) {
    ScriptedChannel ch;
    enterKenhojo(ch);
    ch.expect("00A4020C020002", "6A82");
    ASSERT_TRUE(sendRaw(ch, "00A4020C020002").ok());
    expectRefused(ch, "00B0000007");
}

TEST(AccessPolicy, AllowsTheLicenceSequenceButNotPin2HonsekiOrPhoto) {
    ScriptedChannel ch;
    enterLicenceMf(ch);
    ch.expect("00A4020C022F01", "9000").expect("00B0000011", "9000");
    EXPECT_TRUE(sendRaw(ch, "00A4020C022F01").ok());
    EXPECT_TRUE(sendRaw(ch, "00B0000011").ok());
    expectRefused(ch, "00A4020C020001"); // IEF PIN 1 by select: the kiosk uses P2 81 instead
    expectRefused(ch, "00A4020C020002"); // IEF PIN 2
    expectRefused(ch, "00200082");       // PIN 2 tries
    expectRefused(ch, "002000820435363738");
    ch.expect("00200081", "63C3").expect("002000810431323334", "9000");
    EXPECT_TRUE(sendRaw(ch, "00200081").ok());
    EXPECT_TRUE(sendRaw(ch, "002000810431323334").ok());
    expectRefused(ch, "00A4040C10A0000002310200000000000000000000"); // DF2: photo
    expectRefused(ch, "00A4040C0AD3921000310001010408");             // My Number AP after a licence
    ch.expect("00A4040C10A0000002310100000000000000000000", "9000");
    ASSERT_TRUE(sendRaw(ch, "00A4040C10A0000002310100000000000000000000").ok());
    expectRefused(ch, "00A4020C020002"); // 本籍
    expectRefused(ch, "00A4020C020003"); // 外字 images
    expectRefused(ch, "00A4020C020006"); // 本籍 change
    expectRefused(ch, "00A4020C020007"); // signature
    expectRefused(ch, "00200081");       // VERIFY outside the MF
    ch.expect("00A4020C020001", "9000").expect("00B00000FF", "9000");
    EXPECT_TRUE(sendRaw(ch, "00A4020C020001").ok());
    EXPECT_TRUE(sendRaw(ch, "00B00000FF").ok());
    EXPECT_TRUE(ch.finished());
}

TEST(AccessPolicy, LicencePlaceholderPinIsAccepted) {
    ScriptedChannel ch;
    enterLicenceMf(ch);
    ch.expect("00200081042A2A2A2A", "9000");
    EXPECT_TRUE(sendRaw(ch, "00200081042A2A2A2A").ok());
}

TEST(AccessPolicy, GetResponseOnlyRightAfter61xx) {
    ScriptedChannel ch;
    enterKenhojo(ch);
    ch.expect("00A4020C020002", "9000").expect("00B0000007", "6107").expect("00C0000007", "FF20030102039000");
    ASSERT_TRUE(sendRaw(ch, "00A4020C020002").ok());
    auto r = ch.transmit(CommandApdu::readBinary(0, 7));
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->sw, 0x9000);
    EXPECT_EQ(r->data.size(), 6u);
    expectRefused(ch, "00C0000007");
}

// Whatever random commands and answers come first, a forbidden command never passes.
TEST(AccessPolicy, RandomSessionsNeverReachForbiddenFiles) {
    std::mt19937 rng(20260415);
    const std::vector<std::string> pool = {"00A4040C0AD3921000310001010408",
                                           "00A4040C10A0000002310100000000000000000000",
                                           "00A40000",
                                           "00A4020C020011",
                                           "00A4020C020002",
                                           "00A4020C020001",
                                           "00A4020C020004",
                                           "00A4020C022F01",
                                           "00A4020C02000A",
                                           "00A4020C020003",
                                           "00A4020C020006",
                                           "00A4020C020014",
                                           "00200080",
                                           "00200081",
                                           "00200082",
                                           "002000800431323334",
                                           "002000810431323334",
                                           "002000820431323334",
                                           "00B0000010",
                                           "00B0810010",
                                           "00A4040C0AD392F000260100000001",
                                           "00A4040C10A0000002310200000000000000000000"};
    const std::vector<std::uint16_t> answers = {0x9000, 0x9000, 0x6A82, 0x63C2, 0x6982, 0x6110};
    for (int session = 0; session < 2000; ++session) {
        AccessPolicy policy;
        for (int step = 0; step < 12; ++step) {
            const std::string& hex = pool[rng() % pool.size()];
            auto cmd = CommandApdu::raw(fromHex(hex));
            const auto df = policy.currentDf();
            const auto ef = policy.currentEf();
            if (!policy.check(cmd).ok()) continue;
            // What passed must be one of the allowed (DF, command) pairs.
            const bool selectsFid1 = hex == "00A4020C020001";
            if (selectsFid1) {
                ASSERT_EQ(df, AccessPolicy::Df::LicenceDf1) << "EF 0001 outside licence DF1";
            }
            ASSERT_NE(hex, "00A4020C020014");
            ASSERT_NE(hex, "00A4020C020003");
            ASSERT_NE(hex, "00A4020C020006");
            ASSERT_EQ(hex.find("00200082"), std::string::npos) << "PIN 2";
            ASSERT_NE(hex, "00B0810010");
            ASSERT_NE(hex, "00A4040C0AD392F000260100000001");
            ASSERT_NE(hex, "00A4040C10A0000002310200000000000000000000");
            if (hex == "00B0000010") {
                ASSERT_TRUE(ef.has_value());
                if (df == AccessPolicy::Df::Kenhojo) {
                    ASSERT_EQ(*ef, 0x0002);
                }
                if (df == AccessPolicy::Df::LicenceDf1) {
                    ASSERT_TRUE(*ef == 0x0001 || *ef == 0x0004);
                }
            }
            policy.observe(cmd, answers[rng() % answers.size()]);
        }
    }
}
