#include "kakanai/forms/form_filler.h"
#include "kakanai/forms/template_loader.h"

#include "test_support.h"

#include <gtest/gtest.h>

#include <algorithm>

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

// A one-page template with a repeat of people flagged "moving" and a row-level answer.
FormTemplate rowsTemplate(bool filterSelf) {
    const std::string json = std::string(R"({"format": "kakanai-form/1", "id": "rows", "version": "1",
      "valid_from": "2024-01-01", "default_font": "gothic",
      "title": {"ja": "行", "ja-easy": "ぎょう", "en": "Rows"},
      "paper": {"size": "A4", "orientation": "portrait"},
      "questions": [{"id": "living", "type": "choice", "label": {"ja": "同居", "ja-easy": "いっしょ", "en": "Living"},
                     "choices": [{"value": "together", "label": {"ja": "同居", "ja-easy": "いっしょ", "en": "Together"}},
                                 {"value": "apart", "label": {"ja": "別居", "ja-easy": "べつ", "en": "Apart"}}],
                     "default": "together"}],
      "pages": [{"items": [{"type": "repeat", "name": "movers", "include_self": true, "filter_self": )") +
                             (filterSelf ? "true" : "false") + R"(,
        "filter": {"flags": ["moving"]}, "max_rows": 3, "pitch": 10, "items": [
          {"type": "field", "name": "name", "bind": "row.name", "x": 20, "y": 20, "w": 60, "h": 8},
          {"type": "field", "name": "no", "handwritten": "my-number", "x": 90, "y": 20, "w": 40, "h": 8},
          {"type": "choice", "name": "living", "bind": "answers.living", "mark": "circle",
           "options": [{"value": "together", "x": 140, "y": 20, "w": 12, "h": 8, "label": "同居"}]}]}]}]})";
    auto load = parseTemplate(json, "rows.json");
    EXPECT_TRUE(load.form) << (load.problems.empty() ? "" : load.problems[0].describe());
    return load.form ? *load.form : FormTemplate{};
}

TEST_F(Layout, FilterSelfListsTheResidentOnlyWhenFlagged) {
    form = rowsTemplate(true);
    // The resident is not moving: only the two flagged members are rows.
    for (auto& m : person.household)
        m.flags = {"moving"};
    person.household.resize(2);
    FillOutput out = fill();
    EXPECT_EQ(field(out, "movers[0].name")->text, "架空　一郎");
    EXPECT_EQ(field(out, "movers[1].name")->text, "架空　桜");
    EXPECT_FALSE(field(out, "movers[2].name"));
    person.flags = {"moving"};
    out = fill();
    EXPECT_EQ(field(out, "movers[0].name")->text, "架空　花子");
    EXPECT_EQ(field(out, "movers[2].name")->text, "架空　桜");
    // Without filter_self the resident is always the first row.
    form = rowsTemplate(false);
    person.flags.clear();
    out = fill();
    EXPECT_EQ(field(out, "movers[0].name")->text, "架空　花子");
}

TEST_F(Layout, EmptyRowsKeepTheirFrameButPrintNoAnswerOrCue) {
    form = rowsTemplate(false);
    person.household.clear(); // one row (the resident), two empty rows
    const FillOutput out = fill();
    EXPECT_EQ(field(out, "movers[0].living")->text, "同居");
    EXPECT_FALSE(field(out, "movers[1].living"));
    const auto& ops = out.document.pages[0].ops;
    // The circle around 同居 is drawn once (the filled row), the label in all three rows.
    const auto circles = std::count_if(
        ops.begin(), ops.end(), [](const DrawOp& op) { return std::holds_alternative<EllipseOp>(op); });
    EXPECT_EQ(circles, 1);
    const std::string text = pageText(out.document.pages[0]);
    std::size_t labels = 0, cues = 0;
    for (auto p = text.find("同居"); p != std::string::npos; p = text.find("同居", p + 1))
        ++labels;
    for (auto p = text.find("個人番号"); p != std::string::npos; p = text.find("個人番号", p + 1))
        ++cues;
    EXPECT_EQ(labels, 3u);
    EXPECT_EQ(cues, 1u); // the "write your 個人番号" cue only in the row of a real person
}

TEST_F(Layout, CueOfBlankCellsGoesInTheCueBox) {
    auto load =
        parseTemplate(R"({"format": "kakanai-form/1", "id": "cue", "version": "1", "valid_from": "2024-01-01",
      "title": {"ja": "番号", "ja-easy": "ばんごう", "en": "Number"}, "paper": {"size": "A4", "orientation": "portrait"},
      "questions": [],
      "pages": [{"items": [
        {"type": "cells", "name": "no", "handwritten": "my-number", "x": 20, "y": 50, "cell_w": 5, "cell_h": 6,
         "count": 12, "cue": "ここに個人番号", "cue_box": {"x": 90, "y": 50, "w": 60, "h": 6}}]}]})",
                      "cue.json");
    ASSERT_TRUE(load.form) << load.problems[0].describe();
    form = *load.form;
    const FillOutput out = fill();
    bool found = false;
    for (const auto& op : out.document.pages[0].ops)
        if (const auto* t = std::get_if<TextOp>(&op); t && t->text.find("個人番号") != std::string::npos) {
            found = true;
            EXPECT_GE(t->x, 90.0); // right of the cells, not in the band above them
            EXPECT_GT(t->y, 50.0);
            EXPECT_LT(t->y, 56.0);
            EXPECT_GT(t->size, 6.0); // readable: the box is taller than the default band
        }
    EXPECT_TRUE(found);
    EXPECT_EQ(field(out, "no")->state, FilledField::State::Handwritten);
}

TEST_F(Layout, WrittenDatePrintsItsEraOnceFilledOrBlank) {
    auto load = parseTemplate(
        R"({"format": "kakanai-form/1", "id": "dates", "version": "1", "valid_from": "2024-01-01",
      "title": {"ja": "日付", "ja-easy": "ひづけ", "en": "Dates"}, "paper": {"size": "A4", "orientation": "portrait"},
      "questions": [{"id": "moved", "type": "date", "label": {"ja": "異動日", "ja-easy": "ひ", "en": "Date"},
                     "default": "2026-11-20"}],
      "pages": [{"items": [
        {"type": "date", "name": "filled", "bind": "answers.moved", "x": 20, "y": 20, "eras": [], "era_text": "令和"},
        {"type": "date", "name": "blank", "handwritten": "principal", "x": 20, "y": 40, "eras": [],
         "era_text": "令和"}]}]})",
        "dates.json");
    ASSERT_TRUE(load.form) << load.problems[0].describe();
    form = *load.form;
    const FillOutput out = fill();
    EXPECT_EQ(field(out, "filled")->text, "令和8年11月20日");
    int filled = 0, blank = 0;
    for (const auto& op : out.document.pages[0].ops)
        if (const auto* t = std::get_if<TextOp>(&op); t && t->text == "令和") ++(t->y < 30 ? filled : blank);
    EXPECT_EQ(filled, 1); // the date's own era, not the pre-printed one on top of it
    EXPECT_EQ(blank, 1);  // pre-printed for the principal to complete by hand
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
