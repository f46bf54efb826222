#pragma once
// Calendar dates (proleptic Gregorian). Person records carry ISO YYYY-MM-DD strings.

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace kakanai {

struct Date {
    int year = 0;
    int month = 0;
    int day = 0;

    // Strict YYYY-MM-DD; rejects impossible dates such as 2023-02-29.
    static std::optional<Date> parseIso(std::string_view s);
    // Today in the kiosk's local time zone (Asia/Tokyo on a kiosk).
    static Date today();

    bool valid() const;
    std::string iso() const;
    // Days since 1970-01-01 (negative before), for age and interval arithmetic.
    long daysSinceEpoch() const;
    static Date fromDaysSinceEpoch(long days);

    auto
    operator<=>(const Date&) const = default; // NOLINT(modernize-use-nullptr): clang-tidy 14 false positive
};

bool isLeapYear(int year);
int daysInMonth(int year, int month);

// Age in years as of the end of day `on`, the way Japanese law counts it (年齢計算ニ関スル法律): a year
// is completed at the end of the day before the birthday. So someone born on 2 April is 6 at the end of
// 1 April, and someone born on 29 February gains a year on 28 February in common years.
int ageOn(const Date& birth, const Date& on);

} // namespace kakanai
