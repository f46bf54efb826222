#pragma once
// Small UTF-8 helpers. Japanese text is UTF-8 everywhere; layout works on code points.

#include <string>
#include <string_view>

namespace kakanai::utf8 {

// Decodes UTF-8; invalid sequences become U+FFFD so a bad byte never hides the rest of a string.
std::u32string decode(std::string_view s);
std::string encode(std::u32string_view s);
void append(std::string& out, char32_t cp);
bool isValid(std::string_view s);
// Number of code points.
std::size_t length(std::string_view s);

// Unicode variation selectors (IVS U+E0100–E01EF, SVS U+FE00–FE0F) attach to the previous character.
inline bool isVariationSelector(char32_t cp) {
    return (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF);
}

} // namespace kakanai::utf8
