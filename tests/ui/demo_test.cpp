// The interactive demo as a person at the screen uses it: the demo's card buttons stand in for the card,
// the file: printer writes the PDFs, and the printed form is the real core's filled 住民票 request. On the
// way, every screen must offer "back" and "call staff".
#include "kiosk_fixture.h"

#include "output_model.h"

#include "kakanai/handoff/keys.h"
#include "pdf_tools.h"
#include "test_support.h"

#include <QSignalSpy>

#include <filesystem>

namespace kakanai::kiosk::test {
namespace {

class DemoTest : public KioskFixture {
protected:
    DemoTest() {
        m_demoControls = true;
        m_printerTarget = "file:" + m_printed.path();
    }
    // As kakanai-kiosk --demo runs: a key made for this run signs every page; an audit ledger is kept.
    void configure(KioskController::Options& o) override {
        auto key = handoff::SigningKey::generate(/*demo=*/true);
        ASSERT_TRUE(key.ok());
        o.signingKey = std::make_shared<const handoff::SigningKey>(std::move(*key));
        o.config.ledger_path = m_audit.file("ledger.jsonl");
    }
    // Every resident screen before printing has both; printing and done have no "back" (the forms are out).
    void expectBackAndCallStaff() {
        EXPECT_TRUE(ui().visible("backButton")) << "no back button on " << step().toStdString();
        EXPECT_TRUE(ui().visible("callStaffButton")) << "no call-staff button on " << step().toStdString();
        EXPECT_TRUE(ui().find("callStaffButton") && ui().find("callStaffButton")->isEnabled());
    }
    kakanai::test::TempDir m_printed;
    kakanai::test::TempDir m_audit; // the kiosk's ledger and public key, apart from the printed files
};

TEST_F(DemoTest, CardButtonsAndFilePrinterGiveTheRealFilledForm) {
    tapOrFail("startButton");
    ASSERT_TRUE(waitStep("needs"));
    expectBackAndCallStaff();
    // Call staff on a screen: the signal the staff see, and the resident can cancel it.
    QSignalSpy called(&kiosk(), &KioskController::staffCalledChanged);
    tapOrFail("callStaffButton");
    EXPECT_TRUE(kiosk().staffCalled());
    EXPECT_EQ(called.count(), 1);
    tapOrFail("callStaffButton");
    EXPECT_FALSE(kiosk().staffCalled());
    tapOrFail("event_certificates");
    ASSERT_TRUE(waitStep("forms"));
    expectBackAndCallStaff();
    tapOrFail("form_juminhyo");
    tapOrFail("formsNext");
    ASSERT_TRUE(waitStep("purpose"));
    expectBackAndCallStaff();
    tapOrFail("purposeOk");
    ASSERT_TRUE(waitStep("identify"));
    expectBackAndCallStaff();
    shot("identify-demo-buttons");
    tapOrFail("demoCardButton");
    ASSERT_TRUE(waitStep("pin"));
    expectBackAndCallStaff();
    enterPin("1234");
    tapOrFail("pinOk");
    ASSERT_TRUE(waitStep("check"));
    expectBackAndCallStaff();
    ASSERT_TRUE(ui().visible("takeCardBanner"));
    tapOrFail("demoCardButton"); // now "take the card out"
    ASSERT_TRUE(ui().waitFor([&] { return !ui().visible("takeCardBanner"); }));
    ASSERT_TRUE(ui().waitFor([&] { return ui().visible("confirm_name_kana"); }, 10000));
    tapOrFail("confirm_name_kana");
    tapOrFail("checkNext");
    ASSERT_TRUE(waitStep("household"));
    expectBackAndCallStaff();
    tapOrFail("headYes");
    tapOrFail("householdNext");
    ASSERT_TRUE(waitStep("questions"));
    expectBackAndCallStaff();
    for (int i = 0; i < 12 && step() == QLatin1String("questions"); ++i) {
        if (model("questions")->property("current").toMap().value("id").toString() ==
            QLatin1String("purpose"))
            tapOrFail("choice_license");
        else
            tapOrFail("questionNext");
    }
    ASSERT_TRUE(waitStep("summary"));
    expectBackAndCallStaff();
    // Back from the summary is the last question, with the answer kept; forward again.
    tapOrFail("backButton");
    ASSERT_TRUE(waitStep("questions"));
    tapOrFail("questionNext");
    ASSERT_TRUE(waitStep("summary"));
    tapOrFail("summaryNext");
    ASSERT_TRUE(waitStep("preview"));
    expectBackAndCallStaff();
    ASSERT_TRUE(ui().waitFor([&] { return kiosk().outputModel().previewReady(); }, 20000));
    tapOrFail("printButton");
    ASSERT_TRUE(waitStep("done", 20000));
    EXPECT_FALSE(ui().visible("backButton")) << "no way back once the forms are printed";
    EXPECT_TRUE(ui().visible("callStaffButton"));
    tapOrFail("finishButton");
    ASSERT_TRUE(waitStep("welcome"));

    // The printed form: the core's filled 住民票 request for the simulated card's fictional resident.
    const std::string form = m_printed.file("kakanai-form-1.pdf");
    ASSERT_TRUE(std::filesystem::exists(form));
    const std::string text = kakanai::test::pdfText(form, false);
    EXPECT_NE(text.find("住民票の写し等交付請求書"), std::string::npos) << text;
    EXPECT_NE(text.find("花子"), std::string::npos) << "the card's name is on the form";
    EXPECT_NE(text.find("元"), std::string::npos) << "birth date in 和暦 (平成元年)";
    EXPECT_TRUE(std::filesystem::exists(m_printed.file("kakanai-next-steps-2.pdf"))) << "the next-steps slip";

    // Staff trust it: the page's code verifies with the kiosk's public key, and the ledger traces it.
    const std::string pub = m_audit.file("kiosk.pub");
    kakanai::test::writeFile(pub, handoff::formatPublicKey(kiosk().signingKey()->publicKey()) + "\n");
    const auto verified = kakanai::test::run({kakanai::test::cliPath(), "verify", form, "--pubkey", pub});
    EXPECT_EQ(verified.exitCode, 0) << verified.out << verified.err;
    EXPECT_NE(verified.out.find("VALID"), std::string::npos) << verified.out;
    const auto ledger =
        kakanai::test::run({kakanai::test::cliPath(), "ledger", "check", m_audit.file("ledger.jsonl")});
    EXPECT_EQ(ledger.exitCode, 0) << ledger.out << ledger.err;
    EXPECT_NE(ledger.out.find(": 1 entries, chain intact"), std::string::npos) << ledger.out;
}

} // namespace
} // namespace kakanai::kiosk::test
