#include "kakanai/card/card_errors.h"
#include "kakanai/card/card_json.h"

#include <gtest/gtest.h>

using namespace kakanai;
using namespace kakanai::card;

TEST(CardJson, StatusRoundTrips) {
    CardStatus s;
    s.readers = {"Virtual PCD 00 00", "Virtual PCD 00 01"};
    s.reader = "Virtual PCD 00 01";
    s.cardPresent = true;
    s.kind = CardKind::DriverLicense;
    s.pinSet = false;
    s.pinTriesLeft = 2;
    const auto j = statusToJson(s);
    EXPECT_EQ(j["card_kind"], "driver-license-card");
    EXPECT_EQ(j["pin_tries_left"], 2);
    auto back = statusFromJson(j);
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(back->readers, s.readers);
    EXPECT_EQ(back->reader, s.reader);
    EXPECT_EQ(back->kind, CardKind::DriverLicense);
    EXPECT_FALSE(back->pinSet);
    EXPECT_EQ(back->pinTriesLeft, 2);
    EXPECT_FALSE(statusFromJson(nlohmann::json::parse(R"({"readers": 3})")).ok());
}

TEST(CardJson, ErrorsCarryTriesLeftAsANumber) {
    const auto j = errorToJson(wrongPinError(CardKind::MyNumber, 2));
    EXPECT_EQ(j["code"], "card.wrong-pin");
    EXPECT_TRUE(j["tries_left"].is_number_integer());
    EXPECT_EQ(j["tries_left"], 2);
    EXPECT_TRUE(j["message"].is_string());
    const Error back = errorFromJson(j);
    EXPECT_EQ(back.code, "card.wrong-pin");
    EXPECT_EQ(triesLeftOf(back), 2);
    EXPECT_FALSE(errorToJson(makeError("card.no-card", "no card")).contains("tries_left"));
    EXPECT_EQ(errorFromJson(nlohmann::json::parse("[1]")).code, "card.reader-error");
}

TEST(CardJson, KindNames) {
    for (auto k : {CardKind::None, CardKind::MyNumber, CardKind::DriverLicense, CardKind::Unsupported})
        EXPECT_EQ(cardKindFromName(cardKindName(k)), k);
}
