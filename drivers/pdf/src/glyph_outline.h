#pragma once
// Draws a single glyph as a filled vector path with FreeType, for characters libharu 2.3 cannot
// show as text: outside the BMP (𠮷), with a variation selector (IVS), or from CFF/TTC fonts.

#include <hpdf.h>

#include <map>
#include <string>

typedef struct FT_LibraryRec_* FT_Library;
typedef struct FT_FaceRec_* FT_Face;

namespace kakanai::pdf {

class GlyphOutliner {
public:
    GlyphOutliner();
    ~GlyphOutliner();
    GlyphOutliner(const GlyphOutliner&) = delete;
    GlyphOutliner& operator=(const GlyphOutliner&) = delete;

    // Fills the outline of cp (+ vs) from the font at `path` with its origin at (x, y) PDF points.
    // Returns false when the font has no such glyph.
    bool draw(HPDF_Page page, const std::string& path, char32_t cp, char32_t vs, double x, double y,
              double sizePt, double hscale);

private:
    FT_Face face(const std::string& path);
    FT_Library m_lib = nullptr;
    std::map<std::string, FT_Face> m_faces;
};

} // namespace kakanai::pdf
