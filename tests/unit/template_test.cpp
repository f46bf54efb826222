#include "kakanai/forms/catalog.h"
#include "kakanai/forms/template_loader.h"

#include "test_support.h"

#include <nlohmann/json.hpp>

#include <gtest/gtest.h>

using namespace kakanai;

namespace {

// First problem of a broken template, as "pointer: message".
std::string firstProblem(const std::string& name) {
    TemplateLoad load = loadTemplate(test::sourcePath("tests/fixtures/forms-invalid/" + name + ".json"));
    EXPECT_FALSE(load.form) << name;
    return load.problems.empty() ? std::string("(none)")
                                 : load.problems.front().where + ": " + load.problems.front().message;
}

TEST(Template, EveryShippedTemplateLoads) {
    const FormCatalog catalog = FormCatalog::load(test::sourcePath("forms"));
    ASSERT_FALSE(catalog.entries().empty());
    for (const auto& e : catalog.entries())
        EXPECT_TRUE(e.form) << e.path << ": " << (e.problems.empty() ? "" : e.problems[0].describe());
}

TEST(Template, SchemaIsValidJson) {
    EXPECT_NO_THROW({
        const auto schema = nlohmann::json::parse(formSchemaText());
        EXPECT_EQ(schema.at("properties").at("format").at("const"), "kakanai-form/1");
    });
}

TEST(Template, BrokenTemplatesAreReportedWithAPointer) {
    EXPECT_EQ(firstProblem("truncated").substr(0, 15), ": invalid JSON:");
    EXPECT_EQ(firstProblem("empty").substr(0, 15), ": invalid JSON:");
    EXPECT_EQ(firstProblem("not-utf8").substr(0, 15), ": invalid JSON:");
    EXPECT_EQ(firstProblem("deep-nesting"), ": nesting deeper than 40 levels");
    EXPECT_EQ(firstProblem("not-an-object"), ": a template must be a JSON object");
    EXPECT_EQ(firstProblem("unknown-format"),
              "/format: unsupported format version \"kakanai-form/2\"; this kiosk reads \"kakanai-form/1\"");
    EXPECT_EQ(firstProblem("huge-coordinate").substr(0, 19), "/pages/0/items/0/x:");
    EXPECT_EQ(firstProblem("negative-size").substr(0, 19), "/pages/0/items/0/w:");
    EXPECT_EQ(firstProblem("unknown-item-type").substr(0, 22), "/pages/0/items/0/type:");
    EXPECT_EQ(firstProblem("missing-required-key").substr(0, 2), ": ");
    EXPECT_EQ(firstProblem("font-outside-font-dirs").substr(0, 38), "/fonts/mincho/0: font file is outside ");
    EXPECT_EQ(firstProblem("font-dotdot-escape").substr(0, 38), "/fonts/gothic/0: font file is outside ");
    EXPECT_EQ(firstProblem("unknown-binding"), "/pages/0/items/0/bind: unknown person field \"shoe_size\"");
    EXPECT_EQ(firstProblem("unknown-formatter"),
              "/pages/0/items/0/bind/format: unknown formatter \"klingon-date\"");
    EXPECT_EQ(firstProblem("overlapping-fields"), "/pages/0/items/1: \"b\" overlaps \"a\"");
    EXPECT_EQ(firstProblem("outside-the-paper"), "/pages/0/items/0: outside the paper (210 × 297 mm)");
    EXPECT_EQ(firstProblem("missing-translation"), "/title: missing translation \"ja-easy\"");
    EXPECT_EQ(
        firstProblem("my-number-printed").rfind("/pages/0/items/0: 個人番号 (My Number) boxes must be", 0),
        0u);
    EXPECT_EQ(firstProblem("duplicate-names"), "/pages/0/items/1/name: duplicate name \"a\"");
    EXPECT_EQ(firstProblem("impossible-date"), "/valid_from: not a valid date (YYYY-MM-DD)");
    EXPECT_EQ(firstProblem("valid-to-before-from"), "/valid_to: is before valid_from");
    EXPECT_EQ(firstProblem("show-if-later-question"),
              "/questions/0/show_if/question: must name an earlier question");
    EXPECT_EQ(firstProblem("choice-default-not-offered"),
              "/questions/0/default: must be one of the choice values");
    EXPECT_EQ(firstProblem("row-binding-outside-repeat"),
              "/pages/0/items/0/bind: row.* bindings only work inside a repeat item");
    EXPECT_EQ(firstProblem("staff-area-filled"),
              "/pages/0/items/1: \"f\" overlaps a staff-only area (staff areas stay empty)");
    EXPECT_EQ(firstProblem("cells-groups-mismatch"),
              "/pages/0/items/0/groups: group sizes add up to 6, not count 7");
}

TEST(Template, FontFilesOnlyFromFontDirectories) {
    EXPECT_TRUE(resolveFontFile("opentype/ipaexfont-gothic/ipaexg.ttf", {}).ok());
    EXPECT_TRUE(resolveFontFile("/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf", {}).ok());
    EXPECT_EQ(resolveFontFile("/etc/passwd", {}).error().code, "form.font-path");
    EXPECT_EQ(resolveFontFile("/usr/share/fonts/../../../etc/passwd", {}).error().code, "form.font-path");
    EXPECT_EQ(resolveFontFile("truetype/none/missing.ttf", {}).error().code, "form.font-missing");
}

TEST(Template, PaperSizes) {
    Paper p;
    EXPECT_DOUBLE_EQ(p.widthMm(), 210);
    p.size = "A3", p.landscape = true;
    EXPECT_DOUBLE_EQ(p.widthMm(), 420);
    EXPECT_DOUBLE_EQ(p.heightMm(), 297);
}

} // namespace
