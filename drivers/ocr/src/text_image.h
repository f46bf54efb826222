#pragma once
// Text on a rectified card: background removal, locating a field's text line(s) from the layout's
// label and value boxes, and cutting a line into ink "words" and glyph atoms.

#include "kakanai/ocr/card_layout.h"

#include <opencv2/core.hpp>

#include <vector>

namespace kakanai::ocr {

// Card in millimetres ↔ pixels of the rectified image.
cv::Rect toPixels(const BoxMm& box, cv::Size card);

// Grey image with the printed background (tints, patterns, the licence's colour band, uneven light)
// divided out: paper → 255, ink stays dark. `gray` is the rectified card.
cv::Mat normaliseBackground(const cv::Mat& gray);

// Ink mask (255 = ink) of a region of the normalised image; Otsu, but never below `minInk` so faint
// background lines stay out.
cv::Mat inkMask(const cv::Mat& normalisedRegion, int minInk = 60);

struct Span {
    int a = 0, b = 0; // [a, b)
    int size() const { return b - a; }
    int centre() const { return (a + b) / 2; }
};

// Runs of rows (or columns) whose ink count reaches `minCount`, joining runs split by gaps ≤ maxGap.
std::vector<Span> inkRuns(const cv::Mat& mask, bool rows, int minCount, int maxGap);

struct TextLine {
    cv::Rect box;            // in card pixels: the ink of the value (label excluded)
    cv::Rect labelBox;       // the label's ink, when the field has one and it was found
    int inkHeight = 0;       // px
    bool rightShort = false; // ends well before the value box: the next line starts a new part
};

// The value line(s) of a field, found around its layout boxes (searching ±tolerance), top to bottom.
std::vector<TextLine> findFieldLines(const cv::Mat& normalised, const LayoutField& field, double toleranceMm);

// A line cut out of the normalised card, scaled so its ink is `inkHeight` px tall, with white margins.
cv::Mat lineImage(const cv::Mat& normalised, const TextLine& line, int inkHeight);

} // namespace kakanai::ocr
