#include "kakanai/layout/fonts.h"

namespace kakanai {

bool FixedPitchFonts::hasRole(std::string_view role) const {
    return role == "mincho" || role == "gothic" || m_extraRoles.find(role) != m_extraRoles.end();
}

Status FixedPitchFonts::defineRole(const std::string& role, const std::vector<std::string>&) {
    m_extraRoles.insert(role);
    return {};
}

std::optional<FontId> FixedPitchFonts::fontFor(std::string_view role, char32_t cp, char32_t) {
    if (missing.contains(cp)) return std::nullopt;
    return role == "gothic" ? FontId{1} : FontId{0};
}

double FixedPitchFonts::advance(FontId, char32_t cp, char32_t) {
    const bool wide = cp >= 0x1100 && !(cp >= 0xFF61 && cp <= 0xFF9F);
    return wide ? 1.0 : 0.5;
}

} // namespace kakanai
