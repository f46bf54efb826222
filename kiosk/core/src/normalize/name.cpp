#include "kakanai/normalize/name.h"

#include "kakanai/base/utf8.h"
#include "kakanai/text/jis_x0208.h"
#include "kakanai/text/kana_width.h"

#include <algorithm>

namespace kakanai::normalize {
namespace {

bool isLatinLetter(char32_t c) {
    return (c >= U'A' && c <= U'Z') || (c >= U'a' && c <= U'z') || (c >= 0xFF21 && c <= 0xFF3A) ||
           (c >= 0xFF41 && c <= 0xFF5A) || (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7);
}

// Punctuation alphabetic names carry: O'NEIL, SMITH-JONES, J. R., SMITH, JOHN.
bool isLatinPunct(char32_t c) {
    return c == U'\'' || c == U'-' || c == U'.' || c == U',' || c == 0xFF07 || c == 0xFF0D || c == 0xFF0E ||
           c == 0xFF0C || c == 0x2019;
}

bool isSpace(char32_t c) {
    return c == U' ' || c == 0x3000 || c == U'\t';
}

bool isKana(char32_t c) {
    return (c >= 0x3041 && c <= 0x3096) || (c >= 0x30A1 && c <= 0x30FA) || c == 0x30FC || c == 0x30FB ||
           c == 0x309D || c == 0x309E || c == 0x30FD || c == 0x30FE || (c >= 0xFF66 && c <= 0xFF9F);
}

std::string trim(std::string_view s) {
    std::u32string u = utf8::decode(s);
    std::size_t b = 0, e = u.size();
    while (b < e && isSpace(u[b]))
        ++b;
    while (e > b && isSpace(u[e - 1]))
        --e;
    return utf8::encode(std::u32string_view(u).substr(b, e - b));
}

NameScript scriptOf(std::u32string_view u) {
    bool latin = false, other = false;
    for (char32_t c : u) {
        if (isSpace(c) || isLatinPunct(c)) continue;
        (isLatinLetter(c) ? latin : other) = true;
    }
    return latin && other ? NameScript::Mixed : latin ? NameScript::Latin : NameScript::Japanese;
}

} // namespace

bool isAlphabeticName(std::string_view name) {
    const std::u32string u = utf8::decode(name);
    return std::any_of(u.begin(), u.end(), isLatinLetter) && scriptOf(u) == NameScript::Latin;
}

NameSplit splitName(std::string_view name) {
    NameSplit r;
    r.source = std::string(name);
    r.outsideJis = text::outsideJisX0208(name);
    const std::u32string u = utf8::decode(trim(name));
    r.script = scriptOf(u);
    if (u.empty()) return r.method = "empty", r;

    // Separators: runs of spaces; a comma (alphabetic names) takes precedence.
    std::vector<std::pair<std::size_t, std::size_t>> gaps; // [begin, end) of each separator run
    bool ideographic = false;
    const auto comma = std::find_if(u.begin(), u.end(), [](char32_t c) { return c == U',' || c == 0xFF0C; });
    if (r.script == NameScript::Latin && comma != u.end()) {
        std::size_t b = static_cast<std::size_t>(comma - u.begin()), e = b + 1;
        while (e < u.size() && isSpace(u[e]))
            ++e;
        while (b > 0 && isSpace(u[b - 1]))
            --b;
        gaps.emplace_back(b, e);
        r.method = "comma";
    } else {
        for (std::size_t i = 0; i < u.size();) {
            if (!isSpace(u[i])) {
                ++i;
                continue;
            }
            std::size_t e = i;
            while (e < u.size() && isSpace(u[e]))
                ideographic = ideographic || u[e] == 0x3000, ++e;
            gaps.emplace_back(i, e);
            i = e;
        }
        r.method = ideographic ? "ideographic-space" : "space";
    }
    if (gaps.empty()) return r.method = "no-separator", r;
    if (gaps.size() > 1) return r.method = "several-separators", r;
    r.family = utf8::encode(std::u32string_view(u).substr(0, gaps[0].first));
    r.given = utf8::encode(std::u32string_view(u).substr(gaps[0].second));
    r.split = true;
    // Alphabetic names: the order (family first) is the card's convention, not something we can see.
    r.confidence = r.script == NameScript::Japanese ? (ideographic ? 1.0 : 0.9) : 0.8;
    return r;
}

std::string joinName(std::string_view family, std::string_view given, NameScript script) {
    if (given.empty()) return std::string(family);
    return std::string(family) + (script == NameScript::Japanese ? "\u3000" : " ") + std::string(given);
}

std::string normalizeAlphabeticName(std::string_view name, Width width) {
    if (!isAlphabeticName(name)) return std::string(name);
    std::u32string u = utf8::decode(text::toHalfWidth(trim(name)));
    std::u32string out;
    for (char32_t c : u) {
        if (isSpace(c)) {
            if (!out.empty() && out.back() != U' ') out.push_back(U' ');
            continue;
        }
        if (c >= U'a' && c <= U'z') c -= 32;
        if (c == 0x2019) c = U'\'';
        out.push_back(c);
    }
    const std::string half = utf8::encode(out);
    return width == Width::Half ? half : text::toFullWidth(half);
}

KanaStyle kanaStyleForLabel(std::string_view label) {
    const std::u32string u = utf8::decode(label);
    int hira = 0, kata = 0;
    for (char32_t c : u) {
        if (c >= 0x3041 && c <= 0x3096) ++hira;
        if (c >= 0x30A1 && c <= 0x30FA) ++kata;
    }
    return hira > kata ? KanaStyle::Hiragana : KanaStyle::Katakana;
}

Result<std::string> normalizeReading(std::string_view reading, KanaStyle style) {
    if (!utf8::isValid(reading))
        return makeError("normalize.reading-not-kana", "the reading is not valid text");
    const std::u32string u = utf8::decode(text::toFullWidth(trim(reading)));
    std::u32string out;
    for (char32_t c : u) {
        if (isSpace(c)) {
            if (!out.empty() && out.back() != 0x3000) out.push_back(0x3000);
            continue;
        }
        if (!isKana(c))
            return makeError("normalize.reading-not-kana",
                             "a reading may only hold kana, ー, ・ and spaces (no kanji, letters or digits)");
        out.push_back(c);
    }
    if (out.empty()) return makeError("normalize.reading-not-kana", "the reading is empty");
    const std::string s = utf8::encode(out);
    return style == KanaStyle::Katakana ? text::toKatakana(s) : text::toHiragana(s);
}

} // namespace kakanai::normalize
