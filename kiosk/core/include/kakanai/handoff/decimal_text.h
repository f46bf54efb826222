#pragma once
// The ASCII form of a hand-off code: "KKN1-" followed by decimal digits (QR numeric mode).
// Digits survive every keyboard-wedge scanner: no symbol that moves between US and JIS layouts
// (Base45's ':', '*', '+' do), nothing Caps Lock changes, and full-width digits typed with the IME on
// are folded back. Density equals Base45 (8.03 bits of QR per byte here, 8.25 for Base45).
// Bytes are taken 7 at a time as a big-endian number written with 17 digits; a last block of k < 7
// bytes takes 3, 5, 8, 10, 13 or 15 digits. See docs/handoff.md.

#include "kakanai/base/result.h"

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace kakanai::handoff {

inline constexpr std::string_view kCodePrefix = "KKN1-";

std::string toDecimalText(std::span<const std::uint8_t> bytes);
// Accepts the output of toDecimalText after a keyboard wedge: surrounding whitespace, lower case,
// full-width characters (IME on). Errors: "handoff.not-kakanai" (another code), "handoff.damaged".
Result<std::vector<std::uint8_t>> fromDecimalText(std::string_view text);

// Folds what keyboards and IMEs do to typed text: full-width ASCII to ASCII, trims whitespace.
std::string normalizeTyped(std::string_view text);

} // namespace kakanai::handoff
