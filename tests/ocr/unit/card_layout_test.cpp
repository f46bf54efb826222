// The card layout data files (kiosk/data/ocr/layouts) and their validation.
#include "kakanai/ocr/card_layout.h"
#include "kakanai/ocr/kanji_variants.h"

#include "test_support.h"

#include <gtest/gtest.h>

using namespace kakanai;
using namespace kakanai::ocr;

TEST(CardLayouts, ShippedLayoutsLoadAndCoverEveryKind) {
    const LayoutLoad load = loadCardLayouts(test::sourcePath("kiosk/data/ocr/layouts"));
    for (const auto& p : load.problems)
        ADD_FAILURE() << p.describe();
    ASSERT_EQ(load.layouts.size(), 3u);
    for (IdDocumentKind k :
         {IdDocumentKind::DriverLicense, IdDocumentKind::MyNumberCard, IdDocumentKind::ResidenceCard}) {
        const auto it = std::find_if(load.layouts.begin(), load.layouts.end(),
                                     [&](const CardLayout& l) { return l.kind == k; });
        ASSERT_NE(it, load.layouts.end()) << kindId(k);
        const LayoutSide* front = it->side(CardSide::Front);
        ASSERT_NE(front, nullptr);
        EXPECT_FALSE(front->titles.empty());
        const bool hasName = std::any_of(front->fields.begin(), front->fields.end(),
                                         [](const LayoutField& f) { return f.field == "name"; });
        EXPECT_TRUE(hasName) << kindId(k);
    }
}

TEST(CardLayouts, MyNumberBackIsRefusedAndItsNumberForbidden) {
    const LayoutLoad load = loadCardLayouts(test::sourcePath("kiosk/data/ocr/layouts"));
    for (const auto& l : load.layouts) {
        if (l.kind != IdDocumentKind::MyNumberCard) continue;
        const LayoutSide* back = l.side(CardSide::Back);
        ASSERT_NE(back, nullptr);
        EXPECT_TRUE(back->refuseAsFront);
        EXPECT_FALSE(back->forbidden.empty());
        EXPECT_FALSE(back->markers.empty()); // refusal must not depend on reading text
        for (const auto& f : back->fields)   // the only readable area must not overlap the number
            for (const auto& box : back->forbidden)
                EXPECT_TRUE(f.valueBox.y >= box.bottom() || f.valueBox.bottom() <= box.y);
    }
}

TEST(CardLayouts, BadFilesNameTheKey) {
    auto r = parseCardLayout(R"({"schema":"kakanai-card-layout/1","id":"x","kind":"passport","sides":[]})");
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().where, "/kind");
    r = parseCardLayout(R"({"schema":"kakanai-card-layout/2"})");
    ASSERT_FALSE(r);
    r = parseCardLayout(R"({"schema":"kakanai-card-layout/1","id":"x","kind":"mynumber-card","sides":[
        {"side":"front","fields":[{"field":"name","reader":"telepathy","value_box":[1,1,1,1]}]}]})");
    ASSERT_FALSE(r);
    EXPECT_NE(r.error().where.find("/sides/0/fields/0"), std::string::npos) << r.error().where;
    r = parseCardLayout("{not json");
    EXPECT_FALSE(r);
}

TEST(CardKinds, IdsRoundTrip) {
    for (IdDocumentKind k : {IdDocumentKind::Auto, IdDocumentKind::DriverLicense,
                             IdDocumentKind::MyNumberCard, IdDocumentKind::ResidenceCard})
        EXPECT_EQ(kindFromId(kindId(k)), k);
    EXPECT_FALSE(kindFromId("passport"));
    EXPECT_EQ(ocrSource(IdDocumentKind::ResidenceCard), "ocr:residence-card");
}

TEST(KanjiVariants, ShippedGroupsHoldTheHardNameKanji) {
    auto v = loadKanjiVariants(test::sourcePath("kiosk/data/ocr/kanji-variants.json"));
    ASSERT_TRUE(v) << v.error().describe();
    EXPECT_NE(v->groupOf(U'﨑').find(U'崎'), std::u32string_view::npos);
    EXPECT_NE(v->groupOf(U'髙').find(U'高'), std::u32string_view::npos);
    EXPECT_TRUE(v->groupOf(U'花').empty());
    EXPECT_FALSE(parseKanjiVariants(R"({"schema":"nope","groups":[]})"));
}
