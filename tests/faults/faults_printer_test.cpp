// Fault suite, printer (docs/faults.md): the real `kakanai print` against ippeveprinter (the printer
// tests' simulator, tests/printer), with a fault provoked at each job state: before anything is sent
// (unreachable, hung), while the job waits for paper or a closed cover (refilled in time or not), while it
// prints (jam, printer hung then back, hung for good, gone). Each checks the exit code, the error code and
// its advice, and counts the jobs the printer created and the documents it printed: never two.
// "Stopped" (a paused queue) is the printer tests' CupsQueue.AStoppedQueueIsWaitedFor… entry, labelled
// faults too (tests/faults/CMakeLists.txt).
#include "print_fixtures.h"

#include "test_support.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <future>
#include <thread>

using namespace kakanai;
using namespace kakanai::test;
using namespace std::chrono_literals;
using nlohmann::json;

namespace {

struct PrintRun {
    CommandResult result;
    json out;
    double seconds = 0;
};

class PrinterFaults : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        s_dir = new TempDir;
        writeFile(s_dir->file("form.pdf"), asString(demoFormPdf()));
    }
    static void TearDownTestSuite() { delete s_dir; }

    static PrintRun print(const std::string& uri, int faultWait) {
        const auto start = std::chrono::steady_clock::now();
        PrintRun r;
        r.result = run({cliPath(), "print", s_dir->file("form.pdf"), "--printer", uri, "--json",
                        "--fault-wait", std::to_string(faultWait)});
        r.seconds = secondsSince(start);
        r.out = json::parse(r.result.out, nullptr, false);
        EXPECT_FALSE(r.out.is_discarded()) << "print --json gave no JSON: " << r.result.out << r.result.err;
        return r;
    }
    // The print in the background, and the test acts on the printer once the job exists.
    static std::future<PrintRun> printAsync(const std::string& uri, int faultWait) {
        return std::async(std::launch::async, [uri, faultWait] { return print(uri, faultWait); });
    }
    static bool waitForNewJob(const IppSimulator& sim, std::size_t before,
                              std::chrono::seconds timeout = 15s) {
        const auto end = std::chrono::steady_clock::now() + timeout;
        while (std::chrono::steady_clock::now() < end) {
            if (sim.jobIds().size() > before) return true;
            std::this_thread::sleep_for(50ms);
        }
        return false;
    }
    static void expectFailure(const PrintRun& r, int exitCode, const std::string& code,
                              const std::string& advice) {
        EXPECT_EQ(r.result.exitCode, exitCode) << r.result.out << r.result.err;
        ASSERT_TRUE(r.out.is_object());
        EXPECT_EQ(r.out["exit_code"], exitCode);
        ASSERT_TRUE(r.out["error"].is_object()) << r.result.out;
        EXPECT_EQ(r.out["error"]["code"], code) << r.result.out;
        const std::string message = r.out["error"]["message"];
        EXPECT_NE(message.find(advice), std::string::npos) << "the message must say what to do: " << message;
        EXPECT_EQ(r.result.err.find("%PDF"), std::string::npos);
    }

    static TempDir* s_dir;
};
TempDir* PrinterFaults::s_dir = nullptr;

std::string closedPortUri() {
    return "ipp://127.0.0.1:" + std::to_string(freeLoopbackPort()) + "/ipp/print";
}

} // namespace

TEST_F(PrinterFaults, BeforeSubmissionUnreachableSendsNothing) {
    const auto r = print(closedPortUri(), 5);
    expectFailure(r, 30, "print.unreachable", "does not answer");
    EXPECT_LT(r.seconds, 3.0) << "a refused connection is known at once";
}

TEST_F(PrinterFaults, BeforeSubmissionHungPrinterIsGivenUpInBoundedTime) {
    BlackHole hole; // accepts the connection, never answers
    const auto r = print("ipp://127.0.0.1:" + std::to_string(hole.port()) + "/ipp/print", 5);
    expectFailure(r, 30, "print.unreachable", "does not answer");
    EXPECT_LT(r.seconds, 12.0) << "connect 3 s + I/O 5 s + margin";
}

TEST_F(PrinterFaults, PendingOutOfPaperRefilledInTimePrintsOnce) {
    auto& sim = sharedPrinter();
    sim.forgetPrinted();
    sim.setMode("media-empty");
    const auto before = sim.jobIds().size();
    auto running = printAsync(sim.uri(), 20);
    ASSERT_TRUE(waitForNewJob(sim, before));
    std::this_thread::sleep_for(1500ms); // the kiosk sees the fault and waits
    sim.clearFault();
    const auto r = running.get();
    EXPECT_EQ(r.result.exitCode, 0) << r.result.out << r.result.err;
    EXPECT_EQ(r.out["faults_seen"], json::array({"media-empty"}));
    EXPECT_EQ(sim.jobIds().size(), before + 1) << "one job, never resubmitted";
    EXPECT_EQ(sim.printedJobNames().size(), 1u);
}

TEST_F(PrinterFaults, PendingOutOfPaperNeverRefilledIsCancelledAndNeverPrintsLater) {
    auto& sim = sharedPrinter();
    sim.forgetPrinted();
    sim.setMode("media-empty");
    const auto before = sim.jobIds().size();
    const auto r = print(sim.uri(), 2);
    expectFailure(r, 36, "print.canceled", "load A4 paper");
    EXPECT_EQ(r.out["error"]["details"]["fault"], "media-empty");
    sim.clearFault(); // staff refill the tray after the resident has gone
    std::this_thread::sleep_for(1500ms);
    EXPECT_EQ(sim.jobIds().size(), before + 1);
    EXPECT_TRUE(sim.printedJobNames().empty()) << "the cancelled form came out for the next person";
}

TEST_F(PrinterFaults, PendingDoorOpenNeverClosedIsCancelled) {
    auto& sim = sharedPrinter();
    sim.forgetPrinted();
    sim.setMode("cover-open");
    const auto before = sim.jobIds().size();
    const auto r = print(sim.uri(), 2);
    expectFailure(r, 36, "print.canceled", "close");
    EXPECT_EQ(r.out["error"]["details"]["fault"], "door-open");
    sim.clearFault();
    std::this_thread::sleep_for(1s);
    EXPECT_EQ(sim.jobIds().size(), before + 1);
    EXPECT_TRUE(sim.printedJobNames().empty());
}

TEST_F(PrinterFaults, ProcessingJamAbortsOnceAndTheNextJobPrints) {
    auto& sim = sharedPrinter();
    sim.forgetPrinted();
    sim.setMode("jam");
    const auto before = sim.jobIds().size();
    const auto r = print(sim.uri(), 5);
    expectFailure(r, 32, "print.media-jam", "remove the paper");
    EXPECT_EQ(sim.jobIds().size(), before + 1) << "a jammed job is not resubmitted by the kiosk";
    EXPECT_TRUE(sim.printedJobNames().empty());
    sim.setMode("ok");
    EXPECT_EQ(print(sim.uri(), 5).result.exitCode, 0);
    EXPECT_EQ(sim.printedJobNames().size(), 1u);
}

TEST_F(PrinterFaults, ProcessingPrinterHungThenBackCompletesOnce) {
    IppSimulator own("FaultsHungBack");
    own.setMode("slow", 2);
    auto running = printAsync(own.uri(), 30);
    ASSERT_TRUE(waitForNewJob(own, 0));
    std::this_thread::sleep_for(300ms);
    own.pause(); // SIGSTOP: connections pile up, nothing answers
    std::this_thread::sleep_for(4s);
    own.resume();
    const auto r = running.get();
    EXPECT_EQ(r.result.exitCode, 0) << r.result.out << r.result.err;
    EXPECT_EQ(own.jobIds().size(), 1u);
    EXPECT_EQ(own.printedJobNames().size(), 1u);
}

TEST_F(PrinterFaults, ProcessingPrinterHungForGoodIsUnconfirmedAndNeverResent) {
    IppSimulator own("FaultsHungForGood");
    own.setMode("slow", 2);
    auto running = printAsync(own.uri(), 3);
    ASSERT_TRUE(waitForNewJob(own, 0));
    std::this_thread::sleep_for(300ms);
    own.pause();
    const auto r = running.get();
    expectFailure(r, 38, "print.unconfirmed", "check the output tray");
    // Seen unreachable after one I/O timeout (5 s + watchdog), the 3 s budget, one cancel (6.5 s).
    EXPECT_LT(r.seconds, 25.0) << r.result.err;
    own.resume(); // it wakes up later: whatever it held may finish, but nothing is sent again
    std::this_thread::sleep_for(3s);
    EXPECT_EQ(own.jobIds().size(), 1u);
    EXPECT_LE(own.printedJobNames().size(), 1u);
}

TEST_F(PrinterFaults, ProcessingPrinterGoneIsUnconfirmedAndNotResentWhenItReturns) {
    IppSimulator own("FaultsGone");
    own.setMode("slow", 5);
    auto running = printAsync(own.uri(), 2);
    ASSERT_TRUE(waitForNewJob(own, 0));
    std::this_thread::sleep_for(300ms);
    own.kill(); // power cut: the printer and its job list are gone
    const auto r = running.get();
    expectFailure(r, 38, "print.unconfirmed", "check the output tray");
    EXPECT_LT(r.seconds, 15.0);
    own.restart(); // back, empty
    std::this_thread::sleep_for(1s);
    EXPECT_TRUE(own.jobIds().empty()) << "the kiosk sent the job again after the printer came back";
    EXPECT_TRUE(own.printedJobNames().empty());
}
