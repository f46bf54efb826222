#include "text_image.h"

#include "card_geometry.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>

namespace kakanai::ocr {

cv::Rect toPixels(const BoxMm& box, cv::Size card) {
    const double sx = card.width / kCardWidthMm, sy = card.height / kCardHeightMm;
    const cv::Rect r(int(std::floor(box.x * sx)), int(std::floor(box.y * sy)), int(std::ceil(box.w * sx)),
                     int(std::ceil(box.h * sy)));
    return r & cv::Rect(0, 0, card.width, card.height);
}

cv::Mat normaliseBackground(const cv::Mat& gray) {
    cv::Mat smooth, background, out;
    cv::GaussianBlur(gray, smooth, cv::Size(3, 3), 0.7);
    // Closing with a kernel wider than any stroke removes the text and keeps the paper, tint and light.
    const int k = int(std::lround(1.3 * kCardPxPerMm)) | 1;
    cv::morphologyEx(smooth, background, cv::MORPH_CLOSE,
                     cv::getStructuringElement(cv::MORPH_RECT, cv::Size(k, k)));
    cv::blur(background, background, cv::Size(k, k));
    cv::Mat bgF, grayF;
    background.convertTo(bgF, CV_32F);
    smooth.convertTo(grayF, CV_32F);
    cv::max(bgF, 1.0, bgF);
    cv::Mat ratio = grayF / bgF * 255.0;
    ratio.convertTo(out, CV_8U);
    return out;
}

cv::Mat inkMask(const cv::Mat& normalisedRegion, int minInk) {
    cv::Mat ink = 255 - normalisedRegion;
    cv::Mat mask;
    const double otsu = cv::threshold(ink, mask, 0, 255, cv::THRESH_BINARY | cv::THRESH_OTSU);
    if (otsu < minInk) cv::threshold(ink, mask, minInk, 255, cv::THRESH_BINARY);
    return mask;
}

std::vector<Span> inkRuns(const cv::Mat& mask, bool rows, int minCount, int maxGap) {
    cv::Mat counts;
    cv::reduce(mask / 255, counts, rows ? 1 : 0, cv::REDUCE_SUM, CV_32S);
    const int n = rows ? mask.rows : mask.cols;
    std::vector<Span> runs;
    int start = -1, lastInk = -1000;
    for (int i = 0; i < n; ++i) {
        const bool ink = counts.at<int>(rows ? i : 0, rows ? 0 : i) >= minCount;
        if (!ink) continue;
        if (start >= 0 && i - lastInk - 1 <= maxGap) {
            lastInk = i;
            continue;
        }
        if (start >= 0) runs.push_back({start, lastInk + 1});
        start = i;
        lastInk = i;
    }
    if (start >= 0) runs.push_back({start, lastInk + 1});
    return runs;
}

std::vector<TextLine> findFieldLines(const cv::Mat& normalised, const LayoutField& field,
                                     double toleranceMm) {
    const cv::Size card = normalised.size();
    const double ppm = card.width / kCardWidthMm;
    const int tol = int(std::lround(toleranceMm * ppm));
    const cv::Rect value = toPixels(field.valueBox, card);
    const cv::Rect search =
        cv::Rect(value.x - tol, value.y - tol, value.width + 2 * tol, value.height + 2 * tol) &
        cv::Rect(0, 0, card.width, card.height);
    if (search.area() <= 0) return {};
    const cv::Mat mask = inkMask(normalised(search));

    // Rows: text lines at least 1.1 mm tall; keep those whose centre falls inside the value box.
    const int minHeight = int(1.1 * ppm);
    std::vector<Span> rows = inkRuns(mask, true, std::max(3, int(0.8 * ppm)), int(0.25 * ppm));
    std::vector<Span> lines;
    for (const Span& r : rows) {
        const int centre = search.y + r.centre();
        if (r.size() >= minHeight && r.size() <= value.height + tol && centre >= value.y - tol / 3 &&
            centre <= value.y + value.height + tol / 3)
            lines.push_back(r);
    }
    std::vector<TextLine> out;
    const cv::Rect label = field.labelBox ? toPixels(*field.labelBox, card) : cv::Rect();
    for (const Span& r : lines) {
        const cv::Mat band = mask.rowRange(r.a, r.b);
        const int h = r.size();
        // Words: columns of ink joined across gaps shorter than 0.35 × the line height.
        std::vector<Span> words = inkRuns(band, false, 1, std::max(2, int(h * 0.35)));
        TextLine line;
        int x0 = -1, x1 = -1;
        for (const Span& w : words) {
            const int a = search.x + w.a, b = search.x + w.b, centre = (a + b) / 2;
            const bool inLabel =
                field.labelBox && centre < label.x + label.width + tol / 2 && b <= value.x + tol;
            if (inLabel) {
                line.labelBox |= cv::Rect(a, search.y + r.a, b - a, h);
                continue;
            }
            if (centre < value.x - tol / 2 || centre > value.x + value.width) continue;
            if (x0 < 0) x0 = a;
            x1 = b;
        }
        if (x0 < 0) continue;
        // Rows of the value only (the label may be taller or offset).
        const cv::Mat valueMask = mask(cv::Rect(x0 - search.x, r.a, x1 - x0, h));
        const std::vector<Span> valueRows = inkRuns(valueMask, true, 1, h);
        const int top = valueRows.empty() ? 0 : valueRows.front().a;
        const int bottom = valueRows.empty() ? h : valueRows.back().b;
        line.box = cv::Rect(x0, search.y + r.a + top, x1 - x0, bottom - top);
        line.inkHeight = bottom - top;
        line.rightShort = x1 < value.x + int(value.width * 0.85);
        out.push_back(line);
        if (int(out.size()) == field.maxLines) break;
    }
    return out;
}

cv::Mat lineImage(const cv::Mat& normalised, const TextLine& line, int inkHeight) {
    const int pad = std::max(2, line.inkHeight / 5);
    const cv::Rect crop =
        cv::Rect(line.box.x - pad, line.box.y - pad, line.box.width + 2 * pad, line.box.height + 2 * pad) &
        cv::Rect(0, 0, normalised.cols, normalised.rows);
    const double scale = double(inkHeight) / std::max(1, line.inkHeight);
    cv::Mat scaled;
    cv::resize(normalised(crop), scaled, cv::Size(), scale, scale,
               scale < 1 ? cv::INTER_AREA : cv::INTER_CUBIC);
    const int margin = inkHeight / 3;
    cv::Mat out;
    cv::copyMakeBorder(scaled, out, margin, margin, margin, margin, cv::BORDER_CONSTANT, cv::Scalar(255));
    return out;
}

} // namespace kakanai::ocr
