#include "kakanai/normalize/postal.h"

#include "kakanai/base/utf8.h"
#include "kakanai/text/kana_width.h"
#include "kakanai/text/numerals.h"

#include <algorithm>
#include <fstream>
#include <set>
#include <sstream>

namespace kakanai::normalize {
namespace {

bool parseDigits(std::string_view s, std::uint32_t& out) {
    if (s.empty()) return false;
    out = 0;
    for (char c : s) {
        if (c < '0' || c > '9') return false;
        out = out * 10 + static_cast<std::uint32_t>(c - '0');
    }
    return true;
}

std::string pad(std::uint32_t n, std::size_t width) {
    std::string s = std::to_string(n);
    return std::string(width > s.size() ? width - s.size() : 0, '0') + s;
}

// Japan Post drops 大字 and 字 from most 町域 names and writes numbers in kanji (北一条西) where cards often
// use digits (北1条西): compare without 大字/字 and with every number as decimal digits.
std::u32string townKey(std::string_view town) {
    const std::u32string f = foldAll(utf8::decode(town));
    std::u32string out;
    for (std::size_t i = 0; i < f.size();) {
        std::size_t j = i;
        while (j < f.size() && text::isKanjiNumeral(f[j]))
            ++j;
        if (j > i)
            if (const auto v = text::kanjiNumberValue(std::u32string_view(f).substr(i, j - i))) {
                for (char c : std::to_string(*v))
                    out.push_back(static_cast<char32_t>(c));
                i = j;
                continue;
            }
        if (j > i) {
            out.append(f, i, j - i);
            i = j;
            continue;
        }
        out.push_back(f[i++]);
    }
    for (std::u32string_view prefix : {std::u32string_view(U"大字"), std::u32string_view(U"字")})
        if (out.starts_with(prefix)) {
            out.erase(0, prefix.size());
            break;
        }
    return out;
}

} // namespace

std::string PostalCandidate::formattedCode() const {
    if (code.size() == 7) return code.substr(0, 3) + "-" + code.substr(3);
    if (code.size() == 5) return code.substr(0, 3) + "-" + code.substr(3) + "xx";
    return code;
}

std::string PostalCandidate::address() const {
    if (!municipality) return town;
    return municipality->prefecture + municipality->name + town;
}

std::string_view postalStatusId(PostalStatus s) {
    switch (s) {
    case PostalStatus::Exact:
        return "exact";
    case PostalStatus::Choose:
        return "choose";
    case PostalStatus::General:
        return "general";
    case PostalStatus::Block:
        return "block";
    case PostalStatus::None:
        return "none";
    }
    return "none";
}

Result<PostalIndex> PostalIndex::load(const std::string& dataDir, const Gazetteer& gazetteer) {
    const std::string path = dataDir + "/postal-codes.tsv";
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return makeError("normalize.data-missing",
                         "cannot read the postal-code table; run scripts/refresh-normalize-data or set "
                         "KAKANAI_DATA_DIR",
                         path);
    std::stringstream ss;
    ss << in.rdbuf();
    return parse(std::move(ss).str(), gazetteer, path);
}

Result<PostalIndex> PostalIndex::parse(std::string text, const Gazetteer& gazetteer,
                                       const std::string& where) {
    PostalIndex idx;
    idx.m_gazetteer = &gazetteer;
    idx.m_text = std::move(text);
    const std::string_view t = idx.m_text;
    const auto all = gazetteer.municipalities();
    idx.m_byCity.resize(all.size());
    std::size_t start = 0, lineNo = 0;
    while (start < t.size()) {
        auto end = t.find('\n', start);
        if (end == std::string_view::npos) end = t.size();
        const std::string_view line = t.substr(start, end - start);
        const std::size_t lineStart = start;
        start = end + 1;
        ++lineNo;
        if (line.empty()) continue;
        if (line[0] == '#') {
            if (line.starts_with("# Source: ")) idx.m_source = std::string(line.substr(10));
            continue;
        }
        const auto bad = [&](const char* what) {
            return makeError("normalize.data-invalid", std::string("postal-code table: ") + what,
                             where + ":" + std::to_string(lineNo));
        };
        const auto tab1 = line.find('\t');
        const auto tab2 = tab1 == std::string_view::npos ? tab1 : line.find('\t', tab1 + 1);
        if (tab2 == std::string_view::npos || line.find('\t', tab2 + 1) != std::string_view::npos)
            return bad("expected 3 tab-separated columns");
        const std::string_view zip = line.substr(0, tab1), city = line.substr(tab1 + 1, tab2 - tab1 - 1);
        Row row{};
        if ((zip.size() != 7 && zip.size() != 5) || !parseDigits(zip, row.zip))
            return bad("code is not 5 or 7 digits");
        row.block = zip.size() == 5;
        const Municipality* m = city.size() == 5 ? gazetteer.byCode(city) : nullptr;
        if (!m) return bad("municipality code not in the municipality list");
        row.city = static_cast<std::uint32_t>(m - all.data());
        row.townOffset = static_cast<std::uint32_t>(lineStart + tab2 + 1);
        row.townLength = static_cast<std::uint32_t>(line.size() - tab2 - 1);
        idx.m_rows.push_back(row);
    }
    if (idx.m_rows.size() < 1000)
        return makeError("normalize.data-invalid",
                         "postal-code table is incomplete (" + std::to_string(idx.m_rows.size()) + " rows)",
                         where);
    std::stable_sort(idx.m_rows.begin(), idx.m_rows.end(),
                     [](const Row& a, const Row& b) { return a.block != b.block ? b.block : a.zip < b.zip; });
    for (std::uint32_t i = 0; i < idx.m_rows.size(); ++i)
        idx.m_byCity[idx.m_rows[i].city].push_back(i);
    return idx;
}

PostalCandidate PostalIndex::candidate(const Row& row) const {
    PostalCandidate c;
    c.code = pad(row.zip, row.block ? 5 : 7);
    c.municipality = &m_gazetteer->municipalities()[row.city];
    c.town = std::string(town(row));
    return c;
}

PostalMatch PostalIndex::byCode(std::string_view typed) const {
    PostalMatch out;
    const std::string digits = text::digitsOnly(typed);
    std::uint32_t zip = 0;
    if (digits.size() != 7 || !parseDigits(digits, zip)) return out;
    const auto less = [](const Row& r, std::uint32_t z) { return !r.block && r.zip < z; };
    for (auto it = std::lower_bound(m_rows.begin(), m_rows.end(), zip, less);
         it != m_rows.end() && !it->block && it->zip == zip; ++it)
        out.candidates.push_back(candidate(*it));
    if (out.candidates.empty()) {
        // A code inside a block (one building's floors): its address is the block's.
        for (const Row& r : m_rows)
            if (r.block && r.zip == zip / 100) {
                PostalCandidate c = candidate(r);
                c.code = digits;
                out.candidates.push_back(std::move(c));
            }
    }
    out.status = out.candidates.empty()       ? PostalStatus::None
                 : out.candidates.size() == 1 ? PostalStatus::Exact
                                              : PostalStatus::Choose;
    return out;
}

PostalMatch PostalIndex::forAddress(const AddressSplit& split) const {
    PostalMatch out;
    if (split.level == SplitLevel::None || split.municipalityCode.empty()) return out;
    const Municipality* m = m_gazetteer->byCode(split.municipalityCode);
    if (!m) return out;
    const auto& rows = m_byCity[static_cast<std::size_t>(m - m_gazetteer->municipalities().data())];
    const bool streetName = split.hasFlag(address_flags::kStreetName);
    const std::u32string addressTown =
        townKey(split.level == SplitLevel::Full ? split.parts.town + split.parts.block : split.rest);

    std::size_t bestLength = 0;
    std::vector<std::uint32_t> best, general;
    for (std::uint32_t i : rows) {
        const std::string_view name = town(m_rows[i]);
        if (name.empty()) {
            if (!m_rows[i].block) general.push_back(i);
            continue;
        }
        const std::u32string key = townKey(name);
        // 京都の通り名 put the street before the 町名: look for the 町名 anywhere.
        const bool hit =
            streetName ? addressTown.find(key) != std::u32string::npos : addressTown.starts_with(key);
        if (!hit || key.size() < bestLength) continue;
        if (key.size() > bestLength) best.clear(), bestLength = key.size();
        best.push_back(i);
    }
    // A block row means Japan Post has several codes under this 町域 that the data no longer tells apart.
    const bool anyBlock =
        std::any_of(best.begin(), best.end(), [&](std::uint32_t i) { return m_rows[i].block; });
    std::set<std::string> seen;
    for (std::uint32_t i : best.empty() ? general : best) {
        PostalCandidate c = candidate(m_rows[i]);
        if (seen.insert(c.code + "\t" + c.town).second) out.candidates.push_back(std::move(c));
    }
    if (out.candidates.empty()) return out;
    if (best.empty())
        out.status = PostalStatus::General;
    else if (anyBlock)
        out.status = PostalStatus::Block;
    else
        out.status = out.candidates.size() == 1 ? PostalStatus::Exact : PostalStatus::Choose;
    return out;
}

} // namespace kakanai::normalize
