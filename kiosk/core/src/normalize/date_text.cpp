#include "kakanai/normalize/date_text.h"

#include "kakanai/base/utf8.h"
#include "kakanai/text/kana_width.h"
#include "kakanai/text/numerals.h"

#include <algorithm>

namespace kakanai::normalize {
namespace {

std::string trimmed(std::string_view s) {
    std::string t = text::toHalfWidth(s); // full-width digits and U+3000 → ASCII
    const auto first = t.find_first_not_of(" \t");
    if (first == std::string::npos) return {};
    const auto last = t.find_last_not_of(" \t");
    return t.substr(first, last - first + 1);
}

bool allDigits(std::string_view s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

} // namespace

std::optional<DateReading> readDate(std::string_view text) {
    const std::string t = trimmed(text);
    if (allDigits(t)) {
        if (t.size() == 7)
            if (auto d = parseLicenceDate(t)) return DateReading{*d, DateNotation::Licence};
        if (t.size() == 8) {
            const Date d{std::stoi(t.substr(0, 4)), std::stoi(t.substr(4, 2)), std::stoi(t.substr(6, 2))};
            if (d.valid()) return DateReading{d, DateNotation::Digits8};
        }
        return std::nullopt;
    }
    const auto d = parseJapaneseDate(text);
    if (!d) return std::nullopt;
    // 西暦 starts with its year (2019年, 二〇一九年); 和暦 with its era (令和, R, ㋿).
    const std::u32string u = utf8::decode(t);
    const bool gregorian = !u.empty() && (text::arabicDigit(u[0]) >= 0 || text::isKanjiNumeral(u[0]));
    return DateReading{*d, gregorian ? DateNotation::Gregorian : DateNotation::Wareki};
}

std::string_view notationId(DateNotation n) {
    switch (n) {
    case DateNotation::Wareki:
        return "wareki";
    case DateNotation::Gregorian:
        return "gregorian";
    case DateNotation::Licence:
        return "licence";
    case DateNotation::Digits8:
        return "digits8";
    }
    return "wareki";
}

std::string formatGregorian(const Date& d, bool fullWidth) {
    auto n = [&](int v) { return fullWidth ? text::fullWidthNumber(v) : std::to_string(v); };
    return n(d.year) + "年" + n(d.month) + "月" + n(d.day) + "日";
}

std::optional<EraMark> eraMark(const Date& d, std::span<const Era> offered) {
    const auto w = toWareki(d);
    if (!w) return std::nullopt;
    if (std::find(offered.begin(), offered.end(), w->era) != offered.end()) return EraMark{w->era, {}};
    return EraMark{std::nullopt, std::string(eraInfo(w->era).name)};
}

std::string eraListPreview(const Date& d, std::span<const Era> offered) {
    const auto w = toWareki(d);
    std::string out;
    for (Era e : offered) {
        if (!out.empty()) out += "・";
        const std::string name(eraInfo(e).shortName);
        out += (w && w->era == e) ? "(" + name + ")" : name;
    }
    if (const auto mark = eraMark(d, offered); mark && !mark->circle) out += "　" + mark->written;
    return out;
}

} // namespace kakanai::normalize
