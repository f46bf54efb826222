#include "kakanai/pdf/pdf_renderer.h"

#include "font_subset.h"
#include "glyph_outline.h"
#include "pdf_compact.h"
#include "qr_dashes.h"
#include "to_unicode.h"

#include "kakanai/base/utf8.h"

#include <hpdf.h>
#include <hpdf_pages.h>

#include <cmath>
#include <cstdio>
#include <map>
#include <set>

namespace kakanai::pdf {
namespace {

constexpr double kPt = 72.0 / 25.4; // points per mm

struct HaruError {
    HPDF_STATUS code = 0;
    HPDF_STATUS detail = 0;
};

void onHaruError(HPDF_STATUS code, HPDF_STATUS detail, void* user) {
    auto* e = static_cast<HaruError*>(user);
    if (e->code == 0) e->code = code, e->detail = detail;
}

HPDF_REAL R(double v) {
    return static_cast<HPDF_REAL>(v);
}

// A character drawn by libharu as text, or as an outline path.
bool isTextChar(const FontFile& f, char32_t cp, char32_t vs) {
    return f.glyfOutlines && cp <= 0xFFFF && vs == 0;
}

// Writes one page. Graphics first, then all text in a single text object, then glyphs drawn as
// outlines; graphics state (colours, line width, dash, font) is only set when it changes, and
// coordinates are snapped to 1/8 pt — together a third of the content stream bytes.
class PageWriter {
public:
    PageWriter(HPDF_Page page, double heightMm, FontLibrary& fonts, std::map<FontId, HPDF_Font>& haruFonts,
               GlyphOutliner& outliner, PdfStats& stats)
        : m_page(page), m_h(heightMm), m_fonts(fonts), m_haru(haruFonts), m_outliner(outliner),
          m_stats(stats) {}

    void write(const Page& page) {
        for (const auto& op : page.ops)
            if (!std::holds_alternative<TextOp>(op)) std::visit(*this, op);
        flush();
        bool inText = false;
        for (const auto& op : page.ops)
            if (const auto* t = std::get_if<TextOp>(&op)) {
                if (!inText) HPDF_Page_BeginText(m_page), inText = true;
                text(*t);
            }
        if (inText) {
            if (m_hscale != 1.0) HPDF_Page_SetHorizontalScalling(m_page, 100);
            HPDF_Page_EndText(m_page);
        }
        for (const auto& g : m_outlines) {
            fill(g.color);
            m_outliner.draw(m_page, m_fonts.file(g.font).path, g.cp, g.vs, g.x, g.y, g.size, g.hscale);
            ++m_stats.outlinedGlyphs;
        }
    }

    void operator()(const TextOp&) {}

    void operator()(const LineOp& l) {
        stroke(l.color);
        lineWidth(l.width);
        dash(l.dash);
        HPDF_Page_MoveTo(m_page, X(l.x1), Y(l.y1));
        HPDF_Page_LineTo(m_page, X(l.x2), Y(l.y2));
        HPDF_Page_Stroke(m_page);
    }

    void operator()(const RectOp& r) {
        if (r.fill) fill(*r.fill);
        if (r.stroke) {
            stroke(*r.stroke);
            lineWidth(r.width);
            dash(r.dash);
        }
        HPDF_Page_Rectangle(m_page, X(r.rect.x), Y(r.rect.bottom()), L(r.rect.w), L(r.rect.h));
        if (r.fill && r.stroke)
            HPDF_Page_FillStroke(m_page);
        else if (r.fill)
            HPDF_Page_Fill(m_page);
        else
            HPDF_Page_Stroke(m_page);
    }

    void operator()(const EllipseOp& e) {
        stroke(e.color);
        lineWidth(e.width);
        dash(false);
        HPDF_Page_Ellipse(m_page, X(e.cx), Y(e.cy), L(e.rx), L(e.ry));
        HPDF_Page_Stroke(m_page);
    }

    void operator()(const QrOp& q) {
        // Each row of modules is a stroked line whose dash array holds the row's dark and light run
        // lengths, in module units: exact vectors at about half the bytes of one rectangle per run (the
        // QR code was the largest part of a page's content stream). The line is 1.12 modules wide so
        // that anti-aliased renderers leave no light seam between rows; the 0.06-module growth of each
        // row is far inside what QR decoders tolerate. libharu's SetDash takes at most 8 numbers, so the
        // rows are written to the content stream directly.
        flush();
        std::string s = "q\n";
        char buf[96];
        std::snprintf(buf, sizeof buf, "%.4f 0 0 %.4f %.3f %.3f cm\n0 G 0 J 1.12 w\n", q.module * kPt,
                      -q.module * kPt, q.x * kPt,
                      (m_h - q.y - q.module / 2) * kPt); // rows centred on integers
        s += buf;
        s += qrRowDashes(q);
        s += "Q\n";
        HPDF_Stream_WriteStr(contentStream(), s.c_str());
    }

    void operator()(const CheckOp& c) {
        flush();
        stroke(c.color);
        lineWidth(c.width);
        dash(false);
        HPDF_Page_SetLineCap(m_page, HPDF_ROUND_END);
        HPDF_Page_SetLineJoin(m_page, HPDF_ROUND_JOIN);
        const Rect& b = c.box;
        HPDF_Page_MoveTo(m_page, X(b.x + 0.18 * b.w), Y(b.y + 0.52 * b.h));
        HPDF_Page_LineTo(m_page, X(b.x + 0.42 * b.w), Y(b.y + 0.80 * b.h));
        HPDF_Page_LineTo(m_page, X(b.x + 0.86 * b.w), Y(b.y + 0.18 * b.h));
        HPDF_Page_Stroke(m_page);
        HPDF_Page_SetLineCap(m_page, HPDF_BUTT_END);
        HPDF_Page_SetLineJoin(m_page, HPDF_MITER_JOIN);
    }

private:
    struct Outline {
        FontId font;
        char32_t cp, vs;
        double x, y, size, hscale;
        Color color;
    };

    // 1/8 pt (0.044 mm, a printer dot at 600 dpi): exact in float, so libharu prints "714.375" rather
    // than the "714.33002" a decimal rounding leaves — shorter and more repetitive, compressing better.
    static HPDF_REAL snap(double v) { return static_cast<HPDF_REAL>(std::round(v * 8.0) / 8.0); }
    HPDF_REAL X(double mm) const { return snap(mm * kPt); }
    HPDF_REAL Y(double mm) const { return snap((m_h - mm) * kPt); }
    static HPDF_REAL L(double mm) { return snap(mm * kPt); }
    // Rules and boxes: a quarter point (0.09 mm) is finer than a printed hairline.
    static HPDF_REAL G(HPDF_REAL pt) { return static_cast<HPDF_REAL>(std::round(pt * 4.0) / 4.0); }

    void pen(const Color& c, double width, bool dashed) {
        if (m_pathOpen && (!(m_stroke == c) || m_width != width || m_dash != dashed)) flush();
        stroke(c);
        lineWidth(width);
        dash(dashed);
        m_pathOpen = true;
    }
    HPDF_Stream contentStream() const { return static_cast<HPDF_PageAttr>(m_page->attr)->stream; }
    void flush() {
        if (m_pathOpen) HPDF_Page_Stroke(m_page);
        m_pathOpen = false;
    }

    void stroke(const Color& c) {
        if (m_stroke == c) return;
        m_stroke = c;
        HPDF_Page_SetRGBStroke(m_page, R(c.r), R(c.g), R(c.b));
    }
    void fill(const Color& c) {
        if (m_fill == c) return;
        m_fill = c;
        HPDF_Page_SetRGBFill(m_page, R(c.r), R(c.g), R(c.b));
    }
    void lineWidth(double mm) {
        if (m_width == mm) return;
        m_width = mm;
        HPDF_Page_SetLineWidth(m_page, L(mm));
    }
    void dash(bool on) {
        if (m_dash == on) return;
        m_dash = on;
        static const HPDF_UINT16 pattern[] = {3, 2};
        if (on)
            HPDF_Page_SetDash(m_page, pattern, 2, 0);
        else
            HPDF_Page_SetDash(m_page, nullptr, 0, 0);
    }

    // Inside the page's text object: libharu text for what it can show, outlines queued for the rest.
    void text(const TextOp& t) {
        const FontFile& file = m_fonts.file(t.font);
        const std::u32string u = utf8::decode(t.text);
        const double sizeMm = t.size / kPt;
        double x = t.x;
        std::size_t i = 0;
        while (i < u.size()) {
            const char32_t vs = i + 1 < u.size() && utf8::isVariationSelector(u[i + 1]) ? u[i + 1] : 0;
            if (!isTextChar(file, u[i], vs)) {
                m_outlines.push_back(Outline{t.font, u[i], vs, X(x), Y(t.y), t.size, t.hscale, t.color});
                x += m_fonts.advance(t.font, u[i], vs) * sizeMm * t.hscale;
                i += vs ? 2 : 1;
                continue;
            }
            std::string run; // characters libharu shows as (extractable) text
            const double startX = x;
            while (i < u.size()) {
                const char32_t v2 = i + 1 < u.size() && utf8::isVariationSelector(u[i + 1]) ? u[i + 1] : 0;
                if (!isTextChar(file, u[i], v2)) break;
                utf8::append(run, u[i]);
                x += m_fonts.advance(t.font, u[i], 0) * sizeMm * t.hscale;
                ++i;
            }
            fill(t.color);
            if (m_font != t.font || m_size != t.size) {
                m_font = t.font, m_size = t.size;
                HPDF_Page_SetFontAndSize(m_page, m_haru.at(t.font), R(t.size));
            }
            if (m_hscale != t.hscale) {
                m_hscale = t.hscale;
                HPDF_Page_SetHorizontalScalling(m_page, R(t.hscale * 100.0));
            }
            HPDF_Page_TextOut(m_page, X(startX), Y(t.y), run.c_str());
        }
    }

    HPDF_Page m_page;
    double m_h;
    FontLibrary& m_fonts;
    std::map<FontId, HPDF_Font>& m_haru;
    GlyphOutliner& m_outliner;
    PdfStats& m_stats;
    std::vector<Outline> m_outlines;
    // Current graphics state (PDF defaults at the start of a page).
    Color m_stroke{}, m_fill{};
    double m_width = 1.0 / kPt; // PDF default line width is 1 pt
    bool m_dash = false;
    bool m_pathOpen = false; // a stroked path is being collected
    int m_font = -1;
    double m_size = 0, m_hscale = 1.0;
};

struct HaruDoc {
    HPDF_Doc doc = nullptr;
    ~HaruDoc() {
        if (doc) HPDF_Free(doc);
    }
};

} // namespace

Result<Bytes> PdfRenderer::render(const Document& document) {
    m_stats = PdfStats{};
    auto raw = renderWithHaru(document, HPDF_COMP_NONE);
    if (!raw) return raw;
    auto small = compactPdf(*raw);
    wipe(*raw);
    if (small) {
        m_stats.compacted = true;
        return small;
    }
    // Never reached with the libharu this was written for; a valid, larger PDF beats no form.
    m_stats = PdfStats{};
    return renderWithHaru(document, HPDF_COMP_ALL);
}

Result<Bytes> PdfRenderer::renderWithHaru(const Document& document, unsigned compression) {
    // Characters each font must show as text: one subset per font per document.
    std::map<FontId, std::set<char32_t>> used;
    for (const auto& page : document.pages)
        for (const auto& op : page.ops)
            if (const auto* t = std::get_if<TextOp>(&op)) {
                const FontFile& f = m_fonts.file(t->font);
                const std::u32string u = utf8::decode(t->text);
                for (std::size_t i = 0; i < u.size(); ++i) {
                    if (utf8::isVariationSelector(u[i])) continue;
                    const char32_t vs =
                        i + 1 < u.size() && utf8::isVariationSelector(u[i + 1]) ? u[i + 1] : 0;
                    if (isTextChar(f, u[i], vs)) used[t->font].insert(u[i]);
                }
            }

    HaruError err;
    HaruDoc haru;
    haru.doc = HPDF_New(onHaruError, &err);
    if (!haru.doc) return makeError("pdf.init", "libharu could not start");
    HPDF_SetCompressionMode(haru.doc, compression);
    HPDF_UseUTFEncodings(haru.doc);
    HPDF_SetCurrentEncoder(haru.doc, "UTF-8");

    std::vector<MemoryFontFile> subsets; // must outlive HPDF_SaveToStream: libharu reads glyphs when saving
    std::map<FontId, HPDF_Font> haruFonts;
    for (const auto& [id, cps] : used) {
        auto sub = MemoryFontFile::subset(m_fonts.file(id).face, cps);
        if (!sub) return sub.error();
        m_stats.subsetBytes += sub->size();
        const char* name = HPDF_LoadTTFontFromFile(haru.doc, sub->path().c_str(), HPDF_TRUE);
        if (!name)
            return makeError("pdf.font", "libharu could not load the font subset (error " +
                                             std::to_string(err.code) + ", detail " +
                                             std::to_string(err.detail) + ")");
        haruFonts[id] = HPDF_GetFont(haru.doc, name, "UTF-8");
        if (auto st = replaceToUnicode(haruFonts[id], cps); !st) return st.error();
        subsets.push_back(std::move(*sub));
    }

    GlyphOutliner outliner;
    const Calibration& cal = document.calibration;
    for (const auto& page : document.pages) {
        HPDF_Page p = HPDF_AddPage(haru.doc);
        HPDF_Page_SetWidth(p, R(page.width * kPt));
        HPDF_Page_SetHeight(p, R(page.height * kPt));
        const bool calibrate = !cal.isIdentity();
        if (calibrate) {
            // Maps (x, y) mm from the top-left to (x·sx + dx, y·sy + dy): in PDF space that is
            // X' = sx·X + dx, Y' = sy·Y + (1 − sy)·H − dy.
            const double H = page.height * kPt;
            HPDF_Page_GSave(p);
            HPDF_Page_Concat(p, R(cal.scale_x), 0, 0, R(cal.scale_y), R(cal.x_mm * kPt),
                             R((1.0 - cal.scale_y) * H - cal.y_mm * kPt));
        }
        PageWriter(p, page.height, m_fonts, haruFonts, outliner, m_stats).write(page);
        if (calibrate) HPDF_Page_GRestore(p);
        if (err.code) break;
    }
    if (err.code)
        return makeError("pdf.draw", "libharu error 0x" + std::to_string(err.code) + " detail " +
                                         std::to_string(err.detail));

    if (HPDF_SaveToStream(haru.doc) != HPDF_OK)
        return makeError("pdf.save", "libharu could not write the PDF");
    HPDF_ResetStream(haru.doc);
    Bytes out(HPDF_GetStreamSize(haru.doc));
    HPDF_UINT32 n = static_cast<HPDF_UINT32>(out.size());
    if (HPDF_ReadFromStream(haru.doc, out.data(), &n) != HPDF_OK && n != out.size())
        return makeError("pdf.save", "could not read the PDF from memory");
    out.resize(n);
    return out;
}

} // namespace kakanai::pdf
