#pragma once
// Renders synthetic ID cards (approximated layouts of the 運転免許証, マイナンバーカード front/back and
// 在留カード, plus the backs with an address change) for fictional people, flat, at a given px/mm.
// The generator has its own idea of the layouts (this file), independent of the reader's layout data,
// and two "generations" that move labels and values by up to ~1.2 mm and change text sizes.

#include "fictional_people.h"
#include "text_painter.h"

#include <opencv2/core.hpp>

#include <cstdint>

namespace kakanai::cardgen {

inline constexpr double kCardW = 85.60, kCardH = 53.98;

struct CardSpec {
    IdDocumentKind kind = IdDocumentKind::MyNumberCard;
    bool back = false;
    int generation = 0; // 0 or 1
    std::uint32_t seed = 1;
    FictionalPerson person;
};

struct RenderedCard {
    cv::Mat bgr;   // the card, CV_8UC3
    cv::Mat alpha; // CV_8UC1, 0 outside the rounded corners
};

RenderedCard renderCard(const CardSpec& spec, const TextPainter& painter, double pxPerMm = 20.0);

} // namespace kakanai::cardgen
