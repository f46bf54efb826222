#pragma once
// Where a kiosk prints, as written in config ([printers.NAME] target) or on the command line:
//   ipp://HOST[:PORT]/PATH, ipps://…   an IPP Everywhere printer, straight (no local spool, no driver)
//   file:/DIR                          DEMO ONLY: each job is written as a PDF into DIR
//   NAME                               a queue of the local CUPS server (CUPS_SERVER or /run/cups/cups.sock)

#include "kakanai/base/result.h"

#include <string>
#include <string_view>

namespace kakanai {

enum class PrinterTargetKind { Ipp, File, CupsQueue };

struct PrinterTarget {
    PrinterTargetKind kind = PrinterTargetKind::Ipp;
    std::string text;      // as given
    std::string uri;       // Ipp: the printer URI
    std::string directory; // File: absolute directory
    std::string queue;     // CupsQueue: the queue name
};

// Errors: printer.bad-target (says which forms are accepted).
Result<PrinterTarget> parsePrinterTarget(std::string_view text);

} // namespace kakanai
