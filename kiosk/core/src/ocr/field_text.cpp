#include "kakanai/ocr/field_text.h"

#include "kakanai/base/utf8.h"
#include "kakanai/dates/wareki.h"

#include <algorithm>

namespace kakanai::ocr {
namespace {

constexpr std::string_view kPrefectures[] = {
    "北海道", "青森県", "岩手県", "宮城県",   "秋田県", "山形県",   "福島県", "茨城県", "栃木県", "群馬県",
    "埼玉県", "千葉県", "東京都", "神奈川県", "新潟県", "富山県",   "石川県", "福井県", "山梨県", "長野県",
    "岐阜県", "静岡県", "愛知県", "三重県",   "滋賀県", "京都府",   "大阪府", "兵庫県", "奈良県", "和歌山県",
    "鳥取県", "島根県", "岡山県", "広島県",   "山口県", "徳島県",   "香川県", "愛媛県", "高知県", "福岡県",
    "佐賀県", "長崎県", "熊本県", "大分県",   "宮崎県", "鹿児島県", "沖縄県"};

bool isSpace(char32_t c) {
    return c == U' ' || c == 0x3000 || c == U'\t' || c == U'\n' || c == U'\r';
}
bool isDigit(char32_t c) {
    return (c >= U'0' && c <= U'9') || (c >= 0xFF10 && c <= 0xFF19);
}
bool isDash(char32_t c) {
    return c == U'-' || c == 0xFF0D || c == 0x30FC || c == 0x2010 || c == 0x2012 || c == 0x2013 ||
           c == 0x2014 || c == 0x2015 || c == 0x2212 || c == 0x4E00 /* 一 between digits is a misread dash */;
}
// Letters between which a space is a word break (a Latin name), digits excluded.
bool isLatin(char32_t c) {
    if (c >= 0xFF21 && c <= 0xFF5A) c -= 0xFEE0;
    return (c >= U'A' && c <= U'Z') || (c >= U'a' && c <= U'z');
}
bool isKana(char32_t c) {
    return (c >= 0x3041 && c <= 0x309F) || (c >= 0x30A0 && c <= 0x30FF);
}
bool isKanji(char32_t c) {
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0xF900 && c <= 0xFAFF) ||
           (c >= 0x20000 && c <= 0x3FFFF) || c == U'々' || c == U'〆' || c == U'ヶ';
}
// Characters OCR adds at the edges of a line from specks and frame lines.
bool isStray(char32_t c) {
    return std::u32string_view(U"|_'\"`,.、。・:;!！?？~〜^*“”‘’「」『』()（）[]［］{}<>〈〉《》+=")
               .find(c) != std::u32string_view::npos;
}

bool nextNonSpaceIsDigit(const std::u32string& s, std::size_t from) {
    while (from < s.size() && isSpace(s[from]))
        ++from;
    return from < s.size() && isDigit(s[from]);
}

} // namespace

std::string normaliseJapaneseText(std::string_view ocr) {
    std::u32string in = utf8::decode(ocr);
    std::u32string out;
    bool pendingSpace = false;
    for (std::size_t i = 0; i < in.size(); ++i) {
        char32_t c = in[i];
        if (isSpace(c)) {
            // Tesseract puts ASCII spaces between Japanese "words"; the card prints none there. A
            // U+3000 (from the name splitter or a wrapped address line) is real and kept.
            std::size_t next = i;
            while (next < in.size() && isSpace(in[next]))
                ++next;
            bool wide = false;
            for (std::size_t k = i; k < next; ++k)
                wide |= in[k] == 0x3000;
            const bool latinBoth =
                !out.empty() && next < in.size() && isLatin(out.back()) && isLatin(in[next]);
            pendingSpace = !out.empty() && (wide || latinBoth);
            i = next - 1;
            continue;
        }
        // A dash between digits (１－２, read as ー, 一 or -) is the address hyphen.
        if (isDash(c) && !out.empty() && isDigit(out.back()) && nextNonSpaceIsDigit(in, i + 1)) c = 0xFF0D;
        if (c >= 0x21 && c <= 0x7E) c += 0xFEE0; // ASCII → full width, as cards print
        if (pendingSpace) out.push_back(0x3000);
        pendingSpace = false;
        out.push_back(c);
    }
    auto stray = [](char32_t c) { return isStray(c) || (c >= 0xFF01 && c <= 0xFF5E && isStray(c - 0xFEE0)); };
    std::size_t b = 0, e = out.size();
    while (b < e && (stray(out[b]) || out[b] == 0x3000))
        ++b;
    while (e > b && (stray(out[e - 1]) || out[e - 1] == 0x3000))
        --e;
    return utf8::encode(std::u32string_view(out).substr(b, e - b));
}

std::string normaliseLatinName(std::string_view ocr) {
    std::string out;
    bool pendingSpace = false;
    for (char32_t c : utf8::decode(ocr)) {
        if (c >= 0xFF01 && c <= 0xFF5E) c -= 0xFEE0;
        if (c >= U'a' && c <= U'z') c -= 32;
        if (isSpace(c)) {
            pendingSpace = !out.empty();
            continue;
        }
        const bool keep = (c >= U'A' && c <= U'Z') || c == U',' || c == U'-' || c == U'\'' || c == U'.';
        if (!keep) continue;
        if (pendingSpace) out.push_back(' ');
        pendingSpace = false;
        out.push_back(static_cast<char>(c));
    }
    while (!out.empty() &&
           (out.back() == ',' || out.back() == '-' || out.back() == '.' || out.back() == '\''))
        out.pop_back();
    while (!out.empty() &&
           (out.front() == ',' || out.front() == '-' || out.front() == '.' || out.front() == '\''))
        out.erase(out.begin());
    return out;
}

std::optional<Date> parseCardDate(std::string_view ocr) {
    std::u32string s;
    for (char32_t c : utf8::decode(ocr)) {
        if (c >= 0xFF01 && c <= 0xFF5E) c -= 0xFEE0;
        if (isSpace(c)) continue;
        switch (c) {
        case U'O':
        case U'o':
        case U'D':
            c = U'0';
            break;
        case U'l':
        case U'I':
        case U'|':
        case U'i':
        case U'!':
            c = U'1';
            break;
        default:
            break;
        }
        s.push_back(c);
    }
    // Keep from the era (or the first digit) to 日; what follows (生, まで有効) is not part of the date.
    std::size_t start = std::u32string::npos;
    for (const auto& e : eras()) {
        const std::size_t p = s.find(utf8::decode(e.name));
        if (p != std::u32string::npos) start = std::min(start, p);
    }
    if (start == std::u32string::npos) {
        auto d = std::find_if(s.begin(), s.end(), [](char32_t c) { return c >= U'0' && c <= U'9'; });
        if (d == s.end()) return std::nullopt;
        start = static_cast<std::size_t>(d - s.begin());
    }
    std::size_t end = s.find(U'日', start);
    end = end == std::u32string::npos ? s.size() : end + 1;
    std::u32string core = s.substr(start, end - start);
    while (!core.empty() && (core.back() == U'生' || core.back() == U'.' || core.back() == U','))
        core.pop_back();
    return parseJapaneseDate(utf8::encode(core));
}

std::optional<std::string> parseSex(std::string_view ocr) {
    const std::u32string s = utf8::decode(ocr);
    const bool male = s.find(U'男') != std::u32string::npos;
    const bool female = s.find(U'女') != std::u32string::npos;
    if (male != female) return std::string(male ? "male" : "female");
    if (male) return std::nullopt;
    std::string latin = normaliseLatinName(ocr);
    std::erase(latin, '.');
    if (latin == "M") return std::string("male");
    if (latin == "F") return std::string("female");
    return std::nullopt;
}

std::span<const std::string_view> prefectures() {
    return kPrefectures;
}

std::string_view prefectureOf(std::string_view address) {
    std::size_t b = 0;
    while (b < address.size() && (address[b] == ' ' || address.substr(b).starts_with("\u3000")))
        b += address[b] == ' ' ? 1 : 3;
    const std::string_view rest = address.substr(b);
    for (std::string_view p : kPrefectures)
        if (rest.starts_with(p)) return p;
    return {};
}

std::vector<std::string> nameDoubts(std::string_view name, bool latin) {
    std::vector<std::string> doubts;
    const std::u32string s = utf8::decode(name);
    std::size_t letters = 0;
    bool odd = false;
    for (char32_t c : s) {
        if (isSpace(c)) continue;
        ++letters;
        if (latin)
            odd |= !((c >= U'A' && c <= U'Z') || c == U',' || c == U'-' || c == U'\'' || c == U'.');
        else
            odd |= !(isKanji(c) || isKana(c) || c == U'・');
    }
    if (letters == 0) return {"nothing was read"};
    if (latin ? (letters < 2 || letters > 60) : (letters < 2 || letters > 12))
        doubts.emplace_back("implausible length for a name");
    if (odd) doubts.emplace_back("contains characters a name does not have");
    return doubts;
}

std::vector<std::string> addressDoubts(std::string_view address) {
    std::vector<std::string> doubts;
    const std::u32string s = utf8::decode(address);
    if (s.empty()) return {"nothing was read"};
    if (prefectureOf(address).empty()) doubts.emplace_back("does not start with a prefecture");
    if (s.size() < 8) doubts.emplace_back("too short for an address");
    bool odd = false;
    for (char32_t c : s)
        odd |=
            isStray(c >= 0xFF01 && c <= 0xFF5E ? c - 0xFEE0 : c) && c != U'・' && c != 0xFF08 && c != 0xFF09;
    if (odd) doubts.emplace_back("contains characters an address does not have");
    return doubts;
}

std::vector<std::string> nationalityDoubts(std::string_view nationality) {
    const std::u32string s = utf8::decode(nationality);
    std::size_t letters = 0;
    bool odd = false;
    for (char32_t c : s) {
        if (isSpace(c)) continue;
        ++letters;
        odd |= !(isKanji(c) || (c >= 0x30A0 && c <= 0x30FF) || c == U'・');
    }
    if (letters == 0) return {"nothing was read"};
    if (letters < 2 || letters > 16) return {"implausible length for a country or region"};
    if (odd) return {"contains characters a country name does not have"};
    return {};
}

std::vector<std::string> birthDateDoubts(const Date& birth, const Date& today) {
    if (!birth.valid()) return {"not a valid date"};
    if (birth > today) return {"in the future"};
    if (ageOn(birth, today) > 120) return {"more than 120 years ago"};
    return {};
}

std::optional<std::string> newestAddressEntry(const std::vector<std::string>& lines) {
    std::optional<std::string> current;
    std::optional<std::string> newest;
    for (const auto& raw : lines) {
        const std::string line = normaliseJapaneseText(raw);
        if (line.empty()) continue;
        // The address starts at its prefecture; the date and wording before it (令和７年４月１日　転入) are
        // dropped.
        std::size_t at = std::string::npos;
        for (std::string_view p : kPrefectures) {
            const std::size_t pos = line.find(p);
            if (pos != std::string::npos) at = std::min(at, pos);
        }
        const bool startsWithDate =
            parseCardDate(line.substr(0, std::min<std::size_t>(line.size(), 48))).has_value();
        if (at != std::string::npos) {
            if (current) newest = current;
            current = line.substr(at);
        } else if (current && !startsWithDate) {
            *current += line; // a long address continues on the next line
        } else if (current) {
            newest = current;
            current.reset();
        }
    }
    if (current) newest = current;
    if (newest) *newest = normaliseJapaneseText(*newest);
    return newest;
}

} // namespace kakanai::ocr
