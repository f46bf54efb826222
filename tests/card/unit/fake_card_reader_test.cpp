#include "kakanai/card/card_errors.h"
#include "kakanai/card/fake_card_reader.h"

#include <gtest/gtest.h>

using namespace kakanai;
using namespace kakanai::card;

TEST(FakeCardReader, FollowsTheDriversPinRules) {
    FakeCardReader reader;
    EXPECT_EQ(reader.read("1234").error().code, "card.no-card");
    FakeCard c;
    c.person.source = "mynumber-card";
    reader.insert(c);
    auto s = reader.status();
    ASSERT_TRUE(s.ok());
    EXPECT_TRUE(s->cardPresent);
    EXPECT_EQ(s->pinTriesLeft, 3);
    EXPECT_EQ(reader.read("0000").error().code, "card.wrong-pin");
    EXPECT_EQ(reader.read("0000").error().code, "card.wrong-pin");
    EXPECT_EQ(reader.status()->pinTriesLeft, 1);
    const int sent = reader.pinsSent();
    EXPECT_EQ(reader.read("1234").error().code, "card.pin-one-try-left");
    EXPECT_EQ(reader.pinsSent(), sent); // refused without sending
    reader.failNext(makeError(codes::kTimeout, "mute"));
    EXPECT_EQ(reader.status().error().code, "card.timeout");
    reader.remove();
    EXPECT_FALSE(reader.status()->cardPresent);
    reader.unplugReader();
    EXPECT_TRUE(reader.status()->readers.empty());
    EXPECT_EQ(reader.read("1234").error().code, "card.no-reader");
}

TEST(FakeCardReader, ACorrectPinResetsTheCounter) {
    FakeCardReader reader;
    FakeCard c;
    c.triesLeft = 2;
    reader.insert(c);
    EXPECT_TRUE(reader.read("1234").ok());
    EXPECT_EQ(reader.status()->pinTriesLeft, 3);
}
