#include "card_renderer.h"

#include <opencv2/imgproc.hpp>

#include <cmath>
#include <random>
#include <string>

namespace kakanai::cardgen {
namespace {

struct Canvas {
    cv::Mat& img;
    double ppm;
    const TextPainter& painter;
    std::mt19937& rng;
    double dx = 0, dy = 0, sizeScale = 1.0; // generation shift

    cv::Point px(double xMm, double yMm) const {
        return {int(std::lround((xMm + dx) * ppm)), int(std::lround((yMm + dy) * ppm))};
    }
    cv::Rect rect(double x, double y, double w, double h) const {
        const cv::Point a = px(x, y);
        return {a.x, a.y, int(std::lround(w * ppm)), int(std::lround(h * ppm))};
    }
    double text(double x, double y, const std::string& s, TextStyle st) const {
        st.sizeMm *= sizeScale;
        return painter.draw(img, ppm, x + dx, y + dy, s, st);
    }
    // Text squeezed to fit maxW mm (never below 0.62 of its width), as licences print long addresses.
    void fitted(double x, double y, double maxW, const std::string& s, TextStyle st) const {
        st.sizeMm *= sizeScale;
        const double w = painter.width(s, st);
        if (w > maxW) st.condense = std::max(0.62, maxW / w);
        painter.draw(img, ppm, x + dx, y + dy, s, st);
    }
    // Wraps at maxW mm into at most `lines` lines (by characters; buildings start a new line if they fit).
    void wrapped(double x, double y, double maxW, double lineGap, const std::string& s, TextStyle st,
                 int lines) const {
        st.sizeMm *= sizeScale;
        std::vector<std::string> out;
        std::string current;
        for (std::size_t i = 0; i < s.size();) {
            std::size_t n = 1;
            const unsigned char c = static_cast<unsigned char>(s[i]);
            n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
            const std::string ch = s.substr(i, n);
            if (painter.width(current + ch, st) > maxW && int(out.size()) + 1 < lines) {
                out.push_back(current);
                current.clear();
                if (ch == "\u3000") {
                    i += n;
                    continue;
                }
            }
            current += ch;
            i += n;
        }
        out.push_back(current);
        for (std::size_t l = 0; l < out.size(); ++l) {
            TextStyle line = st;
            const double w = painter.width(out[l], line);
            if (w > maxW) line.condense = maxW / w;
            painter.draw(img, ppm, x + dx, y + dy + double(l) * lineGap, out[l], line);
        }
    }
};

// A pale tint with a fine guilloche-like line pattern, as printed security backgrounds.
void background(cv::Mat& img, cv::Scalar base, cv::Scalar line, std::mt19937& rng) {
    img.setTo(base);
    std::uniform_real_distribution<double> u(0, 1);
    const double f1 = 0.010 + 0.01 * u(rng), f2 = 0.006 + 0.01 * u(rng), ph = 6.28 * u(rng);
    for (int k = 0; k < 26; ++k) {
        std::vector<cv::Point> pts;
        for (int x = 0; x < img.cols; x += 4) {
            const double y =
                img.rows * (k / 26.0) + 14 * std::sin(x * f1 + k * 0.7 + ph) + 9 * std::sin(x * f2 + k);
            pts.emplace_back(x, int(y));
        }
        cv::polylines(img, pts, false, line, 1, cv::LINE_AA);
    }
}

void portrait(cv::Mat& img, cv::Rect r, std::mt19937& rng) {
    std::uniform_int_distribution<int> u(0, 40);
    cv::Mat roi = img(r);
    const cv::Scalar bg(200 + u(rng) / 2, 190 + u(rng) / 2, 170 + u(rng) / 2);
    for (int y = 0; y < roi.rows; ++y)
        roi.row(y).setTo(bg * (0.85 + 0.15 * y / roi.rows));
    const int cx = r.width / 2, w = r.width;
    const cv::Scalar skin(150 + u(rng), 175 + u(rng) / 2, 215 + u(rng) / 3);
    const cv::Scalar hair(30 + u(rng), 30 + u(rng), 35 + u(rng));
    const cv::Scalar cloth(60 + 3 * u(rng), 50 + 2 * u(rng), 40 + 3 * u(rng));
    cv::ellipse(roi, {cx, r.height + w / 8}, {w / 2, w * 2 / 5}, 0, 0, 360, cloth, -1, cv::LINE_AA);
    cv::rectangle(roi, {cx - w / 10, r.height * 55 / 100}, {cx + w / 10, r.height * 75 / 100}, skin, -1);
    cv::ellipse(roi, {cx, r.height * 40 / 100}, {w * 27 / 100, r.height * 22 / 100}, 0, 0, 360, skin, -1,
                cv::LINE_AA);
    cv::ellipse(roi, {cx, r.height * 30 / 100}, {w * 30 / 100, r.height * 16 / 100}, 0, 180, 360, hair, -1,
                cv::LINE_AA);
    for (int s : {-1, 1})
        cv::circle(roi, {cx + s * w / 9, r.height * 40 / 100}, std::max(2, w / 40), cv::Scalar(40, 40, 40),
                   -1, cv::LINE_AA);
    cv::ellipse(roi, {cx, r.height * 51 / 100}, {w / 12, w / 40}, 0, 0, 180, cv::Scalar(80, 80, 150), 2,
                cv::LINE_AA);
}

void chip(cv::Mat& img, cv::Rect r) {
    cv::rectangle(img, r, cv::Scalar(60, 170, 210), -1, cv::LINE_AA);
    cv::rectangle(img, r, cv::Scalar(40, 120, 160), 2, cv::LINE_AA);
    for (int i = 1; i < 3; ++i)
        cv::line(img, {r.x + r.width * i / 3, r.y}, {r.x + r.width * i / 3, r.y + r.height},
                 cv::Scalar(40, 120, 160), 2);
    cv::line(img, {r.x, r.y + r.height / 2}, {r.x + r.width, r.y + r.height / 2}, cv::Scalar(40, 120, 160),
             2);
}

// Random modules with three finder patterns: looks like a QR code, encodes nothing.
void fakeQr(cv::Mat& img, cv::Rect r, std::mt19937& rng) {
    const int n = 29;
    const double m = double(r.width) / n;
    cv::rectangle(img, r, cv::Scalar(255, 255, 255), -1);
    auto module = [&](int i, int j) {
        cv::rectangle(img, cv::Rect(r.x + int(i * m), r.y + int(j * m), int(m + 1), int(m + 1)),
                      cv::Scalar(20, 20, 20), -1);
    };
    for (int i = 0; i < n; ++i)
        for (int j = 0; j < n; ++j) {
            const bool finder = (i < 8 && j < 8) || (i >= n - 8 && j < 8) || (i < 8 && j >= n - 8);
            if (!finder && rng() % 2) module(i, j);
        }
    for (auto [fi, fj] : {std::pair{0, 0}, {n - 7, 0}, {0, n - 7}})
        for (int i = 0; i < 7; ++i)
            for (int j = 0; j < 7; ++j) {
                const int d = std::max(std::abs(i - 3), std::abs(j - 3));
                if (d != 2) module(fi + i, fj + j);
            }
}

std::string digits(std::mt19937& rng, int n) {
    std::string s;
    for (int i = 0; i < n; ++i)
        s += char('0' + rng() % 10);
    return s;
}

std::string fullWidthDigits(const std::string& ascii) {
    std::string s;
    for (char c : ascii) {
        if (c < '0' || c > '9') {
            s += c;
            continue;
        }
        const char32_t cp = 0xFF10 + char32_t(c - '0');
        s += char(0xE0 | (cp >> 12));
        s += char(0x80 | ((cp >> 6) & 63));
        s += char(0x80 | (cp & 63));
    }
    return s;
}

const TextStyle kLabel{Face::Gothic, 2.0, {70, 60, 60}};

void licenceFront(Canvas& c, const CardSpec& s) {
    background(c.img, {236, 246, 240}, {215, 232, 222}, c.rng);
    TextStyle name{Face::Mincho, 4.0, {25, 25, 25}, 1.0, 0.12};
    TextStyle body{Face::Mincho, 2.7, {25, 25, 25}};
    c.text(3.0, 3.6, "氏名", kLabel);
    c.text(10.8, 2.6, s.person.name, name);
    c.text(53.0, 3.6, warekiCardDate(s.person.birth) + "生", body);
    c.text(3.0, 10.3, "住所", kLabel);
    c.fitted(10.8, 9.9, 72.0, s.person.address, body);
    c.text(3.0, 15.6, "交付", kLabel);
    c.text(10.8, 15.3, "令和 5年 4月 1日 " + digits(c.rng, 5), TextStyle{Face::Mincho, 2.3, {40, 40, 40}});
    const cv::Scalar bands[] = {{90, 170, 60}, {200, 130, 40}, {40, 160, 200}};
    cv::rectangle(c.img, c.rect(3.0, 20.5, 53.0, 4.6), bands[c.rng() % 3], -1);
    c.text(6.0, 21.3, "令和10年 5月17日まで有効", TextStyle{Face::Gothic, 2.8, {20, 20, 20}});
    c.text(3.0, 26.5, "免許の", TextStyle{Face::Gothic, 1.6, {70, 60, 60}});
    c.text(3.0, 28.3, "条件等", TextStyle{Face::Gothic, 1.6, {70, 60, 60}});
    c.text(12.0, 27.0, c.rng() % 2 ? "眼鏡等" : "", body);
    c.text(3.0, 35.3, "番号", kLabel);
    c.text(10.8, 35.0, "第 " + digits(c.rng, 12) + " 号", TextStyle{Face::Gothic, 2.6, {30, 30, 30}});
    cv::rectangle(c.img, c.rect(3.0, 40.0, 32.0, 12.0), cv::Scalar(120, 120, 120), 1, cv::LINE_AA);
    for (int i = 1; i < 3; ++i)
        cv::line(c.img, c.px(3.0, 40.0 + 4.0 * i), c.px(35.0, 40.0 + 4.0 * i), cv::Scalar(150, 150, 150), 1,
                 cv::LINE_AA);
    c.text(4.0, 40.8, "二・小・原", TextStyle{Face::Gothic, 1.6, {70, 70, 70}});
    c.text(4.0, 44.8, "他", TextStyle{Face::Gothic, 1.6, {70, 70, 70}});
    c.text(4.0, 48.8, "二種", TextStyle{Face::Gothic, 1.6, {70, 70, 70}});
    c.text(38.5, 47.0, "運転免許証", TextStyle{Face::Gothic, 3.6, {30, 30, 30}, 1.0, 0.05});
    c.text(62.0, 48.2, "架空県公安委員会", TextStyle{Face::Mincho, 2.2, {40, 40, 40}});
    cv::circle(c.img, c.px(80.5, 49.4), int(2.4 * c.ppm), cv::Scalar(60, 60, 200), 2, cv::LINE_AA);
    portrait(c.img, c.rect(59.0, 15.5, 24.0, 31.0), c.rng);
}

void licenceBack(Canvas& c, const CardSpec& s) {
    background(c.img, {245, 247, 245}, {232, 236, 232}, c.rng);
    c.text(3.5, 2.8, "備考", TextStyle{Face::Gothic, 2.4, {60, 60, 60}});
    for (int i = 0; i < 6; ++i)
        cv::line(c.img, c.px(3.0, 7.0 + 5.0 * i), c.px(83.0, 7.0 + 5.0 * i), cv::Scalar(170, 170, 170), 1,
                 cv::LINE_AA);
    TextStyle body{Face::Mincho, 2.6, {35, 35, 35}};
    c.fitted(3.5, 8.3, 79.0, "令和 6年 4月 1日　住所変更　" + s.person.newAddress, body);
    c.text(3.5, 34.0, "臓器提供意思表示欄", TextStyle{Face::Gothic, 2.0, {90, 90, 90}});
}

void myNumberFront(Canvas& c, const CardSpec& s) {
    background(c.img, {240, 238, 250}, {228, 220, 242}, c.rng);
    TextStyle name{Face::Mincho, 4.0, {25, 25, 25}, 1.0, 0.08};
    TextStyle body{Face::Mincho, 2.8, {25, 25, 25}};
    c.text(3.2, 2.2, "個人番号カード", TextStyle{Face::Gothic, 3.2, {60, 50, 50}, 1.0, 0.05});
    c.text(3.0, 8.8, "氏名", kLabel);
    c.text(10.8, 7.6, s.person.name, name);
    c.text(3.0, 15.6, "住所", kLabel);
    c.wrapped(10.8, 15.2, 46.5, 4.2, s.person.address, body, 2);
    c.text(10.8, 25.3, warekiCardDate(s.person.birth) + "生", body);
    c.text(44.0, 25.6, "性別", kLabel);
    c.text(51.5, 25.3, s.person.sex == "male" ? "男" : "女", body);
    c.text(3.0, 32.0, fullWidthDigits("2035年 3月 1日まで有効"), TextStyle{Face::Gothic, 2.2, {60, 60, 60}});
    c.text(3.0, 41.0, "臓器提供意思　１　２　３", TextStyle{Face::Gothic, 1.6, {110, 110, 110}});
    c.text(3.0, 45.0, "セキュリティコード", TextStyle{Face::Gothic, 1.6, {110, 110, 110}});
    c.text(24.0, 44.6, digits(c.rng, 4), TextStyle{Face::Gothic, 2.0, {80, 80, 80}});
    portrait(c.img, c.rect(59.0, 7.0, 24.0, 31.0), c.rng);
}

void myNumberBack(Canvas& c, const CardSpec& s) {
    background(c.img, {242, 240, 250}, {230, 224, 244}, c.rng);
    // A fictional 12-digit number: the reader must discard this side unread.
    c.text(3.2, 3.2, "個人番号", kLabel);
    c.text(17.0, 2.2, digits(c.rng, 4) + " " + digits(c.rng, 4) + " " + digits(c.rng, 4),
           TextStyle{Face::Gothic, 5.0, {20, 20, 20}, 1.0, 0.05});
    chip(c.img, c.rect(6.0, 17.0, 12.0, 10.0));
    c.text(22.0, 16.5, "氏名　" + s.person.name, TextStyle{Face::Mincho, 2.4, {30, 30, 30}});
    c.text(22.0, 21.0, "生年月日　" + warekiCardDate(s.person.birth) + "生",
           TextStyle{Face::Mincho, 2.2, {30, 30, 30}});
    fakeQr(c.img, c.rect(62.0, 4.0, 20.0, 20.0), c.rng);
    c.text(3.2, 36.6, "追記欄", kLabel);
    cv::rectangle(c.img, c.rect(3.0, 40.0, 80.0, 12.5), cv::Scalar(170, 160, 170), 1, cv::LINE_AA);
    TextStyle body{Face::Mincho, 2.5, {30, 30, 30}};
    c.fitted(4.0, 41.2, 78.0, "令和 3年 4月 1日　" + s.person.address, body);
    c.fitted(4.0, 45.2, 78.0, "令和 7年 6月 2日　" + s.person.newAddress, body);
}

void residenceFront(Canvas& c, const CardSpec& s) {
    background(c.img, {248, 238, 226}, {238, 222, 205}, c.rng);
    TextStyle body{Face::Mincho, 2.6, {25, 25, 25}};
    c.text(3.2, 2.3, "在留カード", TextStyle{Face::Gothic, 3.8, {90, 60, 30}, 1.0, 0.05});
    c.text(52.0, 2.8,
           "番号 " + std::string(1, char('A' + c.rng() % 26)) + std::string(1, char('A' + c.rng() % 26)) +
               digits(c.rng, 8) + "CD",
           TextStyle{Face::Gothic, 2.3, {40, 40, 40}});
    c.text(3.0, 9.0, "氏名", kLabel);
    c.text(10.8, 8.0, s.person.name, TextStyle{Face::Gothic, 3.3, {20, 20, 20}, 1.0, 0.02});
    c.text(3.0, 14.5, "生年月日", kLabel);
    c.text(15.0, 14.2, gregorianCardDate(s.person.birth), body);
    c.text(40.0, 14.5, "性別", kLabel);
    c.text(47.0, 14.2, s.person.sex == "male" ? "男 M." : "女 F.", body);
    c.text(3.0, 19.5, "国籍・地域", kLabel);
    c.text(18.0, 19.2, s.person.nationality, body);
    c.text(3.0, 24.5, "住居地", kLabel);
    c.wrapped(13.0, 24.2, 45.5, 3.9, s.person.address, body, 2);
    c.text(3.0, 34.0, "在留資格", kLabel);
    c.text(15.0, 33.7, c.rng() % 2 ? "留学" : "技術・人文知識・国際業務", body);
    c.text(3.0, 38.5, "就労制限の有無", kLabel);
    c.text(21.0, 38.2, "就労制限なし", body);
    c.text(3.0, 43.0, "在留期間（満了日）", kLabel);
    c.text(27.0, 42.7, "３年（２０２８年０７月１５日）", TextStyle{Face::Mincho, 2.3, {25, 25, 25}});
    c.text(3.0, 49.5, "このカードは２０２８年０７月１５日まで有効です。",
           TextStyle{Face::Gothic, 1.9, {60, 60, 120}});
    portrait(c.img, c.rect(60.0, 10.0, 23.0, 29.0), c.rng);
}

void residenceBack(Canvas& c, const CardSpec& s) {
    background(c.img, {248, 244, 236}, {236, 230, 220}, c.rng);
    c.text(3.5, 2.8, "住居地記載欄", TextStyle{Face::Gothic, 2.4, {60, 60, 60}});
    for (int i = 0; i < 6; ++i)
        cv::line(c.img, c.px(3.0, 7.5 + 5.0 * i), c.px(83.0, 7.5 + 5.0 * i), cv::Scalar(170, 170, 170), 1,
                 cv::LINE_AA);
    c.fitted(3.5, 8.8, 79.0, "2025年 4月 1日　" + s.person.newAddress,
             TextStyle{Face::Mincho, 2.6, {35, 35, 35}});
    c.text(3.5, 40.0, "資格外活動許可欄", TextStyle{Face::Gothic, 2.0, {90, 90, 90}});
}

} // namespace

RenderedCard renderCard(const CardSpec& spec, const TextPainter& painter, double ppm) {
    std::mt19937 rng(spec.seed);
    RenderedCard out;
    out.bgr = cv::Mat(int(std::lround(kCardH * ppm)), int(std::lround(kCardW * ppm)), CV_8UC3);
    Canvas c{out.bgr, ppm, painter, rng};
    if (spec.generation == 1) { // a later card generation: everything shifted and resized a little
        std::uniform_real_distribution<double> shift(-1.2, 1.2);
        c.dx = shift(rng) * 0.6;
        c.dy = shift(rng);
        c.sizeScale = 0.93 + 0.1 * std::uniform_real_distribution<double>(0, 1)(rng);
    }
    switch (spec.kind) {
    case IdDocumentKind::DriverLicense:
        spec.back ? licenceBack(c, spec) : licenceFront(c, spec);
        break;
    case IdDocumentKind::ResidenceCard:
        spec.back ? residenceBack(c, spec) : residenceFront(c, spec);
        break;
    default:
        spec.back ? myNumberBack(c, spec) : myNumberFront(c, spec);
        break;
    }
    out.alpha = cv::Mat(out.bgr.size(), CV_8UC1, cv::Scalar(0));
    const int r = int(std::lround(3.18 * ppm));
    const cv::Rect inner(r, 0, out.bgr.cols - 2 * r, out.bgr.rows);
    cv::rectangle(out.alpha, inner, cv::Scalar(255), -1);
    cv::rectangle(out.alpha, cv::Rect(0, r, out.bgr.cols, out.bgr.rows - 2 * r), cv::Scalar(255), -1);
    for (cv::Point p :
         {cv::Point(r, r), cv::Point(out.bgr.cols - r - 1, r), cv::Point(r, out.bgr.rows - r - 1),
          cv::Point(out.bgr.cols - r - 1, out.bgr.rows - r - 1)})
        cv::circle(out.alpha, p, r, cv::Scalar(255), -1, cv::LINE_AA);
    return out;
}

} // namespace kakanai::cardgen
