#pragma once
// Finding an ID-1 card (85.60 × 53.98 mm) in a photo or scan and warping it to a flat, upright-or-
// upside-down image at a fixed resolution. The card may lie on a cluttered or coloured background,
// be tilted in perspective (up to ~25°), lit unevenly or partly washed out by glare.

#include <opencv2/core.hpp>

#include <array>
#include <optional>
#include <vector>

namespace kakanai::ocr {

inline constexpr double kCardWidthMm = 85.60;
inline constexpr double kCardHeightMm = 53.98;
inline constexpr double kCardPxPerMm = 12.0; // canonical resolution of the rectified card

struct CardQuad {
    // Corners in image pixels, clockwise, with corners[0]→corners[1] along a long side of the card.
    std::array<cv::Point2f, 4> corners;
    double score = 0;        // 0..1: how card-like (aspect, straight edges, size)
    double areaFraction = 0; // of the image
};

// The most card-like quadrilateral, or nullopt.
std::optional<CardQuad> findCard(const cv::Mat& bgr);
// The most card-like quadrilaterals, best first (distinct ones only): the reader checks each by its
// content, so a portrait, a sheet of paper or a card merged with what touches it does not win by shape.
std::vector<CardQuad> findCards(const cv::Mat& bgr, std::size_t maxCandidates);

// The card warped to kCardPxPerMm (1027 × 648 px); rotate180 turns it over in the plane.
cv::Mat rectifyCard(const cv::Mat& bgr, const CardQuad& quad, bool rotate180 = false);

} // namespace kakanai::ocr
