#pragma once
// A laid-out document: pages of drawing operations in millimetres from the top-left corner.
// Core lays out pages; a renderer driver (drivers/pdf) draws them. Nothing here knows about PDF.

#include "kakanai/config/config.h"
#include "kakanai/forms/template.h"

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace kakanai {

using FontId = std::uint16_t;

struct Color {
    double r = 0, g = 0, b = 0;
    static Color gray(double level) { return Color{level, level, level}; }
    bool operator==(const Color&) const = default;
};

// A run of text in one font. (x, y) is the start of the baseline.
struct TextOp {
    double x = 0, y = 0;
    double size = 10;    // pt
    double hscale = 1.0; // horizontal scale (長体) 0.5..1
    FontId font = 0;
    std::string text; // UTF-8; may contain non-BMP characters and variation selectors
    Color color;
};

struct LineOp {
    double x1 = 0, y1 = 0, x2 = 0, y2 = 0;
    double width = 0.2; // mm
    bool dash = false;
    Color color;
};

struct RectOp {
    Rect rect;
    double width = 0.2;
    std::optional<Color> stroke = Color{};
    std::optional<Color> fill;
    bool dash = false;
};

struct EllipseOp {
    double cx = 0, cy = 0, rx = 1, ry = 1;
    double width = 0.25;
    Color color;
};

// A QR symbol drawn as vector squares; `dark` is row-major, modules × modules.
struct QrOp {
    double x = 0, y = 0; // top-left of the first module (quiet zone excluded)
    double module = 0.5; // mm per module
    int modules = 0;
    std::vector<std::uint8_t> dark;
};

// A check mark (✓) drawn as strokes, independent of fonts.
struct CheckOp {
    Rect box;
    double width = 0.35;
    Color color;
};

using DrawOp = std::variant<TextOp, LineOp, RectOp, EllipseOp, QrOp, CheckOp>;

struct Page {
    double width = 210, height = 297; // mm
    std::vector<DrawOp> ops;
};

struct Document {
    std::vector<Page> pages;
    Calibration calibration; // applied by the renderer to everything on the page
};

} // namespace kakanai
