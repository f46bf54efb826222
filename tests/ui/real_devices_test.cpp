// The kiosk with its real drivers, through the real QML offscreen: the card driver (helper process and
// watchdog) against a real pcscd with a vpcd virtual My Number card in a private namespace (tests/card's
// sandbox), and the printer driver against ippeveprinter (tests/printer's harness). Screenshots go to
// build/test-output/ui/<test>/ like the other UI tests.
#include "kiosk_fixture.h"

#include "devices.h"
#include "identify_model.h"
#include "ipp_simulator.h"
#include "output_model.h"
#include "pcsc_sandbox.h"

#include <chrono>
#include <iostream>

namespace kakanai::kiosk::test {
namespace {

using kakanai::test::IppSimulator;
using kakanai::test::PcscSandbox;
using Clock = std::chrono::steady_clock;

double msSince(Clock::time_point t) {
    return std::chrono::duration<double, std::milli>(Clock::now() - t).count();
}

class RealDevicesTest : public KioskFixture {
protected:
    // Builds the kiosk's devices the way kakanai-kiosk does without --demo (makeDevices).
    void configure(KioskController::Options& o) override {
        KAKANAI_REQUIRE_PCSC_SANDBOX();
        PcscSandbox::remove();
        if (!m_readersAtStart) PcscSandbox::restartPcscd(false);
        PrinterConfig p;
        p.name = "counter-1";
        if (m_printerUp) {
            m_ipp = std::make_unique<IppSimulator>("KakanaiKiosk");
            p.target = m_ipp->uri();
        } else { // nothing listens there: the printer is switched off
            p.target = "ipp://127.0.0.1:" + std::to_string(kakanai::test::freeLoopbackPort()) + "/ipp/print";
        }
        p.fault_wait_s = 20;
        o.config.printers = {{p.name, p}};
        o.config.printer_use = p.name;
        auto devices = makeDevices(o.config, false);
        ASSERT_TRUE(devices.ok()) << devices.error().describe();
        EXPECT_EQ(devices->fakeCard, nullptr);
        EXPECT_EQ(devices->fakePrinter, nullptr);
        o.devices = std::move(devices.value());
        o.demo = false;
    }
    void TearDown() override {
        KioskFixture::TearDown();
        m_ipp.reset();
        if (PcscSandbox::ready()) {
            PcscSandbox::remove();
            if (!m_readersAtStart) PcscSandbox::restartPcscd(true);
        }
    }

    // Inserts the virtual card on the identify screen, types the PIN and waits for the check screen.
    void realCardToCheck() {
        const auto inserted = Clock::now();
        kakanai::test::EmulatorOptions e;
        e.waitForCard = false; // the kiosk must notice it by itself
        PcscSandbox::insert("mn-taro.json", e);
        ASSERT_TRUE(waitStep("pin", 15000)) << PcscSandbox::diagnostics();
        const double toPin = msSince(inserted);
        ASSERT_TRUE(ui().waitFor([&] { return model("identify")->property("triesLeft").toInt() == 3; }));
        shot("pin-real-card");
        enterPin("1234");
        const auto submitted = Clock::now();
        tapOrFail("pinOk");
        ASSERT_TRUE(waitStep("check", 20000))
            << "identify error: " << model("identify")->property("error").toString().toStdString();
        const double read = msSince(submitted), total = msSince(inserted);
        std::cout << "kiosk real_card insert_to_pin_ms=" << toPin << " pin_ok_to_check_ms=" << read
                  << " insert_to_check_ms=" << total << std::endl;
        RecordProperty("insert_to_check_ms", static_cast<int>(total));
    }

    void unlockStaff() {
        tapOrFail("staffModeButton");
        ASSERT_TRUE(ui().waitFor([&] { return ui().visible("staffPanel"); }));
        for (const char* k : {"pinKey2", "pinKey4", "pinKey6", "pinKey8"})
            tapOrFail(k);
        tapOrFail("pinOk");
        ASSERT_TRUE(ui().waitFor([&] { return model("staff")->property("unlocked").toBool(); }, 10000));
    }

    std::unique_ptr<IppSimulator> m_ipp;
    bool m_printerUp = true;
    bool m_readersAtStart = true;
};

TEST_F(RealDevicesTest, MyNumberCardToPrintedFormThenDoneWaitsForTheCard) {
    toIdentify();
    ASSERT_TRUE(ui().waitFor([&] { return model("identify")->property("readerConnected").toBool(); }, 10000));
    shot("identify-real-reader");
    realCardToCheck();
    ASSERT_TRUE(kiosk().session().person && kiosk().session().person->name);
    EXPECT_EQ(kiosk().session().person->name->value, "試験　太郎");
    EXPECT_EQ(kiosk().session().person->source, "mynumber-card");
    EXPECT_TRUE(ui().visible("takeCardBanner")) << "the real card is still in the reader";
    shot("check-real-card");
    EXPECT_EQ(PcscSandbox::trace().find("FORBIDDEN"), std::string::npos) << PcscSandbox::trace();

    checkToPreview();
    shot("preview");
    tapOrFail("printButton");
    ASSERT_TRUE(waitStep("done", 60000))
        << "print error: " << model("output")->property("printError").toString().toStdString() << "\n"
        << m_ipp->log();
    // ippeveprinter printed both jobs (the form, then the next-steps slip) under neutral names.
    const auto jobs = m_ipp->printedJobNames();
    ASSERT_EQ(jobs.size(), 2u) << m_ipp->log();
    int forms = 0;
    for (const auto& name : jobs) {
        EXPECT_EQ(name.find("太郎"), std::string::npos);
        if (name.rfind("kakanai-form", 0) == 0) {
            ++forms;
            EXPECT_EQ(m_ipp->printedDocument(name).rfind("%PDF-", 0), 0u);
        }
    }
    EXPECT_EQ(forms, 1);

    // Done is refused while the real card is in the reader.
    ASSERT_TRUE(ui().visible("cardStillIn"));
    shot("done-card-still-in");
    tapOrFail("finishButton");
    ui().settle(300);
    EXPECT_EQ(step(), QStringLiteral("done")) << "a forgotten card keeps the session open";
    PcscSandbox::remove();
    ASSERT_TRUE(ui().waitFor([&] { return !ui().visible("cardStillIn"); }, 10000));
    shot("done-card-taken");
    tapOrFail("finishButton");
    ASSERT_TRUE(waitStep("welcome"));
    kiosk().drainDevices();
    EXPECT_TRUE(kiosk().session().empty());
    EXPECT_EQ(kiosk().outputModel().pdfSize(), 0u);
    EXPECT_TRUE(model("details")->property("fields").toList().isEmpty());
    EXPECT_EQ(kiosk().counters().finished(), 1);
}

class UnreachablePrinterTest : public RealDevicesTest {
protected:
    UnreachablePrinterTest() { m_printerUp = false; }
};

TEST_F(UnreachablePrinterTest, KioskStartsStaffSeeItAndPrintingSaysPrinterFault) {
    EXPECT_EQ(step(), QStringLiteral("welcome")) << "a printer that is off does not stop the kiosk";
    unlockStaff();
    ASSERT_TRUE(
        ui().waitFor([&] { return !model("staff")->property("printerStatus").toString().isEmpty(); }, 15000));
    const QString status = model("staff")->property("printerStatus").toString();
    EXPECT_TRUE(status.contains(QStringLiteral("unreachable"))) << status.toStdString();
    EXPECT_TRUE(status.contains(QStringLiteral("counter-1"))) << status.toStdString();
    shot("staff-printer-unreachable");
    tapOrFail("staffClose2");

    toIdentify();
    realCardToCheck();
    ASSERT_TRUE(ui().visible("takeCardBanner"));
    PcscSandbox::remove();
    ASSERT_TRUE(ui().waitFor([&] { return !ui().visible("takeCardBanner"); }, 10000))
        << "the banner goes once the card is taken";
    checkToPreview();
    tapOrFail("printButton");
    ASSERT_TRUE(ui().waitFor([&] { return ui().visible("retryPrint"); }, 30000));
    EXPECT_EQ(model("output")->property("printError").toString(), QStringLiteral("print.unreachable"));
    EXPECT_TRUE(ui().visible("printFailed"));
    EXPECT_TRUE(kiosk().staffCalled()) << "the resident cannot fix a printer: staff are called";
    shot("printer-unreachable");
}

class NoReaderAtStartTest : public RealDevicesTest {
protected:
    NoReaderAtStartTest() { m_readersAtStart = false; }
};

TEST_F(NoReaderAtStartTest, KioskStartsSaysSoAndUsesTheReaderOncePluggedIn) {
    toIdentify();
    ui().settle(500);
    EXPECT_FALSE(model("identify")->property("readerConnected").toBool());
    EXPECT_TRUE(ui().visible("staffHelpButton")) << "the resident still has a way on";
    shot("identify-no-reader");
    unlockStaff();
    ASSERT_TRUE(
        ui().waitFor([&] { return !model("staff")->property("readerStatus").toString().isEmpty(); }, 15000));
    EXPECT_EQ(model("staff")->property("readerStatus").toString(), QStringLiteral("no reader: no card"));
    shot("staff-no-reader");
    tapOrFail("staffClose2");
    // The reader is plugged in (pcscd now has vpcd): the kiosk picks it up without a restart.
    PcscSandbox::restartPcscd(true);
    ASSERT_TRUE(ui().waitFor([&] { return model("identify")->property("readerConnected").toBool(); }, 15000));
    realCardToCheck();
}

} // namespace
} // namespace kakanai::kiosk::test
