#include "kiosk_fixture.h"

#include "devices.h"
#include "identify_model.h"
#include "output_model.h"

#include <QDir>

#include <filesystem>

namespace kakanai::kiosk::test {

// Staff PIN "2468" (kakanai-kiosk --hash-staff-pin), precomputed so each test does not pay for Argon2.
const char* const kStaffPinHash2468 =
    "$argon2id$v=19$m=65536,t=2,p=1$p1laHzWlFJyKNCi+FiAQjA$0FV/wxoNChbS/yFZXEqTIngq3PcJ3iR+mBn+auWgsRQ";

void KioskFixture::SetUp() {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    m_dir = std::string(KAKANAI_TEST_BINARY_DIR) + "/test-output/ui/" + info->test_suite_name() + "." +
            info->name();
    std::filesystem::remove_all(m_dir);
    std::filesystem::create_directories(m_dir);
    KioskController::Options o;
    o.config = demoConfig(KAKANAI_TEST_SOURCE_DIR);
    o.config.staff_pin_hash = kStaffPinHash2468;
    o.devices = makeSimulatedDevices(m_printerTarget);
    o.demo = true;
    o.idleTimer = false;
    o.demoControls = m_demoControls;
    o.clock = [this] { return m_now; };
    configure(o);
    if (HasFatalFailure() || IsSkipped()) return;
    m_app = std::make_unique<KioskApp>(std::move(o));
    ASSERT_TRUE(m_app->load());
    m_app->window()->show();
    m_ui = std::make_unique<UiDriver>(m_app->window());
    ASSERT_TRUE(m_ui->waitFor([&] { return m_app->window()->isExposed(); }));
    m_ui->settle(200);
}

void KioskFixture::TearDown() {
    m_ui.reset();
    m_app.reset();
}

bool KioskFixture::waitStep(const char* s, int ms) {
    return m_ui->waitFor([&] { return step() == QLatin1String(s); }, ms);
}

void KioskFixture::shot(const QString& name) {
    const QString path = QStringLiteral("%1/%2-%3.png")
                             .arg(QString::fromStdString(m_dir))
                             .arg(++m_shots, 2, 10, QLatin1Char('0'))
                             .arg(name);
    ASSERT_TRUE(m_ui->screenshot(path)) << path.toStdString();
    if (!m_checkScreens) return;
    const QStringList clipped = m_ui->clippedTexts();
    EXPECT_TRUE(clipped.isEmpty()) << name.toStdString() << " (" << kiosk().language().toStdString()
                                   << "): clipped text:\n  " << clipped.join("\n  ").toStdString();
    const QStringList overlapping = m_ui->overlappingTexts();
    EXPECT_TRUE(overlapping.isEmpty())
        << name.toStdString() << " (" << kiosk().language().toStdString()
        << "): texts drawn over each other:\n  " << overlapping.join("\n  ").toStdString();
    const QStringList unnamed = m_ui->unnamedControls();
    EXPECT_TRUE(unnamed.isEmpty()) << name.toStdString() << ": controls without an accessible name:\n  "
                                   << unnamed.join("\n  ").toStdString();
    const QStringList small = m_ui->smallTargets(20 * kiosk().pxPerMm());
    EXPECT_TRUE(small.isEmpty()) << name.toStdString() << ": targets under 20 mm:\n  "
                                 << small.join("\n  ").toStdString();
}

void KioskFixture::tapOrFail(const char* objectName) {
    ASSERT_TRUE(m_ui->tap(QString::fromUtf8(objectName)))
        << "cannot tap " << objectName << " on " << step().toStdString();
}

void KioskFixture::toIdentify(const char* form, const char* event) {
    tapOrFail("startButton");
    ASSERT_TRUE(waitStep("needs"));
    tapOrFail((std::string("event_") + event).c_str());
    ASSERT_TRUE(waitStep("forms"));
    tapOrFail((std::string("form_") + form).c_str());
    tapOrFail("formsNext");
    ASSERT_TRUE(waitStep("purpose"));
    tapOrFail("purposeOk");
    ASSERT_TRUE(waitStep("identify"));
}

void KioskFixture::enterPin(const char* pin) {
    for (const char* c = pin; *c; ++c)
        tapOrFail((std::string("pinKey") + *c).c_str());
}

void KioskFixture::cardToCheck(const char* pin) {
    card().insert(CardKind::MyNumber, 3);
    ASSERT_TRUE(waitStep("pin"));
    enterPin(pin);
    tapOrFail("pinOk");
    ASSERT_TRUE(waitStep("check"));
}

void KioskFixture::checkToPreview() {
    // After a card or photo the reading is only suggested: the resident confirms it (staff entry already
    // did).
    if (model("details")->property("toCheck").toInt() > 0) {
        ASSERT_TRUE(m_ui->waitFor([&] { return m_ui->visible("confirm_name_kana"); }, 10000))
            << "no furigana suggestion";
        tapOrFail("confirm_name_kana");
    }
    tapOrFail("checkNext");
    if (waitStep("household", 1500)) {
        tapOrFail("headYes");
        tapOrFail("householdNext");
    }
    ASSERT_TRUE(waitStep("questions"));
    for (int i = 0; i < 12 && step() == QLatin1String("questions"); ++i) {
        const QVariantMap cur = model("questions")->property("current").toMap();
        if (cur.value("id").toString() == QLatin1String("purpose"))
            tapOrFail("choice_license");
        else
            tapOrFail("questionNext");
    }
    ASSERT_TRUE(waitStep("summary"));
    tapOrFail("summaryNext");
    ASSERT_TRUE(waitStep("preview"));
    ASSERT_TRUE(m_ui->waitFor([&] { return kiosk().outputModel().previewReady(); }, 20000));
}

} // namespace kakanai::kiosk::test
