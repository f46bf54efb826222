#pragma once
// The Printer port over an IppChannel: pre-flight, submission that never duplicates, job monitoring, and the
// fault policy. No libcups here (drivers/printer supplies the channel), so unit tests drive it with a fake.
//
// Policy, in order:
//   1. Pre-flight Get-Printer-Attributes. Unreachable → print.unreachable at once (nothing sent). Media or
//      sides the printer does not offer → print.unsupported. A blocking fault (printer_faults.h) → wait for
//      it to clear, at most the fault budget, before anything is sent; else that fault's error, nothing sent.
//   2. Create-Job with a neutral, unique job name, then Send-Document with the PDF from memory.
//      Never Print-Job: if the connection drops, the job id (or the unique name) lets us ask the printer what
//      it holds before any retry. A job that holds no document is cancelled before one (1) resubmission; a
//      job that holds the document is followed, never sent again.
//   3. Follow the job (Get-Job-Attributes + Get-Printer-Attributes every poll). While a blocking fault (or an
//      unreachable printer, or no progress for `stallTimeout`) holds it up, the fault budget runs down; when
//      it is used up the job is cancelled, so a refilled tray never prints a form for the next person.
// The fault budget (`faultWaitSeconds`) is one total for the whole call: the resident waits once.

#include "kakanai/ports/printer.h"
#include "kakanai/print/ipp_channel.h"

#include <chrono>
#include <functional>
#include <memory>
#include <string>

namespace kakanai {

class PrintClock {
public:
    virtual ~PrintClock() = default;
    virtual std::chrono::steady_clock::time_point now() = 0;
    virtual void sleepFor(std::chrono::milliseconds d) = 0;
    static PrintClock& system();
};

struct PrintPolicy {
    std::chrono::milliseconds pollInterval{250};
    std::chrono::seconds stallTimeout{120}; // no change and no reported fault this long counts as a fault
    int maxResubmits = 1;                   // only after the printer proved it holds no document of ours
    // Suffix that makes each job name unique (8 random hex digits); tests replace it.
    std::function<std::string()> uniqueSuffix;
};

class IppPrinter : public Printer {
public:
    // `where` names the printer in messages (URI or queue; never personal).
    IppPrinter(std::unique_ptr<IppChannel> channel, std::string where, PrintPolicy policy = {},
               PrintClock* clock = nullptr);

    Result<PrinterState> state() override;
    Status print(const std::vector<std::uint8_t>& pdf, const PrintOptions& options, int faultWaitSeconds,
                 const std::function<void(const JobProgress&)>& progress) override;

private:
    std::unique_ptr<IppChannel> m_channel;
    std::string m_where;
    PrintPolicy m_policy;
    PrintClock& m_clock;
};

// PrinterState from a snapshot (shared with the drivers' status output).
PrinterState toPrinterState(const PrinterSnapshot& snapshot);
// Faults that hold up printing now: reasons, printer-state stopped, not accepting jobs.
std::vector<PrinterFault> blockingFaults(const PrinterSnapshot& snapshot);

// 8 random hex digits from the kernel's CSPRNG.
std::string randomJobSuffix();

} // namespace kakanai
