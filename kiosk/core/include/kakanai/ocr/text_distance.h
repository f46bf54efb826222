#pragma once
// Character error rate between a reference text and a recognised one, as the OCR scorer and the
// plausibility checks count it: code points, after folding full-width ASCII to ASCII and dropping
// white space (OCR spacing is not an error a form would show).

#include <cstddef>
#include <string>
#include <string_view>

namespace kakanai::ocr {

// Code points, full-width ASCII (U+FF01–FF5E) folded to ASCII, white space (incl. U+3000) removed.
std::u32string foldForComparison(std::string_view text);
std::size_t editDistance(std::u32string_view a, std::u32string_view b);
// editDistance / length of the reference (1.0 when the reference is empty and the hypothesis is not).
double characterErrorRate(std::string_view reference, std::string_view hypothesis);

} // namespace kakanai::ocr
