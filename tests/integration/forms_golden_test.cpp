// Golden tests per form: each shipped template filled for the fictional demo household, rendered with
// libharu, read back with pdftotext (text) and from the layout (field positions), and rendered to PNG.
#include "kakanai/forms/catalog.h"
#include "kakanai/forms/form_filler.h"
#include "kakanai/pdf/pdf_renderer.h"
#include "kakanai/person/sample_people.h"

#include "pdf_tools.h"
#include "test_support.h"

#include <nlohmann/json.hpp>

#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>

using namespace kakanai;

namespace {

std::vector<std::string> shippedForms() {
    std::vector<std::string> ids;
    const FormCatalog catalog = FormCatalog::load(test::sourcePath("forms"));
    for (const auto& e : catalog.entries())
        if (e.form) ids.push_back(e.form->id);
    return ids;
}

double round1(double v) {
    return std::round(v * 10.0) / 10.0;
}

class FormGolden : public ::testing::TestWithParam<std::string> {};

TEST_P(FormGolden, TextAndFieldPositionsMatchTheReviewedGolden) {
    const std::string id = GetParam();
    const FormCatalog catalog = FormCatalog::load(test::sourcePath("forms"));
    const FormTemplate* form = catalog.find(id);
    ASSERT_TRUE(form);
    const KioskConfig config = demoConfig(KAKANAI_TEST_SOURCE_DIR);
    auto person = parsePerson(demoPersonJson());
    ASSERT_TRUE(person.ok());
    std::optional<AnswersDocument> answers;
    const std::string answersPath = test::sourcePath("tests/fixtures/answers/" + id + ".json");
    if (std::filesystem::exists(answersPath)) {
        auto a = readAnswersFile(answersPath);
        ASSERT_TRUE(a.ok()) << a.error().describe();
        answers = *a;
    }
    FillRequest req;
    req.forms = {form};
    req.person = &*person;
    req.answers = answers ? &*answers : nullptr;
    req.config = &config;
    req.today = Date{2026, 11, 23};
    pdf::FontLibrary fonts;
    auto out = fillForms(req, fonts);
    ASSERT_TRUE(out.ok()) << out.error().describe();
    pdf::PdfRenderer renderer(fonts);
    auto bytes = renderer.render(out->document);
    ASSERT_TRUE(bytes.ok()) << bytes.error().describe();

    test::TempDir dir;
    const std::string pdfPath = dir.file(id + ".pdf");
    test::writeFile(pdfPath, std::string(bytes->begin(), bytes->end()));

    // 1. The text a person (or a screen reader, or staff software) gets back from the PDF.
    EXPECT_TRUE(test::matchesGolden("forms/" + id + ".txt", test::pdfText(pdfPath)))
        << "pdftotext output changed: see tests/golden/forms/" << id << ".txt.fail";

    // 2. Where every bound field landed, and what was printed in it.
    nlohmann::json fields = nlohmann::json::array();
    for (const auto& f : out->forms[0].fields)
        fields.push_back({{"name", f.name},
                          {"page", f.page + 1},
                          {"state", toString(f.state)},
                          {"text", f.text},
                          {"box_mm", {round1(f.box.x), round1(f.box.y), round1(f.box.w), round1(f.box.h)}}});
    std::string fieldLines = "[\n";
    for (std::size_t i = 0; i < fields.size(); ++i)
        fieldLines += " " + fields[i].dump() + (i + 1 < fields.size() ? ",\n" : "\n");
    fieldLines += "]\n";
    EXPECT_TRUE(test::matchesGolden("forms/" + id + ".fields.json", fieldLines))
        << "field layout changed: see tests/golden/forms/" << id << ".fields.json.fail";

    // 3. Every page renders, and has ink on it (a blank page would mean a silent drawing failure).
    for (int p = 1; p <= static_cast<int>(out->document.pages.size()); ++p) {
        const test::GrayImage img = test::renderPage(pdfPath, p, 50);
        EXPECT_GT(img.darkPixels(0, 0, img.width, img.height), 2000) << "page " << p;
    }
    // PNG of each page for people to look at (kept in the build tree).
    std::filesystem::create_directories(test::binaryPath("test-output/forms"));
    test::run({"pdftoppm", "-q", "-r", "100", "-png", pdfPath, test::binaryPath("test-output/forms/" + id)});
}

INSTANTIATE_TEST_SUITE_P(Forms, FormGolden, ::testing::ValuesIn(shippedForms()),
                         [](const ::testing::TestParamInfo<std::string>& param) {
                             std::string n = param.param;
                             for (char& c : n)
                                 if (c == '-') c = '_';
                             return n;
                         });

} // namespace
