#pragma once
// 和暦 (Japanese era) dates: Gregorian ⇄ era with exact boundary days, printed with 元年 for year 1.
// The normalisation layer builds parsing and more styles on top of this.

#include "kakanai/dates/date.h"

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace kakanai {

enum class Era { Meiji, Taisho, Showa, Heisei, Reiwa };

struct EraInfo {
    Era era;
    std::string_view name;      // 令和
    std::string_view shortName; // 令
    std::string_view latin;     // R
    std::string_view id;        // "reiwa": stable identifier for templates and JSON
    int licenceDigit;           // era code on the driver's licence IC (1 明治 … 5 令和)
    Date first;                 // first day of the era
};

// Eras in chronological order. 明治 starts at 1873-01-01 here: Japan used the lunisolar calendar
// before that, so earlier Gregorian dates have no simple 和暦 equivalent.
std::span<const EraInfo> eras();
const EraInfo& eraInfo(Era era);
std::optional<Era> eraFromId(std::string_view id);     // "reiwa"
std::optional<Era> eraFromName(std::string_view name); // "令和", "令", "R"/"r"

struct Wareki {
    Era era;
    int year; // 1 = 元年
    int month;
    int day;
};

std::optional<Wareki> toWareki(const Date& date);
// Rejects dates outside the era (昭和64年1月8日, 平成31年5月1日) and impossible days.
std::optional<Date> fromWareki(Era era, int year, int month, int day);

// "元" for year 1, otherwise the decimal year.
std::string warekiYearText(int year);

enum class WarekiStyle {
    Compact, // 令和7年4月1日, 令和元年5月1日
    FullWidthSpaced, // 令和　７年　４月　１日 (full-width digits, ideographic spaces: pre-printed box style)
    Kanji,           // 令和七年四月一日, 令和元年五月一日 (official text, 戸籍 style)
    Abbreviated // R7.4.1, H1.1.8 (latin era letter; short fields and staff notes)
};

std::string formatWareki(const Wareki& w, WarekiStyle style = WarekiStyle::Compact);
// Gregorian in, printed 和暦 out; falls back to "YYYY年M月D日" for dates before 明治6年.
std::string formatWareki(const Date& d, WarekiStyle style = WarekiStyle::Compact);

// Parses a date as printed on cards and forms: 和暦 "令和7年4月1日", "令和元年5月1日",
// "令和　７年　４月　１日", kanji numerals "平成三十一年四月三十日", abbreviated "H31.4.30" / "R1/5/1" /
// "昭64.1.7", square eras "㍻31年4月30日", a trailing 生/生まれ as cards print it, and Gregorian
// "2019年5月1日", "2019-05-01", "2019/5/1", "2019.5.1". Spaces are ignored. Impossible dates are rejected,
// including days outside their era (昭和64年1月8日).
std::optional<Date> parseJapaneseDate(std::string_view text);

// The driver's licence IC's date: era digit (1 明治 … 5 令和) followed by YYMMDD, e.g. "4010108" is
// 平成元年1月8日 (1989-01-08).
std::optional<Date> parseLicenceDate(std::string_view sevenDigits);

} // namespace kakanai
