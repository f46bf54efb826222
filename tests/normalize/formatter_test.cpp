// The formatters the normalisation layer adds to templates (docs/form-templates.md), through the binding
// resolver the form filler uses. Fictional resident.
#include "kakanai/forms/binding.h"

#include <gtest/gtest.h>

using namespace kakanai;

namespace {

std::string format(const Person& person, const std::string& path, std::vector<std::string> formatters) {
    FillContext ctx;
    ctx.person = &person;
    ctx.today = Date{2026, 11, 23};
    return resolveBinding(Binding{path, std::move(formatters), std::nullopt}, ctx).text;
}

Person fictionalResident() {
    auto p = parsePerson(R"({"schema": "kakanai-person/1", "source": "mynumber-card",
        "name": "架空　花子", "birth_date": "1989-01-08", "phone": "0312345678",
        "address": "東京都千代田区九段南一丁目２番３号　架空ハイツ４０５号室",
        "address_parts": {"value": {"prefecture": "東京都", "municipality": "千代田区", "town": "九段南一丁目",
                                    "block": "２番３号", "building": "架空ハイツ４０５号室"},
                          "source": "resident", "confidence": 1}})");
    EXPECT_TRUE(p.ok()) << p.error().describe();
    return p.ok() ? *p : Person{};
}

TEST(NormalizeFormatters, AreRegistered) {
    for (const char* f : {"wareki-kanji", "block-hyphen", "phone"})
        EXPECT_TRUE(isFormatter(f)) << f;
}

TEST(NormalizeFormatters, ApplyToPersonFields) {
    const Person p = fictionalResident();
    EXPECT_EQ(format(p, "person.birth_date", {"wareki-kanji"}), "平成元年一月八日");
    EXPECT_EQ(format(p, "person.address_parts.block", {"block-hyphen"}), "2-3");
    EXPECT_EQ(format(p, "person.address_parts.block", {"block-hyphen", "fullwidth"}), "２－３");
    EXPECT_EQ(format(p, "person.phone", {"phone"}), "03-1234-5678");
    // Text the formatter cannot shape stays as it is, never half-converted.
    EXPECT_EQ(format(p, "person.address_parts.building", {"block-hyphen"}), "架空ハイツ４０５号室");
    EXPECT_EQ(format(p, "person.name", {"phone"}), "架空　花子");
}

} // namespace
