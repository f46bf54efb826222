#pragma once
// Reading one field of a rectified, upright card: locate its line(s) from the layout, recognise them
// (Tesseract, glyph templates) and turn the text into a value with a confidence and plausibility doubts.

#include "glyph_reader.h"
#include "tesseract_engine.h"

#include "kakanai/dates/date.h"
#include "kakanai/ocr/card_layout.h"
#include "kakanai/ocr/ocr_person.h"

#include <opencv2/core.hpp>

namespace kakanai::ocr {

struct FieldContext {
    TesseractEngine& engine;
    const GlyphReader& glyphs;
    const cv::Mat& normalised; // the card, background removed
    double toleranceMm = 2.0;
    Date today;
};

// Err only when the engine fails; an unreadable field is a reading with an empty value.
Result<FieldReading> readField(const FieldContext& ctx, const LayoutField& field);

} // namespace kakanai::ocr

namespace kakanai::ocr {
// Each line of a multi-line area (back-side address entries) as recognised, top to bottom.
Result<std::vector<std::string>> readLines(const FieldContext& ctx, const LayoutField& field,
                                           double& confidence);
} // namespace kakanai::ocr
