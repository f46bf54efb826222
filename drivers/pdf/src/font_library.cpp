#include "kakanai/pdf/font_library.h"

#include "kakanai/forms/template_loader.h"

#include <hb.h>

#include <filesystem>

namespace kakanai::pdf {
namespace {

namespace fs = std::filesystem;

// Debian package paths (fonts-ipaexfont, fonts-morisawa-bizud-*, fonts-ipamj-mincho, fonts-noto-cjk).
constexpr const char* kMincho[] = {"opentype/ipaexfont-mincho/ipaexm.ttf",
                                   "truetype/bizud-mincho/BIZUDMincho-Regular.ttf"};
constexpr const char* kGothic[] = {"opentype/ipaexfont-gothic/ipaexg.ttf",
                                   "truetype/bizud-gothic/BIZUDGothic-Regular.ttf"};
// Tried for every role after its own fonts. IPAmj明朝 has the MJ character set (𠮷, 髙, IVS); Noto CJK is
// CFF (libharu cannot embed it) but FreeType can still draw its outlines.
constexpr const char* kFallbacks[] = {"truetype/ipamj/ipamjm.ttf", "opentype/noto/NotoSerifCJK-Regular.ttc",
                                      "opentype/noto/NotoSansCJK-Regular.ttc"};
constexpr double kIdeographicAscent = 0.88; // em box of Japanese fonts: baseline 0.12 em above the bottom

} // namespace

FontLibrary::FontLibrary(std::vector<std::string> extraDirs) : m_extraDirs(extraDirs) {
    m_dirs = systemFontDirs();
    m_dirs.insert(m_dirs.end(), extraDirs.begin(), extraDirs.end());
    auto find = [&](const char* rel) -> std::optional<FontId> {
        for (const auto& d : m_dirs) {
            const fs::path p = fs::path(d) / rel;
            std::error_code ec;
            if (fs::is_regular_file(p, ec)) return open(p.string());
        }
        return std::nullopt;
    };
    for (const char* f : kMincho)
        if (auto id = find(f)) m_roles["mincho"].push_back(*id);
    for (const char* f : kGothic)
        if (auto id = find(f)) m_roles["gothic"].push_back(*id);
    for (const char* f : kFallbacks)
        if (auto id = find(f)) m_fallbacks.push_back(*id);
}

FontLibrary::~FontLibrary() {
    for (auto& f : m_files) {
        hb_font_destroy(f->font);
        hb_face_destroy(f->face);
    }
}

std::optional<FontId> FontLibrary::open(const std::string& path) {
    if (auto it = m_byPath.find(path); it != m_byPath.end()) return it->second;
    hb_blob_t* blob = hb_blob_create_from_file_or_fail(path.c_str()); // mmap: cheap even for 46 MB IPAmj
    if (!blob) return std::nullopt;
    hb_face_t* face = hb_face_create(blob, 0);
    hb_blob_destroy(blob);
    if (hb_face_get_glyph_count(face) == 0) {
        hb_face_destroy(face);
        return std::nullopt;
    }
    auto f = std::make_unique<FontFile>();
    f->path = path;
    f->face = face;
    f->upem = hb_face_get_upem(face);
    f->font = hb_font_create(face);
    hb_font_set_scale(f->font, static_cast<int>(f->upem), static_cast<int>(f->upem));
    f->ascent = kIdeographicAscent;
    hb_blob_t* glyf = hb_face_reference_table(face, HB_TAG('g', 'l', 'y', 'f'));
    f->glyfOutlines = hb_blob_get_length(glyf) > 0 && path.ends_with(".ttf");
    hb_blob_destroy(glyf);
    const auto id = static_cast<FontId>(m_files.size());
    m_files.push_back(std::move(f));
    m_byPath[path] = id;
    return id;
}

bool FontLibrary::hasRole(std::string_view role) const {
    return m_roles.find(role) != m_roles.end();
}

Status FontLibrary::defineRole(const std::string& role, const std::vector<std::string>& files) {
    std::vector<FontId> ids;
    for (const auto& f : files) {
        auto path = resolveFontFile(f, m_extraDirs);
        if (!path) return path.error();
        auto id = open(*path);
        if (!id) return makeError("font.unreadable", "cannot read font file " + *path);
        ids.push_back(*id);
    }
    m_roles[role] = std::move(ids);
    return {};
}

unsigned FontLibrary::glyph(FontId font, char32_t cp, char32_t vs) const {
    hb_codepoint_t g = 0;
    hb_font_t* f = m_files.at(font)->font;
    if (vs) return hb_font_get_variation_glyph(f, cp, vs, &g) ? g : 0;
    return hb_font_get_nominal_glyph(f, cp, &g) ? g : 0;
}

std::optional<FontId> FontLibrary::fontFor(std::string_view role, char32_t cp, char32_t vs) {
    auto it = m_roles.find(role);
    static const std::vector<FontId> none;
    const auto& own = it == m_roles.end() ? none : it->second;
    // With a variation selector, prefer a font that has that exact variant; else print the base character.
    const char32_t passes[] = {vs, 0};
    for (int pass = 0; pass < (vs ? 2 : 1); ++pass)
        for (const std::vector<FontId>* chain : {&own, static_cast<const std::vector<FontId>*>(&m_fallbacks)})
            for (FontId id : *chain)
                if (glyph(id, cp, passes[pass])) return id;
    return std::nullopt;
}

double FontLibrary::advance(FontId font, char32_t cp, char32_t vs) {
    const FontFile& f = *m_files.at(font);
    unsigned g = glyph(font, cp, vs);
    if (!g) g = glyph(font, cp, 0);
    return static_cast<double>(hb_font_get_glyph_h_advance(f.font, g)) / f.upem;
}

double FontLibrary::ascent(FontId font) {
    return m_files.at(font)->ascent;
}

std::vector<std::string> FontLibrary::describe() const {
    std::vector<std::string> out;
    for (const auto& [role, ids] : m_roles)
        for (FontId id : ids)
            out.push_back(role + ": " + m_files[id]->path);
    for (FontId id : m_fallbacks)
        out.push_back("fallback: " + m_files[id]->path);
    return out;
}

} // namespace kakanai::pdf
