#include "kakanai/base/utf8.h"
#include "kakanai/dates/wareki.h"
#include "kakanai/text/numerals.h"

#include <string>

namespace kakanai {
namespace {

// The era as one square character (㍻, ㋿), as some fonts and older systems write it.
std::u32string_view squareEra(char32_t c) {
    switch (c) {
    case 0x337E:
        return U"明治";
    case 0x337D:
        return U"大正";
    case 0x337C:
        return U"昭和";
    case 0x337B:
        return U"平成";
    case 0x32FF:
        return U"令和";
    default:
        return {};
    }
}

// Full-width digits to ASCII, kanji numerals to decimal digits, square eras spelled out, spaces removed.
std::u32string normalise(std::string_view text) {
    const std::u32string in = utf8::decode(text);
    std::u32string out;
    for (std::size_t i = 0; i < in.size();) {
        const char32_t c = in[i];
        if (c == U' ' || c == 0x3000 || c == U'\t') {
            ++i;
        } else if (const int d = text::arabicDigit(c); d >= 0) {
            out.push_back(U'0' + static_cast<char32_t>(d)), ++i;
        } else if ((c >= 0xFF21 && c <= 0xFF3A) || (c >= 0xFF41 && c <= 0xFF5A)) { // Ｒ７．４．１
            out.push_back(c - 0xFEE0), ++i;
        } else if (c == 0xFF0E || c == 0xFF0F || c == 0xFF0D) { // ． ／ －
            out.push_back(c == 0xFF0E ? U'.' : c == 0xFF0F ? U'/' : U'-'), ++i;
        } else if (!squareEra(c).empty()) {
            out += squareEra(c), ++i;
        } else if (text::isKanjiNumeral(c)) {
            std::size_t j = i;
            while (j < in.size() && text::isKanjiNumeral(in[j]))
                ++j;
            const auto value = text::kanjiNumberValue(std::u32string_view(in).substr(i, j - i));
            if (!value) return {}; // 十十: not a number
            for (char c2 : std::to_string(*value))
                out.push_back(char32_t(c2));
            i = j;
        } else {
            out.push_back(c), ++i;
        }
    }
    // Card text ends a birth date with 生 or 生まれ ("昭和64年1月7日生").
    for (std::u32string_view suffix : {std::u32string_view(U"生まれ"), std::u32string_view(U"生")})
        if (out.size() >= suffix.size() &&
            out.compare(out.size() - suffix.size(), suffix.size(), suffix) == 0) {
            out.resize(out.size() - suffix.size());
            break;
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
