#include "kakanai/base/utf8.h"
#include "kakanai/layout/text_fit.h"

#include <gtest/gtest.h>

using namespace kakanai;

namespace {

// Lines as strings, for readable expectations.
std::vector<std::string> lines(const std::string& text, double widthEm) {
    FixedPitchFonts fonts;
    const Shaped s = shapeText(text, "mincho", fonts);
    std::vector<std::string> out;
    for (const auto& l : breakLines(s, widthEm)) {
        std::string line;
        for (std::size_t k = l.begin; k < l.end; ++k)
            utf8::append(line, s.chars[k].cp);
        out.push_back(line);
    }
    return out;
}

using V = std::vector<std::string>;

TEST(LineBreaking, BreaksAtCharacters) {
    EXPECT_EQ(lines("東京都千代田区九段南", 4), (V{"東京都千", "代田区九", "段南"}));
}

TEST(LineBreaking, NoLineStartsWithClosingPunctuationOrSmallKana) {
    EXPECT_EQ(lines("あいうえ。かき", 4), (V{"あいう", "え。かき"}));
    EXPECT_EQ(lines("あいうえ」。か", 4), (V{"あいう", "え」。か"}));
    EXPECT_EQ(lines("あいうえーか", 4), (V{"あいう", "えーか"}));
    EXPECT_EQ(lines("キャンセルッ", 5), (V{"キャンセ", "ルッ"}));
    EXPECT_EQ(lines("ドキュメント", 2), (V{"ド", "キュ", "メン", "ト"}));
}

TEST(LineBreaking, NoLineEndsWithOpeningBracket) {
    EXPECT_EQ(lines("あいう「えお」", 4), (V{"あいう", "「えお」"}));
}

TEST(LineBreaking, KeepsNumbersAndLatinWordsTogether) {
    // "1324" (2 em) must not be split across lines.
    EXPECT_EQ(lines("甲1324番地", 2.5), (V{"甲", "1324", "番地"}));
    EXPECT_EQ(lines("MARIA GARCIA", 4), (V{"MARIA ", "GARCIA"}));
    // A word longer than the line is broken rather than overflowing.
    EXPECT_EQ(lines("ABCDEFGHIJ", 2), (V{"ABCD", "EFGH", "IJ"}));
}

TEST(LineBreaking, ExplicitNewlines) {
    EXPECT_EQ(lines("住所\n方書", 10), (V{"住所", "方書"}));
}

TEST(Fitting, ShrinksBeforeWrappingTooFar) {
    FixedPitchFonts fonts;
    const Shaped s = shapeText("東京都千代田区", "mincho", fonts); // 7 em
    // 20 mm wide at 10.5 pt (3.7 mm/em) takes 5.4 em: one line needs <= 8.06 pt.
    const Fit f = fitText(s, 20, 5, 10.5, 6, 1, 0.8);
    ASSERT_TRUE(f.fits);
    EXPECT_EQ(f.lines.size(), 1u);
    EXPECT_LE(f.size * kPtToMm * 7, 20.0);
    EXPECT_GE(f.size, 7.5);
    EXPECT_DOUBLE_EQ(f.hscale, 1.0);
}

TEST(Fitting, CondensesAtMinimumSizeThenReportsOverflow) {
    FixedPitchFonts fonts;
    const Shaped s = shapeText("あいうえおかきくけこ", "mincho", fonts); // 10 em
    const Fit condensed = fitText(s, 10 * 6 * kPtToMm * 0.9, 4, 10, 6, 1, 0.8);
    ASSERT_TRUE(condensed.fits);
    EXPECT_DOUBLE_EQ(condensed.size, 6.0);
    EXPECT_LT(condensed.hscale, 1.0);
    EXPECT_GE(condensed.hscale, 0.8);
    const Fit overflow = fitText(s, 10, 3, 10, 6, 1, 0.8);
    EXPECT_FALSE(overflow.fits);
}

TEST(Fitting, UsesSecondLineWhenAllowed) {
    FixedPitchFonts fonts;
    const Shaped s = shapeText("あいうえおかきくけこ", "mincho", fonts);
    const Fit f = fitText(s, 5 * 10 * kPtToMm, 10 * kPtToMm * 2.3, 10, 6, 2, 1.0);
    ASSERT_TRUE(f.fits);
    EXPECT_EQ(f.lines.size(), 2u);
    EXPECT_DOUBLE_EQ(f.size, 10.0);
}

TEST(Shaping, ReportsCharactersNoFontHas) {
    FixedPitchFonts fonts;
    fonts.missing.insert(0x20BB7);
    const Shaped s = shapeText("𠮷野", "mincho", fonts);
    ASSERT_EQ(s.missing.size(), 1u);
    EXPECT_EQ(s.missing[0], char32_t{0x20BB7});
    EXPECT_EQ(s.chars.size(), 1u);
}

TEST(Shaping, KeepsVariationSelectorsWithTheirBase) {
    FixedPitchFonts fonts;
    const Shaped s = shapeText("葛\U000E0100城", "mincho", fonts);
    ASSERT_EQ(s.chars.size(), 2u);
    EXPECT_EQ(s.chars[0].vs, char32_t{0xE0100});
    EXPECT_EQ(s.chars[1].vs, char32_t{0});
}

} // namespace
