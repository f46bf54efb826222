#pragma once
// Numbers as Japanese text: kanji numerals (三十一, 二〇一九, 千二百三十四), full-width digits (１２３).
// Shared by the date parser and the address splitter.

#include <optional>
#include <string>
#include <string_view>

namespace kakanai::text {

// 〇一二三四五六七八九 (and 零), plus the units 十百千.
bool isKanjiDigit(char32_t c);
bool isKanjiNumeral(char32_t c);
// 0-9 for ASCII and full-width digits, -1 otherwise.
int arabicDigit(char32_t c);

// Value of a run of kanji numerals, positional ("二〇一九") or with units ("三十一", "千九百八十九").
// nullopt for an empty run, a character that is not a numeral, or a malformed run ("十十").
std::optional<long> kanjiNumberValue(std::u32string_view run);

// 23 → 二十三, 10 → 十, 105 → 百五, 0 → 〇 (official text writes 丁目 this way); n < 10000.
std::string kanjiNumber(long n);
// "123" → "１２３": ASCII digits to full-width, everything else unchanged.
std::string fullWidthDigits(std::string_view s);
std::string fullWidthNumber(long n);

} // namespace kakanai::text
