#include "kakanai/card/kenhojo.h"

#include "mynumber_card.h"
#include "scripted_channel.h"

#include <gtest/gtest.h>

using namespace kakanai::card;
using kakanai::card::test::fromHex;
using kakanai::card::test::toHex;

namespace {

// EF 0002 as published in the reference notes (card-protocols.md §1.5, fictional 試験　太郎), written
// there from an independent encoder: it checks both our parser and our emulator's builder.
const char* kReferenceDump = "FF205FDF210800 0E00200053005EDF22"
                             "0FE8A9A6E9A893E38080E5A4AAE9838E"
                             "DF2330E69DB1E4BAACE983BDE69EB6E7"
                             "A9BAE5B882E8A9A6E9A893E794BAE4B8"
                             "80E4B881E79BAEEFBC92E795AAEFBC93"
                             "E58FB7DF24083139383030313031DF25"
                             "0131FFFFFFFFFFFFFFFFFFFFFFFFFFFF"
                             "FFFF";

} // namespace

TEST(Kenhojo, ParsesTheReferenceDump) {
    const auto bytes = fromHex(kReferenceDump);
    ASSERT_EQ(bytes.size(), 0x72u);
    auto a = parseKenhojoAttributes(bytes);
    ASSERT_TRUE(a.ok()) << a.error().describe();
    EXPECT_EQ(a->name, "試験　太郎");
    EXPECT_EQ(a->address, "東京都架空市試験町一丁目２番３号");
    EXPECT_EQ(a->birth, "19800101");
    EXPECT_EQ(a->sex, '1');
    EXPECT_TRUE(a->offsetsMatched);
    auto size = kenhojoObjectSize(std::span(bytes).first(kKenhojoHeadBytes));
    ASSERT_TRUE(size.ok());
    EXPECT_EQ(*size, 0x62u);
}

TEST(Kenhojo, EmulatorBuildsTheSameBytesAsTheReference) {
    auto reference = fromHex(kReferenceDump);
    reference.resize(0x62); // without filler
    const auto built = kakanai::emulator::buildKenhojoAttributes(
        "試験　太郎", "東京都架空市試験町一丁目２番３号", "19800101", "1");
    EXPECT_EQ(toHex(built), toHex(reference));
}

TEST(Kenhojo, LongAddressesUseLongLengthForms) {
    std::string a81, a82;
    for (int i = 0; i < 40; ++i)
        a81 += "架";
    for (int i = 0; i < 100; ++i)
        a82 += "空";
    for (const auto& [address, form] : {std::pair{a81, 0x81}, std::pair{a82, 0x82}}) {
        const auto bytes = kakanai::emulator::buildKenhojoAttributes("試験　次郎", address, "19750315", "1");
        EXPECT_EQ(bytes[2], form);
        auto size = kenhojoObjectSize(std::span(bytes).first(kKenhojoHeadBytes));
        ASSERT_TRUE(size.ok());
        EXPECT_EQ(*size, bytes.size());
        auto a = parseKenhojoAttributes(bytes);
        ASSERT_TRUE(a.ok()) << a.error().describe();
        EXPECT_EQ(a->address, address);
        EXPECT_TRUE(a->offsetsMatched);
    }
}

TEST(Kenhojo, KeepsFourByteUtf8MononymsAndAlphabeticNames) {
    for (const std::string name : {"𠮷野　花子", "ＴＥＳＴＩＮＡ", "TESTER ALEX JAMIE"}) {
        const auto bytes = kakanai::emulator::buildKenhojoAttributes(name, "架空県試験市", "20190501", "9");
        auto a = parseKenhojoAttributes(bytes);
        ASSERT_TRUE(a.ok());
        EXPECT_EQ(a->name, name);
    }
}

TEST(Kenhojo, AWrongOffsetTableIsFlaggedNotTrusted) {
    auto bytes = kakanai::emulator::buildKenhojoAttributes("試験　太郎", "架空", "19800101", "1");
    bytes[7] ^= 0x01; // DF22's offset
    auto a = parseKenhojoAttributes(bytes);
    ASSERT_TRUE(a.ok());
    EXPECT_FALSE(a->offsetsMatched);
    EXPECT_EQ(a->name, "試験　太郎");
}

TEST(Kenhojo, RejectsBrokenObjects) {
    auto bad = [](const std::string& hex) {
        auto a = parseKenhojoAttributes(fromHex(hex));
        EXPECT_FALSE(a.ok()) << hex;
        return a.ok() ? std::string() : a.error().message;
    };
    EXPECT_NE(bad("FF1003313233").find("FF 20"), std::string::npos); // the 個人番号 object
    EXPECT_NE(bad("FF200BDF24083139383030313031DF250131").find("name"), std::string::npos);
    EXPECT_NE(bad("FF2009DF2202FFFEDF250131").find("UTF-8"), std::string::npos);
    EXPECT_NE(bad("FF2007DF2204410A4142").find("control"), std::string::npos);
    EXPECT_NE(bad("FF2013DF220141DF220141DF24083139383030313031").find("twice"), std::string::npos);
    EXPECT_NE(bad("FF2012DF220141DF240731393830303130DF250131").find("8 characters"), std::string::npos);
    bad("FF2030DF220141"); // cut off
    // Messages never repeat the data.
    EXPECT_EQ(bad("FF2007DF2204410A4142").find("A"), std::string::npos);
}
