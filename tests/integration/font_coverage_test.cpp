// Characters libharu cannot draw are never silently blank: 𠮷 (outside the BMP) is drawn as an outline
// from another font, 髙 and 﨑 print as text, and the text stays extractable.
#include "kakanai/forms/catalog.h"
#include "kakanai/forms/form_filler.h"
#include "kakanai/pdf/pdf_renderer.h"

#include "pdf_tools.h"
#include "test_support.h"

#include <gtest/gtest.h>

using namespace kakanai;

namespace {

struct Rendered {
    std::string pdfPath;
    pdf::PdfStats stats;
    FillOutput out;
};

Rendered render(const std::string& name, test::TempDir& dir) {
    const FormCatalog catalog = FormCatalog::load(test::sourcePath("forms"));
    const KioskConfig config = demoConfig(KAKANAI_TEST_SOURCE_DIR);
    auto person =
        parsePerson(R"({"schema": "kakanai-person/1", "source": "manual", "name": ")" + name + R"("})");
    EXPECT_TRUE(person.ok());
    FillRequest req;
    req.forms = {catalog.find("juminhyo")};
    req.person = &*person;
    req.config = &config;
    req.today = Date{2026, 11, 23};
    pdf::FontLibrary fonts;
    auto out = fillForms(req, fonts);
    EXPECT_TRUE(out.ok());
    pdf::PdfRenderer renderer(fonts);
    auto bytes = renderer.render(out->document);
    EXPECT_TRUE(bytes.ok());
    Rendered r{dir.file("f.pdf"), renderer.lastStats(), *out};
    test::writeFile(r.pdfPath, std::string(bytes->begin(), bytes->end()));
    return r;
}

const FilledField& nameField(const Rendered& r) {
    for (const auto& f : r.out.forms[0].fields)
        if (f.name == "applicant.name") return f;
    throw std::runtime_error("no name field");
}

TEST(FontCoverage, NonBmpKanjiIsDrawnAsAnOutlineNotBlank) {
    test::TempDir dir;
    const Rendered r = render("𠮷野　太郎", dir);
    const FilledField& name = nameField(r);
    ASSERT_EQ(name.state, FilledField::State::Filled);
    EXPECT_GE(r.stats.outlinedGlyphs, 1u);
    // pdftotext gives the rest of the name (𠮷 itself is a path, not text; U+3000 comes back as a break).
    const std::string text = test::pdfText(r.pdfPath, true);
    EXPECT_NE(text.find("野"), std::string::npos);
    EXPECT_NE(text.find("太郎"), std::string::npos);
    // And there is ink where 𠮷 stands: the first character cell of the name box.
    const int dpi = 200;
    const double px = dpi / 25.4;
    const test::GrayImage img = test::renderPage(r.pdfPath, 1, dpi);
    const int x = static_cast<int>((name.box.x + 0.8) * px), y = static_cast<int>(name.box.y * px);
    const int cell = static_cast<int>(15 * 25.4 / 72 * px); // one em at 15 pt
    EXPECT_GT(img.darkPixels(x, y, cell, static_cast<int>(name.box.h * px)), 150);
}

TEST(FontCoverage, RareKanjiInTheBmpPrintAsExtractableText) {
    test::TempDir dir;
    const Rendered r = render("髙﨑　邊齋", dir);
    EXPECT_EQ(nameField(r).state, FilledField::State::Filled);
    EXPECT_EQ(r.stats.outlinedGlyphs, 0u);
    const std::string text = test::pdfText(r.pdfPath, true);
    EXPECT_NE(text.find("髙﨑"), std::string::npos);
    EXPECT_NE(text.find("邊齋"), std::string::npos);
}

TEST(FontCoverage, IdeographicVariationSequenceIsNeverBlank) {
    test::TempDir dir;
    const Rendered r =
        render("葛\U000E0100城　花子", dir); // 葛 with IVS: drawn from IPAmj明朝's variant glyph
    EXPECT_EQ(nameField(r).state, FilledField::State::Filled);
    EXPECT_GE(r.stats.outlinedGlyphs, 1u);
    EXPECT_NE(test::pdfText(r.pdfPath, true).find("城"), std::string::npos);
}

TEST(FontCoverage, CharacterNoFontHasIsLeftForHandwriting) {
    test::TempDir dir;
    const Rendered r = render("\U0002FFFD野　太郎", dir); // unassigned plane-2 code point: no font has it
    EXPECT_EQ(nameField(r).state, FilledField::State::MissingGlyph);
    EXPECT_NE(test::pdfText(r.pdfPath, false).find("手書き"), std::string::npos);
}

TEST(FontCoverage, FontsAreEmbeddedAndSubset) {
    test::TempDir dir;
    const Rendered r = render("架空　花子", dir);
    const test::CommandResult fonts = test::run({"pdffonts", r.pdfPath});
    EXPECT_NE(fonts.out.find("CID TrueType"), std::string::npos) << fonts.out;
    EXPECT_NE(fonts.out.find("yes yes yes"), std::string::npos) << fonts.out; // embedded, subset, unicode
    EXPECT_LT(r.stats.subsetBytes, 120000u);
}

} // namespace
