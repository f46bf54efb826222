#include "kakanai/forms/answers.h"
#include "kakanai/forms/template_loader.h"

#include "test_support.h"

#include <gtest/gtest.h>

using namespace kakanai;

namespace {

const FormTemplate& juminhyo() {
    static const TemplateLoad load = loadTemplate(test::sourcePath("forms/juminhyo.json"));
    EXPECT_TRUE(load.form) << (load.problems.empty() ? "" : load.problems[0].describe());
    return *load.form;
}

TEST(Answers, DefaultsThenCommonThenPerForm) {
    auto doc = parseAnswers(R"({"schema": "kakanai-answers/1", "common": {"copies": 2, "unrelated": "x"},
                                "forms": {"juminhyo": {"purpose": "passport", "items": ["head"]}}})");
    ASSERT_TRUE(doc.ok()) << doc.error().describe();
    auto a = answersFor(juminhyo(), *doc);
    ASSERT_TRUE(a.ok()) << a.error().describe();
    EXPECT_EQ(std::get<long>(*a->find("copies")), 2);
    EXPECT_EQ(std::get<std::string>(*a->find("purpose")), "passport");
    EXPECT_EQ(std::get<std::string>(*a->find("qualification")), "self"); // template default
    EXPECT_EQ(std::get<std::vector<std::string>>(*a->find("items")), std::vector<std::string>{"head"});
    EXPECT_TRUE(a->matches(AnswerCondition{"items", {"head", "code"}}));
    EXPECT_FALSE(a->matches(AnswerCondition{"purpose", {"other"}}));
}

TEST(Answers, ErrorsPointAtTheAnswer) {
    auto check = [](const std::string& forms) {
        auto doc = parseAnswers(R"({"schema": "kakanai-answers/1", "forms": {"juminhyo": )" + forms + "}}");
        EXPECT_TRUE(doc.ok());
        auto a = answersFor(juminhyo(), *doc);
        EXPECT_FALSE(a.ok()) << forms;
        return a.ok() ? std::string() : a.error().where;
    };
    EXPECT_EQ(check(R"({"copies": 0})"), "/forms/juminhyo/copies");
    EXPECT_EQ(check(R"({"copies": "2"})"), "/forms/juminhyo/copies");
    EXPECT_EQ(check(R"({"purpose": "fishing"})"), "/forms/juminhyo/purpose");
    EXPECT_EQ(check(R"({"items": ["head", "blood-type"]})"), "/forms/juminhyo/items");
    EXPECT_EQ(check(R"({"colour": "red"})"), "/forms/juminhyo/colour");
    EXPECT_EQ(check(R"({"submit_to": ")" + std::string(30, 'x') + "\"}"), "/forms/juminhyo/submit_to");
}

TEST(Answers, DocumentErrors) {
    EXPECT_EQ(parseAnswers(R"({"forms": {}})").error().where, "/schema");
    EXPECT_EQ(parseAnswers(R"({"schema": "kakanai-answers/1", "form": {}})").error().where, "/form");
    EXPECT_EQ(parseAnswers(R"({"schema": "kakanai-answers/1", "common": {"x": {"y": 1}}})").error().where,
              "/common/x");
    EXPECT_EQ(parseAnswers(R"({"schema": "kakanai-answers/1", "forms": {"juminhyo": [1]}})").error().where,
              "/forms/juminhyo");
}

} // namespace
