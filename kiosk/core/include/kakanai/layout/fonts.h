#pragma once
// Font port: the layout asks which font can draw a character and how wide it is. The PDF driver
// implements it with the real fonts (HarfBuzz); tests use FixedPitchFonts.

#include "kakanai/base/result.h"
#include "kakanai/layout/document.h"

#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace kakanai {

class FontProvider {
public:
    virtual ~FontProvider() = default;
    // Built-in roles are "mincho" and "gothic"; a template may add roles from font files.
    virtual bool hasRole(std::string_view role) const = 0;
    virtual Status defineRole(const std::string& role, const std::vector<std::string>& files) = 0;
    // The font that draws `cp` (followed by variation selector `vs`, or 0) for `role`: the role's fonts
    // first, then the fallback fonts. nullopt: no installed font has the glyph.
    virtual std::optional<FontId> fontFor(std::string_view role, char32_t cp, char32_t vs) = 0;
    // Advance width in em (1.0 = the font size), and the ascent above the baseline in em.
    virtual double advance(FontId font, char32_t cp, char32_t vs) = 0;
    virtual double ascent(FontId font) = 0;
};

// Test double: every character is 1 em wide if it is CJK-width, 0.5 em otherwise; characters in
// `missing` have no font. Deterministic, for unit tests of line breaking and layout.
class FixedPitchFonts final : public FontProvider {
public:
    std::set<char32_t> missing;
    bool hasRole(std::string_view role) const override;
    Status defineRole(const std::string& role, const std::vector<std::string>& files) override;
    std::optional<FontId> fontFor(std::string_view role, char32_t cp, char32_t vs) override;
    double advance(FontId font, char32_t cp, char32_t vs) override;
    double ascent(FontId) override { return 0.88; }

private:
    std::set<std::string, std::less<>> m_extraRoles;
};

} // namespace kakanai
