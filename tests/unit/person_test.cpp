#include "kakanai/person/person.h"

#include <gtest/gtest.h>

using namespace kakanai;

namespace {

constexpr const char* kValid = R"({
  "schema": "kakanai-person/1", "source": "mynumber-card",
  "name": {"value": "𠮷野　太郎", "source": "mynumber-card", "confidence": 1, "raw": "𠮷野　太郎"},
  "birth_date": "2019-04-30", "sex": "male",
  "address": {"value": "京都府京都市中京区烏丸通御池上る二条殿町５５２番地", "source": "mynumber-card", "confidence": 0.9},
  "address_parts": {"value": {"prefecture": "京都府", "municipality": "京都市中京区"}, "source": "derived", "confidence": 0.5},
  "postal_code": "604-0000",
  "needs_check": ["name"],
  "household": [{"name": "𠮷野　花子", "relationship": "妻", "head_of_household": true, "flags": ["moving"]}]
})";

Error parseError(const std::string& json) {
    auto r = parsePerson(json);
    EXPECT_FALSE(r.ok()) << json;
    return r.ok() ? Error{} : r.error();
}

TEST(Person, ParsesFullAndShorthandFields) {
    auto p = parsePerson(kValid);
    ASSERT_TRUE(p.ok()) << p.error().describe();
    EXPECT_EQ(p->source, "mynumber-card");
    EXPECT_EQ(p->name->value, "𠮷野　太郎");
    EXPECT_EQ(p->birth_date->value, "2019-04-30");
    EXPECT_EQ(p->birth_date->source, "mynumber-card"); // shorthand takes the record's source
    EXPECT_DOUBLE_EQ(p->address->confidence, 0.9);
    EXPECT_EQ(p->address_parts->value.municipality, "京都市中京区");
    EXPECT_TRUE(p->needsCheck("name"));
    ASSERT_EQ(p->household.size(), 1u);
    EXPECT_EQ(p->household[0].relationship->value, "妻");
    EXPECT_EQ(p->household[0].source, "manual");
    EXPECT_TRUE(p->household[0].head_of_household);
}

TEST(Person, RoundTripsThroughJson) {
    auto p = parsePerson(kValid);
    ASSERT_TRUE(p.ok());
    auto again = parsePerson(toJson(*p));
    ASSERT_TRUE(again.ok()) << again.error().describe();
    EXPECT_EQ(toJson(*again), toJson(*p));
}

TEST(Person, ErrorsNameTheWrongKeyWithoutTheValue) {
    const std::string base = R"({"schema": "kakanai-person/1", "source": "manual", )";
    auto e = parseError(base + R"("birth_date": "1990-02-30"})");
    EXPECT_EQ(e.where, "/birth_date/value");
    EXPECT_EQ(e.message.find("1990"), std::string::npos) << "values must not be echoed";
    EXPECT_EQ(parseError(base + R"("sex": "m"})").where, "/sex/value");
    EXPECT_EQ(parseError(base + R"("nmae": "x"})").where, "/nmae");
    EXPECT_EQ(parseError(base + R"("name": {"value": "x", "confidence": 2}})").where, "/name/confidence");
    EXPECT_EQ(parseError(base + R"("name": {"source": "manual"}})").where, "/name/value");
    EXPECT_EQ(parseError(base + R"("postal_code": "12-34567"})").where, "/postal_code/value");
    EXPECT_EQ(parseError(base + R"("household": [{"name": "x", "household": []}]})").where,
              "/household/0/household");
    EXPECT_EQ(parseError(base + R"("needs_check": ["shoe_size"]})").where, "/needs_check/0");
    EXPECT_EQ(parseError(base + R"("birth_date": "2999-01-01"})").where, "/birth_date/value");
    EXPECT_EQ(parseError(R"({"schema": "kakanai-person/2", "source": "manual"})").where, "/schema");
    EXPECT_EQ(parseError(R"({"schema": "kakanai-person/1", "source": "camera"})").where, "/source");
    EXPECT_EQ(parseError(base + R"("name": "a\nb"})").where, "/name"); // shorthand: the value is at /name
}

TEST(Person, HostileInputIsAnErrorNotACrash) {
    EXPECT_EQ(parseError(R"({"schema": "kakanai-person/1", "source": "manual", "name": )").code,
              "json.syntax");
    EXPECT_EQ(parseError(std::string(100000, '[') + std::string(100000, ']')).code, "json.too-deep");
    EXPECT_EQ(parseError("[]").where, "");
    EXPECT_EQ(parseError(R"({"schema": "kakanai-person/1", "source": "manual", "name": ")" +
                         std::string(3000, 'x') + "\"}")
                  .where,
              "/name");
}

TEST(Person, WipeClearsEverything) {
    auto p = parsePerson(kValid);
    ASSERT_TRUE(p.ok());
    p->wipe();
    EXPECT_FALSE(p->name);
    EXPECT_FALSE(p->address_parts);
    EXPECT_TRUE(p->household.empty());
    EXPECT_TRUE(p->needs_check.empty());
}

} // namespace
