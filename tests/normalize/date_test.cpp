// Dates: every notation residents, cards and staff use, the exact era boundaries, and the printed styles.
#include "kakanai/base/utf8.h"
#include "kakanai/normalize/date_text.h"
#include "kakanai/text/numerals.h"

#include <gtest/gtest.h>

#include <array>

using namespace kakanai;
using namespace kakanai::normalize;

namespace {

struct ParseCase {
    const char* label;
    const char* text;
    const char* iso; // "" = rejected
    DateNotation notation = DateNotation::Wareki;
};
std::ostream& operator<<(std::ostream& os, const ParseCase& c) {
    return os << c.label;
}

constexpr auto W = DateNotation::Wareki;
constexpr auto G = DateNotation::Gregorian;
constexpr auto L = DateNotation::Licence;
constexpr auto D8 = DateNotation::Digits8;

// clang-format off
const ParseCase kParse[] = {
    // era boundaries, both sides
    {"meiji_last", "明治45年7月29日", "1912-07-29", W},
    {"taisho_first", "大正元年7月30日", "1912-07-30", W},
    {"meiji_after_end", "明治45年7月30日", ""},
    {"taisho_before_start", "大正元年7月29日", ""},
    {"taisho_last", "大正15年12月24日", "1926-12-24", W},
    {"showa_first", "昭和元年12月25日", "1926-12-25", W},
    {"taisho_after_end", "大正15年12月25日", ""},
    {"showa_last", "昭和64年1月7日", "1989-01-07", W},
    {"showa64_jan8", "昭和64年1月8日", ""},
    {"heisei_first", "平成元年1月8日", "1989-01-08", W},
    {"heisei1_jan7", "平成元年1月7日", ""},
    {"heisei_last", "平成31年4月30日", "2019-04-30", W},
    {"heisei31_may1", "平成31年5月1日", ""},
    {"reiwa_first", "令和元年5月1日", "2019-05-01", W},
    {"reiwa1_apr30", "令和元年4月30日", ""},
    {"reiwa_year_one_as_1", "令和1年5月1日", "2019-05-01", W},
    // kanji and full-width numerals
    {"kanji_numerals", "平成三十一年四月三十日", "2019-04-30", W},
    {"kanji_gannen", "令和元年五月一日", "2019-05-01", W},
    {"kanji_sixty_four", "昭和六十四年一月七日", "1989-01-07", W},
    {"fullwidth_spaced", "令和　７年　４月　１日", "2025-04-01", W},
    {"fullwidth_compact", "令和７年４月１日", "2025-04-01", W},
    {"kanji_gregorian_positional", "二〇一九年五月一日", "2019-05-01", G},
    {"kanji_gregorian_units", "千九百八十九年一月八日", "1989-01-08", G},
    {"malformed_kanji", "平成十十年一月一日", ""},
    // abbreviations and square eras
    {"abbr_latin", "H31.4.30", "2019-04-30", W},
    {"abbr_latin_lower", "r1/5/1", "2019-05-01", W},
    {"abbr_short_kanji", "昭64.1.7", "1989-01-07", W},
    {"abbr_fullwidth_dots", "Ｒ７．４．１", "2025-04-01", W},
    {"square_heisei", "㍻31年4月30日", "2019-04-30", W},
    {"square_reiwa", "㋿元年5月1日", "2019-05-01", W},
    {"card_suffix", "昭和64年 1月 7日生", "1989-01-07", W},
    {"card_suffix_umare", "平成元年1月8日生まれ", "1989-01-08", W},
    // Gregorian
    {"iso", "2019-05-01", "2019-05-01", G},
    {"slashes", "2019/5/1", "2019-05-01", G},
    {"kanji_units", "2019年5月1日", "2019-05-01", G},
    {"fullwidth_gregorian", "２０２５年４月１日", "2025-04-01", G},
    {"leap_day", "2024-02-29", "2024-02-29", G},
    {"not_leap", "2023-02-29", ""},
    {"heisei_leap", "平成8年2月29日", "1996-02-29", W},
    {"heisei_not_leap", "平成9年2月29日", ""},
    // licence IC and 8 digits
    {"licence_heisei_first", "4010108", "1989-01-08", L},
    {"licence_showa_last", "3640107", "1989-01-07", L},
    {"licence_showa_out_of_era", "3640108", ""},
    {"licence_reiwa", "5070401", "2025-04-01", L},
    {"licence_bad_era_digit", "9070401", ""},
    {"licence_fullwidth", "５０７０４０１", "2025-04-01", L},
    {"digits8", "20250401", "2025-04-01", D8},
    {"digits8_impossible", "20250431", ""},
    // rubbish
    {"empty", "", ""},
    {"words", "きのう", ""},
    {"trailing_garbage", "令和7年4月1日です", ""},
    {"month13", "令和7年13月1日", ""},
};
// clang-format on

class ReadDateTest : public ::testing::TestWithParam<ParseCase> {};
TEST_P(ReadDateTest, ParsesOrRejects) {
    const ParseCase& c = GetParam();
    const auto r = readDate(c.text);
    if (std::string(c.iso).empty()) {
        EXPECT_FALSE(r) << r->date.iso();
        return;
    }
    ASSERT_TRUE(r);
    EXPECT_EQ(r->date.iso(), c.iso);
    EXPECT_EQ(r->notation, c.notation);
}
INSTANTIATE_TEST_SUITE_P(Table, ReadDateTest, ::testing::ValuesIn(kParse),
                         [](const auto& tp) { return std::string(tp.param.label); });

struct StyleCase {
    const char* label;
    Date date;
    const char* compact;
    const char* spaced;
    const char* kanji;
    const char* abbreviated;
};
std::ostream& operator<<(std::ostream& os, const StyleCase& c) {
    return os << c.label;
}

// clang-format off
const StyleCase kStyles[] = {
    {"reiwa7", {2025, 4, 1}, "令和7年4月1日", "令和　７年　４月　１日", "令和七年四月一日", "R7.4.1"},
    {"reiwa_gannen", {2019, 5, 1}, "令和元年5月1日", "令和　元年　５月　１日", "令和元年五月一日", "R1.5.1"},
    {"heisei_gannen", {1989, 1, 8}, "平成元年1月8日", "平成　元年　１月　８日", "平成元年一月八日", "H1.1.8"},
    {"showa64", {1989, 1, 7}, "昭和64年1月7日", "昭和　６４年　１月　７日", "昭和六十四年一月七日", "S64.1.7"},
    {"heisei31", {2019, 4, 30}, "平成31年4月30日", "平成　３１年　４月　３０日", "平成三十一年四月三十日", "H31.4.30"},
    {"taisho_gannen", {1912, 7, 30}, "大正元年7月30日", "大正　元年　７月　３０日", "大正元年七月三十日", "T1.7.30"},
    {"showa_gannen", {1926, 12, 25}, "昭和元年12月25日", "昭和　元年　１２月　２５日", "昭和元年十二月二十五日", "S1.12.25"},
    {"meiji45", {1912, 7, 29}, "明治45年7月29日", "明治　４５年　７月　２９日", "明治四十五年七月二十九日", "M45.7.29"},
};
// clang-format on

class WarekiStyleTest : public ::testing::TestWithParam<StyleCase> {};
TEST_P(WarekiStyleTest, PrintsEveryStyle) {
    const StyleCase& c = GetParam();
    EXPECT_EQ(formatWareki(c.date, WarekiStyle::Compact), c.compact);
    EXPECT_EQ(formatWareki(c.date, WarekiStyle::FullWidthSpaced), c.spaced);
    EXPECT_EQ(formatWareki(c.date, WarekiStyle::Kanji), c.kanji);
    EXPECT_EQ(formatWareki(c.date, WarekiStyle::Abbreviated), c.abbreviated);
    // What we print, we read back.
    for (auto style :
         {WarekiStyle::Compact, WarekiStyle::FullWidthSpaced, WarekiStyle::Kanji, WarekiStyle::Abbreviated})
        EXPECT_EQ(parseJapaneseDate(formatWareki(c.date, style)), c.date);
}
INSTANTIATE_TEST_SUITE_P(Table, WarekiStyleTest, ::testing::ValuesIn(kStyles),
                         [](const auto& tp) { return std::string(tp.param.label); });

TEST(DateText, GregorianForForeignResidents) {
    EXPECT_EQ(formatGregorian(Date{2025, 4, 1}), "2025年4月1日");
    EXPECT_EQ(formatGregorian(Date{2025, 4, 1}, true), "２０２５年４月１日");
}

TEST(DateText, EraCircleOnlyWhenTheFormHasTheBox) {
    const std::array<Era, 4> oldStock{Era::Meiji, Era::Taisho, Era::Showa, Era::Heisei};
    const std::array<Era, 5> all{Era::Meiji, Era::Taisho, Era::Showa, Era::Heisei, Era::Reiwa};
    const auto heisei = eraMark(Date{1989, 1, 8}, oldStock);
    ASSERT_TRUE(heisei);
    EXPECT_EQ(heisei->circle, Era::Heisei);
    EXPECT_TRUE(heisei->written.empty());
    // A 令和 date on 明大昭平 stock: no box to circle, the era is written out.
    const auto reiwa = eraMark(Date{2020, 1, 1}, oldStock);
    ASSERT_TRUE(reiwa);
    EXPECT_FALSE(reiwa->circle);
    EXPECT_EQ(reiwa->written, "令和");
    EXPECT_EQ(eraListPreview(Date{1989, 1, 7}, all), "明・大・(昭)・平・令");
    EXPECT_EQ(eraListPreview(Date{2020, 1, 1}, oldStock), "明・大・昭・平　令和");
    EXPECT_FALSE(eraMark(Date{1872, 1, 1}, all));
}

struct AgeCase {
    const char* label;
    Date birth, on;
    int age;
};
std::ostream& operator<<(std::ostream& os, const AgeCase& c) {
    return os << c.label;
}
// 年齢計算ニ関スル法律: a year completes at the end of the day before the birthday (児童手当, 国保).
// clang-format off
const AgeCase kAges[] = {
    {"day_before_birthday", {2019, 4, 2}, {2025, 4, 1}, 6},
    {"two_days_before", {2019, 4, 2}, {2025, 3, 31}, 5},
    {"on_birthday", {2019, 4, 1}, {2025, 4, 1}, 6},
    {"leap_birthday_common_year", {2008, 2, 29}, {2025, 2, 28}, 17},
    {"leap_birthday_day_before", {2008, 2, 29}, {2025, 2, 27}, 16},
    {"born_today", {2025, 4, 1}, {2025, 4, 1}, 0},
    {"showa_last_day", {1989, 1, 7}, {2026, 11, 23}, 37},
};
// clang-format on
class AgeTest : public ::testing::TestWithParam<AgeCase> {};
TEST_P(AgeTest, CountsTheJapaneseWay) {
    EXPECT_EQ(ageOn(GetParam().birth, GetParam().on), GetParam().age);
}
INSTANTIATE_TEST_SUITE_P(Table, AgeTest, ::testing::ValuesIn(kAges),
                         [](const auto& tp) { return std::string(tp.param.label); });

TEST(Numerals, KanjiNumbersBothWays) {
    using namespace kakanai::text;
    EXPECT_EQ(kanjiNumberValue(U"三十一"), 31);
    EXPECT_EQ(kanjiNumberValue(U"二〇一九"), 2019);
    EXPECT_EQ(kanjiNumberValue(U"千二百三十四"), 1234);
    EXPECT_EQ(kanjiNumberValue(U"十"), 10);
    EXPECT_EQ(kanjiNumberValue(U"百五"), 105);
    EXPECT_FALSE(kanjiNumberValue(U"十十"));
    EXPECT_FALSE(kanjiNumberValue(U"三五十")); // a 小字 name, not a number
    EXPECT_FALSE(kanjiNumberValue(U"十百"));
    EXPECT_FALSE(kanjiNumberValue(U""));
    EXPECT_EQ(kanjiNumber(23), "二十三");
    EXPECT_EQ(kanjiNumber(10), "十");
    EXPECT_EQ(kanjiNumber(105), "百五");
    EXPECT_EQ(kanjiNumber(1989), "千九百八十九");
    EXPECT_EQ(fullWidthDigits("1-2"), "１-２");
    for (long n = 1; n < 3000; ++n)
        EXPECT_EQ(kanjiNumberValue(kakanai::utf8::decode(kanjiNumber(n))), n) << n;
}

} // namespace
