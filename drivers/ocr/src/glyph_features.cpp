#include "glyph_features.h"

#include <opencv2/imgproc.hpp>

#include <cmath>

namespace kakanai::ocr {

bool glyphFeature(const cv::Mat& ink, GlyphFeature& out) {
    out.fill(0.f);
    cv::Mat mask;
    cv::threshold(ink, mask, 96, 255, cv::THRESH_BINARY);
    const cv::Rect bb = cv::boundingRect(mask);
    if (bb.area() == 0) return false;

    // Fit the ink box into 56×56 (aspect kept) centred on a 64×64 canvas.
    constexpr int kCanvas = 64, kFit = 56;
    const double scale = double(kFit) / std::max(bb.width, bb.height);
    const cv::Size size(std::max(1, int(std::lround(bb.width * scale))),
                        std::max(1, int(std::lround(bb.height * scale))));
    cv::Mat resized;
    cv::resize(ink(bb), resized, size, 0, 0, scale < 1 ? cv::INTER_AREA : cv::INTER_LINEAR);
    cv::Mat canvas(kCanvas, kCanvas, CV_32F, cv::Scalar(0));
    resized.convertTo(
        canvas(cv::Rect((kCanvas - size.width) / 2, (kCanvas - size.height) / 2, size.width, size.height)),
        CV_32F, 1.0 / 255);
    cv::GaussianBlur(canvas, canvas, cv::Size(5, 5), 1.0);
    cv::Mat gx, gy;
    cv::Sobel(canvas, gx, CV_32F, 1, 0);
    cv::Sobel(canvas, gy, CV_32F, 0, 1);

    // Gradient orientation (mod 180°) split linearly between the two nearest of 4 planes.
    cv::Mat planes[kGlyphOrientations];
    for (auto& p : planes)
        p = cv::Mat::zeros(kCanvas, kCanvas, CV_32F);
    for (int y = 0; y < kCanvas; ++y) {
        const float* ax = gx.ptr<float>(y);
        const float* ay = gy.ptr<float>(y);
        for (int x = 0; x < kCanvas; ++x) {
            const float m = std::sqrt(ax[x] * ax[x] + ay[x] * ay[x]);
            if (m < 1e-3f) continue;
            float theta = std::atan2(ay[x], ax[x]);
            if (theta < 0) theta += float(CV_PI);
            const float t = theta / float(CV_PI / 4);
            const int i0 = int(t) % kGlyphOrientations;
            const float w = t - std::floor(t);
            planes[i0].at<float>(y, x) += m * (1 - w);
            planes[(i0 + 1) % kGlyphOrientations].at<float>(y, x) += m * w;
        }
    }
    int k = 0;
    double norm = 0;
    for (auto& p : planes) {
        cv::Mat pooled;
        cv::GaussianBlur(p, p, cv::Size(0, 0), kCanvas / kGlyphGrid / 2.0);
        cv::resize(p, pooled, cv::Size(kGlyphGrid, kGlyphGrid), 0, 0, cv::INTER_AREA);
        for (int y = 0; y < kGlyphGrid; ++y)
            for (int x = 0; x < kGlyphGrid; ++x) {
                const float v = std::sqrt(std::max(0.f, pooled.at<float>(y, x)));
                out[std::size_t(k++)] = v;
                norm += double(v) * v;
            }
    }
    if (norm <= 0) return false;
    const float inv = float(1.0 / std::sqrt(norm));
    for (float& v : out)
        v *= inv;
    return true;
}

} // namespace kakanai::ocr
