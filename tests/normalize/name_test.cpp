// Names: split, 外字-like characters kept and reported, alphabetic width, readings. Fictional people only.
#include "kakanai/normalize/name.h"
#include "kakanai/ports/reading_suggester.h"
#include "kakanai/text/jis_x0208.h"

#include <gtest/gtest.h>

using namespace kakanai;
using namespace kakanai::normalize;

namespace {

struct NameCase {
    const char* label;
    const char* input;
    bool split;
    const char* family;
    const char* given;
    const char* method;
    NameScript script;
    const char* outside; // characters outside JIS X 0208, space-separated
};
std::ostream& operator<<(std::ostream& os, const NameCase& c) {
    return os << c.label;
}

constexpr auto JA = NameScript::Japanese;
constexpr auto LA = NameScript::Latin;
constexpr auto MX = NameScript::Mixed;

// clang-format off
const NameCase kNames[] = {
    {"ideographic_space", "架空　花子", true, "架空", "花子", "ideographic-space", JA, ""},
    {"ascii_space", "架空 花子", true, "架空", "花子", "space", JA, ""},
    {"double_space", "架空　　花子", true, "架空", "花子", "ideographic-space", JA, ""},
    {"outer_spaces", "　架空　花子　", true, "架空", "花子", "ideographic-space", JA, ""},
    {"no_separator", "架空花子", false, "", "", "no-separator", JA, ""},
    {"several_parts", "架空　花子　次郎", false, "", "", "several-separators", JA, ""},
    {"taka_kept", "髙橋　一郎", true, "髙橋", "一郎", "ideographic-space", JA, "髙"},
    {"saki_kept", "山﨑　次郎", true, "山﨑", "次郎", "ideographic-space", JA, "﨑"},
    {"tsuchiyoshi_kept", "𠮷田　三郎", true, "𠮷田", "三郎", "ideographic-space", JA, "𠮷"},
    {"ivs_kept", "葛\U000E0100城　四郎", true, "葛\U000E0100城", "四郎", "ideographic-space", JA, "葛\U000E0100"},
    {"all_three", "髙﨑　𠮷子", true, "髙﨑", "𠮷子", "ideographic-space", JA, "髙 﨑 𠮷"},
    {"common_kanji", "高橋　一郎", true, "高橋", "一郎", "ideographic-space", JA, ""},
    {"kana_name", "カクウ　ハナコ", true, "カクウ", "ハナコ", "ideographic-space", JA, ""},
    {"latin_family_first", "SMITH JOHN", true, "SMITH", "JOHN", "space", LA, ""},
    {"latin_comma", "SMITH, JOHN", true, "SMITH", "JOHN", "comma", LA, ""},
    {"latin_comma_middle", "SMITH, JOHN PAUL", true, "SMITH", "JOHN PAUL", "comma", LA, ""},
    {"latin_three_words", "GARCIA LOPEZ MARIA", false, "", "", "several-separators", LA, ""},
    {"latin_fullwidth", "ＳＭＩＴＨ　ＪＯＨＮ", true, "ＳＭＩＴＨ", "ＪＯＨＮ", "ideographic-space", LA, ""},
    {"latin_apostrophe", "O'NEIL MARY", true, "O'NEIL", "MARY", "space", LA, ""},
    {"latin_accents", "MÜLLER JÖRG", true, "MÜLLER", "JÖRG", "space", LA, "Ü Ö"},
    {"mixed", "SMITH 花子", true, "SMITH", "花子", "space", MX, ""},
    {"empty", "", false, "", "", "empty", JA, ""},
};
// clang-format on

class NameSplitTest : public ::testing::TestWithParam<NameCase> {};
TEST_P(NameSplitTest, SplitsWithoutChangingCharacters) {
    const NameCase& c = GetParam();
    const NameSplit s = splitName(c.input);
    EXPECT_EQ(s.split, c.split);
    EXPECT_EQ(s.family, c.family);
    EXPECT_EQ(s.given, c.given);
    EXPECT_EQ(s.method, c.method);
    EXPECT_EQ(s.script, c.script);
    std::string outside;
    for (const auto& ch : s.outsideJis)
        outside += (outside.empty() ? "" : " ") + ch;
    EXPECT_EQ(outside, c.outside);
    if (s.split) {
        EXPECT_GT(s.confidence, 0.5);
        // The card's characters come back unchanged: family + separator + given is the input.
        const std::string joined = joinName(s.family, s.given, s.script);
        EXPECT_NE(std::string(c.input).find(s.family), std::string::npos);
        EXPECT_NE(std::string(c.input).find(s.given), std::string::npos);
        EXPECT_FALSE(joined.empty());
    } else {
        EXPECT_EQ(s.confidence, 0);
    }
}
INSTANTIATE_TEST_SUITE_P(Table, NameSplitTest, ::testing::ValuesIn(kNames),
                         [](const auto& tp) { return std::string(tp.param.label); });

TEST(Name, JoinUsesTheFormsSeparator) {
    EXPECT_EQ(joinName("架空", "花子", NameScript::Japanese), "架空\u3000花子");
    EXPECT_EQ(joinName("SMITH", "JOHN", NameScript::Latin), "SMITH JOHN");
    EXPECT_EQ(joinName("架空", "", NameScript::Japanese), "架空");
}

struct WidthCase {
    const char* label;
    const char* input;
    const char* half;
    const char* full;
};
std::ostream& operator<<(std::ostream& os, const WidthCase& c) {
    return os << c.label;
}
// clang-format off
const WidthCase kWidths[] = {
    {"fullwidth_to_half", "ＳＭＩＴＨ　ＪＯＨＮ", "SMITH JOHN", "ＳＭＩＴＨ　ＪＯＨＮ"},
    {"lower_to_upper", "smith  john", "SMITH JOHN", "ＳＭＩＴＨ　ＪＯＨＮ"},
    {"apostrophe", "O’NEIL MARY", "O'NEIL MARY", "Ｏ＇ＮＥＩＬ　ＭＡＲＹ"},
    {"hyphen", "SMITH-JONES ANN", "SMITH-JONES ANN", "ＳＭＩＴＨ－ＪＯＮＥＳ　ＡＮＮ"},
    {"japanese_untouched", "架空　花子", "架空　花子", "架空　花子"},
    {"gaiji_untouched", "髙橋　一郎", "髙橋　一郎", "髙橋　一郎"},
};
// clang-format on
class AlphabeticWidthTest : public ::testing::TestWithParam<WidthCase> {};
TEST_P(AlphabeticWidthTest, OnlyAlphabeticNamesChange) {
    EXPECT_EQ(normalizeAlphabeticName(GetParam().input, Width::Half), GetParam().half);
    EXPECT_EQ(normalizeAlphabeticName(GetParam().input, Width::Full), GetParam().full);
}
INSTANTIATE_TEST_SUITE_P(Table, AlphabeticWidthTest, ::testing::ValuesIn(kWidths),
                         [](const auto& tp) { return std::string(tp.param.label); });

struct ReadingCase {
    const char* label;
    const char* input;
    const char* katakana; // "" = rejected
    const char* hiragana;
};
std::ostream& operator<<(std::ostream& os, const ReadingCase& c) {
    return os << c.label;
}
// clang-format off
const ReadingCase kReadings[] = {
    {"katakana_in", "カクウ　ハナコ", "カクウ　ハナコ", "かくう　はなこ"},
    {"hiragana_in", "かくう　はなこ", "カクウ　ハナコ", "かくう　はなこ"},
    {"halfwidth_in", "ｶｸｳ ﾊﾅｺ", "カクウ　ハナコ", "かくう　はなこ"},
    {"halfwidth_dakuten", "ｶﾞｸﾃﾝ ﾊﾟﾊﾟ", "ガクテン　パパ", "がくてん　ぱぱ"},
    {"long_vowel", "ユーコ", "ユーコ", "ゆーこ"},
    {"vu", "ヴィオラ", "ヴィオラ", "ゔぃおら"},
    {"spaces_collapsed", "かくう   はなこ", "カクウ　ハナコ", "かくう　はなこ"},
    {"kanji_rejected", "架空　はなこ", "", ""},
    {"latin_rejected", "KAKUU HANAKO", "", ""},
    {"digits_rejected", "はなこ2", "", ""},
    {"empty_rejected", "　", "", ""},
};
// clang-format on
class ReadingTest : public ::testing::TestWithParam<ReadingCase> {};
TEST_P(ReadingTest, KanaPerForm) {
    const ReadingCase& c = GetParam();
    const auto k = normalizeReading(c.input, KanaStyle::Katakana);
    const auto h = normalizeReading(c.input, KanaStyle::Hiragana);
    if (!*c.katakana) {
        ASSERT_FALSE(k);
        EXPECT_EQ(k.error().code, "normalize.reading-not-kana");
        EXPECT_FALSE(h);
        return;
    }
    ASSERT_TRUE(k) << k.error().message;
    ASSERT_TRUE(h);
    EXPECT_EQ(*k, c.katakana);
    EXPECT_EQ(*h, c.hiragana);
}
INSTANTIATE_TEST_SUITE_P(Table, ReadingTest, ::testing::ValuesIn(kReadings),
                         [](const auto& tp) { return std::string(tp.param.label); });

TEST(Name, LabelDecidesTheKana) {
    EXPECT_EQ(kanaStyleForLabel("フリガナ"), KanaStyle::Katakana);
    EXPECT_EQ(kanaStyleForLabel("ふりがな"), KanaStyle::Hiragana);
    EXPECT_EQ(kanaStyleForLabel("（ふりがな）"), KanaStyle::Hiragana);
    EXPECT_EQ(kanaStyleForLabel("氏名"), KanaStyle::Katakana); // no kana in the label: katakana, the usual
}

TEST(Name, JisX0208Check) {
    EXPECT_TRUE(text::outsideJisX0208("架空　花子 ABC ｶﾀｶﾅ").empty());
    EXPECT_EQ(text::outsideJisX0208("髙髙"), std::vector<std::string>{"髙"});
    EXPECT_EQ(text::outsideJisX0208("𠮷"), std::vector<std::string>{"𠮷"});
    EXPECT_EQ(text::outsideJisX0208("辻\U000E0100"), std::vector<std::string>{"辻\U000E0100"});
}

TEST(ReadingSuggesterPort, TableDoubleKeepsOrderAndLimit) {
    TableReadingSuggester t({{"翔", "ショウ"}, {"翔", "カケル"}, {"翔", "ツバサ"}});
    auto r = t.suggest("翔", NamePart::Given, 2);
    ASSERT_TRUE(r);
    ASSERT_EQ(r->size(), 2u);
    EXPECT_EQ((*r)[0].katakana, "ショウ");
    EXPECT_EQ((*r)[1].katakana, "カケル");
    EXPECT_TRUE(t.suggest("𠮷", NamePart::Family, 5)->empty());
}

} // namespace
