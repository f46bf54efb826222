#include "kakanai/base/utf8.h"
#include "kakanai/layout/form_layout.h"
#include "kakanai/layout/text_fit.h"

#include <cstdio>

namespace kakanai {
namespace {

std::string mm(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%+.1f", v);
    return buf;
}

void label(Page& page, FontProvider& fonts, const std::string& text, double x, double y, double size) {
    const Shaped s = shapeText(text, "gothic", fonts);
    double cx = x;
    for (const auto& c : s.chars) {
        TextOp t;
        t.x = cx, t.y = y, t.size = size, t.font = c.font;
        utf8::append(t.text, c.cp);
        cx += c.advance * size * kPtToMm;
        page.ops.push_back(std::move(t));
    }
}

} // namespace

void appendCalibrationPage(Document& doc, FontProvider& fonts, const Calibration& cal,
                           const std::string& printerName) {
    Page page;
    if (!doc.pages.empty()) page.width = doc.pages.front().width, page.height = doc.pages.front().height;
    const double W = page.width, H = page.height;
    // Rulers along the top and left edges, 1 mm ticks, numbered every 10 mm.
    for (int x = 0; x <= static_cast<int>(W); ++x) {
        const double len = x % 10 == 0 ? 4.0 : x % 5 == 0 ? 2.5 : 1.5;
        page.ops.push_back(LineOp{double(x), 0, double(x), len, 0.1, false, {}});
        if (x % 10 == 0 && x > 0 && x < W - 3) label(page, fonts, std::to_string(x), x - 1.5, 6.5, 5);
    }
    for (int y = 0; y <= static_cast<int>(H); ++y) {
        const double len = y % 10 == 0 ? 4.0 : y % 5 == 0 ? 2.5 : 1.5;
        page.ops.push_back(LineOp{0, double(y), len, double(y), 0.1, false, {}});
        if (y % 10 == 0 && y > 0 && y < H - 3) label(page, fonts, std::to_string(y), 5.0, y + 0.8, 5);
    }
    // Crosshairs at known positions.
    const std::pair<double, double> marks[] = {
        {20, 20}, {W - 20, 20}, {20, H - 20}, {W - 20, H - 20}, {W / 2, H / 2}};
    for (const auto& [x, y] : marks) {
        page.ops.push_back(LineOp{x - 5, y, x + 5, y, 0.15, false, {}});
        page.ops.push_back(LineOp{x, y - 5, x, y + 5, 0.15, false, {}});
        page.ops.push_back(EllipseOp{x, y, 2, 2, 0.15, {}});
        char buf[48];
        std::snprintf(buf, sizeof buf, "(%.0f, %.0f) mm", x, y);
        label(page, fonts, buf, x + 2.5, y - 2.5, 6);
    }
    // 100 mm reference lines for the scale factors.
    page.ops.push_back(LineOp{55, 60, 155, 60, 0.3, false, {}});
    label(page, fonts, "この線は 100 mm（横の倍率 scale_x の確認）", 55, 57, 8);
    page.ops.push_back(LineOp{30, 90, 30, 190, 0.3, false, {}});
    label(page, fonts, "縦線は 100 mm（縦の倍率 scale_y）", 33, 140, 8);

    const std::string lines[] = {
        "較正ページ / Calibration page",
        "プリンタ: " + printerName,
        "現在の補正: x " + mm(cal.x_mm) + " mm, y " + mm(cal.y_mm) + " mm, scale_x " +
            std::to_string(cal.scale_x).substr(0, 6) + ", scale_y " +
            std::to_string(cal.scale_y).substr(0, 6),
        "十字の中心が紙の端から表示どおりの距離にあるか、定規で測ってください。",
        "ずれがあれば config/kakanai.toml の [printers." + printerName + ".calibration] に",
        "x_mm（右へ +）, y_mm（下へ +）を入力し、もう一度印刷して確かめます。",
    };
    double y = 210;
    for (const auto& l : lines) {
        label(page, fonts, l, 40, y, l == lines[0] ? 14 : 9);
        y += l == lines[0] ? 9 : 6;
    }
    doc.pages.push_back(std::move(page));
}

} // namespace kakanai
