#pragma once
// Shared pieces of the real-printer tests: the simulator every test of a process shares, a real form PDF
// (the demo 住民票 request for the fictional resident), and driver options with short, test-sized timeouts.

#include "ipp_simulator.h"

#include "kakanai/printer/open_printer.h"

#include <algorithm>
#include <chrono>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace kakanai::test {

IppSimulator& sharedPrinter(); // started on first use, stopped at exit
const std::vector<std::uint8_t>& demoFormPdf();
// A small valid PDF whose page text, title and author carry `canary` in plain (uncompressed) bytes, so a scan
// of a folder finds any copy of it or of its metadata.
std::vector<std::uint8_t> canaryPdf(const std::string& canary);
// Regular files under `root` (recursively) whose bytes contain `needle`.
std::vector<std::string> filesContaining(const std::string& root, const std::string& needle);
std::string asString(const std::vector<std::uint8_t>& v);

printer::DriverOptions fastOptions(); // connect 1 s, I/O 2 s, poll 100 ms

// Opens the printer for a target string; fails the test on error.
std::unique_ptr<Printer> openTarget(const std::string& target,
                                    const printer::DriverOptions& options = fastOptions());

// Progress recorder that can act on the first time a phase (and optionally a fault) shows up.
struct ProgressLog {
    std::vector<JobProgress> seen;
    bool saw(JobPhase phase, PrinterFault fault = PrinterFault::None) const;
    std::function<void(const JobProgress&)> recorder(std::function<void(const JobProgress&)> also = {});
};

double secondsSince(std::chrono::steady_clock::time_point t);

} // namespace kakanai::test
