#include "kakanai/forms/template.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace kakanai {

std::string pick(const I18nText& text, const std::string& language) {
    if (auto it = text.find(language); it != text.end() && !it->second.empty()) return it->second;
    if (auto it = text.find("ja"); it != text.end()) return it->second;
    return text.empty() ? std::string() : text.begin()->second;
}

namespace {
Rect unite(const Rect& a, const Rect& b) {
    if (a.w == 0 && a.h == 0) return b;
    const double x = std::min(a.x, b.x), y = std::min(a.y, b.y);
    return Rect{x, y, std::max(a.right(), b.right()) - x, std::max(a.bottom(), b.bottom()) - y};
}
} // namespace

Rect GridItem::bounds() const {
    return Rect{x, y, std::accumulate(cols.begin(), cols.end(), 0.0),
                std::accumulate(rows.begin(), rows.end(), 0.0)};
}

Rect CellsItem::cell(int index) const {
    double offset = index * cellW;
    int seen = 0;
    for (std::size_t g = 0; g + 1 < groups.size(); ++g) {
        seen += groups[g];
        if (index >= seen) offset += groupGap;
    }
    return Rect{x + offset, y, cellW, cellH};
}

Rect CellsItem::bounds() const {
    const Rect last = cell(count - 1);
    return Rect{x, y, last.right() - x, cellH};
}

Rect DateItem::bounds() const {
    const double eraPart = eras.empty() ? eraW * 2.2 : eraW * static_cast<double>(eras.size());
    return Rect{x, y, eraPart + yearW + monthW + dayW, h};
}

Rect ChoiceItem::bounds() const {
    Rect r;
    for (const auto& o : options)
        r = unite(r, o.box);
    return r;
}

Rect RepeatItem::bounds() const {
    Rect first;
    for (const auto& item : items) {
        std::visit(
            [&](const auto& it) {
                using T = std::decay_t<decltype(it)>;
                if constexpr (std::is_same_v<T, FieldItem> || std::is_same_v<T, StaticText> ||
                              std::is_same_v<T, BoxItem>)
                    first = unite(first, it.box);
                else if constexpr (std::is_same_v<T, CellsItem> || std::is_same_v<T, DateItem> ||
                                   std::is_same_v<T, ChoiceItem> || std::is_same_v<T, GridItem>)
                    first = unite(first, it.bounds());
                else if constexpr (std::is_same_v<T, LineItem>)
                    first = unite(first, Rect{std::min(it.x1, it.x2), std::min(it.y1, it.y2),
                                              std::abs(it.x2 - it.x1), std::abs(it.y2 - it.y1)});
            },
            item);
    }
    first.h += pitch * (maxRows - 1);
    return first;
}

namespace {
// Short and long side of the ISO A / JIS B sizes templates may use, in mm.
std::pair<double, double> paperSides(const std::string& size) {
    if (size == "A3") return {297, 420};
    if (size == "B4") return {257, 364};
    if (size == "B5") return {182, 257};
    return {210, 297}; // A4
}
} // namespace

double Paper::widthMm() const {
    const auto [shortSide, longSide] = paperSides(size);
    return landscape ? longSide : shortSide;
}

double Paper::heightMm() const {
    const auto [shortSide, longSide] = paperSides(size);
    return landscape ? shortSide : longSide;
}

const Question* FormTemplate::question(const std::string& qid) const {
    for (const auto& q : questions)
        if (q.id == qid) return &q;
    return nullptr;
}

} // namespace kakanai
