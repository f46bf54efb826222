#include "to_unicode.h"

#include <hpdf_objects.h>
#include <hpdf_streams.h>

#include <cstdio>
#include <vector>

namespace kakanai::pdf {

std::string identityToUnicodeCMap(const std::set<char32_t>& codePoints) {
    std::set<unsigned> highBytes; // BMP only: libharu's UTF-8 encoder draws nothing beyond it as text
    for (char32_t c : codePoints)
        if (c < 0x10000 && (c < 0xD800 || c > 0xDFFF)) highBytes.insert(static_cast<unsigned>(c) >> 8);

    std::string s = "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                    "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                    "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
                    "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
    const std::vector<unsigned> hs(highBytes.begin(), highBytes.end());
    for (std::size_t i = 0; i < hs.size(); i += 100) { // at most 100 entries per block
        const std::size_t n = std::min<std::size_t>(100, hs.size() - i);
        s += std::to_string(n) + " beginbfrange\n";
        char line[32];
        for (std::size_t k = i; k < i + n; ++k) {
            std::snprintf(line, sizeof line, "<%02X00> <%02XFF> <%02X00>\n", hs[k], hs[k], hs[k]);
            s += line;
        }
        s += "endbfrange\n";
    }
    s += "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
    return s;
}

Status replaceToUnicode(HPDF_Font font, const std::set<char32_t>& codePoints) {
    auto* map = static_cast<HPDF_Dict>(HPDF_Dict_GetItem(font, "ToUnicode", HPDF_OCLASS_DICT));
    if (!map || !map->stream) return makeError("pdf.tounicode", "libharu wrote no ToUnicode map to replace");
    HPDF_MemStream_FreeData(map->stream);
    if (HPDF_Stream_WriteStr(map->stream, identityToUnicodeCMap(codePoints).c_str()) != HPDF_OK)
        return makeError("pdf.tounicode", "could not write the ToUnicode map");
    return {};
}

} // namespace kakanai::pdf
