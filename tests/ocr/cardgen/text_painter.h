#pragma once
// Draws UTF-8 text into an OpenCV image with FreeType (anti-aliased, optional horizontal condensing
// and letter spacing), in millimetres on a card rendered at a given px/mm. Test-only: the synthetic
// card generator. Fonts are Ume Mincho/Gothic (fonts-horai-umefont), on purpose NOT the fonts the
// reader's glyph index is built from (IPAex, BIZ UD, IPAmj), so the scores measure unseen fonts.

#include <opencv2/core.hpp>

#include <memory>
#include <string>
#include <string_view>

namespace kakanai::cardgen {

enum class Face { Mincho, Gothic };

struct TextStyle {
    Face face = Face::Mincho;
    double sizeMm = 3.0;      // em size
    cv::Scalar color{30, 30, 30};
    double condense = 1.0;    // horizontal scale (< 1 narrows, as licences do for long addresses)
    double spacingEm = 0.0;   // extra space between characters
};

class TextPainter {
public:
    // Finds the Ume fonts; throws std::runtime_error naming the missing package otherwise.
    TextPainter();
    ~TextPainter();
    TextPainter(const TextPainter&) = delete;
    TextPainter& operator=(const TextPainter&) = delete;

    // Draws with the text's top-left (em box) at (xMm, yMm); returns the advance in mm.
    double draw(cv::Mat& bgr, double pxPerMm, double xMm, double yMm, std::string_view utf8,
                const TextStyle& style) const;
    double width(std::string_view utf8, const TextStyle& style) const; // mm
    static std::string fontPath(Face face);

private:
    struct Impl;
    std::unique_ptr<Impl> m;
};

} // namespace kakanai::cardgen
