#pragma once
// Test doubles of the Printer port. FakePrinter keeps jobs in memory and plays scripted faults (out of
// paper, jam, offline …) that clear when the test says or never; FilePrinter is the demo's `file:DIR`
// target (writes each job as a PDF, mode 0600 — demo only: a real kiosk never writes forms to disk).

#include "kakanai/ports/printer.h"

#include <condition_variable>
#include <mutex>

namespace kakanai::kiosk {

class FakePrinter final : public Printer {
public:
    // The next job stops with `fault` after its first page until clearFault() (or faultWait runs out).
    void injectFault(PrinterFault fault);
    void clearFault();
    void setReachable(bool reachable);
    int jobs() const;
    std::size_t lastJobBytes() const;
    // Wipes the kept jobs (they hold fictional data in tests only; real printers keep nothing).
    void forgetJobs();

    Result<PrinterState> state() override;
    Status print(const std::vector<std::uint8_t>& pdf, const PrintOptions& options, int faultWaitSeconds,
                 const std::function<void(const JobProgress&)>& progress) override;

private:
    mutable std::mutex m_mutex;
    std::condition_variable m_cleared;
    PrinterFault m_pending = PrinterFault::None;
    bool m_faultActive = false;
    bool m_reachable = true;
    int m_jobs = 0;
    std::size_t m_lastBytes = 0;
};

class FilePrinter final : public Printer {
public:
    explicit FilePrinter(std::string directory) : m_dir(std::move(directory)) {}
    Result<PrinterState> state() override;
    Status print(const std::vector<std::uint8_t>& pdf, const PrintOptions& options, int faultWaitSeconds,
                 const std::function<void(const JobProgress&)>& progress) override;
    const std::string& directory() const { return m_dir; }

private:
    std::string m_dir;
    int m_count = 0;
};

// Pages in a PDF (counts /Type /Page objects; enough for progress on our own PDFs).
int countPdfPages(const std::vector<std::uint8_t>& pdf);

} // namespace kakanai::kiosk
