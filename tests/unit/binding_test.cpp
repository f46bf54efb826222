#include "kakanai/forms/binding.h"
#include "kakanai/forms/template_loader.h"

#include "test_support.h"

#include <gtest/gtest.h>

using namespace kakanai;

namespace {

struct Fixture : ::testing::Test {
    FormTemplate form;
    Person person;
    FormAnswers answers;
    KioskConfig config = demoConfig(KAKANAI_TEST_SOURCE_DIR);
    FillContext ctx;

    void SetUp() override {
        auto load = loadTemplate(test::sourcePath("forms/juminhyo.json"));
        ASSERT_TRUE(load.form);
        form = *load.form;
        auto p = parsePerson(R"({"schema": "kakanai-person/1", "source": "mynumber-card",
            "name": "架空　花子", "name_kana": "かくう　はなこ", "birth_date": "1989-01-08", "sex": "female",
            "postal_code": "1020074", "needs_check": ["name"],
            "household": [{"name": "架空　一郎", "relationship": "夫", "head_of_household": true}]})");
        ASSERT_TRUE(p.ok()) << p.error().describe();
        person = *p;
        answers.values["purpose"] = std::string("passport");
        answers.values["items"] = std::vector<std::string>{"head", "code"};
        answers.values["copies"] = 3L;
        ctx = FillContext{&form, &person, &answers, &config, Date{2026, 11, 23}, "mynumber-card", nullptr};
    }

    std::string text(const std::string& path, std::vector<std::string> format = {}) {
        return resolveBinding(Binding{path, std::move(format), std::nullopt}, ctx).text;
    }
};

TEST_F(Fixture, PersonFieldsAndFormatters) {
    EXPECT_EQ(text("person.name"), "架空　花子");
    EXPECT_EQ(text("person.family_name"), "架空"); // split from name
    EXPECT_EQ(text("person.given_name"), "花子");
    EXPECT_EQ(text("person.name_kana", {"katakana"}), "カクウ　ハナコ");
    EXPECT_EQ(text("person.birth_date", {"wareki"}), "平成元年1月8日");
    EXPECT_EQ(text("person.birth_date", {"era"}), "平成");
    EXPECT_EQ(text("person.birth_date", {"era-year"}), "元");
    EXPECT_EQ(text("person.birth_date", {"age"}), "37");
    EXPECT_EQ(text("person.sex", {"sex"}), "女");
    EXPECT_EQ(text("person.postal_code", {"postal"}), "102-0074");
    EXPECT_EQ(text("household.head.name"), "架空　一郎");
    EXPECT_TRUE(resolveBinding(Binding{"person.name", {}, std::nullopt}, ctx).needsCheck);
    EXPECT_FALSE(resolveBinding(Binding{"person.phone", {}, std::nullopt}, ctx).present);
}

TEST_F(Fixture, AnswersConfigAndSession) {
    EXPECT_EQ(text("answers.purpose", {"label"}), "パスポート");
    EXPECT_EQ(text("answers.items", {"label"}), "世帯主の氏名と続柄、住民票コード");
    EXPECT_EQ(text("answers.copies"), "3");
    EXPECT_EQ(text("config.municipality.addressee"), "架空市長");
    EXPECT_EQ(text("config.fees.juminhyo", {"yen"}), "300円");
    EXPECT_EQ(text("today", {"wareki"}), "令和8年11月23日");
    EXPECT_EQ(text("session.id_method", {"id-method"}), "マイナンバーカード（IC読取）");
    EXPECT_EQ(text("form.version"), form.version);
}

TEST_F(Fixture, ConditionsLeaveTheFieldBlank) {
    Binding b{"answers.purpose", {}, AnswerCondition{"purpose", {"other"}}};
    EXPECT_FALSE(resolveBinding(b, ctx).present);
    b.when = AnswerCondition{"purpose", {"passport", "other"}};
    EXPECT_EQ(resolveBinding(b, ctx).text, "passport");
}

TEST_F(Fixture, RowsOfPeople) {
    ctx.row = &person.household[0];
    EXPECT_EQ(text("row.relationship"), "夫");
    ctx.row = &person;
    EXPECT_EQ(text("row.relationship"), "本人");
}

TEST_F(Fixture, RelationshipToHeadIsSetaiNushiForTheHead) {
    // 異動届 and 国保 list each person's 続柄 to the 世帯主; the 世帯主's own row says 世帯主.
    ctx.row = &person.household[0]; // head_of_household, no relationship_to_head given
    EXPECT_EQ(text("row.relationship_to_head"), "世帯主");
    ctx.row = &person; // not the head, nothing given: left for the resident
    EXPECT_FALSE(resolveBinding(Binding{"row.relationship_to_head", {}, std::nullopt}, ctx).present);
    person.household[0].relationship_to_head = TextField{"夫", "resident", 1.0, {}, {}};
    ctx.row = &person.household[0];
    EXPECT_EQ(text("row.relationship_to_head"), "夫"); // what the resident entered wins
}

TEST_F(Fixture, PathChecking) {
    EXPECT_FALSE(checkBindingPath("person.address_parts.town", form, false));
    EXPECT_TRUE(checkBindingPath("person.address_parts.street", form, false));
    EXPECT_TRUE(checkBindingPath("person.my_number", form, false));
    EXPECT_TRUE(checkBindingPath("row.name", form, false));
    EXPECT_FALSE(checkBindingPath("row.name", form, true));
    EXPECT_TRUE(checkBindingPath("answers.nothing", form, false));
    EXPECT_TRUE(checkBindingPath("config.staff.pin_hash", form, false));
    EXPECT_FALSE(checkBindingPath("config.fees.juminhyo", form, false));
    EXPECT_TRUE(isFormatter("wareki"));
    EXPECT_FALSE(isFormatter("uppercase"));
}

} // namespace
