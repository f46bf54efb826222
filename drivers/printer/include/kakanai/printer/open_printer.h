#pragma once
// The printer driver: opens the Printer for a target (printer_target.h). IPP printers and CUPS queues are
// driven through libcups in a helper process (kakanai-ipp) that a watchdog kills at a deadline; file: targets
// (demo only) write PDFs into a folder.

#include "kakanai/ports/printer.h"
#include "kakanai/print/ipp_printer.h"
#include "kakanai/print/printer_target.h"

#include <chrono>
#include <memory>
#include <string>

namespace kakanai::printer {

struct DriverOptions {
    std::string helperPath; // empty: $KAKANAI_IPP_HELPER, else kakanai-ipp next to this program, else
                            // ../libexec/kakanai
    std::chrono::milliseconds connectTimeout{
        3000};                                 // a printer that does not accept a connection by then is down
    std::chrono::milliseconds ioTimeout{5000}; // per status/job/cancel exchange
    std::chrono::milliseconds sendTimeout{30000}; // Send-Document with the whole PDF
    PrintPolicy policy;
    PrintClock* clock = nullptr; // tests
};

// Errors: printer.bad-target, printer.no-helper.
Result<std::unique_ptr<Printer>> openPrinter(const PrinterTarget& target, const DriverOptions& options = {});

// The helper program that would be used (for error messages and tests).
std::string findIppHelper(const DriverOptions& options = {});

} // namespace kakanai::printer
