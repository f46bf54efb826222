// The printer driver against a real IPP Everywhere printer (ippeveprinter on loopback): documents arrive
// byte for byte and exactly once; faults are seen, waited for, and cancelled; hung and vanished printers are
// abandoned in bounded time and never sent a second copy.
#include "print_fixtures.h"

#include "kakanai/print/printer_faults.h"

#include "test_support.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <thread>

using namespace kakanai;
using namespace kakanai::test;
using namespace std::chrono_literals;

namespace {

class PrintIpp : public ::testing::Test {
protected:
    void SetUp() override {
        sharedPrinter().setMode("ok");
        sharedPrinter().forgetPrinted();
    }
    IppSimulator& sim() { return sharedPrinter(); }
};

// The job names the engine printed (ours all start with kakanai-form-).
std::vector<std::string> printedJobs(const IppSimulator& s) {
    return s.printedJobNames();
}

} // namespace

TEST_F(PrintIpp, PrintsTheFormByteForByteExactlyOnceWithTheRequestedOptions) {
    auto printer = openTarget(sim().uri());
    ASSERT_TRUE(printer);
    PrintOptions options;
    options.copies = 2;
    options.duplex = true;
    ProgressLog log;
    const auto start = std::chrono::steady_clock::now();
    Status s = printer->print(demoFormPdf(), options, 10, log.recorder());
    ASSERT_TRUE(s.ok()) << s.error().message;
    EXPECT_LT(secondsSince(start), 10.0);

    const auto jobs = printedJobs(sim());
    ASSERT_EQ(jobs.size(), 1u);
    EXPECT_EQ(jobs[0].rfind("kakanai-form-", 0), 0u) << "neutral job name: " << jobs[0];
    EXPECT_EQ(sim().printedDocument(jobs[0]), asString(demoFormPdf()))
        << "the printer received what was sent";
    const std::string attrs = sim().printedAttributes(jobs[0]);
    EXPECT_NE(attrs.find("IPP_COPIES=2"), std::string::npos) << attrs;
    EXPECT_NE(attrs.find("IPP_SIDES=two-sided-long-edge"), std::string::npos) << attrs;
    EXPECT_NE(attrs.find("IPP_MEDIA=iso_a4_210x297mm"), std::string::npos) << attrs;
    EXPECT_NE(attrs.find("IPP_JOB_ORIGINATING_USER_NAME=kakanai"), std::string::npos) << attrs;
    EXPECT_NE(attrs.find("IPP_DOCUMENT_FORMAT_SUPPLIED=application/pdf"), std::string::npos) << attrs;

    EXPECT_TRUE(log.saw(JobPhase::Submitting));
    EXPECT_TRUE(log.saw(JobPhase::Queued));
    EXPECT_EQ(log.seen.back().phase, JobPhase::Completed);
    EXPECT_GT(log.seen.back().jobId, 0);
    // The job went in with Create-Job + Send-Document, never Print-Job.
    const std::string ippLog = sim().log();
    EXPECT_NE(ippLog.find("Create-Job successful-ok"), std::string::npos);
    EXPECT_NE(ippLog.find("Send-Document successful-ok"), std::string::npos);
    EXPECT_EQ(ippLog.find("Print-Job"), std::string::npos);
}

TEST_F(PrintIpp, ReportsAReadyPrinterWithWhatItOffers) {
    auto printer = openTarget(sim().uri());
    ASSERT_TRUE(printer);
    auto st = printer->state();
    ASSERT_TRUE(st.ok()) << st.error().message;
    EXPECT_TRUE(st->reachable);
    EXPECT_TRUE(st->accepting);
    EXPECT_TRUE(st->ready);
    EXPECT_NE(st->model.find("Kakanai Test Printer"), std::string::npos) << st->model;
    EXPECT_NE(std::find(st->mediaSupported.begin(), st->mediaSupported.end(), "iso_a4_210x297mm"),
              st->mediaSupported.end());
    EXPECT_TRUE(st->duplexSupported);
}

TEST_F(PrintIpp, RefusesMediaThePrinterDoesNotOfferBeforeSendingAnything) {
    auto printer = openTarget(sim().uri());
    ASSERT_TRUE(printer);
    PrintOptions a3;
    a3.media = "iso_a3_297x420mm"; // ippeveprinter offers letter, legal, A4, #10 and DL
    Status s = printer->print(demoFormPdf(), a3, 10, nullptr);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().code, "print.unsupported");
    EXPECT_TRUE(printedJobs(sim()).empty());
}

TEST_F(PrintIpp, PaperRefilledWithinTheWaitPrintsExactlyOnce) {
    sim().setMode("media-empty");
    auto printer = openTarget(sim().uri());
    ASSERT_TRUE(printer);
    std::thread refill;
    ProgressLog log;
    const auto start = std::chrono::steady_clock::now();
    Status s = printer->print(demoFormPdf(), {}, 15, log.recorder([&](const JobProgress& p) {
        if (p.phase == JobPhase::WaitingForFault && !refill.joinable())
            refill = std::thread([this] { std::this_thread::sleep_for(1s), sim().clearFault(); });
    }));
    if (refill.joinable()) refill.join();
    ASSERT_TRUE(s.ok()) << s.error().message;
    EXPECT_TRUE(log.saw(JobPhase::WaitingForFault, PrinterFault::MediaEmpty));
    EXPECT_LT(secondsSince(start), 15.0);
    const auto jobs = printedJobs(sim());
    ASSERT_EQ(jobs.size(), 1u);
    EXPECT_EQ(sim().printedDocument(jobs[0]), asString(demoFormPdf()));
    EXPECT_EQ(sim().log().find("Cancel-Job"), std::string::npos);
}

TEST_F(PrintIpp, PaperNeverRefilledCancelsTheJobAndNothingPrintsLater) {
    sim().setMode("media-empty");
    auto printer = openTarget(sim().uri());
    ASSERT_TRUE(printer);
    ProgressLog log;
    const auto start = std::chrono::steady_clock::now();
    Status s = printer->print(demoFormPdf(), {}, 2, log.recorder());
    const double waited = secondsSince(start);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().code, "print.canceled");
    EXPECT_EQ(s.error().details.at("fault"), "media-empty");
    EXPECT_GE(waited, 2.0);
    EXPECT_LT(waited, 8.0);
    EXPECT_TRUE(log.saw(JobPhase::WaitingForFault, PrinterFault::MediaEmpty));
    EXPECT_EQ(log.seen.back().phase, JobPhase::Canceled);

    // Staff refill the tray after the resident has gone: the cancelled form must not come out.
    sim().clearFault();
    const std::string jobId = s.error().details.at("job_id");
    std::string state;
    for (int i = 0; i < 50 && state.find("canceled") == std::string::npos; ++i) {
        std::this_thread::sleep_for(100ms);
        state = shellOutput("ipptool -d job_id=" + jobId + " " + sim().uri() + " " + sim().root() +
                            "/job-state.test");
    }
    EXPECT_NE(state.find("canceled"), std::string::npos) << state;
    EXPECT_TRUE(printedJobs(sim()).empty());
    EXPECT_NE(sim().log().find("Cancel-Job successful-ok"), std::string::npos);
}

TEST_F(PrintIpp, AnOpenCoverThatStaysOpenCancelsWithDoorOpen) {
    sim().setMode("cover-open");
    auto printer = openTarget(sim().uri());
    ASSERT_TRUE(printer);
    Status s = printer->print(demoFormPdf(), {}, 1, nullptr);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().code, "print.canceled");
    EXPECT_EQ(s.error().details.at("fault"), "door-open");
    sim().clearFault();
    std::this_thread::sleep_for(500ms);
    EXPECT_TRUE(printedJobs(sim()).empty());
}

TEST_F(PrintIpp, AJamAbortsTheJobAndTheNextJobStillPrints) {
    sim().setMode("jam");
    auto printer = openTarget(sim().uri());
    ASSERT_TRUE(printer);
    Status s = printer->print(demoFormPdf(), {}, 10, nullptr);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().code, "print.media-jam");
    EXPECT_NE(s.error().message.find("Paper jam"), std::string::npos) << s.error().message;
    EXPECT_TRUE(printedJobs(sim()).empty());

    // ippeveprinter keeps media-jam-report once idle; that must not block the next resident.
    sim().setMode("ok");
    auto st = printer->state();
    ASSERT_TRUE(st.ok());
    EXPECT_TRUE(st->ready);
    Status next = printer->print(demoFormPdf(), {}, 10, nullptr);
    ASSERT_TRUE(next.ok()) << next.error().message;
    EXPECT_EQ(printedJobs(sim()).size(), 1u);
}

TEST_F(PrintIpp, TonerLowIsReportedButNeverStopsPrinting) {
    sim().setMode("toner-low");
    auto printer = openTarget(sim().uri());
    ASSERT_TRUE(printer);
    Status s = printer->print(demoFormPdf(), {}, 10, nullptr);
    ASSERT_TRUE(s.ok()) << s.error().message;
    auto st = printer->state();
    ASSERT_TRUE(st.ok());
    EXPECT_TRUE(st->ready);
    EXPECT_NE(std::find(st->faults.begin(), st->faults.end(), PrinterFault::TonerLow), st->faults.end());
    EXPECT_EQ(printedJobs(sim()).size(), 1u);
    // The next job sees the warning from the start and prints without waiting.
    ProgressLog log;
    Status next = printer->print(demoFormPdf(), {}, 10, log.recorder());
    ASSERT_TRUE(next.ok()) << next.error().message;
    EXPECT_TRUE(log.saw(JobPhase::Submitting, PrinterFault::TonerLow));
    EXPECT_FALSE(log.saw(JobPhase::WaitingForFault));
    EXPECT_EQ(printedJobs(sim()).size(), 2u);
}

// These freeze the printer for 4 s; with 1 s timeouts each exchange gives up (≈ 2 s with libcups' wait for
// "100 Continue") well before it wakes up.
static printer::DriverOptions impatientOptions() {
    auto o = fastOptions();
    o.ioTimeout = o.sendTimeout = 1000ms;
    return o;
}

TEST_F(PrintIpp, ASendDocumentWhoseAnswerIsLostNeverPrintsTwice) {
    IppSimulator own("KakanaiLostSend");
    auto printer = openTarget(own.uri(), impatientOptions());
    ASSERT_TRUE(printer);
    std::thread resume;
    ProgressLog log;
    // Freeze the printer between Create-Job and Send-Document: the document goes into the socket, the answer
    // never comes and the helper gives up. Then the printer wakes up and may or may not have the document.
    Status s = printer->print(demoFormPdf(), {}, 30, log.recorder([&](const JobProgress& p) {
        if (p.phase == JobPhase::Submitting && p.message == "sending the document" && !resume.joinable()) {
            own.pause();
            resume = std::thread([&] { std::this_thread::sleep_for(4s), own.resume(); });
        }
    }));
    if (resume.joinable()) resume.join();
    // The Send-Document answer never came; the driver asked the printer before doing anything else.
    EXPECT_TRUE(std::any_of(log.seen.begin(), log.seen.end(), [](const JobProgress& p) {
        return p.message.find("answer was lost") != std::string::npos;
    }));
    std::this_thread::sleep_for(500ms);
    const auto jobs = own.printedJobNames();
    std::printf("[ outcome  ] lost Send-Document: %s, %zu cop%s printed\n",
                s.ok() ? "completed" : s.error().code.c_str(), jobs.size(), jobs.size() == 1 ? "y" : "ies");
    if (!s.ok()) { // allowed only as "we cannot tell": never a second copy, and staff are told to check
        EXPECT_EQ(s.error().code, "print.unconfirmed") << s.error().message;
        EXPECT_LE(jobs.size(), 1u);
        return;
    }
    ASSERT_EQ(jobs.size(), 1u) << "exactly one copy, whichever way the recovery went";
    EXPECT_EQ(own.printedDocument(jobs[0]), asString(demoFormPdf()));
}

TEST_F(PrintIpp, APrinterOfflineMidJobThatComesBackCompletesOnce) {
    IppSimulator own("KakanaiOffline");
    own.setMode("slow", 1.5);
    auto printer = openTarget(own.uri(), impatientOptions());
    ASSERT_TRUE(printer);
    std::thread resume;
    ProgressLog log;
    Status s = printer->print(demoFormPdf(), {}, 30, log.recorder([&](const JobProgress& p) {
        if (p.phase == JobPhase::Printing && !resume.joinable()) {
            own.pause(); // stops answering mid-job
            resume = std::thread([&] { std::this_thread::sleep_for(4s), own.resume(); });
        }
    }));
    if (resume.joinable()) resume.join();
    ASSERT_TRUE(s.ok()) << s.error().message;
    EXPECT_TRUE(log.saw(JobPhase::WaitingForFault, PrinterFault::Unreachable));
    EXPECT_EQ(own.printedJobNames().size(), 1u);
}

TEST_F(PrintIpp, APrinterThatDiesMidJobIsAbandonedInBoundedTimeAndNotResent) {
    IppSimulator own("KakanaiGone");
    own.setMode("slow", 5);
    auto printer = openTarget(own.uri());
    ASSERT_TRUE(printer);
    const auto start = std::chrono::steady_clock::now();
    Status s = printer->print(demoFormPdf(), {}, 2, [&](const JobProgress& p) {
        if (p.phase == JobPhase::Printing && own.running()) own.kill();
    });
    const double took = secondsSince(start);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().code, "print.unconfirmed");
    EXPECT_NE(s.error().message.find("output tray"), std::string::npos);
    EXPECT_LT(took, 12.0);
    const std::size_t before = own.log().size();
    own.restart(); // the printer comes back empty: nothing is sent to it again
    std::this_thread::sleep_for(500ms);
    EXPECT_TRUE(own.printedJobNames().empty());
    EXPECT_EQ(own.log().substr(before).find("Create-Job"), std::string::npos) << own.log().substr(before);
}

TEST_F(PrintIpp, AnUnreachablePrinterIsReportedWithinTheConnectTimeout) {
    const int closed = freeLoopbackPort(); // nothing listens there
    auto printer = openTarget("ipp://127.0.0.1:" + std::to_string(closed) + "/ipp/print");
    ASSERT_TRUE(printer);
    auto start = std::chrono::steady_clock::now();
    Status s = printer->print(demoFormPdf(), {}, 60, nullptr);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().code, "print.unreachable");
    EXPECT_LT(secondsSince(start), 2.0) << "a refused connection is known at once";
    auto st = printer->state();
    ASSERT_TRUE(st.ok());
    EXPECT_FALSE(st->reachable);
    EXPECT_FALSE(st->ready);

    BlackHole hole; // accepts connections, never answers
    auto hung = openTarget("ipp://127.0.0.1:" + std::to_string(hole.port()) + "/ipp/print");
    ASSERT_TRUE(hung);
    start = std::chrono::steady_clock::now();
    Status h = hung->print(demoFormPdf(), {}, 60, nullptr);
    ASSERT_FALSE(h.ok());
    EXPECT_EQ(h.error().code, "print.unreachable");
    EXPECT_LT(secondsSince(start), 5.0) << "connect 1 s + I/O 2 s + margin, not the 60 s fault wait";
}

TEST_F(PrintIpp, PrintsOverIpps) {
    // ippeveprinter answers TLS on the same port with a self-signed certificate.
    std::string uri = sim().uri();
    uri.replace(0, 3, "ipps");
    auto printer = openTarget(uri);
    ASSERT_TRUE(printer);
    Status s = printer->print(demoFormPdf(), {}, 10, nullptr);
    ASSERT_TRUE(s.ok()) << s.error().message;
    const auto jobs = printedJobs(sim());
    ASSERT_EQ(jobs.size(), 1u);
    EXPECT_EQ(sim().printedDocument(jobs[0]), asString(demoFormPdf()));
}

TEST_F(PrintIpp, NothingOfTheResidentIsKeptOutsideThePrintersOwnJobStorage) {
    // ippeveprinter stands in for the printer: its spool is the printer's own job storage, which keeps each
    // document until the printer drops the job from its history (measured: 60 s, whatever the outcome) and
    // which the kiosk cannot purge over IPP; docs/printing.md tells cities to switch such storage off. What
    // the kiosk must guarantee, and this checks for a completed, a cancelled and an aborted job: no copy of
    // the document or its metadata anywhere else (the printer's log and control files, the kiosk's own
    // temporary folder), and the scan does find the copy where it is.
    IppSimulator own("KakanaiSpool");
    TempDir kioskTmp;
    const char* oldTmp = std::getenv("TMPDIR");
    const std::string savedTmp = oldTmp ? oldTmp : "";
    ::setenv("TMPDIR", kioskTmp.path().c_str(), 1); // the driver's helper processes inherit it
    auto printer = openTarget(own.uri());
    ASSERT_TRUE(printer);
    auto copies = [&](const std::string& canary) {
        std::vector<std::string> hits = filesContaining(own.root(), canary);
        for (const auto& f : filesContaining(kioskTmp.path(), canary))
            hits.push_back(f);
        return hits;
    };
    auto misplaced = [&](const std::string& canary) {
        std::vector<std::string> out;
        for (const auto& f : copies(canary))
            if (f.find(own.root() + "/spool/") != 0 && f.find(own.root() + "/printed/") != 0)
                out.push_back(f);
        return out;
    };

    own.setMode("ok");
    const std::string printed = "CANARY-" + randomJobSuffix();
    Status s = printer->print(canaryPdf(printed), {}, 10, nullptr);
    ASSERT_TRUE(s.ok()) << s.error().message;
    ASSERT_EQ(own.printedJobNames().size(), 1u);
    EXPECT_EQ(own.printedDocument(own.printedJobNames()[0]), asString(canaryPdf(printed)));
    EXPECT_EQ(filesContaining(own.root() + "/spool", printed).size(), 1u)
        << "control: the scan finds the copy in the printer's job storage";
    EXPECT_TRUE(misplaced(printed).empty()) << misplaced(printed)[0];

    own.setMode("media-empty");
    const std::string cancelled = "CANARY-" + randomJobSuffix();
    Status c = printer->print(canaryPdf(cancelled), {}, 1, nullptr);
    ASSERT_FALSE(c.ok());
    EXPECT_EQ(c.error().code, "print.canceled");
    EXPECT_TRUE(misplaced(cancelled).empty()) << misplaced(cancelled)[0];

    own.setMode("jam");
    const std::string jammed = "CANARY-" + randomJobSuffix();
    Status j = printer->print(canaryPdf(jammed), {}, 5, nullptr);
    ASSERT_FALSE(j.ok());
    EXPECT_EQ(j.error().code, "print.media-jam");
    EXPECT_TRUE(misplaced(jammed).empty()) << misplaced(jammed)[0];
    EXPECT_EQ(own.printedJobNames().size(), 1u) << "neither failed job reached the output tray";

    if (oldTmp)
        ::setenv("TMPDIR", savedTmp.c_str(), 1);
    else
        ::unsetenv("TMPDIR");
}
