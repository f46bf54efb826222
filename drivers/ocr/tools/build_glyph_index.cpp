// kakanai-glyph-index --out FILE --variants kanji-variants.json --font FILE [--font FILE …]
// Renders every JIS X 0208 character and the name variants with each font and writes their shape
// features (see src/glyph_index.h). Run at build time; the fonts are the kiosk's own (Debian packages).
#include "glyph_features.h"
#include "glyph_index.h"

#include "kakanai/ocr/kanji_variants.h"

#include <ft2build.h>
#include FT_FREETYPE_H

#include <iconv.h>

#include <cstdio>
#include <cstring>
#include <set>
#include <string>
#include <vector>

using namespace kakanai;
using namespace kakanai::ocr;

namespace {

// Every character of JIS X 0208 (rows 1–84), decoded through glibc's EUC-JP converter.
std::vector<char32_t> jisX0208() {
    std::vector<char32_t> out;
    iconv_t cd = iconv_open("UTF-32LE", "EUC-JP");
    if (cd == iconv_t(-1)) return out;
    for (int row = 0x21; row <= 0x74; ++row)
        for (int cell = 0x21; cell <= 0x7E; ++cell) {
            char in[2] = {char(row | 0x80), char(cell | 0x80)};
            char32_t cp = 0;
            char* ip = in;
            std::size_t il = 2;
            char* op = reinterpret_cast<char*>(&cp);
            std::size_t ol = 4;
            if (iconv(cd, &ip, &il, &op, &ol) != std::size_t(-1) && cp) out.push_back(cp);
        }
    iconv_close(cd);
    return out;
}

bool renderInk(FT_Face face, char32_t cp, cv::Mat& ink) {
    if (!FT_Get_Char_Index(face, cp) || FT_Load_Char(face, cp, FT_LOAD_RENDER)) return false;
    const FT_Bitmap& b = face->glyph->bitmap;
    if (b.rows == 0 || b.width == 0) return false;
    ink = cv::Mat(int(b.rows) + 8, int(b.width) + 8, CV_8UC1, cv::Scalar(0));
    for (unsigned r = 0; r < b.rows; ++r)
        std::memcpy(ink.ptr<unsigned char>(int(r) + 4) + 4, b.buffer + long(r) * b.pitch, b.width);
    return true;
}

} // namespace

int main(int argc, char** argv) {
    std::string out, variantsPath;
    std::vector<std::string> fonts;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string a = argv[i];
        if (a == "--out") out = argv[i + 1];
        else if (a == "--variants") variantsPath = argv[i + 1];
        else if (a == "--font") fonts.push_back(argv[i + 1]);
    }
    if (out.empty() || fonts.empty()) {
        std::fprintf(stderr, "usage: kakanai-glyph-index --out FILE [--variants FILE] --font FILE…\n");
        return 2;
    }
    std::vector<char32_t> classes = jisX0208();
    if (classes.size() < 6000) {
        std::fprintf(stderr, "kakanai-glyph-index: glibc EUC-JP converter missing\n");
        return 1;
    }
    if (!variantsPath.empty()) {
        auto variants = loadKanjiVariants(variantsPath);
        if (!variants) {
            std::fprintf(stderr, "kakanai-glyph-index: %s\n", variants.error().describe().c_str());
            return 1;
        }
        std::set<char32_t> have(classes.begin(), classes.end());
        for (const auto& g : variants->groups())
            for (char32_t c : g)
                if (have.insert(c).second) classes.push_back(c);
    }

    FT_Library lib;
    if (FT_Init_FreeType(&lib)) return 1;
    std::vector<char32_t> labels;
    std::vector<GlyphFeature> features;
    int usedFonts = 0;
    for (const auto& path : fonts) {
        FT_Face face;
        if (FT_New_Face(lib, path.c_str(), 0, &face)) {
            std::fprintf(stderr, "kakanai-glyph-index: skipping %s (cannot open)\n", path.c_str());
            continue;
        }
        FT_Set_Pixel_Sizes(face, 0, 48);
        ++usedFonts;
        cv::Mat ink;
        GlyphFeature f;
        for (char32_t cp : classes)
            if (renderInk(face, cp, ink) && glyphFeature(ink, f)) {
                labels.push_back(cp);
                features.push_back(f);
            }
        FT_Done_Face(face);
    }
    FT_Done_FreeType(lib);
    if (usedFonts == 0) {
        std::fprintf(stderr, "kakanai-glyph-index: no usable font\n");
        return 1;
    }
    if (Status s = GlyphIndex::write(out, labels, features); !s) {
        std::fprintf(stderr, "kakanai-glyph-index: %s\n", s.error().describe().c_str());
        return 1;
    }
    std::printf("kakanai-glyph-index: %zu glyphs of %zu characters from %d fonts\n", labels.size(),
                classes.size(), usedFonts);
    return 0;
}
