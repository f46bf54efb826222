// Golden tests per form: each shipped template filled for the fictional demo household, rendered with
// libharu, read back with pdftotext (text) and from the layout (field positions), and rendered to PNG.
#include "kakanai/base/utf8.h"
#include "kakanai/forms/catalog.h"
#include "kakanai/forms/form_filler.h"
#include "kakanai/pdf/pdf_renderer.h"
#include "kakanai/person/sample_people.h"

#include "pdf_tools.h"
#include "test_support.h"

#include <nlohmann/json.hpp>

#include <gtest/gtest.h>

#include <algorithm>
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

// Printers cannot reach the outer ~5 mm of the sheet: nothing a form prints may lie there, for any of the
// fictional people (long address, 𠮷, foreign name) — with or without answers.
struct Extent {
    double left = 1e9, top = 1e9, right = -1e9, bottom = -1e9;
    void add(double x0, double y0, double x1, double y1) {
        left = std::min(left, x0), top = std::min(top, y0), right = std::max(right, x1),
        bottom = std::max(bottom, y1);
    }
};

Extent extentOf(const DrawOp& op) {
    Extent e;
    if (const auto* t = std::get_if<TextOp>(&op)) {
        const double em = t->size * 25.4 / 72.0;
        double w = 0; // generous estimate: full-width characters 1 em, everything else 0.6 em
        for (char32_t c : utf8::decode(t->text))
            w += (c >= 0x2E80 ? 1.0 : 0.6) * em * t->hscale;
        e.add(t->x, t->y - 0.9 * em, t->x + w, t->y + 0.15 * em);
    } else if (const auto* l = std::get_if<LineOp>(&op)) {
        e.add(std::min(l->x1, l->x2), std::min(l->y1, l->y2), std::max(l->x1, l->x2), std::max(l->y1, l->y2));
    } else if (const auto* r = std::get_if<RectOp>(&op)) {
        e.add(r->rect.x, r->rect.y, r->rect.right(), r->rect.bottom());
    } else if (const auto* el = std::get_if<EllipseOp>(&op)) {
        e.add(el->cx - el->rx, el->cy - el->ry, el->cx + el->rx, el->cy + el->ry);
    } else if (const auto* q = std::get_if<QrOp>(&op)) {
        e.add(q->x, q->y, q->x + q->module * q->modules, q->y + q->module * q->modules);
    } else if (const auto* c = std::get_if<CheckOp>(&op)) {
        e.add(c->box.x, c->box.y, c->box.right(), c->box.bottom());
    }
    return e;
}

TEST_P(FormGolden, EverythingIsPrintedInsideTheFiveMillimetreMargin) {
    const FormCatalog catalog = FormCatalog::load(test::sourcePath("forms"));
    const FormTemplate* form = catalog.find(GetParam());
    ASSERT_TRUE(form);
    const KioskConfig config = demoConfig(KAKANAI_TEST_SOURCE_DIR);
    pdf::FontLibrary fonts;
    for (const auto& sample : samplePeople()) {
        auto person = parsePerson(sample.json);
        ASSERT_TRUE(person.ok());
        FillRequest req;
        req.forms = {form};
        req.person = &*person;
        req.config = &config;
        req.today = Date{2026, 11, 23};
        req.qrPayload = [](const FilledForm&, int) -> Result<std::string> { return std::string(300, 'Q'); };
        auto out = fillForms(req, fonts);
        ASSERT_TRUE(out.ok()) << out.error().describe();
        for (std::size_t p = 0; p < out->document.pages.size(); ++p) {
            const Page& page = out->document.pages[p];
            for (const auto& op : page.ops) {
                const Extent e = extentOf(op);
                const bool inside = e.left >= 5.0 - 0.01 && e.top >= 5.0 - 0.01 &&
                                    e.right <= page.width - 5.0 + 0.01 &&
                                    e.bottom <= page.height - 5.0 + 0.01;
                const auto* t = std::get_if<TextOp>(&op);
                EXPECT_TRUE(inside) << sample.key << " page " << p + 1 << ": drawn at (" << e.left << ", "
                                    << e.top << ")–(" << e.right << ", " << e.bottom << ") mm"
                                    << (t ? " text \"" + t->text + "\"" : std::string());
            }
        }
    }
}

INSTANTIATE_TEST_SUITE_P(Forms, FormGolden, ::testing::ValuesIn(shippedForms()),
                         [](const ::testing::TestParamInfo<std::string>& param) {
                             std::string n = param.param;
                             for (char& c : n)
                                 if (c == '-') c = '_';
                             return n;
                         });

} // namespace
