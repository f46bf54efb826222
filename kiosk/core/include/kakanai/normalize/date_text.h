#pragma once
// Dates as residents, cards and IT staff type them, and every printed style forms ask for.
// Builds on dates/wareki.h (exact era boundaries, 元年); this adds recognising the notation and the era
// choice of circle-style forms.

#include "kakanai/dates/wareki.h"

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace kakanai::normalize {

enum class DateNotation {
    Wareki,    // 令和7年4月1日, R7.4.1, 平成三十一年四月三十日
    Gregorian, // 2025年4月1日, 2025-04-01, 2025/4/1
    Licence,   // the driver's licence IC: era digit + YYMMDD, "5070401"
    Digits8    // YYYYMMDD, "20250401"
};

struct DateReading {
    Date date;
    DateNotation notation;
};

// Any of the notations above (full-width digits too). nullopt for impossible dates, including days
// outside their era (昭和64年1月8日, 平成31年5月1日).
std::optional<DateReading> readDate(std::string_view text);
std::string_view notationId(DateNotation n); // "wareki", "gregorian", "licence", "digits8"

// 2025年4月1日 (or ２０２５年４月１日): foreign residents may write 西暦 on some forms.
std::string formatGregorian(const Date& d, bool fullWidthDigits = false);

// Circle-style era boxes (明・大・昭・平・令): the era to circle when the form offers it, otherwise the era
// written out in full next to the year (forms-catalog §9.1: never print an era the form has no box for).
struct EraMark {
    std::optional<Era> circle; // set when the form has a box for the date's era
    std::string written;       // 令和, when it has not (empty when circled)
};
std::optional<EraMark> eraMark(const Date& d, std::span<const Era> offered);
// A text preview of the same, for the CLI and staff screens: "明・大・昭・(平)・令".
std::string eraListPreview(const Date& d, std::span<const Era> offered);

} // namespace kakanai::normalize
