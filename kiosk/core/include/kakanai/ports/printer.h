#pragma once
// Port: printing a PDF held in memory and following the job to the end. Implemented by drivers/printer
// (libcups: CUPS queues and IPP Everywhere printers by URI, plus a demo-only file: printer) and by fakes.
// Extend this interface (add members); never rename what exists.

#include "kakanai/base/result.h"

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace kakanai {

enum class PrinterFault {
    None,
    MediaEmpty,
    MediaJam,
    DoorOpen,
    TonerLow,
    Offline,
    Stopped,
    Unreachable,
    Other,
    TonerEmpty // toner / ink / marker supply empty, or waste full: blocks like a jam
};

struct PrinterState {
    bool reachable = false;
    bool accepting = false;
    std::vector<std::string> reasons;        // printer-state-reasons as reported
    std::vector<PrinterFault> faults;        // classified; TonerLow is a warning only
    std::string message;                     // printer-state-message (never contains personal data)
    bool ready = false;                      // reachable, accepting and no fault that blocks printing
    std::string model;                       // printer-make-and-model, when known
    std::vector<std::string> mediaSupported; // media-supported keywords; empty when unknown
    bool duplexSupported = false;
    bool scalingNoneSupported = false; // print-scaling=none is honoured (forms print 1:1)
};

struct PrintOptions {
    int copies = 1;
    bool duplex = false;
    std::string media = "iso_a4_210x297mm";
    std::string jobName = "kakanai-form"; // neutral: never the resident's name
};

enum class JobPhase { Submitting, Queued, Printing, WaitingForFault, Completed, Canceled, Failed };

struct JobProgress {
    JobPhase phase = JobPhase::Submitting;
    PrinterFault fault =
        PrinterFault::None; // with WaitingForFault: what holds the job up; with another phase:
                            // a warn-only fault (TonerLow) to show staff, printing goes on
    int pagesDone = 0;
    std::string message;
    int jobId = 0;               // the printer's job id once the job was accepted
    int secondsUntilCancel = -1; // while WaitingForFault: how long the fault may still clear; else -1
};

// Errors: print.unreachable, print.media-empty, print.media-jam, print.door-open, print.offline,
// print.stopped, print.canceled (a fault did not clear in time: the job was cancelled, nothing prints later),
// print.failed, print.toner-empty, print.unsupported (the printer does not offer the media or sides asked
// for; nothing was sent), print.unconfirmed (the document reached the printer but how the job ended could not
// be learnt: staff check the output tray before reprinting). Every message says what happened and what to do,
// and never contains personal data.
class Printer {
public:
    virtual ~Printer() = default;
    virtual Result<PrinterState> state() = 0;
    // Submits and follows the job until it completes, fails or is cancelled after `faultWait` seconds of an
    // unresolved fault. Never prints twice. `progress` is called from the calling thread.
    virtual Status print(const std::vector<std::uint8_t>& pdf, const PrintOptions& options,
                         int faultWaitSeconds, const std::function<void(const JobProgress&)>& progress) = 0;
};

} // namespace kakanai
