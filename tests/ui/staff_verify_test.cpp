// Staff mode → "Verify a printout", through the real QML: a signed page rendered at 150 dpi under the
// (simulated) document camera, and codes typed by a keyboard-wedge scanner into the focused input. The
// fields shown must be exactly what was printed; a tampered code or one from an unknown key shows the
// verdict and nothing else; leaving the screen or the idle timeout wipes what was decoded.
#include "kiosk_fixture.h"

#include "fakes/fake_page_camera.h"
#include "image_store.h"
#include "signed_printout.h"
#include "staff_verify_model.h"

#include "kakanai/forms/catalog.h"
#include "kakanai/handoff/keys.h"
#include "kakanai/person/sample_people.h"

#include <QElapsedTimer>
#include <QTest>

#include <functional>
#include <iostream>
#include <map>

namespace kakanai::kiosk::test {
namespace {

// One changed digit, as a misread or an edit would make: the last digit of a 7-byte block in the
// middle (the body or the signature, never the key id), so the text still decodes and only the
// signature can tell.
std::string tamper(std::string code) {
    char& d = code.at(5 + 17 * 10 + 16);
    d = static_cast<char>('0' + ((d - '0') ^ 1));
    return code;
}

class StaffVerify : public KioskFixture {
protected:
    handoff::SigningKey key = handoff::SigningKey::generate(false).value();

    StaffVerifyModel& verifyModel() { return kiosk().staffVerifyModel(); }
    FakePageCamera& pageCamera() { return *kiosk().devices().fakePageCamera; }
    QVariantList shownForms() { return verifyModel().forms(); }

    void openVerifyScreen(bool shootStaffScreen = false) {
        tapOrFail("staffModeButton");
        ASSERT_TRUE(ui().waitFor([&] { return ui().visible("staffPanel"); }));
        for (const char* k : {"pinKey2", "pinKey4", "pinKey6", "pinKey8"})
            tapOrFail(k);
        tapOrFail("pinOk");
        ASSERT_TRUE(ui().waitFor([&] { return model("staff")->property("unlocked").toBool(); }, 10000));
        if (shootStaffScreen) shot("staff-screen");
        tapOrFail("verifyPrintoutButton");
        ASSERT_TRUE(ui().waitFor([&] { return ui().visible("staffVerifyScreen"); }));
        verifyModel().trust(key.publicKey()); // as [signing] trusted_keys would
    }

    SignedPrintout printed(const char* formId = "juminhyo", const handoff::SigningKey* with = nullptr) {
        const FormTemplate* form = kiosk().catalog().find(formId);
        EXPECT_NE(form, nullptr) << formId;
        auto person = parsePerson(samplePeople().front().json);
        EXPECT_TRUE(person.ok());
        pdf::FontLibrary fonts(kiosk().config().font_dirs);
        auto p = printSigned(*form, *person, kiosk().config(), with ? *with : key, fonts, 150);
        EXPECT_TRUE(p.ok()) << (p ? "" : p.error().describe());
        return p ? std::move(*p) : SignedPrintout{};
    }

    bool waitResult() {
        return ui().waitFor([&] { return !verifyModel().result().isEmpty() && !verifyModel().busy(); },
                            20000);
    }

    // A keyboard-wedge scanner: keystrokes into the focused input, then Enter.
    void typeAsScanner(const std::string& code) {
        m_app->window()->requestActivate();
        QQuickItem* input = ui().find("scanInput");
        ASSERT_NE(input, nullptr);
        ASSERT_TRUE(ui().waitFor([&] { return input->hasActiveFocus(); }))
            << "the scanner input has no focus";
        for (char c : code)
            QTest::keyClick(m_app->window(), c);
        QTest::keyClick(m_app->window(), Qt::Key_Return);
    }

    // The fields the screen shows, by name, and the values printed on the page: the same.
    void expectShownAsPrinted(const SignedPrintout& p) {
        std::map<std::string, std::string> printedValues, shown;
        for (const auto& f : p.form.fields)
            if (f.state == FilledField::State::Filled) printedValues[f.name] = f.text;
        const QVariantList forms = shownForms();
        ASSERT_EQ(forms.size(), 1);
        for (const QVariant& v : forms[0].toMap().value("fields").toList()) {
            const QVariantMap f = v.toMap();
            if (!f.value("handwriting").toBool())
                shown[f.value("name").toString().toStdString()] = f.value("text").toString().toStdString();
        }
        EXPECT_FALSE(printedValues.empty());
        EXPECT_EQ(shown, printedValues);
        // And on the screen: the name as printed, in a value row.
        ui().settle(60);
        EXPECT_TRUE(valueShown(QString::fromStdString(printedValues["applicant.name"])))
            << "the applicant's name is not shown";
        const QVariantMap form = forms[0].toMap();
        EXPECT_EQ(form.value("formId").toString(), QStringLiteral("juminhyo"));
        EXPECT_EQ(form.value("kioskId").toString().toStdString(), kiosk().config().kiosk_id);
        EXPECT_FALSE(form.value("printedAt").toString().isEmpty());
        EXPECT_EQ(form.value("idSource").toString(), QStringLiteral("mynumber-card"));
        // The report is kakanai verify --json's.
        EXPECT_EQ(verifyModel().report().value("schema").toString(), QStringLiteral("kakanai-verify/1"));
        EXPECT_EQ(verifyModel().report().value("exit_code").toInt(), 0);
    }

    // A value row on the screen with exactly this text.
    bool valueShown(const QString& text) {
        std::function<bool(QQuickItem*)> walk = [&](QQuickItem* item) {
            if (!item->isVisible()) return false;
            if (item->objectName() == QLatin1String("verifiedValue") &&
                item->property("text").toString() == text)
                return true;
            for (QQuickItem* child : item->childItems())
                if (walk(child)) return true;
            return false;
        };
        return walk(m_app->window()->contentItem());
    }

    void expectNothingShown() {
        EXPECT_TRUE(shownForms().isEmpty());
        EXPECT_FALSE(verifyModel().showFields());
        EXPECT_TRUE(verifyModel().report().value("forms").toList().isEmpty());
        ui().settle(60);
        EXPECT_FALSE(ui().visible("verifiedValue")) << "a value of a rejected code is on the screen";
    }

    QString verdictText() {
        QQuickItem* t = ui().find("verdictText");
        return t ? t->property("text").toString() : QString();
    }
};

TEST_F(StaffVerify, APageUnderTheCameraShowsTheFieldsAsPrinted) {
    openVerifyScreen();
    if (!verifyModel().cameraAvailable()) GTEST_SKIP() << "built without the verify driver: no camera";
    shot("verify-empty");
    const SignedPrintout p = printed();
    ASSERT_EQ(p.pages.size(), 1u);
    pageCamera().setPage(p.pages[0]);
    QElapsedTimer t;
    t.start();
    tapOrFail("verifyCapture");
    ASSERT_TRUE(waitResult());
    const qint64 shownMs = t.elapsed();
    EXPECT_EQ(verifyModel().result(), QStringLiteral("valid"));
    expectShownAsPrinted(p);
    EXPECT_FALSE(verifyModel().pageImage().isEmpty()) << "the picture of the page is shown";
    EXPECT_TRUE(ui().visible("verifyPageImage"));
    std::cout << "staff screen verify (150 dpi page): tap to verdict " << shownMs << " ms, find+decode+check "
              << verifyModel().lastVerifyMs() << " ms" << std::endl;
    shot("verify-valid");
}

TEST_F(StaffVerify, ATypedScannerLineShowsTheSameFields) {
    openVerifyScreen();
    const SignedPrintout p = printed();
    ASSERT_EQ(p.codes.size(), 1u);
    typeAsScanner(p.codes[0]);
    ASSERT_TRUE(waitResult());
    EXPECT_EQ(verifyModel().result(), QStringLiteral("valid"));
    expectShownAsPrinted(p);
    EXPECT_TRUE(ui().find("scanInput")->property("text").toString().isEmpty()) << "the input is emptied";
    std::cout << "staff screen verify (typed line): check " << verifyModel().lastVerifyMs() << " ms"
              << std::endl;
    shot("verify-typed");
}

TEST_F(StaffVerify, ATamperedLineIsNotValidAndShowsNothing) {
    tapOrFail("lang_en");
    openVerifyScreen();
    if (!verifyModel().cameraAvailable()) GTEST_SKIP() << "built without the verify driver: no camera";
    const SignedPrintout p = printed();
    ASSERT_EQ(p.codes.size(), 1u);
    typeAsScanner(tamper(p.codes[0]));
    ASSERT_TRUE(waitResult());
    EXPECT_EQ(verifyModel().result(), QStringLiteral("bad-signature"));
    EXPECT_TRUE(verdictText().contains(QStringLiteral("Not valid"))) << verdictText().toStdString();
    expectNothingShown();
    shot("verify-tampered");
    // A valid page after it is a new check: shown.
    pageCamera().setPage(p.pages[0]);
    tapOrFail("verifyCapture");
    ASSERT_TRUE(ui().waitFor([&] { return verifyModel().result() == QLatin1String("valid"); }, 20000));
    expectShownAsPrinted(p);
}

TEST_F(StaffVerify, APageFromAnUnknownKeyIsNotValid) {
    tapOrFail("lang_en");
    openVerifyScreen();
    if (!verifyModel().cameraAvailable()) GTEST_SKIP() << "built without the verify driver: no camera";
    const auto otherKiosk = handoff::SigningKey::generate(false).value();
    const SignedPrintout p = printed("juminhyo", &otherKiosk);
    pageCamera().setPage(p.pages[0]);
    tapOrFail("verifyCapture");
    ASSERT_TRUE(waitResult());
    EXPECT_EQ(verifyModel().result(), QStringLiteral("unknown-key"));
    EXPECT_TRUE(verdictText().contains(QStringLiteral("unknown key"))) << verdictText().toStdString();
    expectNothingShown();
    shot("verify-unknown-key");
}

TEST_F(StaffVerify, APictureWithoutACodeIsUnreadable) {
    tapOrFail("lang_en");
    openVerifyScreen();
    if (!verifyModel().cameraAvailable()) GTEST_SKIP() << "built without the verify driver: no camera";
    pageCamera().setPage(QImage()); // an empty desk
    tapOrFail("verifyCapture");
    ASSERT_TRUE(waitResult());
    EXPECT_EQ(verifyModel().result(), QStringLiteral("unreadable"));
    expectNothingShown();
    shot("verify-unreadable");
}

TEST_F(StaffVerify, LeavingTheScreenOrTheIdleTimeoutWipesTheModel) {
    openVerifyScreen();
    if (!verifyModel().cameraAvailable()) GTEST_SKIP() << "built without the verify driver: no camera";
    const SignedPrintout p = printed();
    pageCamera().setPage(p.pages[0]);
    tapOrFail("verifyCapture");
    ASSERT_TRUE(waitResult());
    ASSERT_EQ(verifyModel().result(), QStringLiteral("valid"));
    ASSERT_GT(kiosk().images()->count(), 0);
    tapOrFail("verifyClose");
    EXPECT_FALSE(verifyModel().active());
    EXPECT_TRUE(verifyModel().result().isEmpty());
    EXPECT_TRUE(shownForms().isEmpty());
    EXPECT_TRUE(verifyModel().report().isEmpty());
    EXPECT_TRUE(verifyModel().pageImage().isEmpty());
    EXPECT_EQ(kiosk().images()->count(), 0) << "the picture of the page is dropped";
    EXPECT_TRUE(ui().visible("verifyPrintoutButton")) << "back on the staff screen";

    // Again, then the staff walk away: wiped, and staff mode locks.
    tapOrFail("verifyPrintoutButton");
    typeAsScanner(p.codes[0]);
    ASSERT_TRUE(waitResult());
    ASSERT_EQ(verifyModel().result(), QStringLiteral("valid"));
    advanceClock(std::chrono::seconds(kiosk().config().idle_s - 5));
    kiosk().tick();
    EXPECT_EQ(verifyModel().result(), QStringLiteral("valid")) << "not before the timeout";
    advanceClock(std::chrono::seconds(6));
    kiosk().tick();
    EXPECT_TRUE(verifyModel().result().isEmpty());
    EXPECT_TRUE(shownForms().isEmpty());
    EXPECT_FALSE(verifyModel().active());
    EXPECT_FALSE(model("staff")->property("unlocked").toBool()) << "staff mode locks after the timeout";
    ui().settle(60);
    EXPECT_FALSE(ui().visible("staffPanel"));
}

TEST_F(StaffVerify, TheDemoCameraShowsASignedDemoPageThatVerifies) {
    openVerifyScreen(); // the demo (this fixture runs --demo) prepares its page and trusts its demo key
    if (!verifyModel().cameraAvailable()) GTEST_SKIP() << "built without the verify driver: no camera";
    tapOrFail("verifyCapture");
    ASSERT_TRUE(waitResult());
    EXPECT_EQ(verifyModel().result(), QStringLiteral("valid"));
    const QVariantList forms = shownForms();
    ASSERT_EQ(forms.size(), 1);
    EXPECT_TRUE(forms[0].toMap().value("demo").toBool()) << "the demo key is labelled";
    shot("verify-demo");
}

// The screen in Japanese and English (and larger text): no clipped or overlapping text, named controls.
class StaffVerifyScreens : public StaffVerify,
                           public ::testing::WithParamInterface<std::tuple<const char*, bool>> {};

TEST_P(StaffVerifyScreens, NoTextIsClipped) {
    const auto [lang, large] = GetParam();
    tapOrFail((std::string("lang_") + lang).c_str());
    if (large) tapOrFail("largeTextButton");
    openVerifyScreen(/*shootStaffScreen=*/true);
    if (!verifyModel().cameraAvailable()) GTEST_SKIP() << "built without the verify driver: no camera";
    shot("staff-verify-empty");
    const SignedPrintout p = printed();
    pageCamera().setPage(p.pages[0]);
    tapOrFail("verifyCapture");
    ASSERT_TRUE(waitResult());
    shot("staff-verify-valid");
    typeAsScanner(tamper(p.codes[0]));
    ASSERT_TRUE(ui().waitFor([&] { return verifyModel().result() == QLatin1String("bad-signature"); }));
    shot("staff-verify-bad-signature");
}

std::string screenName(const ::testing::TestParamInfo<std::tuple<const char*, bool>>& param) {
    return std::string(std::get<0>(param.param)) + (std::get<1>(param.param) ? "_large" : "");
}

INSTANTIATE_TEST_SUITE_P(JaEn, StaffVerifyScreens,
                         ::testing::Values(std::make_tuple("ja", false), std::make_tuple("en", false),
                                           std::make_tuple("ja", true)),
                         screenName);

} // namespace
} // namespace kakanai::kiosk::test
