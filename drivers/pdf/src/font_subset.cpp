#include "font_subset.h"

#include <hb-subset.h>
#include <hb.h>

#include <sys/mman.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <utility>
#include <vector>

namespace kakanai::pdf {
namespace {

void put16(std::string& out, unsigned v) {
    out.push_back(static_cast<char>((v >> 8) & 0xFF));
    out.push_back(static_cast<char>(v & 0xFF));
}

// A cmap with one format-4 subtable whose segments span whole clusters of code points (gaps map to
// glyph 0). libharu's UTF-8 CID fonts look up all 65 536 code points with a linear scan over the
// segments; the subsetter writes one segment per character, which made that scan more than half of
// the time to render a form. Gaps cost 2 zero bytes each, which deflate reduces to almost nothing.
std::string compactCmap(const std::vector<std::pair<char32_t, unsigned>>& map) {
    for (unsigned gap : {256u, 64u, 16u, 1u}) {
        std::vector<std::pair<char32_t, char32_t>> segs; // [start, end]
        for (const auto& [cp, gid] : map) {
            if (!segs.empty() && cp - segs.back().second <= gap)
                segs.back().second = cp;
            else
                segs.emplace_back(cp, cp);
        }
        std::size_t entries = 0;
        for (const auto& [a, b] : segs)
            entries += b - a + 1;
        const std::size_t segCount = segs.size() + 1; // + the final 0xFFFF segment
        const std::size_t length = 16 + segCount * 8 + entries * 2;
        if (length > 0xFFFF) continue; // a format-4 subtable is at most 64 KiB: cluster tighter
        // searchRange = 2 * 2^floor(log2(segCount)), entrySelector = log2(searchRange / 2).
        unsigned pow2 = 1, entrySelector = 0;
        while (pow2 * 2 <= segCount)
            pow2 *= 2, ++entrySelector;
        const unsigned searchRange = 2 * pow2;
        std::string t;
        put16(t, 0), put16(t, 1);                            // version, one encoding record
        put16(t, 3), put16(t, 1), put16(t, 0), put16(t, 12); // Windows Unicode BMP, subtable at offset 12
        put16(t, 4), put16(t, static_cast<unsigned>(length)), put16(t, 0); // format, length, language
        put16(t, static_cast<unsigned>(segCount * 2)), put16(t, searchRange), put16(t, entrySelector);
        put16(t, static_cast<unsigned>(segCount * 2 - searchRange));
        for (const auto& [a, b] : segs)
            put16(t, b);
        put16(t, 0xFFFF);
        put16(t, 0); // reservedPad
        for (const auto& [a, b] : segs)
            put16(t, a);
        put16(t, 0xFFFF);
        for (std::size_t i = 0; i < segs.size(); ++i)
            put16(t, 0); // idDelta
        put16(t, 1);
        std::size_t before = 0; // glyphIdArray entries of earlier segments
        for (std::size_t i = 0; i < segs.size(); ++i) {
            put16(t, static_cast<unsigned>(2 * (segCount - i) + 2 * before)); // idRangeOffset
            before += segs[i].second - segs[i].first + 1;
        }
        put16(t, 0);
        std::size_t k = 0;
        for (const auto& [a, b] : segs)
            for (char32_t cp = a; cp <= b; ++cp) {
                while (k < map.size() && map[k].first < cp)
                    ++k;
                put16(t, k < map.size() && map[k].first == cp ? map[k].second : 0);
            }
        return t;
    }
    return {};
}

// A 'name' table with only the family and PostScript names (Windows, English): libharu takes the
// PostScript name for /BaseFont; the copyright and licence strings the subsetter keeps cost ~1 byte per
// character of a form and are not read by anything that opens the PDF.
std::string minimalNameTable(hb_face_t* face) {
    std::vector<std::pair<unsigned, std::u16string>> names;
    for (hb_ot_name_id_t id :
         {HB_OT_NAME_ID_FONT_FAMILY, HB_OT_NAME_ID_FONT_SUBFAMILY, HB_OT_NAME_ID_POSTSCRIPT_NAME}) {
        char16_t buf[128];
        unsigned len = 127;
        hb_ot_name_get_utf16(face, id, hb_language_from_string("en", -1), &len,
                             reinterpret_cast<uint16_t*>(buf));
        if (len == 0) return {};
        names.emplace_back(id, std::u16string(buf, len));
    }
    std::string t;
    put16(t, 0), put16(t, static_cast<unsigned>(names.size())),
        put16(t, static_cast<unsigned>(6 + 12 * names.size()));
    unsigned offset = 0;
    for (const auto& [id, str] : names) {
        put16(t, 3), put16(t, 1), put16(t, 0x409), put16(t, id);
        put16(t, static_cast<unsigned>(str.size() * 2)), put16(t, offset);
        offset += static_cast<unsigned>(str.size() * 2);
    }
    for (const auto& [id, str] : names)
        for (char16_t c : str)
            put16(t, c);
    return t;
}

} // namespace

MemoryFontFile::~MemoryFontFile() {
    if (m_fd >= 0) close(m_fd);
}

MemoryFontFile::MemoryFontFile(MemoryFontFile&& o) noexcept
    : m_fd(std::exchange(o.m_fd, -1)), m_path(std::move(o.m_path)), m_size(std::exchange(o.m_size, 0)) {}

Result<MemoryFontFile> MemoryFontFile::subset(hb_face_t* face, const std::set<char32_t>& codepoints) {
    hb_subset_input_t* in = hb_subset_input_create_or_fail();
    if (!in) return makeError("pdf.subset", "out of memory");
    hb_set_t* unicodes = hb_subset_input_unicode_set(in);
    for (char32_t cp : codepoints)
        hb_set_add(unicodes, cp);
    hb_subset_input_set_flags(in, HB_SUBSET_FLAGS_NO_HINTING);
    hb_set_t* drop = hb_subset_input_set(in, HB_SUBSET_SETS_DROP_TABLE_TAG);
    for (hb_tag_t t : {HB_TAG('G', 'S', 'U', 'B'), HB_TAG('G', 'P', 'O', 'S'), HB_TAG('G', 'D', 'E', 'F'),
                       HB_TAG('B', 'A', 'S', 'E'), HB_TAG('J', 'S', 'T', 'F'), HB_TAG('v', 'h', 'e', 'a'),
                       HB_TAG('v', 'm', 't', 'x'), HB_TAG('V', 'O', 'R', 'G'), HB_TAG('k', 'e', 'r', 'n'),
                       HB_TAG('D', 'S', 'I', 'G'), HB_TAG('g', 'a', 's', 'p'), HB_TAG('h', 'd', 'm', 'x'),
                       HB_TAG('L', 'T', 'S', 'H'), HB_TAG('V', 'D', 'M', 'X'), HB_TAG('m', 'o', 'r', 'x')})
        hb_set_add(drop, t);
    hb_face_t* sub = hb_subset_or_fail(face, in);
    hb_subset_input_destroy(in);
    if (!sub) return makeError("pdf.subset", "the font could not be subset");

    // libharu 2.3 refuses fonts without cvt/fpgm/prep (its REQUIRED_TAGS), which an unhinted subset
    // lacks: rebuild the face with empty ones. (A subset face cannot list its tables in HarfBuzz 6,
    // so serialise it and read it back first.)
    hb_blob_t* subsetBlob = hb_face_reference_blob(sub);
    hb_face_destroy(sub);
    hb_face_t* parsed = hb_face_create(subsetBlob, 0);
    hb_blob_destroy(subsetBlob);
    hb_face_t* builder = hb_face_builder_create();
    hb_tag_t tags[64];
    unsigned count = 64;
    hb_face_get_table_tags(parsed, 0, &count, tags);
    bool has[3] = {false, false, false};
    const hb_tag_t hinting[3] = {HB_TAG('c', 'v', 't', ' '), HB_TAG('f', 'p', 'g', 'm'),
                                 HB_TAG('p', 'r', 'e', 'p')};
    // Our own cmap (see compactCmap): code point -> glyph of the subset, in code point order.
    std::vector<std::pair<char32_t, unsigned>> map;
    hb_font_t* font = hb_font_create(parsed);
    for (char32_t cp : codepoints) {
        hb_codepoint_t g = 0;
        if (cp <= 0xFFFF && hb_font_get_nominal_glyph(font, cp, &g)) map.emplace_back(cp, g);
    }
    hb_font_destroy(font);
    const std::string cmap = compactCmap(map);
    const std::string name = minimalNameTable(parsed);
    auto replacement = [&](hb_tag_t tag) -> const std::string* {
        if (tag == HB_TAG('c', 'm', 'a', 'p') && !cmap.empty()) return &cmap;
        if (tag == HB_TAG('n', 'a', 'm', 'e') && !name.empty()) return &name;
        return nullptr;
    };
    for (unsigned i = 0; i < count; ++i) {
        const std::string* own = replacement(tags[i]);
        hb_blob_t* table = own ? hb_blob_create(own->data(), static_cast<unsigned>(own->size()),
                                                HB_MEMORY_MODE_DUPLICATE, nullptr, nullptr)
                               : hb_face_reference_table(parsed, tags[i]);
        hb_face_builder_add_table(builder, tags[i], table);
        hb_blob_destroy(table);
        for (int k = 0; k < 3; ++k)
            has[k] |= tags[i] == hinting[k];
    }
    for (int k = 0; k < 3; ++k)
        if (!has[k]) hb_face_builder_add_table(builder, hinting[k], hb_blob_get_empty());
    hb_blob_t* blob = hb_face_reference_blob(builder);
    hb_face_destroy(builder);
    hb_face_destroy(parsed);

    unsigned len = 0;
    const char* data = hb_blob_get_data(blob, &len);
    MemoryFontFile file;
    file.m_fd = memfd_create("kakanai-font", MFD_CLOEXEC);
    if (file.m_fd < 0) {
        hb_blob_destroy(blob);
        return makeError("pdf.memfd", std::string("memfd_create failed: ") + std::strerror(errno));
    }
    std::size_t written = 0;
    while (written < len) {
        const ssize_t n = write(file.m_fd, data + written, len - written);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) {
            hb_blob_destroy(blob);
            const int err = n == 0 ? ENOSPC : errno;
            return makeError("pdf.memfd", std::string("cannot write the font subset to memory (") +
                                              std::strerror(err) + ")");
        }
        written += static_cast<std::size_t>(n);
    }
    hb_blob_destroy(blob);
    file.m_size = len;
    file.m_path = "/proc/self/fd/" + std::to_string(file.m_fd);
    return file;
}

} // namespace kakanai::pdf
