#include "kakanai/dates/wareki.h"

#include <gtest/gtest.h>

using namespace kakanai;

namespace {

std::string w(int y, int m, int d) {
    return formatWareki(Date{y, m, d});
}

TEST(Wareki, EraBoundaryDaysAreExact) {
    EXPECT_EQ(w(1912, 7, 29), "明治45年7月29日");
    EXPECT_EQ(w(1912, 7, 30), "大正元年7月30日");
    EXPECT_EQ(w(1926, 12, 24), "大正15年12月24日");
    EXPECT_EQ(w(1926, 12, 25), "昭和元年12月25日");
    EXPECT_EQ(w(1989, 1, 7), "昭和64年1月7日");
    EXPECT_EQ(w(1989, 1, 8), "平成元年1月8日");
    EXPECT_EQ(w(2019, 4, 30), "平成31年4月30日");
    EXPECT_EQ(w(2019, 5, 1), "令和元年5月1日");
    EXPECT_EQ(w(2020, 1, 1), "令和2年1月1日");
    EXPECT_EQ(w(2025, 4, 1), "令和7年4月1日");
}

TEST(Wareki, FullWidthSpacedStyle) {
    EXPECT_EQ(formatWareki(Date{2025, 4, 1}, WarekiStyle::FullWidthSpaced), "令和　７年　４月　１日");
    EXPECT_EQ(formatWareki(Date{2019, 5, 1}, WarekiStyle::FullWidthSpaced), "令和　元年　５月　１日");
}

TEST(Wareki, FromWarekiRejectsDaysOutsideTheEra) {
    EXPECT_EQ(fromWareki(Era::Showa, 64, 1, 7), (Date{1989, 1, 7}));
    EXPECT_FALSE(fromWareki(Era::Showa, 64, 1, 8));
    EXPECT_EQ(fromWareki(Era::Heisei, 1, 1, 8), (Date{1989, 1, 8}));
    EXPECT_FALSE(fromWareki(Era::Heisei, 1, 1, 7));
    EXPECT_FALSE(fromWareki(Era::Heisei, 31, 5, 1));
    EXPECT_EQ(fromWareki(Era::Reiwa, 1, 5, 1), (Date{2019, 5, 1}));
    EXPECT_FALSE(fromWareki(Era::Reiwa, 1, 4, 30));
    EXPECT_FALSE(fromWareki(Era::Reiwa, 5, 2, 30));
    EXPECT_EQ(fromWareki(Era::Heisei, 8, 2, 29), (Date{1996, 2, 29}));
}

TEST(Wareki, RoundTripsEveryDayAcrossTheBoundaries) {
    for (long d = Date{1912, 1, 1}.daysSinceEpoch(); d < Date{2030, 1, 1}.daysSinceEpoch(); ++d) {
        const Date date = Date::fromDaysSinceEpoch(d);
        const auto wk = toWareki(date);
        ASSERT_TRUE(wk) << date.iso();
        EXPECT_EQ(fromWareki(wk->era, wk->year, wk->month, wk->day), date) << date.iso();
    }
}

TEST(Wareki, BeforeMeiji6IsPrintedGregorian) {
    EXPECT_FALSE(toWareki(Date{1872, 12, 31}));
    EXPECT_EQ(w(1872, 12, 31), "1872年12月31日");
    EXPECT_EQ(w(1873, 1, 1), "明治6年1月1日");
}

TEST(Wareki, EraLookups) {
    EXPECT_EQ(eraFromName("令和"), Era::Reiwa);
    EXPECT_EQ(eraFromName("昭"), Era::Showa);
    EXPECT_EQ(eraFromName("H"), Era::Heisei);
    EXPECT_EQ(eraFromName("t"), Era::Taisho);
    EXPECT_FALSE(eraFromName("慶応"));
    EXPECT_EQ(eraFromId("meiji"), Era::Meiji);
    EXPECT_EQ(eraInfo(Era::Reiwa).licenceDigit, 5);
}

TEST(Date, ParsesStrictIso) {
    EXPECT_EQ(Date::parseIso("2024-02-29"), (Date{2024, 2, 29}));
    EXPECT_FALSE(Date::parseIso("2023-02-29"));
    EXPECT_FALSE(Date::parseIso("2023-2-01"));
    EXPECT_FALSE(Date::parseIso("２０２３-01-01"));
    EXPECT_FALSE(Date::parseIso("2023-13-01"));
    EXPECT_EQ((Date{1989, 1, 8}.iso()), "1989-01-08");
}

TEST(Date, AgeCountsLikeJapaneseLaw) {
    // A year is completed at the end of the day before the birthday.
    EXPECT_EQ(ageOn(Date{2018, 4, 2}, Date{2024, 4, 1}), 6);
    EXPECT_EQ(ageOn(Date{2018, 4, 2}, Date{2024, 3, 31}), 5);
    EXPECT_EQ(ageOn(Date{2000, 2, 29}, Date{2021, 2, 28}), 21);
    EXPECT_EQ(ageOn(Date{2000, 2, 29}, Date{2021, 2, 27}), 20);
    EXPECT_EQ(ageOn(Date{1989, 1, 8}, Date{2026, 11, 23}), 37);
}

} // namespace

namespace {

std::string parsed(const std::string& s) {
    auto d = parseJapaneseDate(s);
    return d ? d->iso() : "-";
}

TEST(WarekiParse, PrintedForms) {
    EXPECT_EQ(parsed("令和7年4月1日"), "2025-04-01");
    EXPECT_EQ(parsed("令和元年5月1日"), "2019-05-01");
    EXPECT_EQ(parsed("令和　７年　４月　１日"), "2025-04-01");
    EXPECT_EQ(parsed("平成三十一年四月三十日"), "2019-04-30");
    EXPECT_EQ(parsed("昭和六十四年一月七日"), "1989-01-07");
    EXPECT_EQ(parsed("H31.4.30"), "2019-04-30");
    EXPECT_EQ(parsed("r1/5/1"), "2019-05-01");
    EXPECT_EQ(parsed("昭64.1.7"), "1989-01-07");
    EXPECT_EQ(parsed("2019年5月1日"), "2019-05-01");
    EXPECT_EQ(parsed("２０１９年５月１日"), "2019-05-01");
    EXPECT_EQ(parsed("二〇一九年五月一日"), "2019-05-01");
    EXPECT_EQ(parsed("2019-05-01"), "2019-05-01");
    EXPECT_EQ(parsed("明治45年7月29日"), "1912-07-29");
}

TEST(WarekiParse, RejectsImpossibleAndOutOfEraDates) {
    EXPECT_EQ(parsed("昭和64年1月8日"), "-");
    EXPECT_EQ(parsed("平成31年5月1日"), "-");
    EXPECT_EQ(parsed("令和元年4月30日"), "-");
    EXPECT_EQ(parsed("令和5年2月29日"), "-");
    EXPECT_EQ(parsed("令和5年"), "-");
    EXPECT_EQ(parsed("令和5年4月1日生x"), "-"); // a birth suffix (生) is fine, trailing text is not
    EXPECT_EQ(parsed(""), "-");
    EXPECT_EQ(parsed("慶応3年1月1日"), "-");
}

TEST(WarekiParse, LicenceEraDigitDates) {
    EXPECT_EQ(parseLicenceDate("4010108"), (Date{1989, 1, 8}));
    EXPECT_EQ(parseLicenceDate("3640107"), (Date{1989, 1, 7}));
    EXPECT_FALSE(parseLicenceDate("3640108"));
    EXPECT_EQ(parseLicenceDate("5010501"), (Date{2019, 5, 1}));
    EXPECT_EQ(parseLicenceDate("2010730"), (Date{1912, 7, 30}));
    EXPECT_FALSE(parseLicenceDate("6010101"));
    EXPECT_FALSE(parseLicenceDate("401010"));
    EXPECT_FALSE(parseLicenceDate("40101O8"));
}

} // namespace
