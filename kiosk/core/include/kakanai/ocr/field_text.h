#pragma once
// Turning recognised text into field values, and the plausibility checks that decide whether the
// resident must look at a value (a valid date, an address that starts with a prefecture, a name of
// plausible length). Pure functions: no OCR engine here.

#include "kakanai/dates/date.h"

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace kakanai::ocr {

// Japanese field text as printed on cards: ASCII letters and digits become full-width, runs of
// spaces become one U+3000, leading and trailing spaces and stray punctuation OCR adds are dropped.
std::string normaliseJapaneseText(std::string_view ocr);
// A name in Latin letters: upper case, single spaces, only A–Z and , - ' . kept.
std::string normaliseLatinName(std::string_view ocr);

// A date as printed on a card ("昭和55年 2月17日生", "平成元年1月8日", "1990年12月31日"), read by OCR:
// digit look-alikes (O, l, I, |) fixed, the suffix (生, まで有効) dropped, then parseJapaneseDate.
std::optional<Date> parseCardDate(std::string_view ocr);
// "男"/"M" → "male", "女"/"F" → "female".
std::optional<std::string> parseSex(std::string_view ocr);

// The 都道府県 an address starts with ("東京都"), or empty.
std::string_view prefectureOf(std::string_view address);
std::span<const std::string_view> prefectures();

// Plausibility problems, as short English phrases without the value itself; empty when plausible.
std::vector<std::string> nameDoubts(std::string_view name, bool latin);
std::vector<std::string> addressDoubts(std::string_view address);
// 国籍・地域 as printed on a residence card: katakana or kanji, 2–16 characters.
std::vector<std::string> nationalityDoubts(std::string_view nationality);
std::vector<std::string> birthDateDoubts(const Date& birth, const Date& today);

// Back-side address entries (追記欄, 備考, 住居地記載欄), one recognised line each, oldest first: the
// newest entry that holds an address (from its prefecture to the end of the entry), or nullopt.
std::optional<std::string> newestAddressEntry(const std::vector<std::string>& lines);

} // namespace kakanai::ocr
