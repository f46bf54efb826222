#include "kakanai/card/jis_x0208.h"

#include <gtest/gtest.h>

using namespace kakanai::card;

namespace {
std::string bytes(std::initializer_list<int> b) {
    std::string s;
    for (int x : b)
        s.push_back(static_cast<char>(x));
    return s;
}
} // namespace

TEST(JisX0208, DecodesKnownCodes) {
    EXPECT_EQ(jis::toUnicode(0x3021), U'亜');
    EXPECT_EQ(jis::toUnicode(0x2422), U'あ');
    EXPECT_EQ(jis::toUnicode(0x2121), U'\u3000');
    EXPECT_EQ(jis::toUnicode(0x2332), U'２');
    EXPECT_EQ(jis::toUnicode(0x215D), U'\uFF0D');     // the address hyphen, not U+2212
    EXPECT_EQ(jis::toUnicode(0x7426), U'熙');         // the last kanji of JIS X 0208:1990
    EXPECT_FALSE(jis::toUnicode(0x2D21).has_value()); // row 13 (NEC specials) is not JIS X 0208
    EXPECT_FALSE(jis::toUnicode(0x7F21).has_value());
    EXPECT_FALSE(jis::toUnicode(0xFFF1).has_value());
}

TEST(JisX0208, TableHasAllCharacters) {
    int defined = 0;
    for (int row = 0x21; row <= 0x7E; ++row)
        for (int cell = 0x21; cell <= 0x7E; ++cell)
            defined += jis::toUnicode(static_cast<std::uint16_t>(row << 8 | cell)).has_value();
    EXPECT_EQ(defined, 6879); // JIS X 0208:1990: 524 non-kanji + 6355 kanji
}

TEST(JisX0208, MarksGaijiAndKekjiAsUnknown) {
    // 〓田　一郎 with 外字 FFF1 first, and a 欠字 FFFA at the end.
    auto d = jis::decodeLicenceText(
        bytes({0xFF, 0xF1, 0x45, 0x44, 0x21, 0x21, 0x30, 0x6C, 0x4F, 0x3A, 0xFF, 0xFA}));
    EXPECT_EQ(d.utf8, "〓田　一郎〓");
    EXPECT_EQ(d.unknownCharacters, 2);
    EXPECT_EQ(d.gaiji, 2);
    auto undefinedCode = jis::decodeLicenceText(bytes({0x2D, 0x21, 0x30, 0x21}));
    EXPECT_EQ(undefinedCode.utf8, "〓亜");
    EXPECT_EQ(undefinedCode.unknownCharacters, 1);
    EXPECT_EQ(undefinedCode.gaiji, 0);
    auto odd = jis::decodeLicenceText(bytes({0x30, 0x21, 0x30}));
    EXPECT_EQ(odd.utf8, "亜〓");
    EXPECT_EQ(odd.unknownCharacters, 1);
}

TEST(JisX0208, DropsTrailingFullWidthSpaces) {
    EXPECT_EQ(jis::decodeLicenceText(bytes({0x30, 0x21, 0x21, 0x21, 0x21, 0x21})).utf8, "亜");
    EXPECT_EQ(jis::decodeLicenceText("").utf8, "");
}

TEST(JisX0208, FlagsTextASubstituteCouldHideIn) {
    EXPECT_TRUE(jis::onlyJisX0208OrAscii("試験　太郎"));
    EXPECT_TRUE(jis::onlyJisX0208OrAscii("東京都架空市１－２－３"));
    EXPECT_TRUE(jis::onlyJisX0208OrAscii("TESTER ALEX JAMIE"));
    EXPECT_TRUE(jis::onlyJisX0208OrAscii("ＴＥＳＴＩＮＡ"));
    EXPECT_TRUE(jis::onlyJisX0208OrAscii("〜−～"));
    EXPECT_FALSE(jis::onlyJisX0208OrAscii("𠮷野　花子"));   // 4-byte UTF-8, JIS X 0213
    EXPECT_FALSE(jis::onlyJisX0208OrAscii("髙橋"));         // JIS X 0212 / IBM extension
    EXPECT_FALSE(jis::onlyJisX0208OrAscii("ｶｸｳ"));          // half-width kana
    EXPECT_FALSE(jis::onlyJisX0208OrAscii("葛\U000E0100")); // an ideographic variation sequence
    EXPECT_FALSE(jis::onlyJisX0208OrAscii("①"));
    EXPECT_FALSE(jis::onlyJisX0208OrAscii(std::string("\xE6\x9D", 2))); // broken UTF-8
}
