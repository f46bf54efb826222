#include "card_features.h"

#include "card_geometry.h"
#include "text_image.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <vector>

namespace kakanai::ocr {
namespace {

cv::Rect shrink(const cv::Rect& r, double f) {
    const int dx = int(r.width * f), dy = int(r.height * f);
    return {r.x + dx, r.y + dy, std::max(1, r.width - 2 * dx), std::max(1, r.height - 2 * dy)};
}

// The paper colour: the median of the card's border strip (2 mm), which holds no text or photo.
cv::Vec3d paperLab(const cv::Mat& lab) {
    const int m = int(2 * kCardPxPerMm);
    std::vector<uchar> ch[3];
    auto collect = [&](const cv::Rect& r) {
        for (int y = r.y; y < r.y + r.height; y += 3)
            for (int x = r.x; x < r.x + r.width; x += 3) {
                const cv::Vec3b v = lab.at<cv::Vec3b>(y, x);
                for (int k = 0; k < 3; ++k)
                    ch[k].push_back(v[k]);
            }
    };
    collect({m, m / 4, lab.cols - 2 * m, m / 2});
    collect({m, lab.rows - m * 3 / 4, lab.cols - 2 * m, m / 2});
    cv::Vec3d out;
    for (int k = 0; k < 3; ++k) {
        std::nth_element(ch[k].begin(), ch[k].begin() + long(ch[k].size() / 2), ch[k].end());
        out[k] = ch[k][ch[k].size() / 2];
    }
    return out;
}

double photoScore(const cv::Mat& bgr, const cv::Rect& r) {
    cv::Mat lab;
    cv::cvtColor(bgr, lab, cv::COLOR_BGR2Lab);
    const cv::Vec3d paper = paperLab(lab);
    const cv::Rect inner = shrink(r, 0.12);
    int off = 0, total = 0;
    for (int y = inner.y; y < inner.y + inner.height; y += 2)
        for (int x = inner.x; x < inner.x + inner.width; x += 2) {
            const cv::Vec3b v = lab.at<cv::Vec3b>(y, x);
            const double d = std::hypot(std::hypot(v[0] - paper[0], v[1] - paper[1]), v[2] - paper[2]);
            off += d > 28;
            ++total;
        }
    const double fraction = total ? double(off) / total : 0;
    return std::clamp((fraction - 0.3) / 0.4, 0.0, 1.0);
}

double chipScore(const cv::Mat& bgr, const cv::Rect& r) {
    cv::Mat hsv;
    cv::cvtColor(bgr(shrink(r, 0.1)), hsv, cv::COLOR_BGR2HSV);
    cv::Mat gold;
    cv::inRange(hsv, cv::Scalar(8, 70, 60), cv::Scalar(38, 255, 255), gold);
    const double fraction = cv::countNonZero(gold) / double(gold.total());
    return std::clamp((fraction - 0.2) / 0.45, 0.0, 1.0);
}

double qrScore(const cv::Mat& bgr, const cv::Rect& r) {
    cv::Mat gray, bin;
    cv::cvtColor(bgr(shrink(r, 0.05)), gray, cv::COLOR_BGR2GRAY);
    cv::threshold(gray, bin, 0, 255, cv::THRESH_BINARY | cv::THRESH_OTSU);
    const double dark = 1.0 - cv::countNonZero(bin) / double(bin.total());
    // Black/white changes per module-sized step along rows and columns: dense in both directions.
    long changes = 0, steps = 0;
    for (int y = 0; y < bin.rows; y += 3)
        for (int x = 1; x < bin.cols; ++x, ++steps)
            changes += bin.at<uchar>(y, x) != bin.at<uchar>(y, x - 1);
    for (int x = 0; x < bin.cols; x += 3)
        for (int y = 1; y < bin.rows; ++y, ++steps)
            changes += bin.at<uchar>(y, x) != bin.at<uchar>(y - 1, x);
    const double perModule = steps ? double(changes) / steps * (bin.cols / 29.0) : 0; // ~0.5 for a QR code
    const double darkOk = std::clamp(1.0 - std::abs(dark - 0.5) / 0.3, 0.0, 1.0);
    return std::clamp(perModule / 0.35, 0.0, 1.0) * darkOk;
}

double bandScore(const cv::Mat& bgr, const cv::Rect& r) {
    cv::Mat hsv;
    cv::cvtColor(bgr(shrink(r, 0.1)), hsv, cv::COLOR_BGR2HSV);
    cv::Mat saturated;
    cv::inRange(hsv, cv::Scalar(0, 70, 50), cv::Scalar(180, 255, 255), saturated);
    const double fraction = cv::countNonZero(saturated) / double(saturated.total());
    return std::clamp((fraction - 0.3) / 0.4, 0.0, 1.0);
}

} // namespace

BoxMm rotate180(const BoxMm& b) {
    return {kCardWidthMm - b.x - b.w, kCardHeightMm - b.y - b.h, b.w, b.h};
}

double markerScore(const cv::Mat& cardBgr, const LayoutMarker& marker, bool flipped) {
    const cv::Rect r = toPixels(flipped ? rotate180(marker.box) : marker.box, cardBgr.size());
    if (r.width < 8 || r.height < 8) return 0;
    switch (marker.type) {
    case MarkerType::Photo:
        return photoScore(cardBgr, r);
    case MarkerType::Chip:
        return chipScore(cardBgr, r);
    case MarkerType::Qr:
        return qrScore(cardBgr, r);
    case MarkerType::Band:
        return bandScore(cardBgr, r);
    }
    return 0;
}

double sideMarkerScore(const cv::Mat& cardBgr, const LayoutSide& side, bool flipped) {
    if (side.markers.empty()) return 0;
    double sum = 0;
    for (const auto& m : side.markers)
        sum += markerScore(cardBgr, m, flipped);
    return sum / double(side.markers.size());
}

ImageQuality measureQuality(const cv::Mat& cardBgr, const cv::Mat& normalised, const LayoutSide& side) {
    ImageQuality q;
    cv::Mat gray;
    cv::cvtColor(cardBgr, gray, cv::COLOR_BGR2GRAY);
    std::vector<uchar> values(gray.begin<uchar>(), gray.end<uchar>());
    std::nth_element(values.begin(), values.begin() + long(values.size() / 2), values.end());
    q.brightness = values[values.size() / 2];

    double contrastSum = 0, sharpSum = 0;
    int boxes = 0;
    for (const auto& f : side.fields) {
        const cv::Rect r = toPixels(f.valueBox, cardBgr.size());
        if (r.area() < 100) continue;
        // Glare: washed-out pixels (bright, colourless) in the original image.
        cv::Mat hsv, washed;
        cv::cvtColor(cardBgr(r), hsv, cv::COLOR_BGR2HSV);
        // Clipped, not merely pale: the My Number card's paper itself is almost white.
        cv::inRange(hsv, cv::Scalar(0, 0, 253), cv::Scalar(180, 12, 255), washed);
        q.glare = std::max(q.glare, cv::countNonZero(washed) / double(r.area()));
        // Contrast: ink darkness of the darkest 3 % against the paper, on the original grey.
        cv::Mat g = gray(r).clone();
        std::vector<uchar> v(g.begin<uchar>(), g.end<uchar>());
        std::sort(v.begin(), v.end());
        const double ink = v[v.size() * 3 / 100], paper = v[v.size() * 70 / 100];
        const double contrast = paper - ink;
        // Sharpness: the steepest edges (98th percentile of the gradient) per unit of contrast.
        cv::Mat gx, gy, mag;
        cv::Sobel(normalised(r), gx, CV_32F, 1, 0);
        cv::Sobel(normalised(r), gy, CV_32F, 0, 1);
        cv::magnitude(gx, gy, mag);
        std::vector<float> m(mag.begin<float>(), mag.end<float>());
        std::nth_element(m.begin(), m.begin() + long(m.size() * 98 / 100), m.end());
        cv::Mat nr = normalised(r);
        std::vector<uchar> nv(nr.begin<uchar>(), nr.end<uchar>());
        std::sort(nv.begin(), nv.end());
        const double normContrast =
            std::max(20.0, double(nv[nv.size() * 70 / 100]) - nv[nv.size() * 3 / 100]);
        contrastSum += contrast;
        sharpSum += m[m.size() * 98 / 100] / normContrast;
        ++boxes;
    }
    if (boxes) {
        q.contrast = contrastSum / boxes;
        q.sharpness = sharpSum / boxes;
    }
    return q;
}

} // namespace kakanai::ocr
