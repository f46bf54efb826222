#pragma once
// Japanese line breaking and fitting: wrap at character boundaries with 禁則 (no line starts with
// 、。」ー…, none ends with 「（…), keep Latin words and numbers together, then shrink to a minimum size,
// then condense (長体), then report overflow. Never truncates.

#include "kakanai/layout/fonts.h"

#include <string>
#include <string_view>
#include <vector>

namespace kakanai {

struct ShapedChar {
    char32_t cp = 0;
    char32_t vs = 0; // variation selector that follows, or 0
    FontId font = 0;
    double advance = 0; // em
    bool newline = false;
};

struct Shaped {
    std::vector<ShapedChar> chars;
    std::vector<char32_t> missing; // characters no installed font can draw
};

Shaped shapeText(std::string_view text, std::string_view role, FontProvider& fonts);

struct LineSpan {
    std::size_t begin = 0, end = 0; // into Shaped::chars, end exclusive
    double width = 0;               // em
};

// Breaks into lines no wider than `widthEm` where possible (a single unbreakable unit wider than the
// line is broken by character).
std::vector<LineSpan> breakLines(const Shaped& s, double widthEm);

bool cannotStartLine(char32_t cp);
bool cannotEndLine(char32_t cp);

inline constexpr double kPtToMm = 25.4 / 72.0;
inline constexpr double kLineSpacing = 1.2; // line pitch as a multiple of the font size

struct Fit {
    std::vector<LineSpan> lines;
    double size = 0;   // pt
    double hscale = 1; // 長体 factor
    bool fits = false;
};

// Largest size from maxSize down to minSize (0.5 pt steps) at which the text fits in w × h mm in at
// most maxLines lines; then condenses down to minScale; fits = false if even that is not enough.
Fit fitText(const Shaped& s, double wMm, double hMm, double maxSize, double minSize, int maxLines,
            double minScale);

} // namespace kakanai
