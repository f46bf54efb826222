#pragma once
// Reading printer-state-reasons (RFC 8011 §5.4.12): keywords such as "media-empty-warning" carry a severity
// suffix (-report, -warning, -error; none means error). Printers differ: ippeveprinter derives the suffix
// from its state (idle → -report, processing → -warning, stopped → -error), many real printers send bare
// keywords or -error. So keywords are matched by prefix after the suffix is split off, and the policy is:
//   - a blocking kind (paper, jam, door, toner empty, offline, paused) at warning or error severity blocks;
//   - the same kind at -report severity is listed but never blocks (ippeveprinter keeps reasons set after a
//     job as -report; a printer that is really stopped says so with printer-state or -error);
//   - warn-only kinds (toner-low, marker-supply-low, …) never block;
//   - unknown keywords never block by themselves: a stopped printer also reports printer-state stopped.

#include "kakanai/base/result.h"
#include "kakanai/ports/printer.h"

#include <string>
#include <string_view>
#include <vector>

namespace kakanai {

enum class ReasonSeverity { Report, Warning, Error };

struct PrinterReason {
    std::string keyword; // as reported, e.g. "media-empty-warning"
    std::string base;    // without the suffix, e.g. "media-empty"
    ReasonSeverity severity = ReasonSeverity::Error;
    PrinterFault fault = PrinterFault::None; // None: informational (e.g. "none", "media-low", unknown)
    bool blocking = false;                   // stops this kiosk's job until it clears
};

PrinterReason parsePrinterReason(std::string_view keyword);
std::vector<PrinterReason> parsePrinterReasons(const std::vector<std::string>& keywords);

// The faults that hold up printing, most specific first (one entry per kind).
std::vector<PrinterFault> blockingFaults(const std::vector<PrinterReason>& reasons);
// Every classified fault, blocking or not (e.g. TonerLow), one entry per kind, for status displays.
std::vector<PrinterFault> reportedFaults(const std::vector<PrinterReason>& reasons);
// The likeliest cause of an aborted job: any classified reason, even at -report severity.
PrinterFault likeliestCause(const std::vector<PrinterReason>& reasons);

bool isWarningOnly(PrinterFault fault); // TonerLow

std::string_view toString(PrinterFault fault); // "media-empty", "toner-low", …, "none"
std::string_view toString(ReasonSeverity s);   // "report", "warning", "error"
std::string_view toString(JobPhase phase);     // "submitting", "queued", …
// Error code for a fault that stopped a job: "print.media-empty", …; Other → "print.failed".
std::string errorCodeFor(PrinterFault fault);
// What staff should do, in plain words (English; the kiosk UI translates by fault).
std::string adviceFor(PrinterFault fault);

} // namespace kakanai
