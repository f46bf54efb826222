#pragma once
// Names as forms need them: family/given split, alphabetic names' width, and the reading (フリガナ).
//
// The card's characters are never changed: 旧字・異体字 (髙, 﨑, 𠮷, IVS) are kept as read — the form must
// print what the card says. Only alphabetic names get width normalisation, and only when a form asks.
// The registered reading (since 2025-05-26 a 戸籍/住民票 item) is asked from the resident; suggestions come
// from a ReadingSuggester (ports/reading_suggester.h) and are never printed unconfirmed.

#include "kakanai/base/result.h"

#include <string>
#include <string_view>
#include <vector>

namespace kakanai::normalize {

enum class NameScript { Japanese, Latin, Mixed };

struct NameSplit {
    std::string source;
    NameScript script = NameScript::Japanese;
    bool split = false; // false: ask the resident where the family name ends
    std::string family, given;
    double confidence = 0;
    std::string
        method; // "ideographic-space", "space", "comma", or why not: "no-separator", "several-separators"
    std::vector<std::string> outsideJis; // characters to check for 外字 (kept as read)
};

// "山田　太郎" → 山田 / 太郎. Residence cards print alphabetic names family first: "SMITH JOHN", or
// "SMITH, JOHN". Several spaces in an alphabetic name ("GARCIA LOPEZ MARIA") cannot be split safely: ask.
NameSplit splitName(std::string_view name);
// The name as forms print it: family, U+3000, given (Japanese); family, space, given (Latin).
std::string joinName(std::string_view family, std::string_view given, NameScript script);

enum class Width { Half, Full };
bool isAlphabeticName(std::string_view name);
// Alphabetic names only: upper-cased as on the card, spaces collapsed, in the width asked. Any other name is
// returned unchanged.
std::string normalizeAlphabeticName(std::string_view name, Width width);

enum class KanaStyle { Katakana, Hiragana };
// The form's label decides: 「フリガナ」 asks for katakana, 「ふりがな」 for hiragana (forms-catalog §9.3).
KanaStyle kanaStyleForLabel(std::string_view label);
// A reading typed on the kana keyboard: half-width kana made full-width, converted to the style, spaces made
// U+3000 and collapsed. Error "normalize.reading-not-kana" when it holds anything but kana, ー, ・ and
// spaces.
Result<std::string> normalizeReading(std::string_view reading, KanaStyle style);

} // namespace kakanai::normalize
