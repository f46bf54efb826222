#include "glyph_outline.h"

#include <ft2build.h>
#include FT_FREETYPE_H
#include FT_OUTLINE_H

namespace kakanai::pdf {
namespace {

struct PathContext {
    HPDF_Page page;
    double x, y, sx, sy; // origin and scale from font units to points
    double lastX = 0, lastY = 0;
    double px(const FT_Vector* v) const { return x + static_cast<double>(v->x) * sx; }
    double py(const FT_Vector* v) const { return y + static_cast<double>(v->y) * sy; }
};

int moveTo(const FT_Vector* to, void* user) {
    auto* c = static_cast<PathContext*>(user);
    c->lastX = c->px(to), c->lastY = c->py(to);
    HPDF_Page_MoveTo(c->page, static_cast<HPDF_REAL>(c->lastX), static_cast<HPDF_REAL>(c->lastY));
    return 0;
}

int lineTo(const FT_Vector* to, void* user) {
    auto* c = static_cast<PathContext*>(user);
    c->lastX = c->px(to), c->lastY = c->py(to);
    HPDF_Page_LineTo(c->page, static_cast<HPDF_REAL>(c->lastX), static_cast<HPDF_REAL>(c->lastY));
    return 0;
}

// TrueType quadratic curve to a cubic: C1 = P0 + 2/3 (Q - P0), C2 = P3 + 2/3 (Q - P3).
int conicTo(const FT_Vector* control, const FT_Vector* to, void* user) {
    auto* c = static_cast<PathContext*>(user);
    const double qx = c->px(control), qy = c->py(control), ex = c->px(to), ey = c->py(to);
    const double c1x = c->lastX + 2.0 / 3.0 * (qx - c->lastX), c1y = c->lastY + 2.0 / 3.0 * (qy - c->lastY);
    const double c2x = ex + 2.0 / 3.0 * (qx - ex), c2y = ey + 2.0 / 3.0 * (qy - ey);
    HPDF_Page_CurveTo(c->page, static_cast<HPDF_REAL>(c1x), static_cast<HPDF_REAL>(c1y),
                      static_cast<HPDF_REAL>(c2x), static_cast<HPDF_REAL>(c2y), static_cast<HPDF_REAL>(ex),
                      static_cast<HPDF_REAL>(ey));
    c->lastX = ex, c->lastY = ey;
    return 0;
}

int cubicTo(const FT_Vector* c1, const FT_Vector* c2, const FT_Vector* to, void* user) {
    auto* c = static_cast<PathContext*>(user);
    c->lastX = c->px(to), c->lastY = c->py(to);
    HPDF_Page_CurveTo(c->page, static_cast<HPDF_REAL>(c->px(c1)), static_cast<HPDF_REAL>(c->py(c1)),
                      static_cast<HPDF_REAL>(c->px(c2)), static_cast<HPDF_REAL>(c->py(c2)),
                      static_cast<HPDF_REAL>(c->lastX), static_cast<HPDF_REAL>(c->lastY));
    return 0;
}

} // namespace

GlyphOutliner::GlyphOutliner() {
    FT_Init_FreeType(&m_lib);
}

GlyphOutliner::~GlyphOutliner() {
    for (auto& [path, f] : m_faces)
        if (f) FT_Done_Face(f);
    if (m_lib) FT_Done_FreeType(m_lib);
}

FT_Face GlyphOutliner::face(const std::string& path) {
    if (auto it = m_faces.find(path); it != m_faces.end()) return it->second;
    FT_Face f = nullptr;
    if (!m_lib || FT_New_Face(m_lib, path.c_str(), 0, &f) != 0) f = nullptr;
    if (f) FT_Select_Charmap(f, FT_ENCODING_UNICODE); // prefers the UCS-4 (format 12) cmap: non-BMP
    m_faces[path] = f;
    return f;
}

bool GlyphOutliner::draw(HPDF_Page page, const std::string& path, char32_t cp, char32_t vs, double x,
                         double y, double sizePt, double hscale) {
    FT_Face f = face(path);
    if (!f) return false;
    FT_UInt gid = vs ? FT_Face_GetCharVariantIndex(f, cp, vs) : 0;
    if (!gid) gid = FT_Get_Char_Index(f, cp);
    if (!gid || FT_Load_Glyph(f, gid, FT_LOAD_NO_SCALE | FT_LOAD_NO_HINTING | FT_LOAD_NO_BITMAP) != 0)
        return false;
    if (f->glyph->format != FT_GLYPH_FORMAT_OUTLINE) return false;
    const double scale = sizePt / f->units_per_EM;
    PathContext ctx{page, x, y, scale * hscale, scale};
    FT_Outline_Funcs funcs{moveTo, lineTo, conicTo, cubicTo, 0, 0};
    FT_Outline_Decompose(&f->glyph->outline, &funcs, &ctx);
    HPDF_Page_Fill(page); // non-zero winding, as both TrueType and CFF outlines expect
    return true;
}

} // namespace kakanai::pdf
