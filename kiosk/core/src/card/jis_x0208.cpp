#include "kakanai/card/jis_x0208.h"

#include "kakanai/base/utf8.h"

#include <iconv.h>

#include <algorithm>
#include <array>
#include <vector>

namespace kakanai::card::jis {
namespace {

constexpr int kCells = 94;

struct Table {
    std::array<char32_t, kCells * kCells> toUnicode{}; // 0: undefined
    std::vector<char32_t> members;                     // sorted
};

// Windows-31J decodes these JIS codes differently; text from other systems may use either form.
constexpr char32_t kAlternativeForms[] = {
    0xFF0D, // － 1-61 (glibc: U+2212)
    0x2212, // − 1-61 as glibc decodes it (we decode to U+FF0D)
    0xFF5E, // ～ 1-33 (glibc: U+301C)
    0x2225, // ∥ 1-34 (glibc: U+2016)
    0xFFE0, // ￠ 1-81 (glibc: U+00A2)
    0xFFE1, // ￡ 1-82 (glibc: U+00A3)
    0xFFE2, // ￢ 2-44 (glibc: U+00AC)
    0x2014, // — 1-29 (glibc: U+2015)
};

Table build() {
    Table t;
    iconv_t cd = iconv_open("UTF-32LE", "EUC-JP");
    if (cd == reinterpret_cast<iconv_t>(-1)) return t; // no gconv: every character counts as unknown
    for (int row = 0; row < kCells; ++row)
        for (int cell = 0; cell < kCells; ++cell) {
            char in[2] = {static_cast<char>(0xA1 + row), static_cast<char>(0xA1 + cell)};
            unsigned char out[8] = {};
            char* inp = in;
            char* outp = reinterpret_cast<char*>(out);
            std::size_t inLeft = 2, outLeft = sizeof out;
            iconv(cd, nullptr, nullptr, nullptr, nullptr);
            if (iconv(cd, &inp, &inLeft, &outp, &outLeft) == static_cast<std::size_t>(-1) || inLeft != 0 ||
                outLeft != 4)
                continue;
            const char32_t cp = static_cast<char32_t>(out[0] | out[1] << 8 | out[2] << 16 | out[3] << 24);
            t.toUnicode[static_cast<std::size_t>(row * kCells + cell)] = cp;
        }
    iconv_close(cd);
    t.toUnicode[0 * kCells + 60] = 0xFF0D; // 1-61: the hyphen of Japanese addresses
    for (char32_t cp : t.toUnicode)
        if (cp) t.members.push_back(cp);
    t.members.insert(t.members.end(), std::begin(kAlternativeForms), std::end(kAlternativeForms));
    std::sort(t.members.begin(), t.members.end());
    t.members.erase(std::unique(t.members.begin(), t.members.end()), t.members.end());
    return t;
}

const Table& table() {
    static const Table t = build();
    return t;
}

} // namespace

std::optional<char32_t> toUnicode(std::uint16_t code) {
    const int row = (code >> 8) - 0x21, cell = (code & 0xFF) - 0x21;
    if (row < 0 || row >= kCells || cell < 0 || cell >= kCells) return std::nullopt;
    const char32_t cp = table().toUnicode[static_cast<std::size_t>(row * kCells + cell)];
    if (!cp) return std::nullopt;
    return cp;
}

bool contains(char32_t cp) {
    const auto& m = table().members;
    return std::binary_search(m.begin(), m.end(), cp);
}

DecodedText decodeLicenceText(std::string_view bytes) {
    DecodedText out;
    std::u32string chars;
    std::size_t i = 0;
    for (; i + 1 < bytes.size(); i += 2) {
        const auto hi = static_cast<std::uint8_t>(bytes[i]), lo = static_cast<std::uint8_t>(bytes[i + 1]);
        if (hi == 0xFF && ((lo >= 0xF1 && lo <= 0xF7) || lo == 0xFA)) {
            // 外字 (a glyph image in EF 03/05) or 欠字: the character is not in the data at all.
            chars.push_back(kUnknownCharacter);
            ++out.unknownCharacters;
            ++out.gaiji;
            continue;
        }
        if (auto cp = toUnicode(static_cast<std::uint16_t>(hi << 8 | lo))) {
            chars.push_back(*cp);
        } else {
            chars.push_back(kUnknownCharacter);
            ++out.unknownCharacters;
        }
    }
    if (i < bytes.size()) { // an odd byte count: half a character
        chars.push_back(kUnknownCharacter);
        ++out.unknownCharacters;
    }
    while (!chars.empty() && chars.back() == 0x3000)
        chars.pop_back();
    out.utf8 = utf8::encode(chars);
    std::fill(chars.begin(), chars.end(), U'\0');
    return out;
}

bool onlyJisX0208OrAscii(std::string_view s) {
    for (char32_t c : utf8::decode(s)) {
        if (c >= 0x20 && c < 0x7F) continue;
        if (!contains(c)) return false;
    }
    return true;
}

} // namespace kakanai::card::jis
