#include "kakanai/text/kanji_dictionary.h"

#include "kakanai/base/utf8.h"
#include "kakanai/text/kana_width.h"

#include <iconv.h>

#include <algorithm>
#include <cerrno>
#include <fstream>
#include <sstream>

namespace kakanai {
namespace {

std::string eucJpToUtf8(const std::string& in) {
    iconv_t cd = iconv_open("UTF-8", "EUC-JISX0213");
    if (cd == reinterpret_cast<iconv_t>(-1)) cd = iconv_open("UTF-8", "EUC-JP");
    if (cd == reinterpret_cast<iconv_t>(-1)) return {};
    std::string out(in.size() * 2 + 16, '\0');
    char* src = const_cast<char*>(in.data());
    std::size_t srcLeft = in.size();
    char* dst = out.data();
    std::size_t dstLeft = out.size();
    while (srcLeft > 0) {
        if (iconv(cd, &src, &srcLeft, &dst, &dstLeft) != static_cast<std::size_t>(-1)) break;
        if (errno == E2BIG) {
            const std::size_t used = out.size() - dstLeft;
            out.resize(out.size() * 2);
            dst = out.data() + used;
            dstLeft = out.size() - used;
        } else { // an unconvertible byte: skip it and go on
            ++src;
            --srcLeft;
        }
    }
    out.resize(out.size() - dstLeft);
    iconv_close(cd);
    return out;
}

bool isHiraganaReading(std::string_view s) {
    if (s.empty()) return false;
    for (char32_t c : utf8::decode(s))
        if (!((c >= 0x3041 && c <= 0x3096) || c == 0x30FC)) return false;
    return true;
}

std::vector<std::string> splitParts(std::string_view text) {
    std::vector<std::string> parts;
    std::string cur;
    for (char32_t c : utf8::decode(text)) {
        if (c == U' ' || c == U'\u3000') {
            if (!cur.empty()) parts.push_back(std::move(cur));
            cur.clear();
        } else {
            utf8::append(cur, c);
        }
    }
    if (!cur.empty()) parts.push_back(std::move(cur));
    return parts;
}

} // namespace

void KanjiDictionary::addText(std::string_view text) {
    bool okuriNasi = text.find(";; okuri-nasi entries.") == std::string_view::npos; // no marker: all are
    std::size_t pos = 0;
    while (pos < text.size()) {
        std::size_t end = text.find('\n', pos);
        if (end == std::string_view::npos) end = text.size();
        std::string_view line = text.substr(pos, end - pos);
        pos = end + 1;
        if (line.starts_with(";;")) {
            if (line.find("okuri-nasi entries.") != std::string_view::npos) okuriNasi = true;
            if (line.find("okuri-ari entries.") != std::string_view::npos) okuriNasi = false;
            continue;
        }
        if (!okuriNasi || line.empty()) continue;
        const std::size_t sp = line.find(" /");
        if (sp == std::string_view::npos) continue;
        std::string_view reading = line.substr(0, sp);
        if (!isHiraganaReading(reading)) continue;
        Entry e{std::string(reading), {}};
        std::string_view rest = line.substr(sp + 2);
        while (!rest.empty()) {
            const std::size_t slash = rest.find('/');
            std::string_view cand = rest.substr(0, slash);
            rest = slash == std::string_view::npos ? std::string_view{} : rest.substr(slash + 1);
            if (const std::size_t semi = cand.find(';'); semi != std::string_view::npos) cand = cand.substr(0, semi);
            // Lisp expressions (concat …) and empty fields are not words.
            if (cand.empty() || cand.front() == '(' || cand.front() == '[') continue;
            e.words.emplace_back(cand);
        }
        if (!e.words.empty()) m_entries.push_back(std::move(e));
    }
}

void KanjiDictionary::finish() {
    std::stable_sort(m_entries.begin(), m_entries.end(),
                     [](const Entry& a, const Entry& b) { return a.reading < b.reading; });
    // Merge entries of the same reading from several files, keeping the first file's order.
    std::vector<Entry> merged;
    for (auto& e : m_entries) {
        if (!merged.empty() && merged.back().reading == e.reading) {
            for (auto& w : e.words)
                if (std::find(merged.back().words.begin(), merged.back().words.end(), w) ==
                    merged.back().words.end())
                    merged.back().words.push_back(std::move(w));
        } else {
            merged.push_back(std::move(e));
        }
    }
    m_entries = std::move(merged);
}

KanjiDictionary KanjiDictionary::fromText(std::string_view skkUtf8) {
    KanjiDictionary d;
    d.addText(skkUtf8);
    d.finish();
    return d;
}

Result<KanjiDictionary> KanjiDictionary::load(const std::vector<std::string>& files) {
    KanjiDictionary d;
    int read = 0;
    for (const auto& path : files) {
        std::ifstream in(path, std::ios::binary);
        if (!in) continue;
        std::stringstream ss;
        ss << in.rdbuf();
        std::string raw = ss.str();
        d.addText(utf8::isValid(raw) ? raw : eucJpToUtf8(raw));
        ++read;
    }
    if (read == 0) return makeError("text.no-dictionary", "no kana-kanji dictionary found (install skkdic)");
    d.finish();
    return d;
}

std::vector<std::string> KanjiDictionary::candidates(std::string_view hiragana, std::size_t max) const {
    auto it = std::lower_bound(m_entries.begin(), m_entries.end(), hiragana,
                               [](const Entry& e, std::string_view r) { return e.reading < r; });
    if (it == m_entries.end() || it->reading != hiragana) return {};
    std::vector<std::string> out(it->words.begin(), it->words.begin() + std::min(max, it->words.size()));
    return out;
}

std::vector<std::string> KanjiDictionary::convert(std::string_view input, std::size_t max) const {
    std::vector<std::string> out;
    auto add = [&](std::string s) {
        if (!s.empty() && out.size() < max && std::find(out.begin(), out.end(), s) == out.end())
            out.push_back(std::move(s));
    };
    const auto parts = splitParts(input);
    if (parts.size() == 1)
        for (auto& c : candidates(parts[0], max))
            add(std::move(c));
    // Composed candidate: each part converted by longest known readings, left to right.
    std::string composed;
    bool changed = false;
    for (std::size_t p = 0; p < parts.size(); ++p) {
        if (p) composed += "\u3000";
        const std::u32string cps = utf8::decode(parts[p]);
        std::size_t i = 0;
        while (i < cps.size()) {
            std::size_t best = 0;
            std::string bestWord;
            for (std::size_t len = cps.size() - i; len >= 1; --len) {
                auto c = candidates(utf8::encode(cps.substr(i, len)), 1);
                if (!c.empty()) {
                    best = len;
                    bestWord = c[0];
                    break;
                }
            }
            if (best == 0) {
                utf8::append(composed, cps[i]);
                ++i;
            } else {
                composed += bestWord;
                changed = true;
                i += best;
            }
        }
    }
    if (changed) add(composed);
    if (parts.size() > 1 || out.empty()) add(std::string(input));
    add(text::toKatakana(input));
    return out;
}

std::vector<std::string> KanjiDictionary::readingsOf(std::string_view word) const {
    std::vector<std::string> out;
    for (const auto& e : m_entries)
        for (std::size_t i = 0; i < e.words.size(); ++i)
            if (e.words[i] == word) {
                out.push_back(e.reading);
                break;
            }
    return out;
}

std::string KanjiDictionary::suggestReading(std::string_view text) const {
    std::string out;
    for (const auto& part : splitParts(text)) {
        if (!out.empty()) out += "\u3000";
        if (isHiraganaReading(text::toHiragana(part))) {
            out += text::toKatakana(part);
            continue;
        }
        auto r = readingsOf(part);
        if (r.empty()) return {};
        out += text::toKatakana(r[0]);
    }
    return out;
}

std::vector<std::string> defaultKanjiDictionaryFiles() {
    const std::string dir = "/usr/share/skk/";
    return {dir + "SKK-JISYO.jinmei", dir + "SKK-JISYO.geo", dir + "SKK-JISYO.L"};
}

} // namespace kakanai
