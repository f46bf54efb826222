#include "kakanai/forms/form_filler.h"
#include "kakanai/forms/template_loader.h"

#include "test_support.h"

#include <gtest/gtest.h>

using namespace kakanai;

namespace {

const char* kPerson = R"({"schema": "kakanai-person/1", "source": "mynumber-card",
  "name": "架空　花子", "birth_date": "1989-01-08", "sex": "female", "address": "東京都千代田区九段南一丁目２番３号",
  "postal_code": "1020074", "needs_check": ["address"],
  "household": [{"name": "架空　一郎", "relationship": "夫", "flags": ["requested"]},
                {"name": "架空　桜", "relationship": "子", "flags": ["requested"]},
                {"name": "架空　陽向", "relationship": "子", "flags": ["requested"]},
                {"name": "架空　太郎", "relationship": "子", "flags": ["requested"]},
                {"name": "架空　次郎", "relationship": "子"}]})";

struct Layout : ::testing::Test {
    FormTemplate form;
    Person person;
    KioskConfig config = demoConfig(KAKANAI_TEST_SOURCE_DIR);
    FixedPitchFonts fonts;

    void SetUp() override {
        auto load = loadTemplate(test::sourcePath("forms/juminhyo.json"));
        ASSERT_TRUE(load.form);
        form = *load.form;
        auto p = parsePerson(kPerson);
        ASSERT_TRUE(p.ok()) << p.error().describe();
        person = *p;
    }

    FillOutput fill() {
        FillRequest req;
        req.forms = {&form};
        req.person = &person;
        req.config = &config;
        req.today = Date{2026, 11, 23};
        auto out = fillForms(req, fonts);
        EXPECT_TRUE(out.ok());
        return *out;
    }

    static const FilledField* field(const FillOutput& out, const std::string& name) {
        for (const auto& f : out.forms[0].fields)
            if (f.name == name) return &f;
        return nullptr;
    }

    static std::string pageText(const Page& page) {
        std::string all;
        for (const auto& op : page.ops)
            if (const auto* t = std::get_if<TextOp>(&op)) all += t->text;
        return all;
    }
};

TEST_F(Layout, FillsBoundFieldsAndReportsThem) {
    const FillOutput out = fill();
    const auto* name = field(out, "applicant.name");
    ASSERT_TRUE(name);
    EXPECT_EQ(name->state, FilledField::State::Filled);
    EXPECT_EQ(name->text, "架空　花子");
    const auto* address = field(out, "applicant.address");
    ASSERT_TRUE(address);
    EXPECT_TRUE(address->needsCheck);
    const auto* birth = field(out, "applicant.birth_date");
    ASSERT_TRUE(birth);
    EXPECT_EQ(birth->text, "平成元年1月8日");
    EXPECT_EQ(field(out, "request_date")->text, "令和8年11月23日");
    EXPECT_EQ(field(out, "applicant.postal_code")->text, "1020074");
    EXPECT_EQ(field(out, "addressee")->text, "架空市長");
    EXPECT_EQ(field(out, "applicant.phone")->state, FilledField::State::Empty);
}

TEST_F(Layout, RepeatRowsContinueOnACopyOfThePage) {
    // The resident and four flagged members: five rows, four per page → two pages.
    const FillOutput out = fill();
    ASSERT_EQ(out.document.pages.size(), 2u);
    EXPECT_EQ(field(out, "targets[0].relationship")->text, "本人");
    EXPECT_EQ(field(out, "targets[1].name")->text, "架空　一郎");
    const auto* fifth = field(out, "targets[4].name");
    ASSERT_TRUE(fifth);
    EXPECT_EQ(fifth->text, "架空　太郎");
    EXPECT_EQ(fifth->page, 1);
    EXPECT_FALSE(field(out, "targets[5].name")); // the unflagged member is not listed
    EXPECT_NE(pageText(out.document.pages[1]).find("続き 2/2"), std::string::npos);
    EXPECT_NE(pageText(out.document.pages[0]).find("1/2"), std::string::npos);
}

TEST_F(Layout, VersionIsPrintedOnEveryPage) {
    const FillOutput out = fill();
    for (const auto& page : out.document.pages)
        EXPECT_NE(pageText(page).find("様式 juminhyo 版 " + form.version), std::string::npos);
}

TEST_F(Layout, QrCodeOnEveryPageFromTheCallersPayload) {
    FillRequest req;
    req.forms = {&form};
    req.person = &person;
    req.config = &config;
    req.today = Date{2026, 11, 23};
    std::vector<int> pagesAsked;
    req.qrPayload = [&](const FilledForm& f, int page) -> Result<std::string> {
        pagesAsked.push_back(page);
        return "PAYLOAD:" + f.formId;
    };
    auto out = fillForms(req, fonts);
    ASSERT_TRUE(out.ok());
    EXPECT_EQ(pagesAsked, (std::vector<int>{0, 1}));
    for (const auto& page : out->document.pages)
        EXPECT_TRUE(std::any_of(page.ops.begin(), page.ops.end(),
                                [](const DrawOp& op) { return std::holds_alternative<QrOp>(op); }));
}

TEST_F(Layout, TooLargeQrPayloadIsAnErrorNotATruncatedCode) {
    FillRequest req;
    req.forms = {&form};
    req.config = &config;
    req.today = Date{2026, 11, 23};
    req.qrPayload = [](const FilledForm&, int) -> Result<std::string> { return std::string(3000, 'A'); };
    auto out = fillForms(req, fonts);
    ASSERT_FALSE(out.ok());
    EXPECT_EQ(out.error().code.substr(0, 3), "qr.");
}

TEST_F(Layout, MissingGlyphLeavesTheFieldForHandwriting) {
    fonts.missing.insert(U'花');
    const FillOutput out = fill();
    EXPECT_EQ(field(out, "applicant.name")->state, FilledField::State::MissingGlyph);
    EXPECT_EQ(field(out, "applicant.name")->text, "");
    EXPECT_TRUE(out.needsHandwriting());
    EXPECT_NE(pageText(out.document.pages[0]).find("手書き"), std::string::npos);
}

TEST_F(Layout, BlankFormWithoutAPerson) {
    FillRequest req;
    req.forms = {&form};
    req.config = &config;
    req.today = Date{2026, 11, 23};
    auto out = fillForms(req, fonts);
    ASSERT_TRUE(out.ok());
    EXPECT_EQ(out->document.pages.size(), 1u);
    EXPECT_EQ(field(*out, "applicant.name")->state, FilledField::State::Empty);
}

TEST_F(Layout, ProofOutlinesEveryFieldWithLongSamples) {
    FillRequest req;
    req.forms = {&form};
    req.config = &config;
    req.today = Date{2026, 11, 23};
    req.proof = true;
    auto out = fillForms(req, fonts);
    ASSERT_TRUE(out.ok());
    const std::string text = pageText(out->document.pages[0]);
    EXPECT_NE(text.find("applicant.address"), std::string::npos); // field names printed
    EXPECT_NE(text.find("校正用"), std::string::npos);
    EXPECT_NE(text.find("勅使河原"), std::string::npos); // the long sample name
    appendCalibrationPage(out->document, fonts, Calibration{0.5, -1.0, 1.0, 1.0}, "counter-1");
    EXPECT_NE(pageText(out->document.pages.back()).find("counter-1"), std::string::npos);
}

} // namespace
