#include "kakanai/normalize/gazetteer.h"

#include "kakanai/base/utf8.h"

#include <algorithm>
#include <fstream>
#include <map>
#include <sstream>

namespace kakanai::normalize {
namespace {

std::vector<std::string_view> splitTabs(std::string_view line) {
    std::vector<std::string_view> out;
    std::size_t start = 0;
    for (;;) {
        const auto tab = line.find('\t', start);
        out.push_back(line.substr(start, tab == std::string_view::npos ? tab : tab - start));
        if (tab == std::string_view::npos) return out;
        start = tab + 1;
    }
}

bool isDigits(std::string_view s) {
    return std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// "北群馬郡榛東村" → "北群馬郡"; a 郡 name is followed by the town or village name.
std::string countyOf(const std::string& name) {
    const auto pos = name.find("郡");
    if (pos == std::string::npos || pos == 0) return {};
    const std::string rest = name.substr(pos + 3);
    if (rest.empty()) return {};
    return name.substr(0, pos + 3);
}

// "札幌市中央区" → "札幌市" for wards of a 政令市 (codes xx1yy); 東京23区 have no 市.
std::string designatedCityOf(const std::string& name, std::string_view code5) {
    if (code5.size() != 5 || code5[2] != '1') return {};
    const auto shi = name.find("市");
    if (shi == std::string::npos || name.size() < 3 || name.compare(name.size() - 3, 3, "区") != 0) return {};
    if (shi + 3 >= name.size()) return {};
    return name.substr(0, shi + 3);
}

} // namespace

char32_t foldForMatch(char32_t c) {
    switch (c) {
    case U' ':
    case U'\t':
    case 0x3000:
        return 0;
    case U'ヶ':
    case U'ヵ':
    case U'ｹ':
        return U'ケ';
    case U'ノ':
    case U'之':
        return U'の';
    case 0xFA11: // 﨑
    case U'嵜':
        return U'崎';
    case U'髙':
        return U'高';
    case U'濵':
        return U'浜';
    case U'邊':
    case U'邉':
        return U'辺';
    case 0xFA10: // 塚 (compatibility)
        return U'塚';
    default:
        break;
    }
    if (utf8::isVariationSelector(c)) return 0;
    if (c >= 0xFF01 && c <= 0xFF5E) return c - 0xFEE0;
    return c;
}

std::u32string foldAll(std::u32string_view s) {
    std::u32string out;
    out.reserve(s.size());
    for (char32_t c : s)
        if (const char32_t f = foldForMatch(c)) out.push_back(f);
    return out;
}

std::size_t matchFolded(std::u32string_view text, std::size_t pos, std::u32string_view key) {
    std::size_t k = 0;
    while (k < key.size()) {
        if (pos >= text.size()) return std::u32string_view::npos;
        const char32_t f = foldForMatch(text[pos]);
        if (f == 0) {
            ++pos;
            continue;
        }
        if (f != key[k]) return std::u32string_view::npos;
        ++pos, ++k;
    }
    return pos;
}

char municipalityCheckDigit(std::string_view code5) {
    int sum = 0;
    for (std::size_t i = 0; i < 5 && i < code5.size(); ++i)
        sum += (code5[i] - '0') * static_cast<int>(6 - i);
    return static_cast<char>('0' + (11 - sum % 11) % 10);
}

Result<Gazetteer> Gazetteer::load(const std::string& dataDir) {
    const std::string path = dataDir + "/municipalities.tsv";
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return makeError("normalize.data-missing",
                         "cannot read the municipality list; run scripts/refresh-normalize-data or set "
                         "KAKANAI_DATA_DIR",
                         path);
    std::stringstream ss;
    ss << in.rdbuf();
    return parse(ss.str(), path);
}

Result<Gazetteer> Gazetteer::parse(std::string_view tsv, const std::string& where) {
    Gazetteer g;
    std::map<std::string, std::string> prefByCode;
    std::size_t lineNo = 0;
    std::size_t start = 0;
    while (start < tsv.size()) {
        auto end = tsv.find('\n', start);
        if (end == std::string_view::npos) end = tsv.size();
        const std::string_view line = tsv.substr(start, end - start);
        start = end + 1;
        ++lineNo;
        if (line.empty()) continue;
        if (line[0] == '#') {
            if (line.starts_with("# Source: ")) g.m_source = std::string(line.substr(10));
            continue;
        }
        const auto f = splitTabs(line);
        const auto bad = [&](const char* what) {
            return makeError("normalize.data-invalid", std::string("municipality list: ") + what,
                             where + ":" + std::to_string(lineNo));
        };
        if (f.size() != 4) return bad("expected 4 tab-separated columns");
        if (f[1].size() != 6 || !isDigits(f[1]) || municipalityCheckDigit(f[1]) != f[1][5])
            return bad("code is not a 6-digit 全国地方公共団体コード with a valid check digit");
        if (f[2].empty() || !utf8::isValid(f[2])) return bad("empty or invalid name");
        if (f[0] == "pref") {
            prefByCode[std::string(f[1].substr(0, 2))] = std::string(f[2]);
            g.m_prefectures.emplace_back(f[2]);
        } else if (f[0] == "city") {
            const auto pref = prefByCode.find(std::string(f[1].substr(0, 2)));
            if (pref == prefByCode.end()) return bad("municipality before (or without) its prefecture");
            Municipality m;
            m.code = std::string(f[1]);
            m.prefecture = pref->second;
            m.name = std::string(f[2]);
            m.kana = std::string(f[3]);
            m.county = countyOf(m.name);
            m.designatedCity = designatedCityOf(m.name, f[1].substr(0, 5));
            m.isWard = !m.designatedCity.empty() || m.code.starts_with("131");
            g.m_municipalities.push_back(std::move(m));
        } else {
            return bad("kind must be pref or city");
        }
    }
    if (g.m_prefectures.size() != 47 || g.m_municipalities.size() < 1000)
        return makeError("normalize.data-invalid",
                         "municipality list is incomplete (" + std::to_string(g.m_prefectures.size()) +
                             " prefectures, " + std::to_string(g.m_municipalities.size()) +
                             " municipalities)",
                         where);
    g.buildKeys();
    return g;
}

void Gazetteer::buildKeys() {
    for (const auto& p : m_prefectures)
        m_prefectureKeys.push_back(foldAll(utf8::decode(p)));
    // Names without their 郡 ("榛東村") only where that is unambiguous within the prefecture.
    std::map<std::pair<std::string, std::string>, int> shortNames;
    std::map<std::pair<std::string, std::string>, bool> fullNames;
    for (const auto& m : m_municipalities) {
        fullNames[{m.prefecture, m.name}] = true;
        if (!m.county.empty()) ++shortNames[{m.prefecture, m.name.substr(m.county.size())}];
    }
    std::map<std::pair<std::string, std::string>, bool> cities;
    for (std::size_t i = 0; i < m_municipalities.size(); ++i) {
        const auto& m = m_municipalities[i];
        m_byCode5[m.code.substr(0, 5)] = i;
        m_keys.push_back({foldAll(utf8::decode(m.name)), static_cast<int>(i), m.prefecture, {}, false});
        if (!m.county.empty()) {
            const std::string shortName = m.name.substr(m.county.size());
            if (shortNames[{m.prefecture, shortName}] == 1 && !fullNames.count({m.prefecture, shortName}))
                m_keys.push_back(
                    {foldAll(utf8::decode(shortName)), static_cast<int>(i), m.prefecture, {}, true});
        }
        if (!m.designatedCity.empty() && !cities[{m.prefecture, m.designatedCity}]) {
            cities[{m.prefecture, m.designatedCity}] = true;
            m_keys.push_back(
                {foldAll(utf8::decode(m.designatedCity)), -1, m.prefecture, m.designatedCity, false});
        }
    }
    for (std::size_t k = 0; k < m_keys.size(); ++k)
        m_keysByFirst[m_keys[k].folded.front()].push_back(k);
}

const Municipality* Gazetteer::byCode(std::string_view code) const {
    if (code.size() != 5 && code.size() != 6) return nullptr;
    const auto it = m_byCode5.find(std::string(code.substr(0, 5)));
    if (it == m_byCode5.end()) return nullptr;
    const Municipality& m = m_municipalities[it->second];
    return code.size() == 6 && m.code != code ? nullptr : &m;
}

std::vector<const Municipality*> Gazetteer::byName(std::string_view name) const {
    std::vector<const Municipality*> out;
    for (const auto& m : m_municipalities)
        if (m.name == name) out.push_back(&m);
    return out;
}

std::size_t Gazetteer::matchPrefecture(std::u32string_view text, std::size_t pos,
                                       std::string& prefecture) const {
    for (std::size_t i = 0; i < m_prefectureKeys.size(); ++i) {
        const auto end = matchFolded(text, pos, m_prefectureKeys[i]);
        if (end != std::u32string_view::npos) {
            prefecture = m_prefectures[i];
            return end;
        }
    }
    return 0;
}

std::vector<MunicipalityMatch> Gazetteer::matchMunicipality(std::u32string_view text, std::size_t pos,
                                                            std::string_view prefecture) const {
    while (pos < text.size() && foldForMatch(text[pos]) == 0)
        ++pos;
    if (pos >= text.size()) return {};
    const auto bucket = m_keysByFirst.find(foldForMatch(text[pos]));
    if (bucket == m_keysByFirst.end()) return {};
    std::vector<MunicipalityMatch> best;
    std::size_t bestLen = 0;
    for (std::size_t k : bucket->second) {
        const Key& key = m_keys[k];
        if (!prefecture.empty() && key.prefecture != prefecture) continue;
        const auto end = matchFolded(text, pos, key.folded);
        if (end == std::u32string_view::npos || key.folded.size() < bestLen) continue;
        if (key.folded.size() > bestLen) best.clear(), bestLen = key.folded.size();
        MunicipalityMatch m;
        m.municipality =
            key.municipality >= 0 ? &m_municipalities[static_cast<std::size_t>(key.municipality)] : nullptr;
        m.designatedCity = key.designatedCity;
        m.end = end;
        m.countyOmitted = key.countyOmitted;
        best.push_back(std::move(m));
    }
    return best;
}

} // namespace kakanai::normalize
