#pragma once
// The 個人番号 check digit (行政手続における特定の個人を識別するための番号の利用等に関する法律施行令 第8条;
// 個人番号の指定等に関する省令 第5条), for forms that let staff type one into DB(12) boxes.
// Validation only: the kiosk never reads, prints or stores a 個人番号, and nothing here logs or keeps one.

#include <optional>
#include <string_view>

namespace kakanai::normalize {

// The check digit for the first 11 digits (ASCII), or nullopt when that is not 11 digits.
std::optional<int> myNumberCheckDigit(std::string_view first11);
// 12 ASCII digits whose last one is the right check digit.
bool isValidMyNumber(std::string_view digits12);

} // namespace kakanai::normalize
