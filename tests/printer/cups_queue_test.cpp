// Printing through a local CUPS queue: a private cupsd (loopback only, its own spool) configured the way
// docs/printing.md tells a kiosk to (PreserveJobFiles No, short PreserveJobHistory, LogLevel info), in front
// of ippeveprinter. Checks what a city's IT would check: nothing of the resident stays in the spool, and a
// queue whose printer is gone is reported at once instead of waiting minutes for cupsd to notice.
#include "print_fixtures.h"

#include "kakanai/print/ipp_printer.h"

#include "test_support.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <thread>

using namespace kakanai;
using namespace kakanai::test;
using namespace std::chrono_literals;
namespace fs = std::filesystem;

namespace {

class PrivateCupsd {
public:
    PrivateCupsd() {
        m_root = (fs::temp_directory_path() / ("kakanai-cupsd-" + std::to_string(::getpid()))).string();
        fs::remove_all(m_root);
        for (const char* d : {"etc/ppd", "spool/tmp", "cache", "state", "log", "run"})
            fs::create_directories(m_root + "/" + d);
        m_port = freeLoopbackPort();
        writeFile(m_root + "/etc/cups-files.conf",
                  "SystemGroup root\nUser lp\nGroup lp\nServerRoot " + m_root + "/etc\nRequestRoot " +
                      m_root + "/spool\nTempDir " + m_root + "/spool/tmp\nCacheDir " + m_root +
                      "/cache\nStateDir " + m_root + "/state\nAccessLog " + m_root +
                      "/log/access_log\nErrorLog " + m_root + "/log/error_log\nPageLog " + m_root +
                      "/log/page_log\nPrintcap\n");
        // The kiosk settings of docs/printing.md, then Debian's default policy (who may do what).
        std::string conf =
            "LogLevel info\nListen 127.0.0.1:" + std::to_string(m_port) + "\nListen " + m_root +
            "/run/cups.sock\nBrowsing No\nWebInterface No\nDefaultAuthType Basic\n"
            "ErrorPolicy abort-job\nPreserveJobFiles No\nPreserveJobHistory 120\nMaxJobs 50\n"
            "PageLogFormat\n<Location />\n  Order allow,deny\n  Allow localhost\n</Location>\n";
        conf += shellOutput("sed -n '/^<Policy default>/,/^<\\/Policy>/p' /etc/cups/cupsd.conf");
        writeFile(m_root + "/etc/cupsd.conf", conf);
        shellOutput("chown root:lp " + m_root + "/spool " + m_root + "/cache " + m_root +
                    "/state && chmod 0710 " + m_root + "/spool && chmod 1770 " + m_root +
                    "/spool/tmp && chmod 0770 " + m_root + "/cache " + m_root + "/state");
        start();
    }
    void start() {
        m_pid = ::fork();
        if (m_pid == 0) {
            ::setpgid(0, 0);
            const int out = ::open((m_root + "/log/cupsd.out").c_str(), O_WRONLY | O_CREAT | O_APPEND, 0600);
            ::dup2(out, 1), ::dup2(out, 2);
            const std::string c = m_root + "/etc/cupsd.conf", s = m_root + "/etc/cups-files.conf";
            ::execlp("cupsd", "cupsd", "-f", "-c", c.c_str(), "-s", s.c_str(), static_cast<char*>(nullptr));
            ::_exit(127);
        }
        ::setpgid(m_pid, m_pid);
        m_up = waitForPort(m_port, 10s);
    }
    // A clean shutdown: cupsd writes out everything it keeps (job history included) before it exits.
    void stop() {
        if (m_pid > 0) ::kill(m_pid, SIGTERM), ::waitpid(m_pid, nullptr, 0);
        m_pid = -1;
        m_up = false;
    }
    ~PrivateCupsd() {
        stop();
        std::error_code ec;
        fs::remove_all(m_root, ec);
    }
    bool up() const { return m_up; }
    std::string server() const { return "localhost:" + std::to_string(m_port); }
    const std::string& root() const { return m_root; }
    // Admin commands authenticate with the root certificate cupsd writes into its state folder.
    std::string admin(const std::string& command) const {
        return shellOutput("CUPS_SERVER=" + server() + " CUPS_STATEDIR=" + m_root + "/state " + command +
                           " 2>&1");
    }
    void addRawQueue(const std::string& name, const std::string& deviceUri) const {
        admin("lpadmin -p " + name + " -E -v " + deviceUri + " -m raw");
    }
    std::vector<std::string> files() const {
        std::vector<std::string> out;
        for (const auto& e : fs::recursive_directory_iterator(m_root))
            if (e.is_regular_file()) out.push_back(e.path().string());
        return out;
    }
    std::vector<std::string> filesContaining(const std::string& needle) const {
        std::vector<std::string> hits;
        for (const auto& f : files())
            if (readFile(f).find(needle) != std::string::npos) hits.push_back(f);
        return hits;
    }
    std::vector<std::string> documentFiles() const { // d<job>-<doc>: the spooled documents
        std::vector<std::string> out;
        for (const auto& e : fs::directory_iterator(m_root + "/spool"))
            if (e.path().filename().string().rfind("d", 0) == 0) out.push_back(e.path().string());
        return out;
    }

private:
    std::string m_root;
    int m_port = 0;
    pid_t m_pid = -1;
    bool m_up = false;
};

class CupsQueue : public ::testing::Test {
protected:
    static PrivateCupsd* cupsd;
    static void SetUpTestSuite() {
        if (::geteuid() != 0) return; // cupsd drops privileges to lp: needs root (CI runs as root)
        cupsd = new PrivateCupsd();
        ::setenv("CUPS_SERVER", cupsd->server().c_str(), 1); // the driver's helper finds this cupsd
        cupsd->addRawQueue("kiosk", sharedPrinter().uri());
    }
    static void TearDownTestSuite() {
        delete cupsd;
        cupsd = nullptr;
    }
    void SetUp() override {
        if (!cupsd) GTEST_SKIP() << "a private cupsd needs root";
        ASSERT_TRUE(cupsd->up()) << readFile(cupsd->root() + "/log/cupsd.out");
        sharedPrinter().setMode("ok");
        sharedPrinter().forgetPrinted();
    }
};
PrivateCupsd* CupsQueue::cupsd = nullptr;

bool waitUntil(const std::function<bool()>& done, std::chrono::milliseconds timeout) {
    const auto end = std::chrono::steady_clock::now() + timeout;
    while (!done()) {
        if (std::chrono::steady_clock::now() > end) return false;
        std::this_thread::sleep_for(100ms);
    }
    return true;
}

} // namespace

TEST_F(CupsQueue, PrintsThroughTheQueueAndLeavesNothingOfTheResidentInTheSpool) {
    auto printer = openTarget("kiosk");
    ASSERT_TRUE(printer);
    Status s = printer->print(demoFormPdf(), {}, 20, nullptr);
    ASSERT_TRUE(s.ok()) << s.error().message << "\n" << readFile(cupsd->root() + "/log/error_log");
    const auto jobs = sharedPrinter().printedJobNames();
    ASSERT_EQ(jobs.size(), 1u);
    EXPECT_EQ(sharedPrinter().printedDocument(jobs[0]), asString(demoFormPdf())) << "raw queue: unchanged";

    EXPECT_TRUE(waitUntil([&] { return cupsd->documentFiles().empty(); }, 5s)) << "PreserveJobFiles No";
    // Stop cupsd cleanly: it then writes out all it keeps (the job's attributes, for PreserveJobHistory).
    cupsd->stop();
    EXPECT_FALSE(cupsd->filesContaining("kakanai-form-").empty())
        << "the scan sees what cupsd kept: the job's attributes, with the neutral job name";
    // No copy of the document anywhere under cupsd's folders (spool, temp, cache, state, logs).
    const std::string pdf = asString(demoFormPdf());
    for (std::size_t at : {std::size_t(0), pdf.size() / 2, pdf.size() - 512})
        EXPECT_TRUE(cupsd->filesContaining(pdf.substr(at, 512)).empty()) << "a piece of the PDF at " << at;
    EXPECT_TRUE(cupsd->filesContaining("架空").empty());
    cupsd->start();
    ASSERT_TRUE(cupsd->up());

    // The same with a canary in the page text and the PDF's title and author: cupsd parses the document
    // (format detection) but keeps none of it.
    const std::string canary = "CANARY-" + randomJobSuffix();
    auto again = openTarget("kiosk");
    ASSERT_TRUE(again);
    Status c = again->print(canaryPdf(canary), {}, 20, nullptr);
    ASSERT_TRUE(c.ok()) << c.error().message;
    EXPECT_TRUE(waitUntil([&] { return cupsd->documentFiles().empty(); }, 5s));
    cupsd->stop();
    EXPECT_TRUE(cupsd->filesContaining(canary).empty()) << cupsd->filesContaining(canary)[0];
    cupsd->start();
}

TEST_F(CupsQueue, WhatCupsWouldKeepIfAJobNameWerePersonal) {
    // The control for the test above: a job title with a (fictional) name does stay in the spool for the
    // history period, which is why the kiosk only ever sends neutral job names.
    TempDir dir;
    writeFile(dir.file("form.pdf"), asString(demoFormPdf()));
    const std::string out = shellOutput("CUPS_SERVER=" + cupsd->server() +
                                        " lp -d kiosk -t 架空花子_住民票 " + dir.file("form.pdf") + " 2>&1");
    ASSERT_NE(out.find("request id"), std::string::npos) << out;
    ASSERT_TRUE(waitUntil([&] { return sharedPrinter().printedJobNames().size() == 1; }, 10s));
    EXPECT_TRUE(waitUntil([&] { return cupsd->documentFiles().empty(); }, 5s));
    cupsd->stop();
    EXPECT_FALSE(cupsd->filesContaining("架空花子").empty()) << "CUPS keeps job-name in its control file";
    cupsd->start();
    cupsd->admin("cancel -a -x kiosk"); // purge: what staff do if a personal name ever reached a queue
    EXPECT_TRUE(waitUntil([&] { return cupsd->filesContaining("架空花子").empty(); }, 5s));
}

TEST_F(CupsQueue, AQueueWhosePrinterIsGoneIsReportedAtOnce) {
    IppSimulator behind("KakanaiBehindQueue");
    cupsd->addRawQueue("kiosk2", behind.uri());
    auto printer = openTarget("kiosk2");
    ASSERT_TRUE(printer);
    auto ready = printer->state();
    ASSERT_TRUE(ready.ok());
    EXPECT_TRUE(ready->ready) << ready->message;

    behind.kill();
    // cupsd itself still says idle: it only notices when a job fails.
    const std::string cupsView = cupsd->admin("lpstat -p kiosk2");
    EXPECT_NE(cupsView.find("idle"), std::string::npos) << cupsView;

    const auto start = std::chrono::steady_clock::now();
    auto gone = printer->state();
    ASSERT_TRUE(gone.ok());
    EXPECT_FALSE(gone->reachable);
    EXPECT_LT(secondsSince(start), 6.0);

    Status s = printer->print(demoFormPdf(), {}, 20, nullptr);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().code, "print.unreachable");
    EXPECT_EQ(cupsd->admin("lpstat -o kiosk2"), "") << "nothing was queued to print later";
}

TEST_F(CupsQueue, AStoppedQueueIsWaitedForThenRefusedWithNothingLeftQueued) {
    // A real "stopped" printer: cupsdisable sets printer-state stopped and the reason "paused".
    cupsd->addRawQueue("kiosk3", sharedPrinter().uri());
    cupsd->admin("cupsdisable kiosk3");
    auto status = run({cliPath(), "printer", "status", "--printer", "kiosk3", "--json"});
    EXPECT_EQ(status.exitCode, 35) << status.err;
    const auto j = nlohmann::json::parse(status.out, nullptr, false);
    ASSERT_FALSE(j.is_discarded()) << status.out;
    EXPECT_EQ(j["ready"], false);
    EXPECT_EQ(j["faults"], nlohmann::json::array({"stopped"})) << status.out;

    auto printer = openTarget("kiosk3");
    ASSERT_TRUE(printer);
    ProgressLog log;
    Status s = printer->print(demoFormPdf(), {}, 1, log.recorder());
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().code, "print.stopped");
    EXPECT_TRUE(log.saw(JobPhase::WaitingForFault, PrinterFault::Stopped));
    EXPECT_EQ(cupsd->admin("lpstat -o kiosk3"), "") << "nothing waits in the queue to print later";

    // Resumed while the resident still waits: prints once.
    std::thread resume;
    Status r = printer->print(demoFormPdf(), {}, 15, [&](const JobProgress& p) {
        if (p.phase == JobPhase::WaitingForFault && !resume.joinable())
            resume =
                std::thread([&] { std::this_thread::sleep_for(500ms), cupsd->admin("cupsenable kiosk3"); });
    });
    if (resume.joinable()) resume.join();
    ASSERT_TRUE(r.ok()) << r.error().message;
    EXPECT_EQ(sharedPrinter().printedJobNames().size(), 1u);
}

TEST_F(CupsQueue, ACancelledJobLeavesNothingInTheSpoolAndNeverPrintsLater) {
    sharedPrinter().setMode("media-empty");
    const std::string canary = "CANARY-" + randomJobSuffix();
    auto printer = openTarget("kiosk");
    ASSERT_TRUE(printer);
    ProgressLog log;
    Status s = printer->print(canaryPdf(canary), {}, 2, log.recorder());
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().code, "print.canceled") << s.error().message;
    EXPECT_TRUE(log.saw(JobPhase::WaitingForFault, PrinterFault::MediaEmpty))
        << "the queue passes the fault on";
    EXPECT_TRUE(waitUntil([&] { return cupsd->documentFiles().empty(); }, 5s)) << "PreserveJobFiles No";
    // Paper arrives after the resident has gone: nothing comes out.
    sharedPrinter().clearFault();
    std::this_thread::sleep_for(1s);
    EXPECT_TRUE(sharedPrinter().printedJobNames().empty());
    EXPECT_EQ(cupsd->admin("lpstat -o kiosk"), "");
    cupsd->stop();
    EXPECT_TRUE(cupsd->filesContaining(canary).empty()) << cupsd->filesContaining(canary)[0];
    cupsd->start();
}
