#pragma once
// Shape features of one character image, for comparing a glyph on a card with glyphs rendered from
// the kiosk's fonts: gradient directions in 4 orientations pooled on an 8×8 grid (the "directional
// element feature" of classic Japanese OCR), square-rooted and L2-normalised. Robust to stroke
// weight and to Mincho/Gothic differences; shared by the index builder and the reader.

#include <opencv2/core.hpp>

#include <array>

namespace kakanai::ocr {

inline constexpr int kGlyphGrid = 8;
inline constexpr int kGlyphOrientations = 4;
inline constexpr int kGlyphFeatureDim = kGlyphGrid * kGlyphGrid * kGlyphOrientations;

using GlyphFeature = std::array<float, kGlyphFeatureDim>;

// `ink`: 8-bit, 0 = paper, 255 = full ink (already cropped around one character, margins allowed).
// Returns false when there is no ink.
bool glyphFeature(const cv::Mat& ink, GlyphFeature& out);

} // namespace kakanai::ocr
