#include "glyph_ids.h"

#include "kakanai/sys/secure_memory.h"

#include <cstdio>
#include <cstring>
#include <set>
#include <vector>

namespace kakanai::pdf {
namespace {

Error bad(const std::string& what) {
    return makeError("pdf.compact", "unexpected PDF from libharu: " + what);
}

struct Font {
    long cidFont = 0, map = 0, toUnicode = 0;
    std::vector<unsigned> gidOf; // CID (= code point) → glyph id; 0: not in the font
};

// libharu's "/W [ c [ w … ] c [ w … ] … ]" as CID → width, and where the array lies in the text.
struct Widths {
    std::map<unsigned, long> of;
    std::size_t begin = 0, end = 0; // [begin, end) of "/W [ … ]"
};

std::optional<Widths> parseWidths(std::string_view text) {
    Widths w;
    const std::size_t k = text.find("/W [");
    if (k == std::string_view::npos) return w; // no /W: every glyph has the default width
    w.begin = k;
    std::size_t p = k + 4;
    auto skip = [&] {
        while (p < text.size() && isPdfSpace(text[p]))
            ++p;
    };
    auto number = [&]() -> std::optional<long> {
        skip();
        const std::size_t start = p;
        if (p < text.size() && text[p] == '-') ++p;
        while (p < text.size() && text[p] >= '0' && text[p] <= '9' && p - start < 8)
            ++p;
        if (p == start || (p == start + 1 && text[start] == '-')) return std::nullopt;
        return std::stol(std::string(text.substr(start, p - start)));
    };
    for (;;) {
        skip();
        if (p < text.size() && text[p] == ']') {
            w.end = p + 1;
            return w;
        }
        const auto first = number();
        skip();
        if (!first || *first < 0 || p >= text.size() || text[p] != '[') return std::nullopt;
        ++p;
        for (unsigned cid = static_cast<unsigned>(*first);; ++cid) {
            skip();
            if (p < text.size() && text[p] == ']') break;
            const auto width = number();
            if (!width) return std::nullopt;
            w.of[cid] = *width;
        }
        ++p;
    }
}

std::string widthArray(const std::map<unsigned, long>& byGid) {
    std::string s = "/W [";
    unsigned next = 0;
    bool open = false;
    for (const auto& [gid, width] : byGid) {
        if (!open || gid != next) {
            if (open) s += " ]";
            s += ' ' + std::to_string(gid) + " [";
            open = true;
        }
        s += ' ' + std::to_string(width);
        next = gid + 1;
    }
    if (open) s += " ]";
    return s + " ]";
}

// glyph id → code point, as runs of consecutive glyph ids with one high byte (the bfrange rule).
std::string toUnicodeCMap(const std::map<unsigned, unsigned>& cpOfGid) {
    std::vector<std::vector<std::pair<unsigned, unsigned>>> runs;
    for (const auto& e : cpOfGid) {
        if (runs.empty() || e.first != runs.back().back().first + 1 ||
            (e.first >> 8) != (runs.back().back().first >> 8))
            runs.emplace_back();
        runs.back().push_back(e);
    }
    std::string s = "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                    "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                    "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
                    "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
    char hex[16];
    for (std::size_t i = 0; i < runs.size(); i += 100) { // at most 100 entries per block
        const std::size_t n = std::min<std::size_t>(100, runs.size() - i);
        s += std::to_string(n) + " beginbfrange\n";
        for (std::size_t k = i; k < i + n; ++k) {
            std::snprintf(hex, sizeof hex, "<%04X>", runs[k].front().first);
            s += hex;
            std::snprintf(hex, sizeof hex, "<%04X>", runs[k].back().first);
            s += std::string(" ") + hex + " [";
            for (const auto& [gid, cp] : runs[k]) {
                std::snprintf(hex, sizeof hex, "<%04X>", cp);
                s += hex;
            }
            s += "]\n";
        }
        s += "endbfrange\n";
    }
    return s + "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
}

int hexValue(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    return -1;
}

// The page's content with the hex strings shown in a remapped font rewritten as glyph ids.
Result<std::string> remapContent(std::string_view in, const std::map<std::string, const Font*>& fontOf) {
    std::string out;
    out.reserve(in.size());
    std::string lastName;
    const Font* current = nullptr;
    std::size_t i = 0;
    while (i < in.size()) {
        const char c = in[i];
        if (c == '<' && i + 1 < in.size() && in[i + 1] == '<') {
            out += "<<";
            i += 2;
        } else if (c == '<') {
            const std::size_t end = in.find('>', i);
            if (end == std::string_view::npos) return bad("unterminated string in a page");
            if (!current) {
                out.append(in.substr(i, end + 1 - i));
            } else {
                std::string digits;
                for (std::size_t k = i + 1; k < end; ++k)
                    if (!isPdfSpace(in[k])) digits += in[k];
                if (digits.size() % 4) return bad("odd-length text in a page");
                out += '<';
                char hex[16];
                for (std::size_t k = 0; k < digits.size(); k += 4) {
                    unsigned cid = 0;
                    for (std::size_t d = 0; d < 4; ++d) {
                        const int v = hexValue(digits[k + d]);
                        if (v < 0) return bad("text that is not hex in a page");
                        cid = cid * 16 + static_cast<unsigned>(v);
                    }
                    const unsigned gid = cid < current->gidOf.size() ? current->gidOf[cid] : 0;
                    if (gid == 0) return bad("a character the font does not map");
                    std::snprintf(hex, sizeof hex, "%04X", gid);
                    out += hex;
                }
                wipe(digits);
                out += '>';
            }
            i = end + 1;
        } else if (c == '(') {
            if (current) return bad("a literal string in a remapped font");
            const std::size_t start = i;
            int depth = 0;
            for (; i < in.size(); ++i) {
                if (in[i] == '\\')
                    ++i;
                else if (in[i] == '(')
                    ++depth;
                else if (in[i] == ')' && --depth == 0)
                    break;
            }
            out.append(in.substr(start, ++i - start));
        } else if (c == '%') {
            const std::size_t end = in.find('\n', i);
            const std::size_t stop = end == std::string_view::npos ? in.size() : end;
            out.append(in.substr(i, stop - i));
            i = stop;
        } else if (isPdfDelimiter(c) && c != '/') {
            out += c;
            ++i;
        } else { // a name or a regular token (number, operator)
            const std::size_t start = i++;
            while (i < in.size() && !isPdfDelimiter(in[i]))
                ++i;
            const std::string_view token = in.substr(start, i - start);
            if (c == '/') {
                lastName = std::string(token.substr(1));
            } else if (token == "Tf") {
                const auto it = fontOf.find(lastName);
                current = it == fontOf.end() ? nullptr : it->second;
            }
            out.append(token);
        }
    }
    return out;
}

// "/Font << /F1 3 0 R … >>" of a page's inline resources: resource name → object number.
std::optional<std::map<std::string, long>> pageFonts(std::string_view page) {
    std::map<std::string, long> fonts;
    const std::size_t k = page.find("/Font <<");
    if (k == std::string_view::npos) return fonts;
    const std::size_t end = page.find(">>", k);
    if (end == std::string_view::npos) return std::nullopt;
    std::size_t p = k + 8;
    while (true) {
        while (p < end && isPdfSpace(page[p]))
            ++p;
        if (p >= end) return fonts;
        if (page[p] != '/') return std::nullopt;
        std::size_t q = p + 1;
        while (q < end && !isPdfDelimiter(page[q]))
            ++q;
        const std::string name(page.substr(p + 1, q - p - 1));
        const auto ref = refAfter(page.substr(p, end - p), "/" + name);
        if (!ref) return std::nullopt;
        fonts[name] = *ref;
        p = page.find('R', q);
        if (p == std::string_view::npos || p > end) return std::nullopt;
        ++p;
    }
}

} // namespace

std::optional<long> refAfter(std::string_view text, std::string_view key) {
    std::size_t k = text.find(key);
    while (k != std::string_view::npos && k + key.size() < text.size() &&
           !isPdfDelimiter(text[k + key.size()]))
        k = text.find(key, k + 1);
    if (k == std::string_view::npos) return std::nullopt;
    std::size_t p = k + key.size();
    while (p < text.size() && (isPdfSpace(text[p]) || text[p] == '['))
        ++p;
    long v = 0;
    const std::size_t start = p;
    while (p < text.size() && text[p] >= '0' && text[p] <= '9' && p - start < 12)
        v = v * 10 + (text[p++] - '0');
    if (p == start || text.substr(p, 4) != " 0 R") return std::nullopt;
    return v;
}

Status useGlyphIdsAsCids(PdfObjects& objects) {
    auto streamOf = [&](long num) -> std::string* {
        const auto it = objects.find(num);
        return it != objects.end() && it->second.stream ? &*it->second.stream : nullptr;
    };

    // The Type0 fonts whose CIDToGIDMap can become /Identity.
    std::map<long, Font> fonts;
    for (const auto& [num, o] : objects) {
        if (o.text.find("/Subtype /Type0") == std::string::npos) continue;
        Font f;
        const auto cidFont = refAfter(o.text, "/DescendantFonts");
        const auto toUnicode = refAfter(o.text, "/ToUnicode");
        if (!cidFont || !toUnicode || !objects.count(*cidFont) || !streamOf(*toUnicode)) continue;
        const std::string& cidText = objects.at(*cidFont).text;
        const auto map = refAfter(cidText, "/CIDToGIDMap");
        if (cidText.find("/Subtype /CIDFontType2") == std::string::npos || !map || !streamOf(*map)) continue;
        const std::string& bytes = *streamOf(*map);
        f.gidOf.resize(bytes.size() / 2);
        std::set<unsigned> seen;
        bool shared = false;
        for (std::size_t cid = 0; cid < f.gidOf.size(); ++cid) {
            const unsigned gid = static_cast<unsigned char>(bytes[2 * cid]) << 8 |
                                 static_cast<unsigned char>(bytes[2 * cid + 1]);
            f.gidOf[cid] = gid;
            if (gid != 0 && !seen.insert(gid).second) shared = true;
        }
        if (shared) continue; // two characters, one glyph: ToUnicode could not tell them apart
        f.cidFont = *cidFont, f.map = *map, f.toUnicode = *toUnicode;
        fonts.emplace(num, std::move(f));
    }
    if (fonts.empty()) return {};

    // Every page's text first; nothing changes unless all of it can be rewritten.
    std::map<long, std::string> contents;
    for (const auto& [num, o] : objects) {
        if (o.text.find("/Type /Page\n") == std::string::npos &&
            o.text.find("/Type /Page ") == std::string::npos)
            continue;
        const auto names = pageFonts(o.text);
        const auto content = refAfter(o.text, "/Contents");
        if (!names || !content || !streamOf(*content)) return bad("page resources or contents");
        std::map<std::string, const Font*> fontOf;
        for (const auto& [name, ref] : *names)
            if (const auto it = fonts.find(ref); it != fonts.end()) fontOf[name] = &it->second;
        auto text = remapContent(*streamOf(*content), fontOf);
        if (!text) return text.error();
        contents[*content] = std::move(*text);
    }
    std::map<long, std::string> cidFontTexts;
    for (const auto& [num, f] : fonts) {
        std::string text = objects.at(f.cidFont).text;
        const auto widths = parseWidths(text);
        if (!widths) return bad("the /W array");
        std::map<unsigned, long> byGid;
        for (const auto& [cid, w] : widths->of)
            if (cid < f.gidOf.size() && f.gidOf[cid] != 0) byGid[f.gidOf[cid]] = w;
        if (widths->end) text.replace(widths->begin, widths->end - widths->begin, widthArray(byGid));
        const std::string mapRef = "/CIDToGIDMap " + std::to_string(f.map) + " 0 R";
        const std::size_t k = text.find(mapRef);
        if (k == std::string::npos) return bad("the CIDToGIDMap entry");
        text.replace(k, mapRef.size(), "/CIDToGIDMap /Identity");
        cidFontTexts[f.cidFont] = std::move(text);
    }

    for (auto& [num, text] : contents) {
        wipe(*objects.at(num).stream);
        objects.at(num).stream = std::move(text);
    }
    for (auto& [num, text] : cidFontTexts)
        objects.at(num).text = std::move(text);
    for (const auto& [num, f] : fonts) {
        std::map<unsigned, unsigned> cpOfGid;
        for (std::size_t cid = 0; cid < f.gidOf.size(); ++cid)
            if (f.gidOf[cid] != 0) cpOfGid[f.gidOf[cid]] = static_cast<unsigned>(cid);
        *objects.at(f.toUnicode).stream = toUnicodeCMap(cpOfGid);
        objects.erase(f.map);
    }
    return {};
}

} // namespace kakanai::pdf
