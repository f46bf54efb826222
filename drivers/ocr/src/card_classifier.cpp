#include "card_classifier.h"

#include "card_features.h"
#include "text_image.h"

#include "kakanai/base/utf8.h"
#include "kakanai/ocr/ocr_errors.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <limits>

namespace kakanai::ocr {
namespace {

constexpr double kBackScore = 0.5; // chip and QR evidence that refuses a My Number card back
// Chip and QR code both clear: refused whatever else the image seems to show (a textured background
// can pass for a portrait), since a missed back would be a 個人番号 in front of the OCR.
constexpr double kSureBackScore = 0.68;
constexpr double kTitleMatch = 0.085; // mean glyph distance of a readable title

// The title box (±tolerance) cut out of the card, upright.
cv::Mat titleLine(const cv::Mat& cardBgr, const LayoutSide& side, double toleranceMm, bool flipped) {
    cv::Mat card = cardBgr;
    if (flipped) cv::rotate(cardBgr, card, cv::ROTATE_180);
    cv::Mat gray;
    cv::cvtColor(card, gray, cv::COLOR_BGR2GRAY);
    const cv::Mat norm = normaliseBackground(gray);
    LayoutField title;
    title.valueBox = *side.titleBox;
    const auto lines = findFieldLines(norm, title, toleranceMm / 2);
    if (lines.empty()) return {};
    return lineImage(norm, lines.front(), 40);
}

double titleDistance(const cv::Mat& cardBgr, const CardLayout& layout, const LayoutSide& side, bool flipped,
                     const GlyphReader& glyphs) {
    if (side.titles.empty() || !side.titleBox) return std::numeric_limits<double>::infinity();
    const cv::Mat line = titleLine(cardBgr, side, layout.toleranceMm, flipped);
    if (line.empty()) return std::numeric_limits<double>::infinity();
    double best = std::numeric_limits<double>::infinity();
    for (const auto& t : side.titles)
        best = std::min(best, double(glyphs.matchExpected(line, utf8::decode(t))));
    return best;
}

bool kindMatches(const CardLayout& l, IdDocumentKind kind) {
    return kind == IdDocumentKind::Auto || l.kind == kind;
}

} // namespace

Result<Classification> classifyFront(const cv::Mat& cardBgr, const std::vector<CardLayout>& layouts,
                                     IdDocumentKind kind, const GlyphReader& glyphs) {
    // 1. Sides that must never be read (My Number card back), from markers only.
    //    Checked for every layout, whatever kind was asked for: the number must not be read by mistake.
    double frontPhoto = 0;
    for (const auto& l : layouts)
        if (const LayoutSide* f = l.side(CardSide::Front))
            for (bool flipped : {false, true})
                frontPhoto = std::max(frontPhoto, sideMarkerScore(cardBgr, *f, flipped));
    for (const auto& l : layouts)
        for (const auto& s : l.sides) {
            if (!s.refuseAsFront) continue;
            for (bool flipped : {false, true}) {
                const double score = sideMarkerScore(cardBgr, s, flipped);
                if ((score >= kBackScore && score > frontPhoto) || score >= kSureBackScore)
                    return errors::make(
                        errors::kBackSide,
                        "the back of a My Number card was shown; the image was discarded unread");
            }
        }

    // 2. Fronts: the portrait says which way up; the title says which kind.
    std::optional<Classification> best;
    for (const auto& l : layouts) {
        const LayoutSide* f = l.side(CardSide::Front);
        if (!f || !kindMatches(l, kind)) continue;
        const double up = sideMarkerScore(cardBgr, *f, false), down = sideMarkerScore(cardBgr, *f, true);
        for (bool flipped : {false, true}) {
            const double marker = flipped ? down : up;
            // Try the less likely orientation only when the portrait did not decide.
            if (marker + 0.25 < std::max(up, down)) continue;
            Classification c{&l, f, flipped, marker, titleDistance(cardBgr, l, *f, flipped, glyphs)};
            const auto key = [](const Classification& x) { return x.titleDistance - 0.02 * x.markerScore; };
            if (!best || key(c) < key(*best)) best = c;
        }
    }
    if (!best) return errors::make(errors::kUnsupportedKind, "no card layout for this kind");
    // The title must match even when the kind was given: a side that is not a front (a My Number card
    // back whose chip or QR code was missed) must never reach the field readers.
    if (best->titleDistance > kTitleMatch)
        return errors::make(
            errors::kUnsupportedKind,
            "the card's title matches none of the known cards (driver's licence, My Number card, "
            "residence card)");
    return *best;
}

Result<Classification> classifyBack(const cv::Mat& cardBgr, const std::vector<CardLayout>& layouts,
                                    IdDocumentKind kind, const GlyphReader& glyphs) {
    for (const auto& l : layouts) {
        if (l.kind != kind) continue;
        const LayoutSide* b = l.side(CardSide::Back);
        if (!b) continue;
        const LayoutField* field = nullptr;
        for (const auto& f : b->fields)
            if (f.reader == FieldReader::AddressChange) field = &f;
        if (!field) continue;
        if (!b->markers.empty()) {
            const double up = sideMarkerScore(cardBgr, *b, false), down = sideMarkerScore(cardBgr, *b, true);
            if (std::max(up, down) < kBackScore)
                return errors::make(errors::kUnreadable, "this is not the back of the card");
            return Classification{&l, b, down > up, std::max(up, down), 0};
        }
        // No markers: the area's printed label decides (備考, 住居地記載欄).
        Classification best{&l, b, false, 0, std::numeric_limits<double>::infinity()};
        for (bool flipped : {false, true}) {
            LayoutSide labelSide;
            labelSide.titles = field->labels;
            labelSide.titleBox = field->labelBox;
            const double d = titleDistance(cardBgr, l, labelSide, flipped, glyphs);
            if (d < best.titleDistance) best.titleDistance = d, best.upsideDown = flipped;
        }
        if (best.titleDistance > kTitleMatch)
            return errors::make(errors::kUnreadable, "this is not the back of the card");
        return best;
    }
    return errors::make(errors::kUnsupportedKind, "no layout for the back of this card");
}

void blankForbidden(cv::Mat& card, const LayoutSide& side) {
    for (const auto& box : side.forbidden)
        card(toPixels(box, card.size())).setTo(cv::Scalar::all(255));
}

} // namespace kakanai::ocr
