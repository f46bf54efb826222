// The code's wire format: decimal text as keyboard wedges type it, the payload body, the schema.
#include "kakanai/base/utf8.h"
#include "kakanai/handoff/decimal_text.h"
#include "kakanai/handoff/payload.h"

#include <gtest/gtest.h>

#include <random>

using namespace kakanai;
using namespace kakanai::handoff;

namespace {

TEST(DecimalText, RoundTripsEveryLengthAndByteValue) {
    std::mt19937 rng(3);
    for (std::size_t n = 0; n < 40; ++n) {
        std::vector<std::uint8_t> bytes(n);
        for (auto& b : bytes)
            b = static_cast<std::uint8_t>(rng());
        if (n == 7) bytes.assign(7, 0xFF); // the largest block
        const std::string text = toDecimalText(bytes);
        ASSERT_EQ(text.rfind("KKN1-", 0), 0u);
        EXPECT_EQ(text.find_first_not_of("0123456789", 5), std::string::npos) << text;
        auto back = fromDecimalText(text);
        ASSERT_TRUE(back.ok()) << back.error().message;
        EXPECT_EQ(*back, bytes) << "length " << n;
    }
}

TEST(DecimalText, SurvivesWhatKeyboardWedgesAndImesDoToIt) {
    const std::vector<std::uint8_t> bytes{1, 2, 3, 250, 251, 252, 253, 254, 9};
    const std::string text = toDecimalText(bytes);
    // Caps Lock (lower-case prefix), Enter/CR, spaces around it.
    std::string lower = text;
    for (int i = 0; i < 3; ++i)
        lower[static_cast<std::size_t>(i)] =
            static_cast<char>(std::tolower(lower[static_cast<std::size_t>(i)]));
    EXPECT_EQ(*fromDecimalText("  " + lower + "\r\n"), bytes);
    // The IME on: every character typed full-width.
    std::string wide;
    for (char c : text)
        utf8::append(wide, static_cast<char32_t>(c) + 0xFEE0); // U+FF01…U+FF5E
    auto back = fromDecimalText(wide);
    ASSERT_TRUE(back.ok()) << back.error().message;
    EXPECT_EQ(*back, bytes);
}

TEST(DecimalText, NamesWhatIsWrongWithOtherText) {
    EXPECT_EQ(fromDecimalText("HC1:6BFOXN%TS3DH").error().code, "handoff.not-kakanai");
    EXPECT_EQ(fromDecimalText("https://example.org").error().code, "handoff.not-kakanai");
    EXPECT_EQ(fromDecimalText("KKN1-1234").error().code, "handoff.damaged"); // 4 digits: no block size
    EXPECT_EQ(fromDecimalText("KKN1-12a").error().code, "handoff.damaged");
    EXPECT_EQ(fromDecimalText("KKN1-99999999999999999").error().code, "handoff.damaged"); // > 2^56
}

Payload samplePayload() {
    Payload p;
    p.formId = "juminhyo";
    p.formVersion = "2025.1";
    p.templateFingerprint = {1, 2, 3, 4};
    p.kioskId = "demo-kiosk-01";
    p.printedAt = 1795400000;
    p.sessionId = {9, 8, 7, 6, 5, 4, 3, 2};
    p.idSource = IdSource::OcrDriverLicense;
    p.correctedByResident = 0b1001000;
    p.correctedByStaff = 0b10;
    p.part = 1;
    p.parts = 2;
    p.fields = {PayloadField{0, std::nullopt, FieldKind::Text, "架空市長", {}, 0},
                PayloadField{3, std::nullopt, FieldKind::Text, "1020074", {}, 0},
                PayloadField{4, std::nullopt, FieldKind::Text, "𠮷野　太郎", {}, 0},
                PayloadField{17, 2, FieldKind::Date, {}, Date{1926, 12, 25}, 0},
                PayloadField{18, 0, FieldKind::Date, {}, Date{2030, 1, 1}, 0},
                PayloadField{20, std::nullopt, FieldKind::Choice, {}, {}, (1u << 5) | 1u},
                PayloadField{300, 1000, FieldKind::Handwriting, {}, {}, 0}};
    return p;
}

TEST(Payload, BodyRoundTripsEveryKindOfField) {
    const Payload p = samplePayload();
    const auto body = encodeBody(p);
    auto back = decodeBody(body);
    ASSERT_TRUE(back.ok()) << back.error().message;
    EXPECT_EQ(*back, p);
}

TEST(Payload, JapaneseTextTakesTwoBytesPerCharacter) {
    Payload p = samplePayload();
    p.fields = {PayloadField{0, std::nullopt, FieldKind::Text, "東京都千代田区九段南一丁目", {}, 0}};
    Payload ascii = p;
    ascii.fields[0].text = "090-0000-1234";
    const std::size_t base = encodeBody(Payload{p.formId,
                                                p.formVersion,
                                                p.templateFingerprint,
                                                p.kioskId,
                                                p.printedAt,
                                                p.sessionId,
                                                p.idSource,
                                                p.correctedByResident,
                                                p.correctedByStaff,
                                                p.part,
                                                p.parts,
                                                {}})
                                 .size();
    EXPECT_EQ(encodeBody(p).size() - base, 1u + 1u + 13u * 2u); // header, length, UTF-16
    EXPECT_EQ(encodeBody(ascii).size() - base, 1u + 1u + 13u);  // header, length, UTF-8
}

TEST(Payload, TruncatedOrPaddedBodiesAreRejected) {
    const auto body = encodeBody(samplePayload());
    for (std::size_t n = 0; n < body.size(); ++n) {
        auto cut = decodeBody(std::span(body).first(n));
        EXPECT_FALSE(cut.ok()) << "cut at " << n;
    }
    auto padded = body;
    padded.push_back(0);
    EXPECT_EQ(decodeBody(padded).error().code, "handoff.malformed");
}

TEST(Schema, RejectsAnythingThatLooksLikeAMyNumber) {
    // 12 digits with a valid check digit (computed: 1234 5678 9018), in the ways it could be written.
    EXPECT_TRUE(looksLikeMyNumber("123456789018"));
    EXPECT_TRUE(looksLikeMyNumber("1234 5678 9018"));
    EXPECT_TRUE(looksLikeMyNumber("1234-5678-9018"));
    EXPECT_TRUE(looksLikeMyNumber("番号：１２３４５６７８９０１８です"));
    EXPECT_FALSE(looksLikeMyNumber("123456789012"));  // wrong check digit
    EXPECT_FALSE(looksLikeMyNumber("1234567890181")); // 13 digits: a corporate number, not a My Number
    EXPECT_FALSE(looksLikeMyNumber("090-0000-1234")); // phone
    EXPECT_FALSE(looksLikeMyNumber("個人番号"));      // the word (a choice label) is not a number
    Payload p = samplePayload();
    p.fields.push_back(PayloadField{5, std::nullopt, FieldKind::Text, "1234 5678 9018", {}, 0});
    EXPECT_EQ(checkSchema(p).error().code, "handoff.my-number");
    EXPECT_TRUE(checkSchema(samplePayload()).ok());
}

TEST(Payload, IdentificationSourcesUseThePersonRecordNames) {
    for (auto name : {"mynumber-card", "driver-license-card", "ocr:driver-license", "ocr:mynumber-card",
                      "ocr:residence-card", "manual"})
        EXPECT_EQ(idSourceName(idSourceFromName(name)), name);
    EXPECT_EQ(idSourceCategory(IdSource::MyNumberCard), "card");
    EXPECT_EQ(idSourceCategory(IdSource::OcrResidenceCard), "ocr");
    EXPECT_EQ(idSourceCategory(IdSource::Manual), "manual");
    EXPECT_EQ(correctedNames((1u << 3) | (1u << 9)), (std::vector<std::string>{"name_kana", "postal_code"}));
}

} // namespace
