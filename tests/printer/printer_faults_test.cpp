#include "kakanai/config/config.h"
#include "kakanai/print/ipp_printer.h"
#include "kakanai/print/printer_faults.h"
#include "kakanai/print/printer_target.h"

#include <gtest/gtest.h>

using namespace kakanai;

TEST(PrinterReasons, SplitsTheSeveritySuffix) {
    auto r = parsePrinterReason("media-empty-warning");
    EXPECT_EQ(r.base, "media-empty");
    EXPECT_EQ(r.severity, ReasonSeverity::Warning);
    EXPECT_EQ(r.fault, PrinterFault::MediaEmpty);
    EXPECT_TRUE(r.blocking);

    auto bare = parsePrinterReason("media-jam"); // RFC 8011: no suffix means error
    EXPECT_EQ(bare.severity, ReasonSeverity::Error);
    EXPECT_EQ(bare.fault, PrinterFault::MediaJam);
    EXPECT_TRUE(bare.blocking);

    auto error = parsePrinterReason("door-open-error");
    EXPECT_EQ(error.fault, PrinterFault::DoorOpen);
    EXPECT_TRUE(error.blocking);
}

TEST(PrinterReasons, ReportSeverityIsListedButNeverBlocks) {
    // ippeveprinter keeps a jam as media-jam-report once it is idle again.
    auto r = parsePrinterReason("media-jam-report");
    EXPECT_EQ(r.fault, PrinterFault::MediaJam);
    EXPECT_EQ(r.severity, ReasonSeverity::Report);
    EXPECT_FALSE(r.blocking);
    EXPECT_TRUE(blockingFaults(parsePrinterReasons({"media-jam-report", "offline-report"})).empty());
    EXPECT_EQ(likeliestCause(parsePrinterReasons({"media-jam-report"})), PrinterFault::MediaJam);
}

TEST(PrinterReasons, MatchesByPrefixNotBySubstring) {
    EXPECT_EQ(parsePrinterReason("media-empty-tray-2-error").fault, PrinterFault::MediaEmpty);
    EXPECT_EQ(parsePrinterReason("media-needed").fault, PrinterFault::MediaEmpty);
    EXPECT_EQ(parsePrinterReason("media-low-warning").fault, PrinterFault::None); // low is not empty
    EXPECT_EQ(parsePrinterReason("cover-open-warning").fault, PrinterFault::DoorOpen);
    EXPECT_EQ(parsePrinterReason("marker-supply-empty-error").fault, PrinterFault::TonerEmpty);
    EXPECT_EQ(parsePrinterReason("moving-to-paused").fault, PrinterFault::Stopped);
    EXPECT_EQ(parsePrinterReason("paused").fault, PrinterFault::Stopped);
    EXPECT_EQ(parsePrinterReason("offline").fault, PrinterFault::Offline);
    EXPECT_EQ(parsePrinterReason("offlineish").fault, PrinterFault::None); // not a keyword boundary
    EXPECT_EQ(parsePrinterReason("none").fault, PrinterFault::None);
    EXPECT_EQ(parsePrinterReason("cups-waiting-for-job-completed").fault, PrinterFault::None);
}

TEST(PrinterReasons, TonerLowIsAWarningOnly) {
    auto r = parsePrinterReason("toner-low-warning");
    EXPECT_EQ(r.fault, PrinterFault::TonerLow);
    EXPECT_FALSE(r.blocking);
    EXPECT_FALSE(parsePrinterReason("toner-low").blocking); // even at error severity
    EXPECT_TRUE(isWarningOnly(PrinterFault::TonerLow));
    const auto reasons = parsePrinterReasons({"toner-low-warning"});
    EXPECT_TRUE(blockingFaults(reasons).empty());
    EXPECT_EQ(reportedFaults(reasons), std::vector<PrinterFault>{PrinterFault::TonerLow});
}

TEST(PrinterReasons, UnknownKeywordsNeverBlockOnTheirOwn) {
    EXPECT_FALSE(parsePrinterReason("developer-low").blocking);
    EXPECT_FALSE(parsePrinterReason("com.example-fancy-error").blocking);
}

TEST(PrinterReasons, OrdersFaultsMostSpecificFirst) {
    const auto faults =
        blockingFaults(parsePrinterReasons({"media-empty-warning", "media-jam-error", "paused"}));
    ASSERT_EQ(faults.size(), 3u);
    EXPECT_EQ(faults[0], PrinterFault::MediaJam);
    EXPECT_EQ(faults[1], PrinterFault::MediaEmpty);
    EXPECT_EQ(faults[2], PrinterFault::Stopped);
}

TEST(PrinterReasons, AStoppedOrRefusingPrinterBlocksEvenWithoutReasons) {
    PrinterSnapshot s;
    s.state = DeviceState::Stopped;
    EXPECT_EQ(blockingFaults(s), std::vector<PrinterFault>{PrinterFault::Stopped});
    PrinterSnapshot refusing;
    refusing.state = DeviceState::Idle;
    refusing.accepting = false;
    EXPECT_EQ(blockingFaults(refusing), std::vector<PrinterFault>{PrinterFault::Stopped});
    PrinterSnapshot jammed;
    jammed.state = DeviceState::Stopped;
    jammed.reasons = {"media-jam-error"};
    EXPECT_EQ(blockingFaults(jammed), std::vector<PrinterFault>{PrinterFault::MediaJam});
}

TEST(PrinterReasons, StateSummaryForStaff) {
    PrinterSnapshot s;
    s.state = DeviceState::Idle;
    s.reasons = {"toner-low-report", "media-empty-warning"};
    s.sidesSupported = {"one-sided", "two-sided-long-edge"};
    s.scalingSupported = {"auto", "none"};
    const PrinterState st = toPrinterState(s);
    EXPECT_TRUE(st.reachable);
    EXPECT_FALSE(st.ready);
    EXPECT_TRUE(st.duplexSupported);
    EXPECT_TRUE(st.scalingNoneSupported);
    EXPECT_NE(std::find(st.faults.begin(), st.faults.end(), PrinterFault::MediaEmpty), st.faults.end());
}

TEST(PrinterReasons, ErrorCodesAndAdvice) {
    EXPECT_EQ(errorCodeFor(PrinterFault::MediaEmpty), "print.media-empty");
    EXPECT_EQ(errorCodeFor(PrinterFault::TonerEmpty), "print.toner-empty");
    EXPECT_EQ(errorCodeFor(PrinterFault::Other), "print.failed");
    EXPECT_EQ(errorCodeFor(PrinterFault::None), "print.failed");
    for (PrinterFault f : {PrinterFault::MediaEmpty, PrinterFault::MediaJam, PrinterFault::DoorOpen,
                           PrinterFault::TonerLow, PrinterFault::Offline, PrinterFault::Stopped,
                           PrinterFault::Unreachable, PrinterFault::Other, PrinterFault::TonerEmpty})
        EXPECT_FALSE(adviceFor(f).empty()) << toString(f);
}

TEST(PrinterTarget, ParsesEveryForm) {
    auto ipp = parsePrinterTarget("ipp://192.0.2.10/ipp/print");
    ASSERT_TRUE(ipp.ok());
    EXPECT_EQ(ipp->kind, PrinterTargetKind::Ipp);
    EXPECT_EQ(ipp->uri, "ipp://192.0.2.10/ipp/print");

    auto bareHost = parsePrinterTarget("ipps://printer.example:631");
    ASSERT_TRUE(bareHost.ok());
    EXPECT_EQ(bareHost->uri, "ipps://printer.example:631/ipp/print");

    auto v6 = parsePrinterTarget("ipp://[::1]:8631/ipp/print");
    ASSERT_TRUE(v6.ok()) << v6.error().message;

    auto file = parsePrinterTarget("file:/tmp/kakanai-demo/printed/");
    ASSERT_TRUE(file.ok());
    EXPECT_EQ(file->kind, PrinterTargetKind::File);
    EXPECT_EQ(file->directory, "/tmp/kakanai-demo/printed");
    EXPECT_EQ(parsePrinterTarget("file:///srv/out")->directory, "/srv/out");

    auto queue = parsePrinterTarget("Counter_1");
    ASSERT_TRUE(queue.ok());
    EXPECT_EQ(queue->kind, PrinterTargetKind::CupsQueue);
    EXPECT_EQ(queue->queue, "Counter_1");
}

TEST(PrinterTarget, RejectsWhatCannotWorkWithAClearMessage) {
    for (const char* bad :
         {"", "ipp://", "ipp:///ipp/print", "ipp://host:0/x", "ipp://host:99999/x", "ipp://host:abc/x",
          "ipp://user:secret@host/ipp/print", "file:relative/dir", "file:/a/../etc",
          "socket://192.0.2.1:9100", "usb://Brother/HL", "my queue", "queue/with/slash", "q#1"}) {
        auto t = parsePrinterTarget(bad);
        ASSERT_FALSE(t.ok()) << bad;
        EXPECT_EQ(t.error().code, "printer.bad-target");
        EXPECT_NE(t.error().message.find("ipp://"), std::string::npos) << "says what is accepted: " << bad;
    }
    const auto withPassword = parsePrinterTarget("ipp://user:secret@host/ipp/print").error().message;
    EXPECT_NE(withPassword.find("passwords"), std::string::npos);
    EXPECT_EQ(withPassword.find("secret"), std::string::npos) << "the secret is not repeated";
}

TEST(PrinterTarget, AConfigWithAnUnusableTargetNamesTheKey) {
    const std::string base = "[municipality]\nname = \"架空市\"\naddressee = \"架空市長\"\n";
    ConfigLoad bad = parseConfig(base + "[printers.counter]\ntarget = \"socket://192.0.2.1\"\n", "k.toml");
    ASSERT_EQ(bad.problems.size(), 1u);
    EXPECT_EQ(bad.problems[0].where, "printers.counter.target");
    EXPECT_NE(bad.problems[0].message.find("unsupported scheme"), std::string::npos);
    ConfigLoad good =
        parseConfig(base + "[printers.counter]\ntarget = \"ipps://192.0.2.10/ipp/print\"\n", "k.toml");
    EXPECT_TRUE(good.problems.empty());
}

namespace {
PrinterSnapshot recorded(DeviceState state, std::vector<std::string> reasons, bool accepting = true) {
    PrinterSnapshot s;
    s.state = state;
    s.reasons = std::move(reasons);
    s.accepting = accepting;
    return s;
}
} // namespace

// printer-state / printer-state-reasons / printer-is-accepting-jobs as real servers reported them
// (ippeveprinter 2.4.2 and cupsd 2.4.2 on this machine; see docs/printing.md and the research notes §3.5).
TEST(PrinterReasons, RecordedStatesAreClassifiedAsStaffWouldSeeThem) {
    // ippeveprinter printing, tray empty (its -c command said STATE: +media-empty,media-needed).
    EXPECT_EQ(
        blockingFaults(recorded(DeviceState::Processing, {"media-empty-warning", "media-needed-warning"})),
        std::vector<PrinterFault>{PrinterFault::MediaEmpty});
    // The same fault seen through a cupsd queue in front of it.
    EXPECT_EQ(
        blockingFaults(recorded(DeviceState::Processing, {"cups-waiting-for-job-completed",
                                                          "media-empty-warning", "media-needed-warning"})),
        std::vector<PrinterFault>{PrinterFault::MediaEmpty});
    // ippeveprinter printing with its cover open.
    EXPECT_EQ(blockingFaults(recorded(DeviceState::Processing, {"cover-open-warning"})),
              std::vector<PrinterFault>{PrinterFault::DoorOpen});
    // ippeveprinter idle after a jam: the reason stays as -report and must not block the next resident,
    // but it names the cause of the aborted job.
    const auto afterJam = recorded(DeviceState::Idle, {"media-jam-report"});
    EXPECT_TRUE(blockingFaults(afterJam).empty());
    EXPECT_TRUE(toPrinterState(afterJam).ready);
    EXPECT_EQ(likeliestCause(parsePrinterReasons(afterJam.reasons)), PrinterFault::MediaJam);
    // ippeveprinter idle with low toner: ready, with a warning for staff.
    const auto tonerLow = toPrinterState(recorded(DeviceState::Idle, {"toner-low-report"}));
    EXPECT_TRUE(tonerLow.ready);
    EXPECT_EQ(tonerLow.faults, std::vector<PrinterFault>{PrinterFault::TonerLow});
    // cupsdisable QUEUE: printer-state stopped, reason "paused".
    EXPECT_EQ(blockingFaults(recorded(DeviceState::Stopped, {"paused"})),
              std::vector<PrinterFault>{PrinterFault::Stopped});
    // cupsreject QUEUE: idle, no reason, not accepting jobs.
    EXPECT_EQ(blockingFaults(recorded(DeviceState::Idle, {}, false)),
              std::vector<PrinterFault>{PrinterFault::Stopped});
    // cupsd while its printer is gone: idle, no reason at all. Only the driver's direct probe of the
    // device (unreachable) or the stall timeout can tell; the classifier alone must not invent a fault.
    EXPECT_TRUE(
        blockingFaults(recorded(DeviceState::Processing, {"cups-waiting-for-job-completed"})).empty());
}

// Keyword sets ippeveprinter cannot produce (its STATE: list has no "offline" and it never reports bare
// keywords): as RFC 8011 §5.4.12 and PWG 5100.9 define them and printers commonly send them.
TEST(PrinterReasons, KeywordSetsTheSimulatorCannotProduce) {
    EXPECT_EQ(blockingFaults(recorded(DeviceState::Stopped, {"offline-report"})),
              std::vector<PrinterFault>{PrinterFault::Offline})
        << "-report never blocks by itself; the stopped state does, and the report says why";
    EXPECT_EQ(blockingFaults(recorded(DeviceState::Stopped, {"offline-error"})),
              std::vector<PrinterFault>{PrinterFault::Offline});
    EXPECT_EQ(blockingFaults(recorded(DeviceState::Stopped, {"door-open"})),
              std::vector<PrinterFault>{PrinterFault::DoorOpen});
    EXPECT_EQ(blockingFaults(recorded(DeviceState::Stopped, {"media-jam", "door-open", "toner-low"})),
              (std::vector<PrinterFault>{PrinterFault::MediaJam, PrinterFault::DoorOpen}));
    EXPECT_EQ(blockingFaults(recorded(DeviceState::Idle, {"marker-supply-empty-error"})),
              std::vector<PrinterFault>{PrinterFault::TonerEmpty});
    EXPECT_EQ(blockingFaults(recorded(DeviceState::Processing, {"moving-to-paused-warning"})),
              std::vector<PrinterFault>{PrinterFault::Stopped});
    EXPECT_EQ(blockingFaults(recorded(DeviceState::Idle, {"shutdown"})),
              std::vector<PrinterFault>{PrinterFault::Offline});
}
