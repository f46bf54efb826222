#pragma once
// What a rectified card looks like without reading any text: the layout markers (portrait, IC chip,
// QR code, colour band) that tell card kinds, sides and upside-down cards apart, and the image
// quality (light, focus, glare) that decides whether to ask for a retake.

#include "kakanai/ocr/card_layout.h"

#include <opencv2/core.hpp>

namespace kakanai::ocr {

// 0..1: how well the region `box` (mm, card upright; rotated by 180° when `flipped`) looks like the marker.
double markerScore(const cv::Mat& cardBgr, const LayoutMarker& marker, bool flipped);
// Mean marker score of a side; 0 for a side without markers.
double sideMarkerScore(const cv::Mat& cardBgr, const LayoutSide& side, bool flipped);

BoxMm rotate180(const BoxMm& box);

struct ImageQuality {
    double brightness = 0; // median grey of the card, 0..255
    double contrast = 0;   // ink against paper in the value boxes, 0..255
    double sharpness = 0;  // edge steepness relative to contrast (blurred text is low)
    double glare = 0;      // worst fraction of washed-out pixels over a value box
};
ImageQuality measureQuality(const cv::Mat& cardBgr, const cv::Mat& normalised, const LayoutSide& side);

} // namespace kakanai::ocr
