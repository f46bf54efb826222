// The hand-off end to end, in pixels: every shipped form filled for every fictional person, signed,
// rendered to PDF, rasterised by pdftoppm at 150 and 300 dpi like a scanner, and verified from the
// image; then the same page as a phone photo (rotated, perspective, JPEG) and as a photocopy.
#include "kakanai/forms/catalog.h"
#include "kakanai/forms/form_filler.h"
#include "kakanai/handoff/form_codes.h"
#include "kakanai/handoff/verification.h"
#include "kakanai/pdf/pdf_renderer.h"
#include "kakanai/person/sample_people.h"
#include "kakanai/verify/verify_files.h"

#include "pdf_tools.h"
#include "test_support.h"

#include <gtest/gtest.h>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <cstdio>
#include <map>
#include <random>

using namespace kakanai;
using namespace kakanai::handoff;

namespace {

struct Printed {
    std::string pdfPath;
    FillOutput out;
    std::vector<IssuedForm> issued;
};

struct RoundTrip : ::testing::Test {
    static inline const FormCatalog catalog = FormCatalog::load(test::sourcePath("forms"));
    KioskConfig config = demoConfig(KAKANAI_TEST_SOURCE_DIR);
    pdf::FontLibrary fonts;
    SigningKey key = SigningKey::generate(false).value();
    test::TempDir dir;
    TemplateShelf shelf;

    void SetUp() override {
        for (const auto& e : catalog.entries())
            if (e.form) shelf.add(*e.form);
        ASSERT_GT(shelf.size(), 0u);
    }

    Printed print(const FormTemplate& form, const Person& person, const std::string& name) {
        Printed p;
        HandoffSigner signer(key, newSession(config, &person), {&form});
        FillRequest req;
        req.forms = {&form};
        req.person = &person;
        req.config = &config;
        req.today = Date{2026, 11, 23};
        req.qrPayload = signer.payloadFn();
        auto out = fillForms(req, fonts);
        EXPECT_TRUE(out.ok()) << out.error().describe();
        if (!out) return p;
        pdf::PdfRenderer renderer(fonts);
        auto bytes = renderer.render(out->document);
        EXPECT_TRUE(bytes.ok());
        if (!bytes) return p;
        p.pdfPath = dir.file(name + ".pdf");
        test::writeFile(p.pdfPath, std::string(bytes->begin(), bytes->end()));
        p.out = std::move(*out);
        p.issued = signer.issued();
        return p;
    }

    VerifyReport verifyImages(const std::vector<cv::Mat>& pages) {
        HandoffVerifier verifier({key.publicKey()}, shelf);
        for (std::size_t i = 0; i < pages.size(); ++i) {
            const cv::Mat gray = pages[i].isContinuous() ? pages[i] : pages[i].clone();
            verify::addImage(verifier, verify::GrayView{gray.data, gray.cols, gray.rows, 0},
                             "page " + std::to_string(i + 1));
        }
        return verifier.report();
    }
};

cv::Mat toMat(const test::GrayImage& img) {
    return cv::Mat(img.height, img.width, CV_8UC1, const_cast<std::uint8_t*>(img.pixels.data())).clone();
}

std::vector<cv::Mat> scan(const Printed& p, int dpi) {
    std::vector<cv::Mat> pages;
    for (std::size_t i = 1; i <= p.out.document.pages.size(); ++i)
        pages.push_back(toMat(test::renderPage(p.pdfPath, static_cast<int>(i), dpi)));
    return pages;
}

// The printed text of every field, by name, and what the verifier decoded from the page.
void expectSameFields(const FilledForm& filled, const VerifiedForm& verified, const std::string& what) {
    std::map<std::string, std::string> printed, decoded;
    for (const auto& f : filled.fields)
        if (f.state == FilledField::State::Filled) printed[f.name] = f.text;
    for (const auto& f : verified.fields)
        if (f.kind != FieldKind::Handwriting) decoded[f.name] = f.text;
    EXPECT_FALSE(printed.empty()) << what;
    EXPECT_EQ(decoded, printed) << what;
}

// A phone photo of the page: held a little askew and tilted, a grey shadow, JPEG at quality 60.
cv::Mat photographed(const cv::Mat& page) {
    const float w = static_cast<float>(page.cols), h = static_cast<float>(page.rows);
    const std::vector<cv::Point2f> from{{0, 0}, {w, 0}, {w, h}, {0, h}};
    const std::vector<cv::Point2f> to{
        {0.06f * w, 0.04f * h}, {0.97f * w, 0.0f}, {0.92f * w, 0.98f * h}, {0.01f * w, 0.93f * h}};
    cv::Mat warped;
    cv::warpPerspective(page, warped, cv::getPerspectiveTransform(from, to), page.size(), cv::INTER_LINEAR,
                        cv::BORDER_CONSTANT, cv::Scalar(90));
    cv::Mat rotated;
    cv::warpAffine(warped, rotated, cv::getRotationMatrix2D(cv::Point2f(w / 2, h / 2), 7.0, 1.0), page.size(),
                   cv::INTER_LINEAR, cv::BORDER_CONSTANT, cv::Scalar(90));
    cv::Mat shaded;
    rotated.convertTo(shaded, CV_8U, 0.8, 20); // dimmer paper, lifted blacks
    cv::GaussianBlur(shaded, shaded, cv::Size(3, 3), 0.8);
    std::vector<std::uint8_t> jpeg;
    cv::imencode(".jpg", shaded, jpeg, {cv::IMWRITE_JPEG_QUALITY, 60});
    return cv::imdecode(jpeg, cv::IMREAD_GRAYSCALE);
}

// A photocopy: toner noise, a grey cast, hard threshold, a slight shift of the sheet.
cv::Mat photocopied(const cv::Mat& page) {
    cv::Mat noisy(page.size(), CV_8UC1);
    cv::randn(noisy, 0, 18);
    cv::Mat copy;
    cv::add(page, noisy, copy, cv::noArray(), CV_8U);
    cv::threshold(copy, copy, 150, 255, cv::THRESH_BINARY);
    cv::Mat shifted;
    const cv::Mat shift = (cv::Mat_<double>(2, 3) << 1, 0.004, 6, -0.004, 1, 9);
    cv::warpAffine(copy, shifted, shift, page.size(), cv::INTER_NEAREST, cv::BORDER_CONSTANT,
                   cv::Scalar(255));
    return shifted;
}

TEST_F(RoundTrip, EveryFormAndPersonVerifiesFromScansAt150And300Dpi) {
    int checked = 0;
    for (const auto& entry : catalog.entries()) {
        if (!entry.form) continue;
        for (const auto& sample : samplePeople()) {
            auto person = parsePerson(sample.json);
            ASSERT_TRUE(person.ok()) << sample.key;
            const std::string what = entry.form->id + "/" + std::string(sample.key);
            const Printed p = print(*entry.form, *person, entry.form->id + "-" + std::string(sample.key));
            ASSERT_EQ(p.issued.size(), 1u) << what;
            for (int dpi : {150, 300}) {
                const VerifyReport r = verifyImages(scan(p, dpi));
                ASSERT_EQ(r.outcome(), Outcome::Valid) << what << " at " << dpi << " dpi";
                ASSERT_EQ(r.forms.size(), 1u) << what;
                EXPECT_EQ(r.forms[0].status, FormStatus::Valid) << what;
                EXPECT_EQ(r.forms[0].payloadSha256, p.issued[0].payloadSha256) << what;
                EXPECT_EQ(r.forms[0].formId, entry.form->id);
                expectSameFields(p.out.forms[0], r.forms[0], what + " at " + std::to_string(dpi) + " dpi");
                ++checked;
            }
        }
    }
    EXPECT_GE(checked, 2 * static_cast<int>(samplePeople().size()));
}

TEST_F(RoundTrip, APhotographedPageStillVerifies) {
    auto person = parsePerson(samplePeople().front().json);
    ASSERT_TRUE(person.ok());
    const Printed p = print(*catalog.find("juminhyo"), *person, "photo");
    std::vector<cv::Mat> photos;
    for (const cv::Mat& page : scan(p, 300))
        photos.push_back(photographed(page));
    const VerifyReport r = verifyImages(photos);
    ASSERT_EQ(r.outcome(), Outcome::Valid);
    ASSERT_EQ(r.forms.size(), 1u);
    expectSameFields(p.out.forms[0], r.forms[0], "photo");
}

// By design: the signature proves what the kiosk printed, not that this sheet is the original.
TEST_F(RoundTrip, APhotocopyOfAValidPageStillVerifies) {
    auto person = parsePerson(samplePeople().front().json);
    ASSERT_TRUE(person.ok());
    const Printed p = print(*catalog.find("juminhyo"), *person, "copy");
    std::vector<cv::Mat> copies;
    for (const cv::Mat& page : scan(p, 150))
        copies.push_back(photocopied(page));
    const VerifyReport r = verifyImages(copies);
    ASSERT_EQ(r.outcome(), Outcome::Valid);
    EXPECT_EQ(r.forms.at(0).payloadSha256, p.issued.at(0).payloadSha256);
}

TEST_F(RoundTrip, APageFromAnotherKioskKeyIsNotTrusted) {
    auto person = parsePerson(samplePeople().front().json);
    ASSERT_TRUE(person.ok());
    const Printed p = print(*catalog.find("juminhyo"), *person, "other");
    const SigningKey stranger = SigningKey::generate(false).value();
    HandoffVerifier verifier({stranger.publicKey()}, shelf);
    ASSERT_TRUE(verify::addFile(verifier, p.pdfPath, 150).ok());
    const VerifyReport r = verifier.report();
    EXPECT_EQ(r.outcome(), Outcome::UnknownKey);
    EXPECT_TRUE(r.forms.empty()) << "nothing from an untrusted code may be shown as a form";
}

TEST_F(RoundTrip, APdfIsRenderedInMemoryAndVerified) {
    auto person = parsePerson(samplePeople().front().json);
    ASSERT_TRUE(person.ok());
    const Printed p = print(*catalog.find("juminhyo"), *person, "direct");
    HandoffVerifier verifier({key.publicKey()}, shelf);
    ASSERT_TRUE(verify::addFile(verifier, p.pdfPath, 150).ok());
    const VerifyReport r = verifier.report();
    ASSERT_EQ(r.outcome(), Outcome::Valid);
    EXPECT_EQ(r.codes.size(), p.out.document.pages.size()) << "one code per printed page";
    expectSameFields(p.out.forms[0], r.forms.at(0), "pdf");
}

// A household of `members` besides the resident, as large as forms get: a spouse, then children, then
// parents, with long names and readings, every flag set so each repeat area prints them.
std::string householdPerson(int members) {
    static const char* const rel[] = {"妻", "子", "子", "子", "子", "父", "母", "子", "子", "子"};
    std::string h;
    for (int i = 0; i < members; ++i)
        h += std::string(i ? "," : "") + R"({"name": "勅使河原　健太郎)" + std::to_string(i) +
             R"(", "name_kana": "テシガワラ　ケンタロウ", "birth_date": "20)" + std::to_string(10 + i) +
             R"(-12-2)" + std::to_string(1 + i % 8) + R"(", "sex": ")" + (i % 2 ? "male" : "female") +
             R"(", "relationship": ")" + rel[i % 10] + R"(", "relationship_to_head": ")" + rel[i % 10] +
             R"(", "flags": ["moving", "kokuho", "requested"]})";
    return R"({"schema": "kakanai-person/1", "source": "mynumber-card",
      "name": "勅使河原　健太郎", "name_kana": {"value": "テシガワラ　ケンタロウ", "source": "resident"},
      "birth_date": "1989-01-08", "sex": "male", "nationality": "日本",
      "address": "北海道札幌市中央区南二十条西十五丁目１２３４番地の５６　サンプルハイツ札幌中央第二１２３４号室",
      "postal_code": "0640920", "phone": "011-000-0000", "head_of_household": true,
      "flags": ["moving", "kokuho", "requested"], "household": [)" +
           h + "]}";
}

// The 150 dpi rule (docs/handoff.md): every code of every form, for every fictional person and every
// household size the form prints on its own pages (no continuation page), has modules of at least
// kMinReadableModuleMm. A template whose QR area is too small for its data fails here.
TEST_F(RoundTrip, EveryFormAndHouseholdItPrintsKeepsModulesReadableAt150Dpi) {
    int checked = 0;
    for (const auto& entry : catalog.entries()) {
        if (!entry.form) continue;
        const FormTemplate& form = *entry.form;
        std::vector<std::pair<std::string, std::string>> people;
        for (const auto& sample : samplePeople())
            people.emplace_back(std::string(sample.key), std::string(sample.json));
        for (int members = 0; members <= 8; ++members)
            people.emplace_back("household+" + std::to_string(members), householdPerson(members));
        double smallest = 1e9;
        std::string worst;
        int worstVersion = 0;
        for (const auto& [name, json] : people) {
            auto person = parsePerson(json);
            ASSERT_TRUE(person.ok()) << name << ": " << person.error().describe();
            const SessionInfo session = newSession(config, &*person);
            HandoffSigner signer(key, session, {&form});
            FillRequest req;
            req.forms = {&form};
            req.person = &*person;
            req.config = &config;
            req.today = Date{2026, 11, 23};
            req.qrPayload = signer.payloadFn();
            auto out = fillForms(req, fonts);
            ASSERT_TRUE(out.ok()) << form.id << "/" << name << ": " << out.error().describe();
            // Larger households go onto continuation pages, whose own QR areas take their share.
            if (name.rfind("household+", 0) == 0 && out->document.pages.size() > form.pages.size()) continue;
            auto codes = codesFor(out->forms[0], form, session, key);
            ASSERT_TRUE(codes.ok()) << form.id << "/" << name;
            EXPECT_GE(codes->smallestModuleMm, kMinReadableModuleMm)
                << form.id << "/" << name << ": QR version " << codes->largestVersion << ", "
                << codes->parts.size() << " part(s), modules " << codes->smallestModuleMm
                << " mm: enlarge the template's QR area";
            EXPECT_TRUE(codes->readableAt150Dpi) << form.id << "/" << name;
            if (codes->smallestModuleMm < smallest)
                smallest = codes->smallestModuleMm, worst = name, worstVersion = codes->largestVersion;
            ++checked;
        }
        std::printf("qr density %-14s smallest module %.3f mm (QR version %d, %s)\n", form.id.c_str(),
                    smallest, worstVersion, worst.c_str());
    }
    EXPECT_GE(checked, 8 * static_cast<int>(samplePeople().size()));
}

} // namespace
