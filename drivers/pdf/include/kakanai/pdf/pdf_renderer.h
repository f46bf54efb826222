#pragma once
// Draws a laid-out Document into a PDF held in memory, with libharu 2.3 and embedded, subset TrueType
// fonts (HarfBuzz subsetter, passed to libharu through a memfd: the subset never touches the disk).
// Characters libharu cannot draw (outside the BMP such as 𠮷, with variation selectors, or from fonts
// without TrueType outlines) are drawn as vector outlines with FreeType. Text stays extractable
// (pdftotext) except those outlined characters.

#include "kakanai/layout/renderer.h"
#include "kakanai/pdf/font_library.h"

namespace kakanai::pdf {

struct PdfStats {
    std::size_t outlinedGlyphs = 0; // drawn as paths in the last render
    std::size_t subsetBytes = 0;    // sum of embedded font subsets before compression
    bool compacted = false;         // the second pass (pdf_compact.h) rewrote libharu's output
};

class PdfRenderer final : public DocumentRenderer {
public:
    explicit PdfRenderer(FontLibrary& fonts) : m_fonts(fonts) {}
    Result<Bytes> render(const Document& document) override;
    const PdfStats& lastStats() const { return m_stats; }

private:
    Result<Bytes> renderWithHaru(const Document& document, unsigned compression);

    FontLibrary& m_fonts;
    PdfStats m_stats;
};

} // namespace kakanai::pdf
