#pragma once
// Installed Japanese fonts, by role ("mincho", "gothic", or a template's own), with fallbacks:
// IPAex → BIZ UD → IPAmj明朝 (61 000 glyphs incl. many outside the BMP and IVS) → Noto CJK (outlines only).
// Implements the layout's FontProvider with HarfBuzz metrics; the PDF renderer draws with the same fonts.

#include "kakanai/layout/fonts.h"

#include <map>
#include <memory>
#include <string>
#include <vector>

struct hb_face_t;
struct hb_font_t;

namespace kakanai::pdf {

struct FontFile {
    std::string path;
    hb_face_t* face = nullptr;
    hb_font_t* font = nullptr;
    unsigned upem = 1000;
    double ascent = 0.88;      // em; CJK fonts centre the ideographic em box on ascent .88 / descent .12
    bool glyfOutlines = false; // TrueType outlines: libharu can embed it (BMP characters only)
};

class FontLibrary final : public FontProvider {
public:
    // Finds the default fonts in the system font directories (and extraDirs).
    explicit FontLibrary(std::vector<std::string> extraDirs = {});
    ~FontLibrary() override;
    FontLibrary(const FontLibrary&) = delete;
    FontLibrary& operator=(const FontLibrary&) = delete;

    bool hasRole(std::string_view role) const override;
    Status defineRole(const std::string& role, const std::vector<std::string>& files) override;
    std::optional<FontId> fontFor(std::string_view role, char32_t cp, char32_t vs) override;
    double advance(FontId font, char32_t cp, char32_t vs) override;
    double ascent(FontId font) override;

    const FontFile& file(FontId id) const { return *m_files.at(id); }
    std::size_t fontCount() const { return m_files.size(); }
    // Glyph id in `font` for cp (+ variation selector); 0 when absent.
    unsigned glyph(FontId font, char32_t cp, char32_t vs) const;
    // Which default fonts were found (for `kakanai doctor`-style diagnostics and tests).
    std::vector<std::string> describe() const;

private:
    std::optional<FontId> open(const std::string& path);
    std::vector<std::unique_ptr<FontFile>> m_files;
    std::map<std::string, FontId, std::less<>> m_byPath;
    std::map<std::string, std::vector<FontId>, std::less<>> m_roles;
    std::vector<FontId> m_fallbacks;
    std::vector<std::string> m_dirs;      // system font directories, then the configured ones
    std::vector<std::string> m_extraDirs; // the configured ones (fonts.dirs)
};

} // namespace kakanai::pdf
