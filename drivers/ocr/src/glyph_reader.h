#pragma once
// Reading and checking text glyph by glyph with the glyph index: matching a line against expected
// text (card titles, labels), recognising names by fusing Tesseract's reading with template
// distances (Tesseract's jpn model confuses name kanji such as 勇/男, 葵/美 and cannot output 﨑 or
// 髙 at all), and choosing between variant forms.

#include "glyph_index.h"
#include "tesseract_engine.h"

#include "kakanai/ocr/kanji_variants.h"

#include <opencv2/core.hpp>

#include <string>
#include <vector>

namespace kakanai::ocr {

struct GlyphChoice {
    char32_t cp = 0;
    int x0 = 0, x1 = 0;         // columns in the line image
    float distance = 0;         // to the chosen character's nearest template
    float confidence = 0;       // 0..1
    bool fromTesseract = false; // Tesseract read the same character
    bool variantDoubt = false;  // another form of the same kanji is almost as close
};

struct GlyphText {
    std::string text; // UTF-8, family and given name separated by U+3000
    std::vector<GlyphChoice> glyphs;
    float confidence = 0;            // the weakest glyph
    std::u32string doubtfulVariants; // chars whose variant form is a close call
};

class GlyphReader {
public:
    GlyphReader(const GlyphIndex& index, const KanjiVariants& variants)
        : m_index(index), m_variants(variants) {}

    // How well the line reads as `expected` (spaces ignored): the mean template distance of the best
    // split of its ink into that many glyphs; infinity when it cannot be split so.
    float matchExpected(const cv::Mat& lineGray, std::u32string_view expected) const;

    // A Japanese name from its line image and Tesseract's reading of the same image.
    GlyphText readName(const cv::Mat& lineGray, const OcrLine& tesseract) const;

    // Which of `candidates` the first glyph of the line is (男/女), with its margin over the others.
    std::pair<char32_t, float> closestOf(const cv::Mat& lineGray, std::u32string_view candidates) const;

    // Re-decides characters Tesseract read that belong to a variant group (崎 → 﨑 …) from their glyphs;
    // returns the corrected text and the characters left as close calls.
    std::string checkVariants(const cv::Mat& lineGray, const OcrLine& tesseract,
                              std::u32string& doubtful) const;

private:
    const GlyphIndex& m_index;
    const KanjiVariants& m_variants;
};

} // namespace kakanai::ocr
