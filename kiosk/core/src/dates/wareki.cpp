#include "kakanai/dates/wareki.h"

#include "kakanai/text/numerals.h"

#include <array>

namespace kakanai {
namespace {

constexpr std::array<EraInfo, 5> kEras{{
    {Era::Meiji, "明治", "明", "M", "meiji", 1, Date{1873, 1, 1}},
    {Era::Taisho, "大正", "大", "T", "taisho", 2, Date{1912, 7, 30}},
    {Era::Showa, "昭和", "昭", "S", "showa", 3, Date{1926, 12, 25}},
    {Era::Heisei, "平成", "平", "H", "heisei", 4, Date{1989, 1, 8}},
    {Era::Reiwa, "令和", "令", "R", "reiwa", 5, Date{2019, 5, 1}},
}};

// The year in which an era's 元年 falls (明治 counts from 1868 although we only map dates from 1873).
int eraBaseYear(Era e) {
    return e == Era::Meiji ? 1868 : eraInfo(e).first.year;
}

} // namespace

std::span<const EraInfo> eras() {
    return kEras;
}

const EraInfo& eraInfo(Era era) {
    return kEras[static_cast<std::size_t>(era)];
}

std::optional<Era> eraFromId(std::string_view id) {
    for (const auto& e : kEras)
        if (e.id == id) return e.era;
    return std::nullopt;
}

std::optional<Era> eraFromName(std::string_view name) {
    for (const auto& e : kEras) {
        if (name == e.name || name == e.shortName || name == e.latin) return e.era;
        if (name.size() == 1 && e.latin[0] == name[0] - 'a' + 'A') return e.era;
    }
    return std::nullopt;
}

std::optional<Wareki> toWareki(const Date& d) {
    if (!d.valid() || d < kEras.front().first) return std::nullopt;
    for (auto it = kEras.rbegin(); it != kEras.rend(); ++it)
        if (d >= it->first) return Wareki{it->era, d.year - eraBaseYear(it->era) + 1, d.month, d.day};
    return std::nullopt;
}

std::optional<Date> fromWareki(Era era, int year, int month, int day) {
    if (year < 1 || year > 200) return std::nullopt;
    const Date d{eraBaseYear(era) + year - 1, month, day};
    if (!d.valid()) return std::nullopt;
    const auto w = toWareki(d);
    if (!w || w->era != era) return std::nullopt; // outside this era (e.g. 昭和64年1月8日)
    return d;
}

std::string warekiYearText(int year) {
    return year == 1 ? "元" : std::to_string(year);
}

std::string formatWareki(const Wareki& w, WarekiStyle style) {
    const EraInfo& info = eraInfo(w.era);
    const std::string era(info.name);
    switch (style) {
    case WarekiStyle::FullWidthSpaced: {
        const std::string year = w.year == 1 ? "元" : text::fullWidthNumber(w.year);
        return era + "\u3000" + year + "年\u3000" + text::fullWidthNumber(w.month) + "月\u3000" +
               text::fullWidthNumber(w.day) + "日";
    }
    case WarekiStyle::Kanji:
        return era + (w.year == 1 ? "元" : text::kanjiNumber(w.year)) + "年" + text::kanjiNumber(w.month) +
               "月" + text::kanjiNumber(w.day) + "日";
    case WarekiStyle::Abbreviated:
        return std::string(info.latin) + std::to_string(w.year) + "." + std::to_string(w.month) + "." +
               std::to_string(w.day);
    case WarekiStyle::Compact:
        break;
    }
    return era + warekiYearText(w.year) + "年" + std::to_string(w.month) + "月" + std::to_string(w.day) +
           "日";
}

std::string formatWareki(const Date& d, WarekiStyle style) {
    if (auto w = toWareki(d)) return formatWareki(*w, style);
    return std::to_string(d.year) + "年" + std::to_string(d.month) + "月" + std::to_string(d.day) + "日";
}

} // namespace kakanai
