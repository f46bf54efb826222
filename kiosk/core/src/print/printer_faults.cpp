#include "kakanai/print/printer_faults.h"

#include <algorithm>
#include <array>

namespace kakanai {
namespace {

struct KnownReason {
    std::string_view base;
    PrinterFault fault;
};

// Matched as `base` or `base-…` (vendors extend keywords, e.g. "media-empty-tray-2").
constexpr std::array kKnown{
    KnownReason{"media-empty", PrinterFault::MediaEmpty},
    KnownReason{"media-needed", PrinterFault::MediaEmpty},
    KnownReason{"input-tray-missing", PrinterFault::MediaEmpty},
    KnownReason{"media-jam", PrinterFault::MediaJam},
    KnownReason{"door-open", PrinterFault::DoorOpen},
    KnownReason{"cover-open", PrinterFault::DoorOpen},
    KnownReason{"interlock-open", PrinterFault::DoorOpen},
    KnownReason{"toner-empty", PrinterFault::TonerEmpty},
    KnownReason{"marker-supply-empty", PrinterFault::TonerEmpty},
    KnownReason{"marker-waste-full", PrinterFault::TonerEmpty},
    KnownReason{"toner-low", PrinterFault::TonerLow},
    KnownReason{"marker-supply-low", PrinterFault::TonerLow},
    KnownReason{"marker-waste-almost-full", PrinterFault::TonerLow},
    KnownReason{"offline", PrinterFault::Offline},
    KnownReason{"shutdown", PrinterFault::Offline},
    KnownReason{"paused", PrinterFault::Stopped},
    KnownReason{"moving-to-paused", PrinterFault::Stopped},
    KnownReason{"stopping", PrinterFault::Stopped},
    KnownReason{"spool-area-full", PrinterFault::Other},
    KnownReason{"output-area-full", PrinterFault::Other},
};

bool matchesBase(std::string_view base, std::string_view known) {
    return base == known ||
           (base.size() > known.size() && base.substr(0, known.size()) == known && base[known.size()] == '-');
}

// Most specific (what staff must fix first) to least.
constexpr std::array kPriority{PrinterFault::MediaJam,   PrinterFault::DoorOpen, PrinterFault::MediaEmpty,
                               PrinterFault::TonerEmpty, PrinterFault::Offline,  PrinterFault::Stopped,
                               PrinterFault::Other,      PrinterFault::TonerLow};

std::vector<PrinterFault> ordered(const std::vector<PrinterReason>& reasons, bool onlyBlocking) {
    std::vector<PrinterFault> out;
    for (PrinterFault f : kPriority)
        if (std::any_of(reasons.begin(), reasons.end(), [&](const PrinterReason& r) {
                // -report is listed for warn-only kinds (toner-low-report is still low toner), else ignored.
                return r.fault == f &&
                       (onlyBlocking ? r.blocking : r.severity != ReasonSeverity::Report || isWarningOnly(f));
            }))
            out.push_back(f);
    return out;
}

} // namespace

PrinterReason parsePrinterReason(std::string_view keyword) {
    PrinterReason r;
    r.keyword = std::string(keyword);
    std::string_view base = keyword;
    for (auto [suffix, severity] : {std::pair{std::string_view("-report"), ReasonSeverity::Report},
                                    std::pair{std::string_view("-warning"), ReasonSeverity::Warning},
                                    std::pair{std::string_view("-error"), ReasonSeverity::Error}})
        if (base.size() > suffix.size() && base.ends_with(suffix)) {
            base.remove_suffix(suffix.size());
            r.severity = severity;
            break;
        }
    r.base = std::string(base);
    if (base == "none") return r;
    for (const auto& k : kKnown)
        if (matchesBase(base, k.base)) {
            r.fault = k.fault;
            break;
        }
    r.blocking =
        r.fault != PrinterFault::None && !isWarningOnly(r.fault) && r.severity != ReasonSeverity::Report;
    return r;
}

std::vector<PrinterReason> parsePrinterReasons(const std::vector<std::string>& keywords) {
    std::vector<PrinterReason> out;
    for (const auto& k : keywords)
        if (!k.empty()) out.push_back(parsePrinterReason(k));
    return out;
}

std::vector<PrinterFault> blockingFaults(const std::vector<PrinterReason>& reasons) {
    return ordered(reasons, true);
}

std::vector<PrinterFault> reportedFaults(const std::vector<PrinterReason>& reasons) {
    return ordered(reasons, false);
}

PrinterFault likeliestCause(const std::vector<PrinterReason>& reasons) {
    for (PrinterFault f : kPriority)
        if (f != PrinterFault::TonerLow &&
            std::any_of(reasons.begin(), reasons.end(), [&](const PrinterReason& r) { return r.fault == f; }))
            return f;
    return PrinterFault::None;
}

bool isWarningOnly(PrinterFault fault) {
    return fault == PrinterFault::TonerLow;
}

std::string_view toString(PrinterFault fault) {
    switch (fault) {
    case PrinterFault::None:
        return "none";
    case PrinterFault::MediaEmpty:
        return "media-empty";
    case PrinterFault::MediaJam:
        return "media-jam";
    case PrinterFault::DoorOpen:
        return "door-open";
    case PrinterFault::TonerLow:
        return "toner-low";
    case PrinterFault::Offline:
        return "offline";
    case PrinterFault::Stopped:
        return "stopped";
    case PrinterFault::Unreachable:
        return "unreachable";
    case PrinterFault::Other:
        return "other";
    case PrinterFault::TonerEmpty:
        return "toner-empty";
    }
    return "other";
}

std::string_view toString(ReasonSeverity s) {
    switch (s) {
    case ReasonSeverity::Report:
        return "report";
    case ReasonSeverity::Warning:
        return "warning";
    case ReasonSeverity::Error:
        return "error";
    }
    return "error";
}

std::string_view toString(JobPhase phase) {
    switch (phase) {
    case JobPhase::Submitting:
        return "submitting";
    case JobPhase::Queued:
        return "queued";
    case JobPhase::Printing:
        return "printing";
    case JobPhase::WaitingForFault:
        return "waiting-for-fault";
    case JobPhase::Completed:
        return "completed";
    case JobPhase::Canceled:
        return "canceled";
    case JobPhase::Failed:
        return "failed";
    }
    return "failed";
}

std::string errorCodeFor(PrinterFault fault) {
    switch (fault) {
    case PrinterFault::MediaEmpty:
    case PrinterFault::MediaJam:
    case PrinterFault::DoorOpen:
    case PrinterFault::Offline:
    case PrinterFault::Stopped:
    case PrinterFault::Unreachable:
    case PrinterFault::TonerEmpty:
        return "print." + std::string(toString(fault));
    case PrinterFault::None:
    case PrinterFault::TonerLow:
    case PrinterFault::Other:
        break;
    }
    return "print.failed";
}

std::string adviceFor(PrinterFault fault) {
    switch (fault) {
    case PrinterFault::None:
        return "";
    case PrinterFault::MediaEmpty:
        return "the paper tray is empty or missing: load A4 paper";
    case PrinterFault::MediaJam:
        return "paper is jammed: open the printer and remove the paper";
    case PrinterFault::DoorOpen:
        return "a door or cover of the printer is open: close it";
    case PrinterFault::TonerLow:
        return "toner is low: order a new cartridge (printing continues)";
    case PrinterFault::TonerEmpty:
        return "toner or ink is empty (or the waste box is full): replace it";
    case PrinterFault::Offline:
        return "the printer is offline or not responding: check its power and cable";
    case PrinterFault::Stopped:
        return "the printer is paused or stopped: resume it on its panel or in CUPS";
    case PrinterFault::Unreachable:
        return "the printer cannot be reached: check its power, network cable and address";
    case PrinterFault::Other:
        return "the printer reports a problem: check its panel";
    }
    return "";
}

} // namespace kakanai
