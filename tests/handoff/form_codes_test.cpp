// From a filled form to signed codes and back: every printed value, splitting, schema, templates.
#include "kakanai/forms/answers.h"
#include "kakanai/forms/form_filler.h"
#include "kakanai/forms/template_loader.h"
#include "kakanai/handoff/form_codes.h"
#include "kakanai/handoff/verification.h"

#include "test_support.h"

#include <gtest/gtest.h>

using namespace kakanai;
using namespace kakanai::handoff;

namespace {

std::string household(int members) {
    std::string h;
    const char* rel[] = {"夫", "子", "子", "子", "父", "母", "孫", "孫", "孫", "孫", "孫", "孫"};
    for (int i = 0; i < members; ++i)
        h += std::string(i ? "," : "") + R"({"name": "架空　家族)" + std::to_string(i) +
             R"(", "birth_date": "19)" + std::to_string(60 + i) + R"(-04-0)" + std::to_string(1 + i % 9) +
             R"(", "relationship": ")" + rel[i] + R"(", "flags": ["requested"]})";
    return h;
}

std::string personJson(int members, const std::string& phone = "090-0000-1234") {
    return R"({"schema": "kakanai-person/1", "source": "mynumber-card",
      "name": "架空　花子", "name_kana": {"value": "カクウ　ハナコ", "source": "resident"},
      "birth_date": "1989-01-08", "sex": "female",
      "address": "北海道札幌市中央区南二十条西十五丁目１２３４番地の５６　サンプルハイツ札幌中央第二１２３４号室",
      "postal_code": {"value": "0640920", "source": "staff"}, "phone": ")" +
           phone + R"(", "head_of_household": true, "household": [)" + household(members) + "]}";
}

struct FormCodes_ : ::testing::Test {
    FormTemplate form;
    KioskConfig config = demoConfig(KAKANAI_TEST_SOURCE_DIR);
    FixedPitchFonts fonts;
    std::optional<SigningKey> key;
    AnswersDocument answers;

    void SetUp() override {
        auto load = loadTemplate(test::sourcePath("forms/juminhyo.json"));
        ASSERT_TRUE(load.form);
        form = *load.form;
        key.emplace(SigningKey::generate(false).value());
        auto a =
            parseAnswers(R"({"schema": "kakanai-answers/1", "forms": {"juminhyo": {"qualification": "self",
            "kind": "copy", "scope": "part", "copies": 2, "items": ["head", "former-name"], "purpose": "other",
            "purpose_other": "相続の手続き", "submit_to": "札幌家庭裁判所"}}})");
        ASSERT_TRUE(a.ok()) << a.error().describe();
        answers = *a;
    }

    struct Filled {
        FillOutput out;
        std::vector<IssuedForm> issued;
        std::vector<std::string> codes; // the payload of each page, in page order
    };

    Filled fill(const std::string& json) {
        auto person = parsePerson(json);
        EXPECT_TRUE(person.ok()) << person.error().describe();
        HandoffSigner signer(*key, newSession(config, &*person), {&form});
        Filled f;
        FillRequest req;
        req.forms = {&form};
        req.person = &*person;
        req.answers = &answers;
        req.config = &config;
        req.today = Date{2026, 11, 23};
        auto inner = signer.payloadFn();
        req.qrPayload = [&](const FilledForm& ff, int page) {
            auto r = inner(ff, page);
            if (r) f.codes.push_back(*r);
            return r;
        };
        auto out = fillForms(req, fonts);
        EXPECT_TRUE(out.ok()) << out.error().describe();
        if (out) f.out = std::move(*out);
        f.issued = signer.issued();
        return f;
    }

    VerifyReport verify(const std::vector<std::string>& codes, const TemplateShelf& shelf) {
        HandoffVerifier v({key->publicKey()}, shelf);
        for (std::size_t i = 0; i < codes.size(); ++i)
            v.addCode("page " + std::to_string(i + 1), codes[i]);
        return v.report();
    }

    TemplateShelf shelf() {
        TemplateShelf s;
        s.add(form);
        return s;
    }
};

// Every printed value comes back, named, with the same text.
void expectSameFields(const FilledForm& filled, const VerifiedForm& verified) {
    std::map<std::string, std::string> printed, decoded;
    for (const auto& f : filled.fields)
        if (f.state == FilledField::State::Filled) printed[f.name] = f.text;
    for (const auto& f : verified.fields)
        decoded[f.name] = f.text;
    EXPECT_EQ(decoded, printed);
}

TEST_F(FormCodes_, OnePersonFormFitsOneReadableCodeAndEveryValueComesBack) {
    Filled f = fill(personJson(0));
    ASSERT_EQ(f.issued.size(), 1u);
    EXPECT_EQ(f.issued[0].parts, 1u);
    EXPECT_TRUE(f.issued[0].readableAt150Dpi) << "version " << f.issued[0].largestVersion;
    EXPECT_LE(f.issued[0].largestVersion, 14);
    const TemplateShelf s = shelf();
    const VerifyReport r = verify(f.codes, s);
    ASSERT_EQ(r.outcome(), Outcome::Valid);
    ASSERT_EQ(r.forms.size(), 1u);
    expectSameFields(f.out.forms[0], r.forms[0]);
    EXPECT_EQ(r.forms[0].payloadSha256, f.issued[0].payloadSha256);
    EXPECT_EQ(r.forms[0].kioskId, config.kiosk_id);
    EXPECT_EQ(r.forms[0].idSource, IdSource::MyNumberCard);
    EXPECT_EQ(r.forms[0].correctedByResident, std::vector<std::string>{"name_kana"});
    EXPECT_EQ(r.forms[0].correctedByStaff, std::vector<std::string>{"postal_code"});
    for (const auto& v : r.forms[0].fields) {
        if (v.name == "applicant.name_kana") {
            EXPECT_EQ(v.correctedBy, "resident");
        }
        if (v.name == "applicant.postal_code") {
            EXPECT_EQ(v.correctedBy, "staff");
        }
        if (v.name == "applicant.name") {
            EXPECT_EQ(v.correctedBy, "");
        }
        if (v.name == "applicant.birth_date") {
            EXPECT_EQ(v.isoDate, "1989-01-08");
        }
        if (v.name == "request.items") {
            EXPECT_EQ(v.choiceValues, (std::vector<std::string>{"head", "former-name"}));
        }
    }
}

TEST_F(FormCodes_, DatesAndChoicesTravelAsValuesNotText) {
    Filled f = fill(personJson(0));
    auto payload = payloadFor(f.out.forms[0], form, SessionInfo{"k", 0, {}, IdSource::Manual, 0, 0});
    ASSERT_TRUE(payload.ok());
    int dates = 0, choices = 0;
    for (const auto& pf : payload->fields) {
        dates += pf.kind == FieldKind::Date;
        choices += pf.kind == FieldKind::Choice;
    }
    EXPECT_GE(dates, 3);   // request date, birth date, the resident's row
    EXPECT_GE(choices, 5); // qualification, kind, scope, items, purpose
}

TEST_F(FormCodes_, AHouseholdTooLargeForOneCodeIsSplitOverItsPagesNeverTruncated) {
    Filled f = fill(personJson(7)); // the resident and 7 members: 2 pages of 4 rows
    ASSERT_EQ(f.out.document.pages.size(), 2u);
    ASSERT_EQ(f.codes.size(), 2u);
    ASSERT_EQ(f.issued[0].parts, 2u) << "expected a split";
    EXPECT_NE(f.codes[0], f.codes[1]);
    const TemplateShelf s = shelf();
    const VerifyReport both = verify(f.codes, s);
    ASSERT_EQ(both.outcome(), Outcome::Valid);
    ASSERT_EQ(both.forms.size(), 1u);
    expectSameFields(f.out.forms[0], both.forms[0]);
    EXPECT_EQ(both.forms[0].payloadSha256, f.issued[0].payloadSha256);
    // One page alone: verified but incomplete, and says which part is missing.
    const VerifyReport one = verify({f.codes[0]}, s);
    EXPECT_EQ(one.outcome(), Outcome::Incomplete);
    EXPECT_EQ(one.forms[0].missingParts, std::vector<std::uint32_t>{2});
    EXPECT_TRUE(one.forms[0].payloadSha256.empty());
    // The same page scanned twice is still one part.
    EXPECT_EQ(verify({f.codes[1], f.codes[1], f.codes[0]}, s).outcome(), Outcome::Valid);
}

TEST_F(FormCodes_, AMyNumberInAnyValueStopsTheFillInsteadOfBeingSigned) {
    answers.forms["juminhyo"]["submit_to"] = std::string("1234-5678-9018");
    auto person = parsePerson(personJson(0));
    HandoffSigner signer(*key, newSession(config, &*person), {&form});
    FillRequest req;
    req.forms = {&form};
    req.person = &*person;
    req.answers = &answers;
    req.config = &config;
    req.today = Date{2026, 11, 23};
    req.qrPayload = signer.payloadFn();
    auto out = fillForms(req, fonts);
    ASSERT_FALSE(out.ok());
    EXPECT_EQ(out.error().code, "handoff.my-number");
}

TEST_F(FormCodes_, AFieldNamedForAMyNumberIsNeverSignedEvenInAHandBuiltTemplate) {
    // The loader refuses such a template; one changed in memory must still not reach a code.
    std::get<FieldItem>(form.pages[0].items[0]).name = "applicant.my_number";
    auto person = parsePerson(personJson(0));
    ASSERT_TRUE(person.ok());
    auto filled = [&](const FormTemplate& t) {
        FillRequest req;
        req.forms = {&t};
        req.person = &*person;
        req.answers = &answers;
        req.config = &config;
        req.today = Date{2026, 11, 23};
        return fillForms(req, fonts);
    };
    auto out = filled(form);
    ASSERT_TRUE(out.ok()) << out.error().describe();
    auto payload = payloadFor(out->forms[0], form, newSession(config, &*person));
    ASSERT_FALSE(payload.ok());
    EXPECT_EQ(payload.error().code, "handoff.my-number");
}

TEST_F(FormCodes_, WithoutTheTemplateFieldsAreShownByNumberAndFlagged) {
    Filled f = fill(personJson(0));
    const TemplateShelf empty;
    const VerifyReport r = verify(f.codes, empty);
    EXPECT_EQ(r.outcome(), Outcome::UnknownTemplate);
    ASSERT_EQ(r.forms.size(), 1u);
    EXPECT_EQ(r.forms[0].fields[0].name, "#0");
    // A template with the same id and version but other fields is not trusted to name them.
    FormTemplate changed = form;
    std::get<FieldItem>(changed.pages[0].items[0]).name = "renamed";
    TemplateShelf other;
    other.add(changed);
    const VerifyReport r2 = verify(f.codes, other);
    EXPECT_EQ(r2.outcome(), Outcome::UnknownTemplate);
    EXPECT_NE(r2.forms[0].message.find("different fields"), std::string::npos);
}

TEST_F(FormCodes_, SessionsAreRandomAndCarryTheKioskAndTime) {
    auto person = parsePerson(personJson(0));
    const SessionInfo a = newSession(config, &*person), b = newSession(config, &*person);
    EXPECT_NE(a.sessionId, b.sessionId);
    EXPECT_EQ(a.kioskId, "demo-kiosk-01");
    EXPECT_GT(a.printedAt, 1700000000);
    EXPECT_EQ(newSession(config, nullptr).idSource, IdSource::None);
    EXPECT_EQ(newSession(config, &*person, "manual").idSource, IdSource::Manual);
    EXPECT_EQ(isoTimeJst(0), "1970-01-01T09:00:00+09:00");
    EXPECT_EQ(isoTimeJst(1795400000), "2026-11-23T11:13:20+09:00");
}

} // namespace
