// The MeCab reading driver with the real Debian IPA dictionary. Suggestions only: these tests check that
// common names get their usual reading among the first few, and that unknown characters give nothing.
#include "kakanai/reading/mecab_reading_suggester.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace kakanai;

namespace {

ReadingSuggester& suggester() {
    static auto s = [] {
        auto r = reading::MecabReadingSuggester::open();
        if (!r) throw std::runtime_error(r.error().describe());
        return std::move(*r);
    }();
    return *s;
}

bool offers(std::string_view written, NamePart part, std::string_view reading) {
    auto r = suggester().suggest(written, part, 5);
    EXPECT_TRUE(r);
    return r && std::any_of(r->begin(), r->end(), [&](const auto& s) { return s.katakana == reading; });
}

struct Case {
    const char* written;
    NamePart part;
    const char* reading;
};

TEST(MecabReading, CommonNamesGetTheirUsualReading) {
    const Case cases[] = {
        {"山田", NamePart::Family, "ヤマダ"},  {"佐藤", NamePart::Family, "サトウ"},
        {"鈴木", NamePart::Family, "スズキ"},  {"高橋", NamePart::Family, "タカハシ"},
        {"花子", NamePart::Given, "ハナコ"},   {"太郎", NamePart::Given, "タロウ"},
        {"一郎", NamePart::Given, "イチロウ"},
    };
    for (const auto& c : cases)
        EXPECT_TRUE(offers(c.written, c.part, c.reading)) << c.written;
}

TEST(MecabReading, SuggestionsAreKatakanaAndLimited) {
    auto r = suggester().suggest("山田", NamePart::Family, 2);
    ASSERT_TRUE(r);
    EXPECT_LE(r->size(), 2u);
    for (const auto& s : *r) {
        EXPECT_EQ(s.origin, "mecab-ipadic");
        EXPECT_EQ(s.katakana.find_first_of("0123456789*, "), std::string::npos);
    }
}

TEST(MecabReading, UnknownCharactersGiveNoGuess) {
    // 𠮷 is not in IPAdic: a partial reading would be wrong, so nothing is offered.
    auto r = suggester().suggest("𠮷", NamePart::Family, 5);
    ASSERT_TRUE(r);
    EXPECT_TRUE(r->empty());
    EXPECT_TRUE(suggester().suggest("", NamePart::Given, 5)->empty());
}

TEST(MecabReading, MissingDictionaryIsAClearError) {
    auto r = reading::MecabReadingSuggester::open("/nonexistent-dictionary");
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, "reading.unavailable");
}

} // namespace
