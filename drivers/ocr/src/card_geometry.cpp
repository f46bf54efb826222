#include "card_geometry.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <vector>

namespace kakanai::ocr {
namespace {

constexpr double kAspect = kCardWidthMm / kCardHeightMm; // 1.586
constexpr int kWorkSize = 900;                           // longest side of the image the search runs on

double dist(cv::Point2f a, cv::Point2f b) {
    return std::hypot(a.x - b.x, a.y - b.y);
}

// Orders 4 points clockwise starting at the top-left, then rotates the order so 0→1 is a long side.
std::array<cv::Point2f, 4> orderCorners(const std::vector<cv::Point2f>& pts) {
    cv::Point2f c(0, 0);
    for (auto p : pts)
        c += p;
    c *= 0.25f;
    std::array<cv::Point2f, 4> q;
    std::copy(pts.begin(), pts.begin() + 4, q.begin());
    std::sort(q.begin(), q.end(), [&](cv::Point2f a, cv::Point2f b) {
        return std::atan2(a.y - c.y, a.x - c.x) < std::atan2(b.y - c.y, b.x - c.x);
    });
    // atan2 order from −π is: top-left-ish first for an upright card; find the corner with min x+y.
    int start = 0;
    for (int i = 1; i < 4; ++i)
        if (q[std::size_t(i)].x + q[std::size_t(i)].y < q[std::size_t(start)].x + q[std::size_t(start)].y)
            start = i;
    std::array<cv::Point2f, 4> r;
    for (int i = 0; i < 4; ++i)
        r[std::size_t(i)] = q[std::size_t((start + i) % 4)];
    const double horizontal = dist(r[0], r[1]) + dist(r[2], r[3]);
    const double vertical = dist(r[1], r[2]) + dist(r[3], r[0]);
    if (vertical > horizontal) r = {r[1], r[2], r[3], r[0]};
    return r;
}

// Fraction of points along the quad's sides that sit on a strong edge.
double edgeSupport(const cv::Mat& edges, const std::array<cv::Point2f, 4>& q) {
    int hits = 0, total = 0;
    for (int s = 0; s < 4; ++s) {
        const cv::Point2f a = q[std::size_t(s)], b = q[std::size_t((s + 1) % 4)];
        const int n = std::max(8, int(dist(a, b) / 4));
        for (int i = 1; i < n; ++i) {
            const cv::Point2f p = a + (b - a) * (float(i) / float(n));
            const int x = int(std::lround(p.x)), y = int(std::lround(p.y));
            ++total;
            bool hit = false;
            for (int dy = -2; dy <= 2 && !hit; ++dy)
                for (int dx = -2; dx <= 2 && !hit; ++dx) {
                    const int xx = x + dx, yy = y + dy;
                    hit = xx >= 0 && yy >= 0 && xx < edges.cols && yy < edges.rows && edges.at<uchar>(yy, xx);
                }
            hits += hit;
        }
    }
    return total ? double(hits) / total : 0;
}

double aspectScore(const std::array<cv::Point2f, 4>& q) {
    const double longSide = (dist(q[0], q[1]) + dist(q[2], q[3])) / 2;
    const double shortSide = (dist(q[1], q[2]) + dist(q[3], q[0])) / 2;
    if (shortSide < 1) return 0;
    const double r = std::log((longSide / shortSide) / kAspect);
    return std::exp(-(r * r) / (2 * 0.11 * 0.11)); // perspective up to ~25° keeps r within ±0.25
}

// Opposite sides of a tilted card stay roughly parallel; a random quadrilateral usually does not.
double shapeScore(const std::array<cv::Point2f, 4>& q) {
    double worst = 1;
    for (int s = 0; s < 2; ++s) {
        const cv::Point2f a = q[std::size_t(s + 1)] - q[std::size_t(s)];
        const cv::Point2f b = q[std::size_t(s + 2)] - q[std::size_t((s + 3) % 4)];
        const double cosine = std::abs(a.dot(b)) / (std::hypot(a.x, a.y) * std::hypot(b.x, b.y) + 1e-9);
        worst = std::min(worst, cosine);
    }
    return std::clamp((worst - 0.85) / 0.13, 0.0, 1.0);
}

std::vector<std::vector<cv::Point2f>> quadCandidates(const cv::Mat& edges, double minArea) {
    std::vector<std::vector<cv::Point>> contours;
    cv::findContours(edges, contours, cv::RETR_LIST, cv::CHAIN_APPROX_SIMPLE);
    std::vector<std::vector<cv::Point2f>> out;
    for (const auto& c : contours) {
        if (c.size() < 4) continue;
        std::vector<cv::Point> hull;
        cv::convexHull(c, hull);
        const double area = cv::contourArea(hull);
        if (area < minArea) continue;
        const double perimeter = cv::arcLength(hull, true);
        bool found = false;
        for (double eps : {0.015, 0.025, 0.04, 0.06}) {
            std::vector<cv::Point> approx;
            cv::approxPolyDP(hull, approx, eps * perimeter, true);
            if (approx.size() == 4 && cv::isContourConvex(approx)) {
                out.push_back({approx.begin(), approx.end()});
                found = true;
                break;
            }
        }
        if (!found) { // a corner cut by glare or a finger: the rotated bounding box still frames the card
            cv::Point2f box[4];
            cv::minAreaRect(hull).points(box);
            out.push_back({box, box + 4});
        }
    }
    return out;
}

// Quadrilaterals framing the blobs of a foreground mask (the card as a region, not as edges): used
// where the card's border is faint (a pale card on a white scanner bed) or where a textured background
// breaks every edge contour. Each comes with how well the blob fills it.
void maskCandidates(const cv::Mat& mask, double minArea,
                    std::vector<std::pair<std::vector<cv::Point2f>, double>>& out) {
    std::vector<std::vector<cv::Point>> contours;
    cv::findContours(mask, contours, cv::RETR_EXTERNAL, cv::CHAIN_APPROX_SIMPLE);
    for (const auto& c : contours) {
        const double blobArea = cv::contourArea(c);
        if (blobArea < minArea) continue;
        std::vector<cv::Point> hull;
        cv::convexHull(c, hull);
        const double perimeter = cv::arcLength(hull, true);
        std::vector<cv::Point2f> quad;
        for (double eps : {0.02, 0.03, 0.045, 0.06}) {
            std::vector<cv::Point> approx;
            cv::approxPolyDP(hull, approx, eps * perimeter, true);
            if (approx.size() == 4 && cv::isContourConvex(approx)) {
                quad.assign(approx.begin(), approx.end());
                break;
            }
        }
        if (quad.empty()) {
            cv::Point2f box[4];
            cv::minAreaRect(hull).points(box);
            quad.assign(box, box + 4);
        }
        const double quadArea = cv::contourArea(quad);
        if (quadArea <= 0) continue;
        out.emplace_back(quad, std::min(1.0, blobArea / quadArea));
    }
}

// Foreground masks of the card: (1) far in colour from the background seen along the image border,
// (2) smooth (a printed card) against a textured background, (3) the bright part of the image.
std::vector<cv::Mat> cardMasks(const cv::Mat& small) {
    std::vector<cv::Mat> masks;
    cv::Mat smooth, lab;
    cv::medianBlur(small, smooth, 5);
    cv::cvtColor(smooth, lab, cv::COLOR_BGR2Lab);
    const int b = std::max(2, small.rows / 40);
    std::vector<cv::Vec3b> border;
    for (int y = 0; y < lab.rows; ++y)
        for (int x = 0; x < lab.cols; ++x)
            if (y < b || y >= lab.rows - b || x < b || x >= lab.cols - b)
                border.push_back(lab.at<cv::Vec3b>(y, x));
    cv::Vec3f bg;
    for (int ch = 0; ch < 3; ++ch) {
        std::vector<uchar> v;
        v.reserve(border.size());
        for (const auto& p : border)
            v.push_back(p[ch]);
        std::nth_element(v.begin(), v.begin() + long(v.size() / 2), v.end());
        bg[ch] = v[v.size() / 2];
    }
    cv::Mat dist(lab.size(), CV_8UC1);
    for (int y = 0; y < lab.rows; ++y)
        for (int x = 0; x < lab.cols; ++x) {
            const cv::Vec3b p = lab.at<cv::Vec3b>(y, x);
            const float d =
                std::hypot(float(p[0]) - bg[0], 1.6f * (float(p[1]) - bg[1]), 1.6f * (float(p[2]) - bg[2]));
            dist.at<uchar>(y, x) = cv::saturate_cast<uchar>(d * 4);
        }
    const auto closeOpen = [&](cv::Mat m) {
        const int k = std::max(3, small.cols / 120) | 1;
        cv::morphologyEx(m, m, cv::MORPH_CLOSE,
                         cv::getStructuringElement(cv::MORPH_RECT, cv::Size(k * 3, k * 3)));
        cv::morphologyEx(m, m, cv::MORPH_OPEN, cv::getStructuringElement(cv::MORPH_RECT, cv::Size(k, k)));
        return m;
    };
    cv::Mat m1;
    cv::threshold(dist, m1, 0, 255, cv::THRESH_BINARY | cv::THRESH_OTSU);
    masks.push_back(closeOpen(m1));
    cv::Mat low;
    cv::threshold(dist, low, 24, 255, cv::THRESH_BINARY); // a faint tint difference (scanner bed)
    masks.push_back(closeOpen(low));

    cv::Mat gray, g32, mu, mu2, var;
    cv::cvtColor(small, gray, cv::COLOR_BGR2GRAY);
    gray.convertTo(g32, CV_32F);
    cv::blur(g32, mu, cv::Size(7, 7));
    cv::blur(g32.mul(g32), mu2, cv::Size(7, 7));
    var = mu2 - mu.mul(mu);
    cv::Mat calm = var < 60.0f;
    cv::Mat calmBig;
    cv::morphologyEx(calm, calmBig, cv::MORPH_OPEN,
                     cv::getStructuringElement(cv::MORPH_RECT, cv::Size(5, 5)));
    masks.push_back(closeOpen(calmBig));

    cv::Mat bright, blurred;
    cv::GaussianBlur(gray, blurred, cv::Size(9, 9), 0);
    cv::threshold(blurred, bright, 0, 255, cv::THRESH_BINARY | cv::THRESH_OTSU);
    masks.push_back(closeOpen(bright));
    return masks;
}

// Moves each side onto the strongest nearby edge at full resolution and intersects the sides again.
std::array<cv::Point2f, 4> refineCorners(const cv::Mat& gray, const std::array<cv::Point2f, 4>& q) {
    cv::Mat gx, gy;
    cv::Sobel(gray, gx, CV_32F, 1, 0, 3);
    cv::Sobel(gray, gy, CV_32F, 0, 1, 3);
    const double diag = std::hypot(gray.cols, gray.rows);
    const int reach = std::max(3, int(diag * 0.006));
    cv::Vec4f lines[4];
    for (int s = 0; s < 4; ++s) {
        const cv::Point2f a = q[std::size_t(s)], b = q[std::size_t((s + 1) % 4)];
        const cv::Point2f dir = (b - a) * float(1.0 / std::max(1.0, dist(a, b)));
        const cv::Point2f normal(-dir.y, dir.x);
        std::vector<cv::Point2f> pts;
        const int n = 48;
        for (int i = 3; i < n - 3; ++i) { // skip the rounded corners
            const cv::Point2f p = a + (b - a) * (float(i) / float(n));
            float best = 0;
            cv::Point2f bestP = p;
            for (int t = -reach; t <= reach; ++t) {
                const cv::Point2f r = p + normal * float(t);
                const int x = int(std::lround(r.x)), y = int(std::lround(r.y));
                if (x < 1 || y < 1 || x >= gray.cols - 1 || y >= gray.rows - 1) continue;
                const float g = std::abs(gx.at<float>(y, x) * normal.x + gy.at<float>(y, x) * normal.y);
                if (g > best) best = g, bestP = r;
            }
            if (best > 20) pts.push_back(bestP);
        }
        if (pts.size() < 10) return q;
        cv::fitLine(pts, lines[s], cv::DIST_HUBER, 0, 0.01, 0.01);
    }
    std::array<cv::Point2f, 4> r;
    for (int s = 0; s < 4; ++s) {
        const cv::Vec4f& l1 = lines[(s + 3) % 4];
        const cv::Vec4f& l2 = lines[s];
        const double det = double(l1[0]) * l2[1] - double(l1[1]) * l2[0];
        if (std::abs(det) < 1e-6) return q;
        const double t = ((l2[2] - l1[2]) * double(l2[1]) - (l2[3] - l1[3]) * double(l2[0])) / det;
        r[std::size_t(s)] = cv::Point2f(float(l1[2] + t * l1[0]), float(l1[3] + t * l1[1]));
        if (dist(r[std::size_t(s)], q[std::size_t(s)]) > reach * 3) return q;
    }
    return r;
}

} // namespace

std::vector<CardQuad> findCards(const cv::Mat& bgr, std::size_t maxCandidates) {
    if (bgr.empty()) return {};
    const double scale = std::min(1.0, double(kWorkSize) / std::max(bgr.cols, bgr.rows));
    cv::Mat small;
    cv::resize(bgr, small, cv::Size(), scale, scale, cv::INTER_AREA);
    cv::Mat blurred, lab, gray;
    cv::GaussianBlur(small, blurred, cv::Size(5, 5), 0);
    cv::cvtColor(blurred, lab, cv::COLOR_BGR2Lab);
    cv::cvtColor(blurred, gray, cv::COLOR_BGR2GRAY);
    std::vector<cv::Mat> channels;
    cv::split(lab, channels);

    // Edges of lightness and of colour: a pale card on a white scanner bed differs in tint only.
    cv::Mat edges = cv::Mat::zeros(small.size(), CV_8UC1);
    for (std::size_t i = 0; i < channels.size(); ++i) {
        cv::Mat e;
        const double lo = i == 0 ? 20 : 8, hi = i == 0 ? 60 : 24;
        cv::Canny(channels[i], e, lo, hi);
        edges |= e;
    }
    cv::Mat closed;
    cv::dilate(edges, closed, cv::getStructuringElement(cv::MORPH_RECT, cv::Size(3, 3)));

    const double imageArea = double(small.cols) * small.rows;
    std::vector<CardQuad> found;
    // A card seen as a region: how well its blob fills the quadrilateral replaces edge support.
    for (const cv::Mat& mask : cardMasks(small)) {
        std::vector<std::pair<std::vector<cv::Point2f>, double>> regions;
        maskCandidates(mask, imageArea * 0.04, regions);
        for (const auto& [pts, fill] : regions) {
            const auto q = orderCorners(pts);
            std::vector<cv::Point2f> poly(q.begin(), q.end());
            const double areaFraction = cv::contourArea(poly) / imageArea;
            if (areaFraction > 0.97) continue;
            const double fillScore = std::clamp((fill - 0.80) / 0.17, 0.0, 1.0);
            const double score = aspectScore(q) * shapeScore(q) * fillScore *
                                 (0.5 + 0.5 * edgeSupport(edges, q)) *
                                 (0.6 + 0.4 * std::min(1.0, areaFraction / 0.25));
            found.push_back(CardQuad{q, score, areaFraction});
        }
    }
    for (const cv::Mat* map : {&closed, &edges}) {
        for (const auto& pts : quadCandidates(*map, imageArea * 0.04)) {
            const auto q = orderCorners(pts);
            std::vector<cv::Point2f> poly(q.begin(), q.end());
            const double areaFraction = cv::contourArea(poly) / imageArea;
            if (areaFraction > 0.97) continue; // the image border itself
            const double score = aspectScore(q) * shapeScore(q) * edgeSupport(edges, q) *
                                 (0.6 + 0.4 * std::min(1.0, areaFraction / 0.25));
            found.push_back(CardQuad{q, score, areaFraction});
        }
    }
    // Best first; a candidate framing nearly the same quadrilateral as a better one adds nothing.
    std::sort(found.begin(), found.end(),
              [](const CardQuad& a, const CardQuad& b) { return a.score > b.score; });
    const double near = std::hypot(small.cols, small.rows) * 0.03;
    std::vector<CardQuad> out;
    for (const auto& c : found) {
        if (c.score < 0.25 || out.size() >= maxCandidates) break;
        const bool duplicate = std::any_of(out.begin(), out.end(), [&](const CardQuad& o) {
            for (std::size_t i = 0; i < 4; ++i)
                if (dist(o.corners[i], c.corners[i]) > near) return false;
            return true;
        });
        if (!duplicate) out.push_back(c);
    }
    if (out.empty()) return out;
    cv::Mat fullGray;
    cv::cvtColor(bgr, fullGray, cv::COLOR_BGR2GRAY);
    for (auto& c : out) {
        for (auto& p : c.corners)
            p *= float(1.0 / scale);
        c.corners = orderCorners({c.corners.begin(), c.corners.end()});
        c.corners = refineCorners(fullGray, c.corners);
    }
    return out;
}

std::optional<CardQuad> findCard(const cv::Mat& bgr) {
    auto all = findCards(bgr, 1);
    if (all.empty()) return std::nullopt;
    return all.front();
}

cv::Mat rectifyCard(const cv::Mat& bgr, const CardQuad& quad, bool rotate180) {
    const float w = float(kCardWidthMm * kCardPxPerMm), h = float(kCardHeightMm * kCardPxPerMm);
    std::array<cv::Point2f, 4> dst = {cv::Point2f(0, 0), cv::Point2f(w, 0), cv::Point2f(w, h),
                                      cv::Point2f(0, h)};
    if (rotate180) dst = {dst[2], dst[3], dst[0], dst[1]};
    const cv::Mat m = cv::getPerspectiveTransform(quad.corners.data(), dst.data());
    cv::Mat card;
    cv::warpPerspective(bgr, card, m, cv::Size(int(std::lround(w)), int(std::lround(h))), cv::INTER_CUBIC,
                        cv::BORDER_REPLICATE);
    return card;
}

} // namespace kakanai::ocr
