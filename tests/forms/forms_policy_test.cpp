// Rules every shipped form keeps, checked on the real templates filled for the fictional people:
// 個人番号 boxes and signatures stay blank for handwriting, the 委任状 never carries the principal's data,
// staff areas stay empty, 宛先 and fees come from config, households continue on extra pages.
#include "kakanai/forms/catalog.h"
#include "kakanai/forms/form_filler.h"
#include "kakanai/pdf/font_library.h"
#include "kakanai/person/sample_people.h"

#include "test_support.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace kakanai;

namespace {

const std::vector<std::string> kRealForms{"juminhyo",   "inkan-shomei",  "jumin-ido", "jido-teate",
                                          "kokuho-ido", "koseki-shomei", "ininjo",    "zei-shomei"};

class ShippedForms : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        catalog = new FormCatalog(FormCatalog::load(test::sourcePath("forms")));
        fonts = new pdf::FontLibrary();
    }
    static void TearDownTestSuite() {
        delete catalog;
        delete fonts;
    }
    static FormCatalog* catalog;
    static pdf::FontLibrary* fonts;

    KioskConfig config = demoConfig(KAKANAI_TEST_SOURCE_DIR);

    FilledForm fill(const std::string& id, std::string_view personJson = demoPersonJson()) {
        const FormTemplate* form = catalog->find(id);
        EXPECT_TRUE(form) << id;
        if (!form) return {};
        auto person = parsePerson(personJson);
        EXPECT_TRUE(person.ok());
        FillRequest req;
        req.forms = {form};
        req.person = &*person;
        req.config = &config;
        req.today = Date{2026, 11, 23};
        auto out = fillForms(req, *fonts);
        EXPECT_TRUE(out.ok()) << out.error().describe();
        if (!out.ok()) return {};
        pages = static_cast<int>(out->document.pages.size());
        return out->forms[0];
    }
    int pages = 0;

    static const FilledField* field(const FilledForm& f, const std::string& name) {
        for (const auto& x : f.fields)
            if (x.name == name) return &x;
        return nullptr;
    }
};
FormCatalog* ShippedForms::catalog = nullptr;
pdf::FontLibrary* ShippedForms::fonts = nullptr;

bool mentionsMyNumber(const std::string& name) {
    return name.find("my_number") != std::string::npos;
}

TEST_F(ShippedForms, AllEightFormsAreInTheCatalog) {
    for (const auto& id : kRealForms) {
        const FormTemplate* form = catalog->find(id);
        ASSERT_TRUE(form) << id;
        EXPECT_FALSE(form->questions.empty()) << id << " asks the resident nothing";
    }
}

TEST_F(ShippedForms, MyNumberBoxesAreAlwaysLeftForHandwriting) {
    int boxes = 0;
    for (const auto& id : kRealForms) {
        for (const auto& sample : samplePeople()) {
            const FilledForm f = fill(id, sample.json);
            for (const auto& x : f.fields)
                if (mentionsMyNumber(x.name)) {
                    ++boxes;
                    EXPECT_EQ(x.state, FilledField::State::Handwritten) << id << " " << x.name;
                    EXPECT_TRUE(x.text.empty()) << id << " " << x.name;
                }
        }
    }
    // 児童手当 (請求者, 配偶者, 児童) and 国保 (世帯主, 対象者) carry 個人番号 boxes.
    EXPECT_GT(boxes, 10);
}

TEST_F(ShippedForms, SignatureFollowsTheCitysPolicy) {
    const std::vector<std::pair<std::string, std::string>> signatures{
        {"jumin-ido", "filer.name"}, {"kokuho-ido", "filer.name"}, {"jido-teate", "claimant.name"}};
    for (const auto& [id, name] : signatures) {
        config.signature.erase(id);
        const FilledForm self = fill(id);
        const FilledField* blank = field(self, name);
        ASSERT_TRUE(blank) << id << " " << name;
        EXPECT_EQ(blank->state, FilledField::State::Handwritten) << id;
        EXPECT_TRUE(blank->text.empty()) << id;

        config.signature[id] = SignaturePolicy::Printed;
        const FilledForm printed = fill(id);
        const FilledField* named = field(printed, name);
        ASSERT_TRUE(named) << id << " " << name;
        EXPECT_EQ(named->state, FilledField::State::Filled) << id;
        EXPECT_EQ(named->text, "架空　花子") << id;
    }
}

TEST_F(ShippedForms, ProxyLetterNeverCarriesThePrincipalsData) {
    for (const auto& sample : samplePeople()) {
        const FilledForm f = fill("ininjo", sample.json);
        int principal = 0;
        for (const auto& x : f.fields) {
            if (x.name.rfind("principal.", 0) == 0) {
                ++principal;
                EXPECT_EQ(x.state, FilledField::State::Handwritten) << sample.key << " " << x.name;
                EXPECT_TRUE(x.text.empty()) << sample.key << " " << x.name;
            }
        }
        EXPECT_GE(principal, 4) << "委任者's address, name, birth date, phone";
        // The person at the kiosk is the agent: their data may appear in the agent's part only.
        for (const auto& x : f.fields)
            if (x.state == FilledField::State::Filled && x.name.rfind("agent.", 0) != 0) {
                EXPECT_EQ(x.sourcePath.rfind("person.", 0), std::string::npos)
                    << sample.key << " " << x.name << " from " << x.sourcePath;
            }
    }
}

TEST_F(ShippedForms, StaffAreasStayEmpty) {
    for (const auto& id : kRealForms) {
        const FormTemplate* form = catalog->find(id);
        ASSERT_TRUE(form);
        std::vector<Rect> staff;
        for (const auto& page : form->pages)
            for (const auto& item : page.items)
                if (const auto* s = std::get_if<StaffArea>(&item)) staff.push_back(s->box);
        EXPECT_FALSE(staff.empty()) << id << " has no 事務処理欄";
        const FilledForm f = fill(id);
        for (const auto& x : f.fields)
            for (const auto& s : staff) {
                const bool overlaps = x.box.x < s.right() && s.x < x.box.right() && x.box.y < s.bottom() &&
                                      s.y < x.box.bottom();
                EXPECT_FALSE(overlaps) << id << ": " << x.name << " lies in the staff area";
            }
    }
}

TEST_F(ShippedForms, AddresseeAndFeesComeFromTheConfig) {
    config.addressee = "架空町長";
    config.fees["koseki-shomei"] = 999;
    for (const auto& id : kRealForms) {
        const FilledField* addressee = field(fill(id), "addressee");
        ASSERT_TRUE(addressee) << id;
        EXPECT_EQ(addressee->text, "架空町長") << id;
    }
    const FilledField* fee = field(fill("koseki-shomei"), "fee.koseki");
    ASSERT_TRUE(fee);
    EXPECT_EQ(fee->text, "999円");
}

TEST_F(ShippedForms, HouseholdFormsContinueOnAnotherPage) {
    // The demo resident plus three household members fill four rows exactly; one more person needs a
    // continuation page on each household form, with the fifth person in row 5.
    std::string big(demoPersonJson());
    const std::string extra =
        R"(, {"name": "架空　梅", "name_kana": "カクウ　ウメ", "birth_date": "2024-01-15",
        "sex": "female", "relationship": "子", "relationship_to_head": "子", "flags": ["moving", "kokuho"]})";
    big.insert(big.rfind(']'), extra); // after the last household member
    const std::vector<std::pair<std::string, std::string>> rows{{"jumin-ido", "movers[4].name"},
                                                                {"kokuho-ido", "insured[4].name"},
                                                                {"jido-teate", "children[2].name"}};
    for (const auto& [id, name] : rows) {
        fill(id);
        const int onePage = pages;
        const FilledForm f = fill(id, big);
        const FilledField* fifth = field(f, name);
        ASSERT_TRUE(fifth) << id << " " << name;
        EXPECT_EQ(fifth->text, "架空　梅") << id;
        if (id != "jido-teate") {
            EXPECT_EQ(onePage, 1) << id;
            EXPECT_EQ(pages, 2) << id;
            EXPECT_EQ(fifth->page, 1) << id << ": the fifth row is on the continuation page";
        }
    }
}

TEST(ShippedFormsCli, ProxyLetterTellsThatThePrincipalMustFillInAndSign) {
    test::TempDir dir;
    const std::string person = dir.file("person.json");
    test::writeFile(person, std::string(demoPersonJson()));
    const auto r = test::run({test::cliPath(), "form", "fill", "--form", "ininjo", "--person", person,
                              "--date", "2026-11-23", "-o", dir.file("ininjo.pdf")});
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.err.find("ininjo: the principal (委任者) must fill in and sign their own part by hand"),
              std::string::npos)
        << r.err;
    // Nothing personal on stderr.
    EXPECT_EQ(r.err.find("架空"), std::string::npos) << r.err;
    const auto other = test::run({test::cliPath(), "form", "fill", "--form", "juminhyo", "--person", person,
                                  "-o", dir.file("juminhyo.pdf")});
    EXPECT_EQ(other.err.find("委任者"), std::string::npos) << other.err;
}

} // namespace
