#include "kakanai/layout/text_fit.h"

#include "kakanai/base/utf8.h"

#include <algorithm>
#include <cmath>

namespace kakanai {
namespace {

constexpr std::u32string_view kNoStart =
    U"、。，．,.:;!?）］｝〕〉》」』】〙〗〟’”｠»ゝゞー－ｰ‐゠–〜～?!‼⁇⁈⁉・：；"
    U"ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ々〻ｧｨｩｪｫｬｭｮｯ)]}%"
    U"％°′″℃";
constexpr std::u32string_view kNoEnd = U"（［｛〔〈《「『【〘〖〝‘“｟«([{￥＄$#＃";

// Latin letters and digits (half and full width) form words that are not split across lines.
bool isWordChar(char32_t c) {
    return (c >= U'0' && c <= U'9') || (c >= U'A' && c <= U'Z') || (c >= U'a' && c <= U'z') ||
           (c >= 0xFF10 && c <= 0xFF19) || (c >= 0xFF21 && c <= 0xFF3A) || (c >= 0xFF41 && c <= 0xFF5A) ||
           c == U'\'' || c == U'-' || (c >= 0xC0 && c <= 0x24F);
}

} // namespace

bool cannotStartLine(char32_t cp) {
    return kNoStart.find(cp) != std::u32string_view::npos;
}
bool cannotEndLine(char32_t cp) {
    return kNoEnd.find(cp) != std::u32string_view::npos;
}

Shaped shapeText(std::string_view text, std::string_view role, FontProvider& fonts) {
    Shaped out;
    const std::u32string u = utf8::decode(text);
    out.chars.reserve(u.size());
    for (std::size_t i = 0; i < u.size(); ++i) {
        const char32_t cp = u[i];
        if (utf8::isVariationSelector(cp)) continue; // attached to the previous character below
        if (cp == U'\n') {
            out.chars.push_back(ShapedChar{cp, 0, 0, 0, true});
            continue;
        }
        const char32_t vs = i + 1 < u.size() && utf8::isVariationSelector(u[i + 1]) ? u[i + 1] : 0;
        auto font = fonts.fontFor(role, cp, vs);
        if (!font) {
            out.missing.push_back(cp);
            continue;
        }
        out.chars.push_back(ShapedChar{cp, vs, *font, fonts.advance(*font, cp, vs), false});
    }
    return out;
}

std::vector<LineSpan> breakLines(const Shaped& s, double widthEm) {
    std::vector<LineSpan> lines;
    const auto& c = s.chars;
    std::size_t start = 0;
    while (start < c.size()) {
        // Greedy: take characters while they fit.
        double w = 0;
        std::size_t end = start;
        while (end < c.size() && !c[end].newline && (end == start || w + c[end].advance <= widthEm + 1e-9)) {
            w += c[end].advance;
            ++end;
        }
        if (end < c.size() && !c[end].newline && end > start) {
            std::size_t brk = end;
            // Keep Latin words and numbers whole when the word started on this line.
            if (isWordChar(c[brk].cp) && isWordChar(c[brk - 1].cp)) {
                std::size_t k = brk;
                while (k > start && isWordChar(c[k - 1].cp))
                    --k;
                if (k > start) brk = k;
            }
            // 禁則: move characters down while the next line would start with a forbidden character
            // or this line would end with one.
            while (brk > start + 1 && (cannotStartLine(c[brk].cp) || cannotEndLine(c[brk - 1].cp)))
                --brk;
            if (brk > start) end = brk;
        }
        LineSpan line{start, end, 0};
        for (std::size_t k = start; k < end; ++k)
            line.width += c[k].advance;
        lines.push_back(line);
        start = end;
        if (start < c.size() && c[start].newline) {
            ++start;
            if (start == c.size()) lines.push_back(LineSpan{start, start, 0});
        }
    }
    return lines;
}

Fit fitText(const Shaped& s, double wMm, double hMm, double maxSize, double minSize, int maxLines,
            double minScale) {
    Fit fit;
    auto heightOf = [](std::size_t n, double size) {
        return size * kPtToMm * (1.0 + kLineSpacing * static_cast<double>(n - 1));
    };
    auto widest = [](const std::vector<LineSpan>& lines) {
        double w = 0;
        for (const auto& l : lines)
            w = std::max(w, l.width);
        return w;
    };
    // maxSize, then the 0.5 pt grid below it, then minSize itself.
    std::vector<double> sizes{maxSize};
    for (int half = static_cast<int>(std::ceil(maxSize * 2.0 - 1.0)); half / 2.0 > minSize + 1e-9; --half)
        if (half / 2.0 < maxSize - 1e-9) sizes.push_back(half / 2.0);
    if (minSize < maxSize - 1e-9) sizes.push_back(minSize);
    for (double size : sizes) {
        const double widthEm = wMm / (size * kPtToMm);
        auto lines = breakLines(s, widthEm);
        if (lines.empty()) lines.push_back(LineSpan{});
        if (static_cast<int>(lines.size()) <= maxLines && heightOf(lines.size(), size) <= hMm + 1e-6 &&
            widest(lines) <= widthEm + 1e-9) {
            fit.lines = std::move(lines);
            fit.size = size;
            fit.fits = true;
            return fit;
        }
    }
    // At the minimum size: condense (長体) so the lines fit the width.
    fit.size = minSize;
    const double baseEm = wMm / (minSize * kPtToMm);
    for (int step = 19; step / 20.0 >= minScale - 1e-9; --step) {
        const double scale = step / 20.0;
        auto lines = breakLines(s, baseEm / scale);
        if (lines.empty()) lines.push_back(LineSpan{});
        if (static_cast<int>(lines.size()) <= maxLines && heightOf(lines.size(), minSize) <= hMm + 1e-6 &&
            widest(lines) * scale <= baseEm + 1e-9) {
            fit.lines = std::move(lines);
            fit.hscale = scale;
            fit.fits = true;
            return fit;
        }
    }
    fit.lines = breakLines(s, baseEm / std::max(minScale, 0.5));
    fit.hscale = minScale;
    fit.fits = false;
    return fit;
}

} // namespace kakanai
