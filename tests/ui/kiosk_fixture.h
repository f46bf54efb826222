#pragma once
// A fresh kiosk per test: built-in demo config, simulated card/camera/OCR, in-memory printer, a manual
// clock for the idle policy, the real Main.qml. Helpers to walk the flow and save screenshots.

#include "fakes/fake_card_reader.h"
#include "fakes/fake_printer.h"
#include "kiosk_app.h"
#include "ui_driver.h"

#include <gtest/gtest.h>

#include <QString>

#include <chrono>
#include <memory>

namespace kakanai::kiosk::test {

class KioskFixture : public ::testing::Test {
protected:
    void SetUp() override;
    void TearDown() override;
    // Last say on the kiosk's options before it is built (the real-device tests put real drivers here).
    virtual void configure(KioskController::Options&) {}

    KioskController& kiosk() { return m_app->kiosk(); }
    UiDriver& ui() { return *m_ui; }
    FakeCardReader& card() { return *kiosk().devices().fakeCard; }
    FakePrinter& printer() { return *kiosk().devices().fakePrinter; }
    QString step() { return kiosk().step(); }
    bool waitStep(const char* step, int ms = 8000);
    // Saves <build>/test-output/ui/<test>/<nn>-<name>.png and checks the screen: no clipped text, every
    // control named, every target at least 20 mm.
    void shot(const QString& name);
    void tapOrFail(const char* objectName);
    void advanceClock(std::chrono::seconds s) { m_now += s; }
    QObject* model(const char* name) { return kiosk().property(name).value<QObject*>(); }

    // Flow helpers: welcome → … up to the screen named.
    void toIdentify(const char* form = "juminhyo", const char* event = "certificates");
    void cardToCheck(const char* pin = "1234");
    void checkToPreview();
    void enterPin(const char* pin);

    std::string m_dir;
    std::unique_ptr<KioskApp> m_app;
    std::unique_ptr<UiDriver> m_ui;
    std::chrono::steady_clock::time_point m_now =
        std::chrono::steady_clock::time_point(std::chrono::hours(1000));
    int m_shots = 0;
    bool m_checkScreens = true;
    // Set in a derived fixture's constructor: the interactive demo's card buttons, the printer target.
    bool m_demoControls = false;
    std::string m_printerTarget = "memory";
};

} // namespace kakanai::kiosk::test
