#include "degrade.h"

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <cmath>

namespace kakanai::cardgen {
namespace {

double uniform(std::mt19937& rng, double a, double b) {
    return std::uniform_real_distribution<double>(a, b)(rng);
}
int uniformInt(std::mt19937& rng, int a, int b) {
    return std::uniform_int_distribution<int>(a, b)(rng);
}
double deg(double d) {
    return d * CV_PI / 180.0;
}

cv::Scalar randomColor(std::mt19937& rng, int lo, int hi) {
    return cv::Scalar(uniformInt(rng, lo, hi), uniformInt(rng, lo, hi), uniformInt(rng, lo, hi));
}

// A desk: textured base, papers (some white, some with text lines), pens, coins, a keyboard edge.
cv::Mat clutter(cv::Size size, std::mt19937& rng, int level) {
    cv::Mat bg(size, CV_8UC3, randomColor(rng, 60, 170));
    cv::Mat noise(size.height / 16 + 1, size.width / 16 + 1, CV_8UC3);
    cv::randu(noise, cv::Scalar::all(0), cv::Scalar::all(60));
    cv::resize(noise, noise, size, 0, 0, cv::INTER_CUBIC);
    bg += noise;
    for (int i = 0; i < level; ++i) {
        const cv::Point c(uniformInt(rng, 0, size.width), uniformInt(rng, 0, size.height));
        const int w = uniformInt(rng, size.width / 12, size.width / 3),
                  h = uniformInt(rng, size.height / 12, size.height / 3);
        const cv::RotatedRect rr(c, cv::Size2f(float(w), float(h)), float(uniform(rng, 0, 180)));
        cv::Point2f pts[4];
        rr.points(pts);
        std::vector<cv::Point> poly(pts, pts + 4);
        switch (uniformInt(rng, 0, 4)) {
        case 0: // white paper with text-like lines
            cv::fillConvexPoly(bg, poly, randomColor(rng, 225, 250), cv::LINE_AA);
            for (int k = 1; k < 8; ++k) {
                const cv::Point2f a = pts[1] + (pts[0] - pts[1]) * (k / 8.f),
                                  b = pts[2] + (pts[3] - pts[2]) * (k / 8.f);
                cv::line(bg, a + (b - a) * 0.1f, a + (b - a) * float(uniform(rng, 0.4, 0.9)),
                         randomColor(rng, 40, 90), 2, cv::LINE_AA);
            }
            break;
        case 1:
            cv::fillConvexPoly(bg, poly, randomColor(rng, 30, 230), cv::LINE_AA);
            break;
        case 2:
            cv::circle(bg, c, uniformInt(rng, 10, size.width / 20), randomColor(rng, 90, 200), -1,
                       cv::LINE_AA);
            break;
        case 3:
            cv::line(
                bg, c,
                c + cv::Point(uniformInt(rng, -size.width / 3, size.width / 3), uniformInt(rng, -60, 60)),
                randomColor(rng, 0, 255), uniformInt(rng, 3, 9), cv::LINE_AA);
            break;
        default:
            cv::ellipse(bg, c, cv::Size(w / 2, h / 3), uniform(rng, 0, 180), 0, 360,
                        randomColor(rng, 20, 240), -1, cv::LINE_AA);
            break;
        }
    }
    return bg;
}

// Card pixel corners → image quad for a card rotated in 3-D (tilt) and in the plane, scaled to `cardWidth`
// pixels and placed at a random spot inside the image.
std::vector<cv::Point2f> placeCard(cv::Size image, cv::Size card, double tilt, double inPlane,
                                   double cardWidth, std::mt19937& rng) {
    const double dir = uniform(rng, 0, 2 * CV_PI);
    const double rx = deg(tilt) * std::sin(dir), ry = deg(tilt) * std::cos(dir), rz = deg(inPlane);
    const cv::Matx33d Rx(1, 0, 0, 0, std::cos(rx), -std::sin(rx), 0, std::sin(rx), std::cos(rx));
    const cv::Matx33d Ry(std::cos(ry), 0, std::sin(ry), 0, 1, 0, -std::sin(ry), 0, std::cos(ry));
    const cv::Matx33d Rz(std::cos(rz), -std::sin(rz), 0, std::sin(rz), std::cos(rz), 0, 0, 0, 1);
    const cv::Matx33d R = Rx * Ry * Rz;
    const double W = card.width, H = card.height, Z = 2.2 * W, f = 2.2 * W;
    std::vector<cv::Point2f> q;
    for (auto [x, y] : {std::pair{-W / 2, -H / 2}, {W / 2, -H / 2}, {W / 2, H / 2}, {-W / 2, H / 2}}) {
        const cv::Vec3d p = R * cv::Vec3d(x, y, 0) + cv::Vec3d(0, 0, Z);
        q.emplace_back(float(f * p[0] / p[2]), float(f * p[1] / p[2]));
    }
    cv::Rect2f bb = cv::boundingRect(q);
    const double s = cardWidth / std::max(bb.width, bb.height * 0.9f);
    for (auto& p : q)
        p = (p - bb.tl()) * float(s);
    bb = cv::boundingRect(q);
    const float ox = float(uniform(
        rng, 0.04 * image.width, std::max(0.05 * image.width, image.width - bb.width - 0.04 * image.width)));
    const float oy =
        float(uniform(rng, 0.04 * image.height,
                      std::max(0.05 * image.height, image.height - bb.height - 0.04 * image.height)));
    for (auto& p : q)
        p += cv::Point2f(ox, oy);
    return q;
}

void composite(cv::Mat& bg, const RenderedCard& card, const std::vector<cv::Point2f>& quad, bool shadow) {
    const std::vector<cv::Point2f> src = {cv::Point2f(0, 0), cv::Point2f(float(card.bgr.cols), 0),
                                          cv::Point2f(float(card.bgr.cols), float(card.bgr.rows)),
                                          cv::Point2f(0, float(card.bgr.rows))};
    const cv::Mat h = cv::getPerspectiveTransform(src, quad);
    cv::Mat warped, alpha;
    cv::warpPerspective(card.bgr, warped, h, bg.size(), cv::INTER_AREA, cv::BORDER_CONSTANT);
    cv::warpPerspective(card.alpha, alpha, h, bg.size(), cv::INTER_LINEAR, cv::BORDER_CONSTANT);
    if (shadow) { // a soft drop shadow under the card
        cv::Mat sh;
        cv::GaussianBlur(alpha, sh, cv::Size(0, 0), 4);
        cv::Mat m = cv::Mat::eye(2, 3, CV_64F);
        m.at<double>(0, 2) = 3;
        m.at<double>(1, 2) = 4;
        cv::warpAffine(sh, sh, m, sh.size());
        for (int y = 0; y < bg.rows; ++y)
            for (int x = 0; x < bg.cols; ++x)
                bg.at<cv::Vec3b>(y, x) *= 1.0 - 0.35 * sh.at<uchar>(y, x) / 255.0;
    }
    for (int y = 0; y < bg.rows; ++y) {
        const uchar* a = alpha.ptr<uchar>(y);
        const cv::Vec3b* w = warped.ptr<cv::Vec3b>(y);
        cv::Vec3b* b = bg.ptr<cv::Vec3b>(y);
        for (int x = 0; x < bg.cols; ++x)
            if (a[x]) {
                const double t = a[x] / 255.0;
                for (int k = 0; k < 3; ++k)
                    b[x][k] = cv::saturate_cast<uchar>(b[x][k] * (1 - t) + w[x][k] * t);
            }
    }
}

void lighting(cv::Mat& img, double base, double slope, std::mt19937& rng) {
    const double ax = uniform(rng, -slope, slope), ay = uniform(rng, -slope, slope);
    const cv::Vec3d cast(uniform(rng, 0.93, 1.07), uniform(rng, 0.95, 1.05), uniform(rng, 0.93, 1.07));
    for (int y = 0; y < img.rows; ++y) {
        cv::Vec3b* p = img.ptr<cv::Vec3b>(y);
        for (int x = 0; x < img.cols; ++x) {
            const double g =
                base * (1 + ax * (x - img.cols / 2.0) / img.cols + ay * (y - img.rows / 2.0) / img.rows);
            for (int k = 0; k < 3; ++k)
                p[x][k] = cv::saturate_cast<uchar>(p[x][k] * g * cast[k]);
        }
    }
}

void glare(cv::Mat& img, cv::Point2f centre, double sigma, double strength) {
    for (int y = 0; y < img.rows; ++y) {
        cv::Vec3b* p = img.ptr<cv::Vec3b>(y);
        for (int x = 0; x < img.cols; ++x) {
            const double d2 = (x - centre.x) * (x - centre.x) + (y - centre.y) * (y - centre.y);
            const double t = strength * std::exp(-d2 / (2 * sigma * sigma));
            if (t < 0.01) continue;
            for (int k = 0; k < 3; ++k)
                p[x][k] = cv::saturate_cast<uchar>(p[x][k] + (255 - p[x][k]) * t);
        }
    }
}

void shadowOver(cv::Mat& img, const std::vector<cv::Point2f>& quad, std::mt19937& rng) {
    // A hand or a head: a dark blob covering part of the card, with a soft edge.
    cv::Mat mask(img.size(), CV_8UC1, cv::Scalar(0));
    const cv::Point2f a = quad[size_t(uniformInt(rng, 0, 3))];
    const cv::Point2f c = (quad[0] + quad[2]) * 0.5f;
    const cv::Point2f centre = a + (c - a) * float(uniform(rng, 0.0, 0.5));
    const double r = cv::norm(quad[0] - quad[2]) * uniform(rng, 0.35, 0.6);
    cv::ellipse(mask, centre, cv::Size(int(r), int(r * 0.7)), uniform(rng, 0, 180), 0, 360, cv::Scalar(255),
                -1);
    cv::GaussianBlur(mask, mask, cv::Size(0, 0), 12);
    const double depth = uniform(rng, 0.45, 0.65);
    for (int y = 0; y < img.rows; ++y)
        for (int x = 0; x < img.cols; ++x)
            img.at<cv::Vec3b>(y, x) *= 1.0 - depth * mask.at<uchar>(y, x) / 255.0;
}

void blurAndNoise(cv::Mat& img, double sigma, double noise) {
    if (sigma > 0.05) cv::GaussianBlur(img, img, cv::Size(0, 0), sigma);
    if (noise > 0) {
        cv::Mat n(img.size(), CV_16SC3);
        cv::randn(n, cv::Scalar::all(0), cv::Scalar::all(noise));
        cv::Mat tmp;
        img.convertTo(tmp, CV_16SC3);
        tmp += n;
        tmp.convertTo(img, CV_8UC3);
    }
}

void encode(Shot& shot, bool jpeg, int quality) {
    shot.extension = jpeg ? ".jpg" : ".png";
    if (jpeg)
        cv::imencode(".jpg", shot.image, shot.encoded, {cv::IMWRITE_JPEG_QUALITY, quality});
    else
        cv::imencode(".png", shot.image, shot.encoded, {cv::IMWRITE_PNG_COMPRESSION, 3});
}

double inPlaneRotation(std::mt19937& rng, bool& upsideDown) {
    const int r = uniformInt(rng, 0, 99);
    double base = 0;
    if (r < 15)
        base = 180;
    else if (r < 25)
        base = 90;
    else if (r < 35)
        base = 270;
    upsideDown = r < 15;
    return base + uniform(rng, -12, 12);
}

} // namespace

std::string difficultyId(Difficulty d) {
    return d == Difficulty::Scan ? "scan" : d == Difficulty::Photo ? "photo" : "hard";
}

Shot photograph(const RenderedCard& card, Difficulty difficulty, std::mt19937& rng) {
    Shot shot;
    if (difficulty == Difficulty::Scan) {
        const double ppm = uniform(rng, 11.8, 14.0); // 300–355 dpi
        const int cw = int(kCardW * ppm);
        const cv::Size size(cw + uniformInt(rng, 160, 420), int(kCardH * ppm) + uniformInt(rng, 160, 360));
        cv::Mat bed(size, CV_8UC3, randomColor(rng, 232, 248));
        shot.upsideDown = uniformInt(rng, 0, 99) < 15;
        const double rotation = (shot.upsideDown ? 180 : 0) + uniform(rng, -2.5, 2.5);
        auto quad = placeCard(size, card.bgr.size(), 0.0, rotation, cw, rng);
        composite(bed, card, quad, true);
        blurAndNoise(bed, uniform(rng, 0.35, 0.7), 1.5);
        shot.image = bed;
        encode(shot, rng() % 2, 92);
        return shot;
    }
    const bool hard = difficulty == Difficulty::Hard;
    const cv::Size sizes[] = {{1600, 1200}, {1920, 1080}, {2000, 1500}};
    const cv::Size size = hard ? cv::Size(1280, 720) : sizes[uniformInt(rng, 0, 2)];
    cv::Mat img = clutter(size, rng, hard ? 14 : uniformInt(rng, 6, 16));
    const double rotation = inPlaneRotation(rng, shot.upsideDown);
    const double cardWidth = size.width * (hard ? uniform(rng, 0.38, 0.55) : uniform(rng, 0.42, 0.72));
    const auto quad = placeCard(size, card.bgr.size(), uniform(rng, 0, 25), rotation, cardWidth, rng);
    composite(img, card, quad, true);
    const cv::Point2f centre = (quad[0] + quad[2]) * 0.5f;
    const cv::Point2f spot = centre + cv::Point2f(float(uniform(rng, -0.35, 0.35)) * (quad[1].x - quad[0].x),
                                                  float(uniform(rng, -0.3, 0.3)) * (quad[3].y - quad[0].y));
    const double cardPx = cv::norm(quad[1] - quad[0]);
    if (hard) {
        lighting(img, uniform(rng, 0.28, 0.45), 0.8, rng);
        shadowOver(img, quad, rng);
        if (rng() % 2) glare(img, spot, cardPx * uniform(rng, 0.08, 0.16), uniform(rng, 0.85, 1.0));
        blurAndNoise(img, uniform(rng, 1.0, 2.2), uniform(rng, 5, 10));
        shot.image = img;
        encode(shot, true, uniformInt(rng, 55, 75));
    } else {
        lighting(img, uniform(rng, 0.8, 1.05), 0.6, rng);
        if (uniformInt(rng, 0, 99) < 60)
            glare(img, spot, cardPx * uniform(rng, 0.08, 0.18), uniform(rng, 0.3, 0.6));
        blurAndNoise(img, uniform(rng, 0.5, 1.3), uniform(rng, 2, 5));
        shot.image = img;
        encode(shot, true, uniformInt(rng, 70, 92));
    }
    return shot;
}

Shot badImage(BadImage kind, std::mt19937& rng) {
    Shot shot;
    const cv::Size size(1280, 960);
    switch (kind) {
    case BadImage::Blank:
        shot.image = cv::Mat(size, CV_8UC3, cv::Scalar(245, 245, 245));
        break;
    case BadImage::Noise:
        shot.image = cv::Mat(size, CV_8UC3);
        cv::randu(shot.image, cv::Scalar::all(0), cv::Scalar::all(255));
        break;
    case BadImage::Cat: { // a drawn cat on a cushion: ears, eyes, whiskers, fur noise
        shot.image = clutter(size, rng, 4);
        const cv::Point c(size.width / 2, size.height / 2);
        const cv::Scalar fur(60, 110, 170);
        cv::ellipse(shot.image, c + cv::Point(0, 200), cv::Size(330, 220), 0, 0, 360, fur, -1, cv::LINE_AA);
        cv::circle(shot.image, c, 200, fur, -1, cv::LINE_AA);
        for (int s : {-1, 1}) {
            std::vector<cv::Point> ear = {c + cv::Point(s * 170, -90), c + cv::Point(s * 150, -300),
                                          c + cv::Point(s * 40, -180)};
            cv::fillConvexPoly(shot.image, ear, fur, cv::LINE_AA);
            cv::ellipse(shot.image, c + cv::Point(s * 75, -30), cv::Size(32, 44), 0, 0, 360,
                        cv::Scalar(60, 200, 120), -1);
            cv::ellipse(shot.image, c + cv::Point(s * 75, -30), cv::Size(8, 38), 0, 0, 360,
                        cv::Scalar(10, 10, 10), -1);
            for (int k = -1; k <= 1; ++k)
                cv::line(shot.image, c + cv::Point(s * 40, 60), c + cv::Point(s * 240, 40 + 30 * k),
                         cv::Scalar(230, 230, 230), 2, cv::LINE_AA);
        }
        cv::Mat n(size, CV_8UC3);
        cv::randn(n, cv::Scalar::all(0), cv::Scalar::all(18));
        shot.image += n;
        blurAndNoise(shot.image, 1.0, 4);
        break;
    }
    case BadImage::TextPage: { // an A4 letter: a rectangle with text, but not a card
        shot.image = clutter(size, rng, 3);
        const cv::Rect page(size.width / 2 - 290, 60, 580, 820);
        cv::rectangle(shot.image, page, cv::Scalar(245, 245, 245), -1);
        for (int y = page.y + 60; y < page.y + page.height - 60; y += 28)
            cv::line(shot.image, {page.x + 50, y}, {page.x + 50 + uniformInt(rng, 250, 480), y},
                     cv::Scalar(50, 50, 50), 3);
        break;
    }
    }
    encode(shot, kind != BadImage::Blank, 85);
    return shot;
}

} // namespace kakanai::cardgen
