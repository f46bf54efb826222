#include "kakanai/card/ber_tlv.h"

#include "scripted_channel.h"

#include <gtest/gtest.h>

using namespace kakanai::card;
using kakanai::card::test::fromHex;

TEST(BerTlv, ReadsTagForms) {
    auto one = parseTlvHeader(fromHex("4501AA"));
    ASSERT_TRUE(one.ok());
    EXPECT_EQ(one->tag, 0x45u);
    EXPECT_EQ(one->headerLength, 2u);
    EXPECT_EQ(one->valueLength, 1u);
    EXPECT_FALSE(one->constructed);

    auto two = parseTlvHeader(fromHex("DF2208"));
    ASSERT_TRUE(two.ok());
    EXPECT_EQ(two->tag, 0xDF22u);
    EXPECT_EQ(two->headerLength, 3u);

    // FF 10 / FF 20: private, constructed, tag number in the (non-minimal) long form. Strict DER rejects it.
    auto nonMinimal = parseTlvHeader(fromHex("FF100C"));
    ASSERT_TRUE(nonMinimal.ok());
    EXPECT_EQ(nonMinimal->tag, 0xFF10u);
    EXPECT_TRUE(nonMinimal->constructed);

    auto three = parseTlvHeader(fromHex("5F812001"));
    ASSERT_TRUE(three.ok());
    EXPECT_EQ(three->tag, 0x5F8120u);
}

TEST(BerTlv, ReadsLengthForms) {
    EXPECT_EQ(parseTlvHeader(fromHex("FF207F"))->valueLength, 0x7Fu);
    auto l81 = parseTlvHeader(fromHex("FF2081AD"));
    EXPECT_EQ(l81->valueLength, 0xADu);
    EXPECT_EQ(l81->headerLength, 4u);
    auto l82 = parseTlvHeader(fromHex("FF20820158"));
    EXPECT_EQ(l82->valueLength, 0x158u);
    EXPECT_EQ(l82->totalLength(), 0x158u + 5);
    EXPECT_EQ(parseTlvHeader(fromHex("FF2083010000"))->valueLength, 0x10000u);
}

TEST(BerTlv, RejectsWhatItCannotTrust) {
    for (auto hex : {"", "DF", "DF22", "FF2082", "FF208201", "FF2080", "FF2084010000000", "DFFFFFFF2201",
                     "FF2083FFFFFF"}) {
        auto h = parseTlvHeader(fromHex(hex));
        EXPECT_FALSE(h.ok()) << hex;
        if (!h.ok()) {
            EXPECT_EQ(h.error().code, "card.malformed");
        }
    }
    // A value longer than the data.
    EXPECT_FALSE(parseTlvAt(fromHex("DF2205414243"), 0).ok());
    EXPECT_FALSE(parseTlvAt(fromHex("DF2200"), 4).ok());
}

TEST(BerTlv, ReadsASequenceUpToFiller) {
    const auto data = fromHex("DF2201 41 DF2300 DF2402 3132 FFFFFFFF");
    auto seq = parseTlvSequence(data);
    ASSERT_TRUE(seq.ok());
    ASSERT_EQ(seq->size(), 3u);
    EXPECT_EQ((*seq)[0].tag, 0xDF22u);
    EXPECT_EQ((*seq)[1].value.size(), 0u);
    EXPECT_EQ((*seq)[2].offset, 7u);
    EXPECT_EQ((*seq)[2].end(), 12u);

    auto zeroEnds = parseTlvSequence(fromHex("450101 00 4501 02"));
    ASSERT_TRUE(zeroEnds.ok());
    EXPECT_EQ(zeroEnds->size(), 1u);

    EXPECT_FALSE(parseTlvSequence(fromHex("DF2201 41 DF2305 41")).ok());
    EXPECT_TRUE(isFiller(fromHex("FF00FF")));
    EXPECT_FALSE(isFiller(fromHex("FF01")));
}
