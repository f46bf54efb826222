#include "kakanai/text/numerals.h"

#include "kakanai/base/utf8.h"

namespace kakanai::text {
namespace {

int kanjiDigitValue(char32_t c) {
    switch (c) {
    case U'〇':
    case U'零':
        return 0;
    case U'一':
        return 1;
    case U'二':
        return 2;
    case U'三':
        return 3;
    case U'四':
        return 4;
    case U'五':
        return 5;
    case U'六':
        return 6;
    case U'七':
        return 7;
    case U'八':
        return 8;
    case U'九':
        return 9;
    default:
        return -1;
    }
}

long unitValue(char32_t c) {
    return c == U'十' ? 10 : c == U'百' ? 100 : c == U'千' ? 1000 : 0;
}

} // namespace

bool isKanjiDigit(char32_t c) {
    return kanjiDigitValue(c) >= 0;
}

bool isKanjiNumeral(char32_t c) {
    return isKanjiDigit(c) || unitValue(c) > 0;
}

int arabicDigit(char32_t c) {
    if (c >= U'0' && c <= U'9') return static_cast<int>(c - U'0');
    if (c >= 0xFF10 && c <= 0xFF19) return static_cast<int>(c - 0xFF10);
    return -1;
}

std::optional<long> kanjiNumberValue(std::u32string_view s) {
    if (s.empty()) return std::nullopt;
    bool positional = true;
    for (char32_t c : s) {
        if (!isKanjiNumeral(c)) return std::nullopt;
        if (!isKanjiDigit(c)) positional = false;
    }
    long value = 0;
    if (positional) {
        if (s.size() > 9) return std::nullopt;
        for (char32_t c : s)
            value = value * 10 + kanjiDigitValue(c);
        return value;
    }
    // Units must fall (千 before 百 before 十) and each may carry one digit: 千九百八十九.
    long digit = -1;
    long lastUnit = 10000;
    for (char32_t c : s) {
        if (const int d = kanjiDigitValue(c); d >= 0) {
            if (digit >= 0) return std::nullopt; // 二三十
            digit = d;
            continue;
        }
        const long unit = unitValue(c);
        if (unit >= lastUnit) return std::nullopt; // 十十, 十百
        value += (digit < 0 ? 1 : digit) * unit;
        lastUnit = unit;
        digit = -1;
    }
    return value + (digit < 0 ? 0 : digit);
}

std::string kanjiNumber(long n) {
    static constexpr std::u32string_view kDigits = U"〇一二三四五六七八九";
    if (n <= 0 || n >= 10000) return n == 0 ? "〇" : std::to_string(n);
    std::u32string out;
    const long units[] = {1000, 100, 10};
    const char32_t names[] = {U'千', U'百', U'十'};
    for (int i = 0; i < 3; ++i) {
        const long d = n / units[i];
        n %= units[i];
        if (d == 0) continue;
        if (d > 1) out.push_back(kDigits[static_cast<std::size_t>(d)]);
        out.push_back(names[i]);
    }
    if (n > 0) out.push_back(kDigits[static_cast<std::size_t>(n)]);
    return utf8::encode(out);
}

std::string fullWidthDigits(std::string_view s) {
    std::string out;
    out.reserve(s.size() * 3);
    for (char c : s) {
        if (c >= '0' && c <= '9') {
            out += "\xEF\xBC"; // U+FF10..FF19 = EF BC 90..99
            out += static_cast<char>(0x90 + (c - '0'));
        } else {
            out += c;
        }
    }
    return out;
}

std::string fullWidthNumber(long n) {
    return fullWidthDigits(std::to_string(n));
}

} // namespace kakanai::text
