#pragma once
// Groups of kanji that are variants of one another in names (崎/﨑, 高/髙, 辺/邊/邉, 斎/齋/齊 …).
// A name containing one of them may really show another form on the card; the reader compares the
// glyph with each form and, where the forms stay close, asks the resident to check. Data file:
// kiosk/data/ocr/kanji-variants.json ({"schema": "kakanai-kanji-variants/1", "groups": ["崎﨑", …]}).

#include "kakanai/base/result.h"

#include <string>
#include <string_view>
#include <vector>

namespace kakanai::ocr {

class KanjiVariants {
public:
    KanjiVariants() = default;
    explicit KanjiVariants(std::vector<std::u32string> groups);

    // The group holding `c` (itself included), or empty.
    std::u32string_view groupOf(char32_t c) const;
    const std::vector<std::u32string>& groups() const { return m_groups; }

private:
    std::vector<std::u32string> m_groups;
};

Result<KanjiVariants> parseKanjiVariants(std::string_view json);
Result<KanjiVariants> loadKanjiVariants(const std::string& path);

} // namespace kakanai::ocr
