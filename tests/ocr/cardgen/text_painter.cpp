#include "text_painter.h"

#include "kakanai/base/utf8.h"

#include <ft2build.h>
#include FT_FREETYPE_H

#include <cmath>
#include <filesystem>
#include <stdexcept>

namespace kakanai::cardgen {

struct TextPainter::Impl {
    FT_Library lib = nullptr;
    FT_Face faces[2] = {nullptr, nullptr};
};

std::string TextPainter::fontPath(Face face) {
    return face == Face::Mincho ? "/usr/share/fonts/truetype/horai-umefont/ume-tmo3.ttf"
                                : "/usr/share/fonts/truetype/horai-umefont/ume-tgo4.ttf";
}

TextPainter::TextPainter() : m(std::make_unique<Impl>()) {
    if (FT_Init_FreeType(&m->lib)) throw std::runtime_error("FreeType init failed");
    for (Face f : {Face::Mincho, Face::Gothic}) {
        const std::string path = fontPath(f);
        if (!std::filesystem::exists(path) || FT_New_Face(m->lib, path.c_str(), 0, &m->faces[int(f)]))
            throw std::runtime_error("missing font " + path + " (Debian package fonts-horai-umefont)");
    }
}

TextPainter::~TextPainter() {
    for (FT_Face f : m->faces)
        if (f) FT_Done_Face(f);
    if (m->lib) FT_Done_FreeType(m->lib);
}

double TextPainter::width(std::string_view utf8, const TextStyle& style) const {
    cv::Mat none;
    return draw(none, 20.0, 0, 0, utf8, style);
}

double TextPainter::draw(cv::Mat& bgr, double pxPerMm, double xMm, double yMm, std::string_view utf8,
                         const TextStyle& style) const {
    FT_Face face = m->faces[int(style.face)];
    const double emPx = style.sizeMm * pxPerMm;
    FT_Set_Char_Size(face, 0, FT_F26Dot6(std::lround(emPx * 64)), 72, 72);
    FT_Matrix matrix{FT_Fixed(std::lround(style.condense * 65536)), 0, 0, 0x10000};
    FT_Set_Transform(face, &matrix, nullptr);
    const double ascender = emPx * 0.88;
    double pen = xMm * pxPerMm;
    const double baseline = yMm * pxPerMm + ascender;
    for (char32_t cp : utf8::decode(utf8)) {
        if (cp == U' ' || cp == 0x3000) {
            pen += (cp == U' ' ? 0.33 : 1.0) * emPx * style.condense + style.spacingEm * emPx;
            continue;
        }
        if (FT_Load_Char(face, cp, FT_LOAD_RENDER)) continue;
        const FT_GlyphSlot g = face->glyph;
        if (!bgr.empty()) {
            const FT_Bitmap& b = g->bitmap;
            const int ox = int(std::lround(pen)) + g->bitmap_left;
            const int oy = int(std::lround(baseline)) - g->bitmap_top;
            for (unsigned r = 0; r < b.rows; ++r) {
                const int y = oy + int(r);
                if (y < 0 || y >= bgr.rows) continue;
                for (unsigned c = 0; c < b.width; ++c) {
                    const int x = ox + int(c);
                    if (x < 0 || x >= bgr.cols) continue;
                    const double a = b.buffer[long(r) * b.pitch + c] / 255.0;
                    if (a <= 0) continue;
                    cv::Vec3b& px = bgr.at<cv::Vec3b>(y, x);
                    for (int k = 0; k < 3; ++k)
                        px[k] = cv::saturate_cast<uchar>(px[k] * (1 - a) + style.color[k] * a);
                }
            }
        }
        pen += g->advance.x / 64.0 + style.spacingEm * emPx;
    }
    return pen / pxPerMm - xMm;
}

} // namespace kakanai::cardgen
