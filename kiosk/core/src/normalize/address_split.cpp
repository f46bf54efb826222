#include "kakanai/normalize/address.h"

#include "kakanai/base/utf8.h"
#include "kakanai/text/numerals.h"

#include <algorithm>
#include <optional>

namespace kakanai::normalize {
namespace {

using UV = std::u32string_view;
constexpr std::size_t npos = UV::npos;

bool isSpace(char32_t c) {
    return c == U' ' || c == U'\t' || c == 0x3000;
}

// Hyphens as typed, OCR'd and printed: ASCII, full-width, the long-vowel mark and box-drawing lines.
bool isDash(char32_t c) {
    switch (c) {
    case U'-':
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2015:
    case 0x2212:
    case 0xFF0D:
    case 0x30FC:
    case 0xFF70:
    case 0x2500:
    case 0x2501:
        return true;
    default:
        return false;
    }
}

bool at(UV s, std::size_t i, UV p) {
    return i <= s.size() && s.substr(i, p.size()) == p;
}

std::string enc(UV s) {
    return utf8::encode(s);
}

// [begin, end) without surrounding spaces.
std::pair<std::size_t, std::size_t> trimRange(UV s, std::size_t begin, std::size_t end) {
    while (begin < end && isSpace(s[begin]))
        ++begin;
    while (end > begin && isSpace(s[end - 1]))
        --end;
    return {begin, end};
}

std::string piece(UV s, std::size_t begin, std::size_t end) {
    const auto [b, e] = trimRange(s, begin, end);
    return enc(s.substr(b, e - b));
}

std::size_t arabicRun(UV s, std::size_t i) {
    std::size_t j = i;
    while (j < s.size() && text::arabicDigit(s[j]) >= 0)
        ++j;
    return j;
}

// End of a kanji-numeral run that is a well-formed number, or `i` when there is none.
std::size_t kanjiRun(UV s, std::size_t i) {
    std::size_t j = i;
    while (j < s.size() && text::isKanjiNumeral(s[j]))
        ++j;
    return j > i && text::kanjiNumberValue(s.substr(i, j - i)) ? j : i;
}

// A number (arabic or kanji) at i: its end, or i.
std::size_t numberAt(UV s, std::size_t i) {
    if (i >= s.size()) return i;
    const std::size_t a = arabicRun(s, i);
    return a > i ? a : kanjiRun(s, i);
}

// After a number, these make it part of the 町字: 一丁目, 東4丁 (堺市), 北1条, 東1線, 第2地割, 一番町,
// 北四番丁.
std::size_t townSuffix(UV s, std::size_t j, bool& chome) {
    chome = false;
    if (at(s, j, U"丁目")) return chome = true, 2;
    if (at(s, j, U"番町") || at(s, j, U"番丁") || at(s, j, U"地割")) return 2;
    if (at(s, j, U"丁")) return chome = true, 1;
    if (at(s, j, U"条") || at(s, j, U"線")) return 1;
    return 0;
}

// A number followed by these is a room or floor, which belongs to the 方書.
bool roomSuffix(UV s, std::size_t j) {
    return at(s, j, U"号室") || at(s, j, U"室") || at(s, j, U"階") || at(s, j, U"F") || at(s, j, U"Ｆ") ||
           at(s, j, U"棟") || at(s, j, U"号棟") || at(s, j, U"号館");
}

// 京都の通り名: the direction words that only street-name addresses use.
bool hasStreetDirections(UV s) {
    for (UV w : {UV(U"上る"), UV(U"上ル"), UV(U"下る"), UV(U"下ル"), UV(U"上がる"), UV(U"下がる"),
                 UV(U"西入"), UV(U"東入"), UV(U"入る"), UV(U"入ル")})
        if (s.find(w) != npos) return true;
    return false;
}

// Where the 番地以下 starts in s[from, to), or npos. Sets `chome` when the 町字 carries a 丁目/丁.
std::size_t findBlockStart(UV s, std::size_t from, std::size_t to, bool& chome) {
    chome = false;
    std::size_t i = from;
    while (i < to) {
        if (at(s, i, U"無番地")) return i;
        const std::size_t a = arabicRun(s, i);
        if (a > i) {
            bool c = false;
            if (const std::size_t suffix = townSuffix(s, a, c)) {
                chome = chome || c;
                i = a + suffix;
                continue;
            }
            return i;
        }
        if (text::isKanjiNumeral(s[i])) {
            const std::size_t k = kanjiRun(s, i);
            if (k > i) {
                bool c = false;
                if (const std::size_t suffix = townSuffix(s, k, c)) {
                    chome = chome || c;
                    i = k + suffix;
                    continue;
                }
                // 千二百三十四番地, 二番三号: a kanji number before 番/号 starts the block; others are names
                // (三五十).
                if ((at(s, k, U"番") && !at(s, k + 1, U"町") && !at(s, k + 1, U"丁")) || at(s, k, U"号"))
                    return i;
                i = k;
                continue;
            }
            while (i < to && text::isKanjiNumeral(s[i]))
                ++i;
            continue;
        }
        ++i;
    }
    return npos;
}

struct Block {
    std::size_t end = 0; // after the 番地以下
    std::size_t numbers = 0;
    bool dashes = false;         // numbers joined by hyphens (1-2-3) rather than 番・号
    std::size_t lastDash = npos; // position of the last hyphen between numbers
};

// Connectors between two numbers of one block, longest first.
std::size_t connector(UV s, std::size_t i, bool& dash) {
    dash = false;
    for (UV c : {UV(U"番地の"), UV(U"番地ノ"), UV(U"番の"), UV(U"号の"), UV(U"丁目"), UV(U"番地"), UV(U"番"),
                 UV(U"の"), UV(U"ノ")})
        if (at(s, i, c)) return c.size();
    if (i < s.size() && isDash(s[i])) return dash = true, 1;
    return 0;
}

// Words that end a block after its last number.
std::size_t terminator(UV s, std::size_t i) {
    for (UV t : {UV(U"番地先"), UV(U"番地外"), UV(U"番地"), UV(U"地先"), UV(U"番"), UV(U"号"), UV(U"先")})
        if (at(s, i, t)) return t.size();
    return 0;
}

Block parseBlock(UV s, std::size_t b, std::size_t to) {
    Block blk;
    blk.end = b;
    if (at(s, b, U"無番地")) return blk.end = b + 3, blk;
    std::size_t i = b;
    while (i < to) {
        const std::size_t n = numberAt(s, i);
        if (n == i || roomSuffix(s, n)) break;
        ++blk.numbers;
        blk.end = i = n;
        bool dash = false;
        const std::size_t c = connector(s, i, dash);
        const std::size_t next = i + c;
        if (c > 0 && numberAt(s, next) > next && !roomSuffix(s, numberAt(s, next))) {
            if (dash) blk.dashes = true, blk.lastDash = i;
            i = next;
            continue;
        }
        if (const std::size_t t = terminator(s, i)) blk.end = i + t;
        break;
    }
    return blk;
}

void lowerConfidence(AddressSplit& r, std::string_view flag, double by) {
    r.flags.emplace_back(flag);
    r.confidence = std::max(0.1, r.confidence - by);
}

void whole(AddressSplit& r, std::string_view flag) {
    r.level = SplitLevel::None;
    r.parts = {};
    r.rest = r.source;
    r.municipalityCode.clear();
    r.county.clear();
    r.designatedCity.clear();
    r.flags.emplace_back(flag);
    r.confidence = 0.1;
}

// 〒100-0013, 100-0013 or 1000013 before the address.
std::size_t postalPrefix(UV s, std::size_t i, std::string& code) {
    std::size_t j = i;
    const bool mark = j < s.size() && s[j] == U'〒';
    if (mark) ++j;
    while (j < s.size() && isSpace(s[j]))
        ++j;
    std::string digits;
    std::size_t k = j;
    while (k < s.size() && digits.size() < 7) {
        if (const int d = text::arabicDigit(s[k]); d >= 0)
            digits += static_cast<char>('0' + d), ++k;
        else if (digits.size() == 3 && isDash(s[k]))
            ++k;
        else
            break;
    }
    if (digits.size() != 7 || (k < s.size() && text::arabicDigit(s[k]) >= 0)) return i;
    if (!mark && (k >= s.size() || !isSpace(s[k]))) return i; // a bare number must be followed by a space
    code = digits;
    return k;
}

void splitRemainder(AddressSplit& r, UV s, std::size_t from) {
    const std::size_t to = s.size();
    const auto [tb, te] = trimRange(s, from, to);
    if (tb == te) {
        r.level = SplitLevel::Full;
        lowerConfidence(r, address_flags::kNoTown, 0.3);
        return;
    }
    bool chome = false;
    const std::size_t b = findBlockStart(s, tb, te, chome);
    if (b == npos) {
        // No 番地: the 町字 runs to the first space; what follows would be the building.
        std::size_t sp = tb;
        while (sp < te && !isSpace(s[sp]))
            ++sp;
        r.parts.town = piece(s, tb, sp);
        r.parts.building = piece(s, sp, te);
        r.level = SplitLevel::Full;
        lowerConfidence(r, address_flags::kNoBlockNumber, 0.3);
        return;
    }
    r.parts.town = piece(s, tb, b);
    if (r.parts.town.empty()) lowerConfidence(r, address_flags::kNoTown, 0.3);
    Block blk = parseBlock(s, b, te);
    const bool rural = r.parts.town.find("字") != std::string::npos;
    // 1-2-3-405: more numbers than 丁目・番・号 can hold, so the last is most likely the room.
    if (blk.dashes && blk.lastDash != npos && blk.numbers >= (chome ? 3u : 4u)) {
        r.parts.block = piece(s, b, blk.lastDash);
        std::size_t rb = blk.lastDash + 1;
        r.parts.building = piece(s, rb, te);
        r.level = SplitLevel::Full;
        lowerConfidence(r, address_flags::kRoomFromBlock, 0.25);
        return;
    }
    r.parts.block = piece(s, b, blk.end);
    std::size_t rb = blk.end;
    while (rb < te && (isSpace(s[rb]) || isDash(s[rb]) || s[rb] == U'、' || s[rb] == U',' || s[rb] == U'，'))
        ++rb;
    r.parts.building = piece(s, rb, te);
    r.level = SplitLevel::Full;
    if (blk.dashes && !chome && !rural) {
        if (blk.numbers == 3)
            lowerConfidence(r, address_flags::kChomeInBlock, 0.2);
        else if (blk.numbers == 2)
            lowerConfidence(r, address_flags::kChomeOrBanchi, 0.3);
    }
}

} // namespace

bool AddressSplit::hasFlag(std::string_view f) const {
    return std::find(flags.begin(), flags.end(), f) != flags.end();
}

AddressSplit splitAddress(std::string_view address, const Gazetteer& g) {
    AddressSplit r;
    r.source = std::string(address);
    r.confidence = 0.95;
    if (!utf8::isValid(address)) return whole(r, address_flags::kNotText), r;
    const std::u32string text = utf8::decode(address);
    const UV s = text;
    std::size_t pos = 0;
    while (pos < s.size() && isSpace(s[pos]))
        ++pos;
    if (pos == s.size()) return whole(r, address_flags::kNotText), r;

    if (const std::size_t after = postalPrefix(s, pos, r.postalCode); after != pos) {
        r.flags.emplace_back(address_flags::kPostalCodePrefix);
        pos = after;
        while (pos < s.size() && isSpace(s[pos]))
            ++pos;
    }
    const std::size_t prefStart = pos;
    std::string prefecture;
    if (const std::size_t after = g.matchPrefecture(s, pos, prefecture)) pos = after;
    const std::size_t prefEnd = pos;

    auto matches = g.matchMunicipality(s, pos, prefecture);
    if (matches.empty()) {
        if (!prefecture.empty() && !g.matchMunicipality(s, pos, {}).empty())
            return whole(r, address_flags::kPrefectureMismatch), r;
        return whole(r, address_flags::kUnknownMunicipality), r;
    }
    std::string inferred;
    if (prefecture.empty()) {
        for (const auto& m : matches) {
            const std::string p = m.municipality ? m.municipality->prefecture : std::string();
            if (p.empty() || (!inferred.empty() && p != inferred))
                return whole(r, address_flags::kAmbiguousMunicipality), r;
            inferred = p;
        }
    }
    if (matches.size() > 1) return whole(r, address_flags::kAmbiguousMunicipality), r;
    const MunicipalityMatch& m = matches.front();

    r.parts.prefecture = prefecture.empty() ? inferred : piece(s, prefStart, prefEnd);
    if (prefecture.empty()) lowerConfidence(r, address_flags::kPrefectureAdded, 0.1);
    r.parts.municipality = piece(s, prefEnd, m.end);
    if (!m.municipality) {
        // A 政令市 with a ward we do not know (a 区 renamed or merged since the card was issued).
        r.level = SplitLevel::Municipality;
        r.designatedCity = m.designatedCity;
        r.rest = piece(s, m.end, s.size());
        r.flags.emplace_back(address_flags::kWardNotRecognised);
        r.confidence = 0.3;
        return r;
    }
    r.municipalityCode = m.municipality->code;
    r.county = m.municipality->county;
    r.designatedCity = m.municipality->designatedCity;

    if (hasStreetDirections(s.substr(m.end))) {
        r.level = SplitLevel::Municipality;
        r.rest = piece(s, m.end, s.size());
        r.flags.emplace_back(address_flags::kStreetName);
        r.confidence = 0.4;
        return r;
    }
    splitRemainder(r, s, m.end);
    return r;
}

std::string blockHyphenated(std::string_view block) {
    const std::u32string text = utf8::decode(block);
    const UV s = text;
    std::string out;
    std::size_t i = 0;
    bool expectNumber = true;
    while (i < s.size()) {
        if (isSpace(s[i])) {
            ++i;
            continue;
        }
        const std::size_t n = numberAt(s, i);
        if (n > i) {
            if (!expectNumber) return std::string(block); // 12 34: two numbers with nothing between
            const UV run = s.substr(i, n - i);
            // A block number has a few digits; a longer run is not one (and would overflow): keep the text.
            if (run.size() > 9) return std::string(block);
            long value = 0;
            if (text::arabicDigit(run[0]) >= 0) {
                for (char32_t c : run)
                    value = value * 10 + text::arabicDigit(c);
            } else if (const auto v = text::kanjiNumberValue(run)) {
                value = *v;
            } else {
                return std::string(block);
            }
            if (!out.empty()) out += '-';
            out += std::to_string(value);
            i = n;
            expectNumber = false;
            continue;
        }
        bool dash = false;
        if (const std::size_t c = connector(s, i, dash); c > 0 && !expectNumber) {
            i += c;
            expectNumber = true;
            continue;
        }
        if (const std::size_t t = terminator(s, i); t > 0 && !expectNumber) {
            i += t;
            continue;
        }
        return std::string(block);
    }
    return out.empty() ? std::string(block) : out;
}

} // namespace kakanai::normalize
