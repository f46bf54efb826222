#pragma once
// Character-level conversions forms ask for: katakana ⇄ hiragana, full ⇄ half width.
// Applied only where a template's formatter asks; the card's own text is never changed in the record.

#include <string>
#include <string_view>

namespace kakanai::text {

std::string toKatakana(std::string_view s); // ひらがな → カタカナ (ゔ → ヴ); other characters unchanged
std::string toHiragana(std::string_view s); // カタカナ → ひらがな (ヴ → ゔ, ヷヸヹヺ kept)
// ASCII → full-width (U+FF01–FF5E, space → U+3000) and half-width katakana → full-width (with ﾞﾟ merged).
std::string toFullWidth(std::string_view s);
// Full-width ASCII (U+FF01–FF5E) and U+3000 → ASCII; kana unchanged.
std::string toHalfWidth(std::string_view s);
// Keeps only ASCII digits, after converting full-width digits.
std::string digitsOnly(std::string_view s);

} // namespace kakanai::text
