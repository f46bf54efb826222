#include "kakanai/card/apdu.h"
#include "kakanai/card/status_word.h"

#include "scripted_channel.h"

#include <gtest/gtest.h>

using namespace kakanai::card;
using kakanai::card::test::toHex;

TEST(Apdu, BuildsTheCommandsOfTheReferenceSequence) {
    EXPECT_EQ(toHex(CommandApdu::selectAid(ids::kKenhojoAid).bytes()), "00A4040C0AD3921000310001010408");
    EXPECT_EQ(toHex(CommandApdu::selectEf(0x0011).bytes()), "00A4020C020011");
    EXPECT_EQ(toHex(CommandApdu::verifyTriesQuery(0x80).bytes()), "00200080");
    EXPECT_EQ(toHex(CommandApdu::verify(0x80, "1234").bytes()), "002000800431323334");
    EXPECT_EQ(toHex(CommandApdu::readBinary(0, 7).bytes()), "00B0000007");
    EXPECT_EQ(toHex(CommandApdu::readBinary(0x0107, 256).bytes()), "00B0010700");
    EXPECT_EQ(toHex(CommandApdu::selectMasterFile().bytes()), "00A40000");
    EXPECT_EQ(toHex(CommandApdu::selectAid(ids::kLicenceDf1Aid).bytes()),
              "00A4040C10A0000002310100000000000000000000");
    EXPECT_EQ(toHex(CommandApdu::verify(0x81, "****").bytes()), "002000810"
                                                                "42A2A2A2A");
}

TEST(Apdu, KnowsItsParts) {
    auto v = CommandApdu::verify(0x80, "1234");
    EXPECT_TRUE(v.wellFormed());
    EXPECT_EQ(v.data().size(), 4u);
    EXPECT_EQ(v.expectedLength(), 0u);
    auto r = CommandApdu::readBinary(3, 256);
    EXPECT_EQ(r.expectedLength(), 256u);
    EXPECT_TRUE(r.data().empty());
    EXPECT_FALSE(CommandApdu::raw({0x00, 0xA4, 0x02}).wellFormed());
    EXPECT_FALSE(CommandApdu::raw({0x00, 0xA4, 0x02, 0x0C, 0x05, 0x01}).wellFormed()); // Lc says 5, 1 given
    EXPECT_FALSE(CommandApdu::raw({0x00, 0xB0, 0x00, 0x00, 0x00, 0x01, 0x00}).wellFormed()); // extended Le
}

TEST(Apdu, MovedFromCommandsAreEmpty) {
    auto a = CommandApdu::verify(0x80, "1234");
    auto b = std::move(a);
    EXPECT_TRUE(a.bytes().empty()); // NOLINT(bugprone-use-after-move): the point of the test
    EXPECT_EQ(b.bytes().size(), 9u);
}

TEST(StatusWord, ReadsTriesAndEndOfFile) {
    EXPECT_EQ(sw::triesLeft(0x63C2), 2);
    EXPECT_EQ(sw::triesLeft(0x63C0), 0);
    EXPECT_FALSE(sw::triesLeft(0x6300).has_value());
    EXPECT_FALSE(sw::triesLeft(0x9000).has_value());
    EXPECT_TRUE(sw::isEndOfFile(0x6B00));
    EXPECT_TRUE(sw::isEndOfFile(0x6282));
    EXPECT_TRUE(sw::hasMoreData(0x6110));
}
