#pragma once
// Which card, which side, which way up: first from the layout markers alone (no text is read, so a
// My Number card's back is refused before anything could read its number), then, for fronts, by
// matching the printed title glyph by glyph against each layout's title.

#include "glyph_reader.h"

#include "kakanai/base/result.h"
#include "kakanai/ocr/card_layout.h"

#include <opencv2/core.hpp>

#include <vector>

namespace kakanai::ocr {

struct Classification {
    const CardLayout* layout = nullptr;
    const LayoutSide* side = nullptr;
    bool upsideDown = false;
    double markerScore = 0;
    double titleDistance = 0;
};

// kind = Auto tries every layout. Errors: ocr.back-side (refused side, nothing read), ocr.unsupported-kind.
Result<Classification> classifyFront(const cv::Mat& cardBgr, const std::vector<CardLayout>& layouts,
                                     IdDocumentKind kind, const GlyphReader& glyphs);

// The back of a card of a known kind, and which way up (markers, else the address-change label).
Result<Classification> classifyBack(const cv::Mat& cardBgr, const std::vector<CardLayout>& layouts,
                                    IdDocumentKind kind, const GlyphReader& glyphs);

// Whites out the side's forbidden regions (the 個人番号) in place.
void blankForbidden(cv::Mat& card, const LayoutSide& side);

} // namespace kakanai::ocr
