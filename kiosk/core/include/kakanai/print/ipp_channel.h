#pragma once
// The IPP operations the print policy needs, one call each, every call bounded in time. Implemented by
// drivers/printer (libcups in a helper process a watchdog kills) and by scripted fakes in unit tests.
// Keeping the policy (IppPrinter) apart from libcups lets the never-duplicate and cancel-after-wait rules be
// tested without a printer, and the real tests prove them again against ippeveprinter.

#include "kakanai/base/result.h"

#include <cstdint>
#include <string>
#include <vector>

namespace kakanai {

// Error codes a channel returns (Error::code):
namespace ipp_error {
inline constexpr const char* kUnreachable = "ipp.unreachable"; // no connection: nothing was sent
inline constexpr const char* kLost = "ipp.lost"; // the connection failed or timed out after the request
                                                 // may have been sent: the outcome is unknown
inline constexpr const char* kBusy = "ipp.busy"; // server-error-busy: try again later, nothing created
inline constexpr const char* kNotFound = "ipp.not-found"; // client-error-not-found (no such job)
inline constexpr const char* kRefused = "ipp.refused";    // any other IPP status; details["status"] names it
} // namespace ipp_error

enum class DeviceState { Unknown, Idle, Processing, Stopped };

struct PrinterSnapshot {
    DeviceState state = DeviceState::Unknown;
    bool accepting = true;
    std::vector<std::string> reasons; // printer-state-reasons (a CUPS queue: the queue's and the device's)
    std::string message;              // printer-state-message
    std::string model;                // printer-make-and-model
    std::vector<std::string> mediaSupported, sidesSupported, scalingSupported; // empty: not reported
};

// IPP job-state values (RFC 8011 §5.3.7).
enum class IppJobState : int {
    Unknown = 0,
    Pending = 3,
    Held = 4,
    Processing = 5,
    ProcessingStopped = 6,
    Canceled = 7,
    Aborted = 8,
    Completed = 9
};

struct JobSnapshot {
    int id = 0;
    std::string name;
    IppJobState state = IppJobState::Unknown;
    std::vector<std::string> reasons; // job-state-reasons
    std::string message;              // job-state-message
    int impressionsCompleted = 0;
    bool terminal() const { return static_cast<int>(state) >= static_cast<int>(IppJobState::Canceled); }
    // The printer holds the job but has not (fully) received its document.
    bool awaitingDocument() const;
};

struct JobTicket {
    std::string jobName; // neutral and unique per submission, so a lost Create-Job can be found again
    int copies = 1;
    std::string sides = "one-sided";
    std::string media = "iso_a4_210x297mm";
    bool scalingNone = true; // print-scaling=none: forms print 1:1 (calibration is applied in the PDF)
};

class IppChannel {
public:
    virtual ~IppChannel() = default;
    virtual Result<PrinterSnapshot> printerStatus() = 0;
    virtual Result<int> createJob(const JobTicket& ticket) = 0; // job id
    // The whole document, last-document=true, application/pdf.
    virtual Status sendDocument(int jobId, const std::vector<std::uint8_t>& pdf) = 0;
    virtual Result<JobSnapshot> job(int jobId) = 0;
    virtual Result<std::vector<JobSnapshot>>
    jobs() = 0; // all jobs the printer still knows (ids, names, states)
    virtual Status cancelJob(int jobId) = 0;
};

} // namespace kakanai
