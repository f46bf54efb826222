#include "kakanai/base/utf8.h"
#include "kakanai/dates/wareki.h"

#include <string>

namespace kakanai {
namespace {

int kanjiDigit(char32_t c) {
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

bool isKanjiNumeral(char32_t c) {
    return kanjiDigit(c) >= 0 || c == U'十' || c == U'百' || c == U'千';
}

// Value of a run of kanji numerals: positional ("二〇一九") or with units ("三十一", "千九百八十九").
long kanjiNumber(std::u32string_view s) {
    bool positional = true;
    for (char32_t c : s)
        if (kanjiDigit(c) < 0) positional = false;
    long value = 0;
    if (positional) {
        for (char32_t c : s)
            value = value * 10 + kanjiDigit(c);
        return value;
    }
    long digit = -1;
    for (char32_t c : s) {
        const int d = kanjiDigit(c);
        if (d >= 0) {
            digit = d;
            continue;
        }
        const long unit = c == U'十' ? 10 : c == U'百' ? 100 : 1000;
        value += (digit < 0 ? 1 : digit) * unit;
        digit = -1;
    }
    return value + (digit < 0 ? 0 : digit);
}

// Full-width digits to ASCII, kanji numerals to decimal digits, spaces removed.
std::u32string normalise(std::string_view text) {
    const std::u32string in = utf8::decode(text);
    std::u32string out;
    for (std::size_t i = 0; i < in.size();) {
        const char32_t c = in[i];
        if (c == U' ' || c == 0x3000 || c == U'\t') {
            ++i;
        } else if (c >= 0xFF10 && c <= 0xFF19) {
            out.push_back(U'0' + (c - 0xFF10)), ++i;
        } else if (c == 0xFF0E || c == 0xFF0F || c == 0xFF0D) { // ． ／ －
            out.push_back(c == 0xFF0E ? U'.' : c == 0xFF0F ? U'/' : U'-'), ++i;
        } else if (isKanjiNumeral(c)) {
            std::size_t j = i;
            while (j < in.size() && isKanjiNumeral(in[j]))
                ++j;
            for (char c2 : std::to_string(kanjiNumber(std::u32string_view(in).substr(i, j - i))))
                out.push_back(char32_t(c2));
            i = j;
        } else {
            out.push_back(c), ++i;
        }
    }
    return out;
}

bool readNumber(const std::u32string& s, std::size_t& pos, int& out, std::size_t maxDigits) {
    const std::size_t start = pos;
    long v = 0;
    while (pos < s.size() && s[pos] >= U'0' && s[pos] <= U'9' && pos - start < maxDigits)
        v = v * 10 + (s[pos++] - U'0');
    out = static_cast<int>(v);
    return pos > start;
}

bool readSeparator(const std::u32string& s, std::size_t& pos, char32_t kanji) {
    if (pos >= s.size()) return false;
    if (s[pos] == kanji || s[pos] == U'.' || s[pos] == U'/' || s[pos] == U'-') return ++pos, true;
    return false;
}

std::optional<Era> readEra(const std::u32string& s, std::size_t& pos) {
    for (const auto& e : eras()) {
        for (std::string_view name : {e.name, e.shortName}) {
            const std::u32string n = utf8::decode(name);
            if (s.compare(pos, n.size(), n) == 0) return pos += n.size(), e.era;
        }
        if (pos < s.size() && (s[pos] == char32_t(e.latin[0]) || s[pos] == char32_t(e.latin[0] - 'A' + 'a')))
            return ++pos, e.era;
    }
    return std::nullopt;
}

} // namespace

std::optional<Date> parseJapaneseDate(std::string_view text) {
    const std::u32string s = normalise(text);
    std::size_t pos = 0;
    int year = 0, month = 0, day = 0;
    const std::optional<Era> era = readEra(s, pos);
    if (era) {
        if (pos < s.size() && s[pos] == U'元')
            year = 1, ++pos;
        else if (!readNumber(s, pos, year, 3))
            return std::nullopt;
    } else if (!readNumber(s, pos, year, 4) || year < 1000) {
        return std::nullopt;
    }
    if (!readSeparator(s, pos, U'年') || !readNumber(s, pos, month, 2) || !readSeparator(s, pos, U'月') ||
        !readNumber(s, pos, day, 2))
        return std::nullopt;
    if (pos < s.size() && s[pos] == U'日') ++pos;
    if (pos != s.size()) return std::nullopt;
    if (era) return fromWareki(*era, year, month, day);
    const Date d{year, month, day};
    return d.valid() ? std::optional<Date>(d) : std::nullopt;
}

std::optional<Date> parseLicenceDate(std::string_view s) {
    if (s.size() != 7) return std::nullopt;
    for (char c : s)
        if (c < '0' || c > '9') return std::nullopt;
    const int digit = s[0] - '0';
    for (const auto& e : eras())
        if (e.licenceDigit == digit)
            return fromWareki(e.era, (s[1] - '0') * 10 + (s[2] - '0'), (s[3] - '0') * 10 + (s[4] - '0'),
                              (s[5] - '0') * 10 + (s[6] - '0'));
    return std::nullopt;
}

} // namespace kakanai
