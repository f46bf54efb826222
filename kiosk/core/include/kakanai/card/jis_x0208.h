#pragma once
// JIS X 0208 for the two cards: the licence stores text as raw 2-byte JIS X 0208 codes (row/cell bytes
// 0x21–0x7E), and My Number card text outside JIS X 0208 may be a substitute for a registered 外字, so
// staff must compare it with the card face.
//
// The table is built once from glibc's EUC-JP converter (JIS code + 0x8080), the standard mapping, with
// one change: 1-61 (0x215D) decodes to U+FF0D FULLWIDTH HYPHEN-MINUS, the hyphen Japanese address data
// uses (the My Number card's addresses do), not U+2212 MINUS SIGN. The membership test accepts both
// mappings of the few codes where JIS and Windows-31J tables disagree (－ ～ ∥ ￠ ￡ ￢ — and −).

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace kakanai::card::jis {

// U+3013 GETA MARK 〓: the Japanese convention for a character that cannot be shown. Used for 外字 and
// 欠字 and undefined codes; the field is then marked for checking, never filled with a look-alike.
inline constexpr char32_t kUnknownCharacter = 0x3013;

// The code point of a JIS X 0208 code (0x2121–0x7E7E), or nothing for undefined codes.
std::optional<char32_t> toUnicode(std::uint16_t jisCode);

// Whether `cp` is a JIS X 0208 character (either mapping above). ASCII is not JIS X 0208.
bool contains(char32_t cp);

struct DecodedText {
    std::string utf8;
    int unknownCharacters = 0; // 外字 (FFF1–FFF7), 欠字 (FFFA), undefined codes, a stray odd byte
    int gaiji = 0;             // of which 外字 and 欠字
};

// Decodes a licence text field; unknown characters become kUnknownCharacter. Trailing full-width spaces
// (padding) are dropped.
DecodedText decodeLicenceText(std::string_view bytes);

// True when every character is JIS X 0208, printable ASCII or U+3000 — i.e. text a substitution for a
// registered 外字 cannot hide in (variation selectors, 𠮷, 髙, half-width kana all fail).
bool onlyJisX0208OrAscii(std::string_view utf8);

} // namespace kakanai::card::jis
