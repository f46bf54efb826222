// Building the person record from OCR readings: source, confidence, provenance and needs_check.
#include "kakanai/ocr/ocr_person.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace kakanai;
using namespace kakanai::ocr;

namespace {
FieldReading reading(std::string field, std::string value, double conf,
                     std::vector<std::string> doubts = {}) {
    FieldReading r;
    r.field = std::move(field);
    r.value = value;
    r.raw = value + " ";
    r.confidence = conf;
    r.doubts = std::move(doubts);
    return r;
}
bool flagged(const Person& p, const char* f) {
    return std::find(p.needs_check.begin(), p.needs_check.end(), f) != p.needs_check.end();
}
} // namespace

TEST(OcrPerson, ConfidentFieldsAreNotFlagged) {
    const Person p = makeOcrPerson(IdDocumentKind::MyNumberCard, {reading("name", "架空\u3000花子", 0.93),
                                                                  reading("birth_date", "1980-02-17", 0.91)});
    EXPECT_EQ(p.source, "ocr:mynumber-card");
    ASSERT_TRUE(p.name);
    EXPECT_EQ(p.name->source, "ocr:mynumber-card");
    EXPECT_DOUBLE_EQ(p.name->confidence, 0.93);
    EXPECT_EQ(p.name->raw, "架空\u3000花子 "); // provenance kept
    EXPECT_TRUE(p.needs_check.empty());
}

TEST(OcrPerson, LowConfidenceDoubtsAndMustCheckAreFlagged) {
    FieldReading back = reading("address", "東京都港区芝公園４丁目", 0.99);
    back.mustCheck = true;
    const Person p = makeOcrPerson(IdDocumentKind::DriverLicense,
                                   {reading("name", "架空\u3000太郎", 0.62),
                                    reading("birth_date", "2090-01-01", 0.95, {"in the future"}), back});
    EXPECT_TRUE(flagged(p, "name"));
    EXPECT_TRUE(flagged(p, "birth_date"));
    EXPECT_TRUE(flagged(p, "address"));
    EXPECT_LE(p.birth_date->confidence, 0.5); // a doubt caps the confidence
    EXPECT_NE(p.birth_date->note.find("in the future"), std::string::npos);
}

TEST(OcrPerson, EmptyReadingIsFlaggedButNotInvented) {
    const Person p = makeOcrPerson(IdDocumentKind::ResidenceCard, {reading("address", "", 0)});
    EXPECT_FALSE(p.address);
    EXPECT_TRUE(flagged(p, "address"));
}
