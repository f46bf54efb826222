#include "kakanai/print/ipp_printer.h"

#include "kakanai/print/printer_faults.h"

#include <sys/random.h>

#include <algorithm>
#include <cstdio>
#include <optional>
#include <thread>

namespace kakanai {
namespace {

using Clock = std::chrono::steady_clock;
using std::chrono::duration_cast;
using std::chrono::milliseconds;
using std::chrono::seconds;

class SystemClock : public PrintClock {
public:
    Clock::time_point now() override { return Clock::now(); }
    void sleepFor(milliseconds d) override { std::this_thread::sleep_for(d); }
};

constexpr const char* kAnswerLost =
    "the printer's answer was lost: asking it what it holds before anything is resent";

bool isConnectionError(const Error& e) {
    return e.code == ipp_error::kUnreachable || e.code == ipp_error::kLost;
}

bool contains(const std::vector<std::string>& list, std::string_view value) {
    return std::find(list.begin(), list.end(), value) != list.end();
}

Error printError(const std::string& code, std::string message, int jobId = 0) {
    Error e = makeError(code, std::move(message));
    if (jobId > 0) e.details["job_id"] = std::to_string(jobId);
    return e;
}

// Time spent held up by faults, summed over the whole print call.
class FaultBudget {
public:
    explicit FaultBudget(milliseconds budget) : m_budget(budget) {}
    void enter(Clock::time_point now) {
        if (!m_since) m_since = now;
    }
    void leave(Clock::time_point now) {
        if (m_since) m_spent += duration_cast<milliseconds>(now - *m_since), m_since.reset();
    }
    milliseconds used(Clock::time_point now) const {
        return m_spent + (m_since ? duration_cast<milliseconds>(now - *m_since) : milliseconds(0));
    }
    bool exhausted(Clock::time_point now) const { return used(now) >= m_budget; }
    int secondsLeft(Clock::time_point now) const {
        const auto left = m_budget - used(now);
        return left.count() <= 0 ? 0 : static_cast<int>((left.count() + 999) / 1000);
    }
    int budgetSeconds() const { return static_cast<int>(m_budget.count() / 1000); }

private:
    milliseconds m_budget;
    milliseconds m_spent{0};
    std::optional<Clock::time_point> m_since;
};

// One print call: the state machine of IppPrinter::print.
class JobRun {
public:
    JobRun(IppChannel& channel, PrintClock& clock, const PrintPolicy& policy, const std::string& where,
           const std::function<void(const JobProgress&)>& progress, int faultWaitSeconds)
        : m_channel(channel), m_clock(clock), m_policy(policy), m_where(where), m_progress(progress),
          m_budget(seconds(std::max(0, faultWaitSeconds))) {}

    Status run(const std::vector<std::uint8_t>& pdf, const PrintOptions& options) {
        Status s = execute(pdf, options);
        JobProgress end = m_last;
        end.secondsUntilCancel = -1;
        if (s.ok()) {
            end.phase = JobPhase::Completed;
            end.fault = PrinterFault::None;
            end.message = "printed";
        } else {
            end.phase = s.error().code == "print.canceled" ? JobPhase::Canceled : JobPhase::Failed;
            end.message = s.error().message;
        }
        emit(end, true);
        return s;
    }

private:
    IppChannel& m_channel;
    PrintClock& m_clock;
    const PrintPolicy& m_policy;
    const std::string& m_where;
    const std::function<void(const JobProgress&)>& m_progress;
    FaultBudget m_budget;
    JobProgress m_last;
    bool m_emitted = false;
    int m_jobId = 0;
    PrinterFault m_warning = PrinterFault::None; // a warn-only fault (toner low) shown with normal progress

    void noteWarnings(const PrinterSnapshot& st) {
        const auto reported = reportedFaults(parsePrinterReasons(st.reasons));
        m_warning = std::any_of(reported.begin(), reported.end(), isWarningOnly) ? PrinterFault::TonerLow
                                                                                 : PrinterFault::None;
    }

    void emit(const JobProgress& p, bool force = false) {
        const bool changed = !m_emitted || p.phase != m_last.phase || p.fault != m_last.fault ||
                             p.pagesDone != m_last.pagesDone || p.jobId != m_last.jobId ||
                             p.secondsUntilCancel != m_last.secondsUntilCancel || p.message != m_last.message;
        m_last = p;
        if ((changed || force) && m_progress) m_progress(p);
        m_emitted = true;
    }
    void phase(JobPhase ph, std::string message = {}, int pages = -1) {
        JobProgress p;
        p.phase = ph;
        p.jobId = m_jobId;
        p.pagesDone = pages >= 0 ? pages : m_last.pagesDone;
        p.fault = m_warning;
        p.message = std::move(message);
        if (m_warning != PrinterFault::None) p.message += " (" + adviceFor(m_warning) + ")";
        m_budget.leave(m_clock.now());
        emit(p);
    }
    // Enters (or stays in) a fault; returns true when the budget is used up.
    bool holdUp(PrinterFault fault, const std::string& detail = {}) {
        const auto now = m_clock.now();
        m_budget.enter(now);
        JobProgress p;
        p.phase = JobPhase::WaitingForFault;
        p.fault = fault;
        p.jobId = m_jobId;
        p.pagesDone = m_last.pagesDone;
        p.secondsUntilCancel = m_budget.secondsLeft(now);
        p.message = adviceFor(fault) + (detail.empty() ? "" : " (" + detail + ")");
        emit(p);
        return m_budget.exhausted(now);
    }
    void pause() { m_clock.sleepFor(m_policy.pollInterval); }
    std::string waited() const { return std::to_string(m_budget.budgetSeconds()) + " s"; }

    Status execute(const std::vector<std::uint8_t>& pdf, const PrintOptions& options) {
        static constexpr std::string_view kMagic = "%PDF-";
        if (pdf.size() < kMagic.size() || !std::equal(kMagic.begin(), kMagic.end(), pdf.begin()))
            return printError("print.invalid-document", "the document is not a PDF; nothing was sent");
        if (options.copies < 1 || options.copies > 99)
            return printError("print.unsupported", "copies must be from 1 to 99; nothing was sent");

        JobTicket ticket;
        ticket.copies = options.copies;
        ticket.media = options.media;
        ticket.sides = options.duplex ? "two-sided-long-edge" : "one-sided";
        ticket.scalingNone = true;
        phase(JobPhase::Submitting, "checking the printer");
        if (Status ok = preflight(ticket); !ok) return ok;

        for (int attempt = 0;; ++attempt) {
            ticket.jobName =
                options.jobName + "-" + (m_policy.uniqueSuffix ? m_policy.uniqueSuffix() : randomJobSuffix());
            auto submitted = submit(ticket, pdf);
            if (!submitted) return submitted.error();
            if (*submitted == Submission::Accepted) return follow();
            if (attempt >= m_policy.maxResubmits)
                return printError(
                    "print.failed",
                    "the printer did not receive the document twice; nothing was printed. Check "
                    "the printer and its network, then reprint from staff mode");
            phase(JobPhase::Submitting, "sending again: the printer holds no document of ours");
        }
    }

    Status preflight(const JobTicket& ticket) {
        for (;;) {
            auto st = m_channel.printerStatus();
            if (!st) {
                if (isConnectionError(st.error()))
                    return printError("print.unreachable", "the printer " + m_where + " does not answer (" +
                                                               st.error().message + "); nothing was sent. " +
                                                               adviceFor(PrinterFault::Unreachable));
                return printError("print.unreachable", "the printer " + m_where +
                                                           " refused the status query (" +
                                                           st.error().message + "); nothing was sent");
            }
            if (!st->mediaSupported.empty() && !contains(st->mediaSupported, ticket.media))
                return printError("print.unsupported",
                                  "the printer does not offer media " + ticket.media + "; nothing was sent");
            if (ticket.sides != "one-sided" && !st->sidesSupported.empty() &&
                !contains(st->sidesSupported, ticket.sides))
                return printError("print.unsupported", "the printer cannot print two-sided (" + ticket.sides +
                                                           "); nothing was sent");
            const auto faults = blockingFaults(*st);
            noteWarnings(*st);
            if (faults.empty()) return m_budget.leave(m_clock.now()), Status();
            if (holdUp(faults.front(), st->message)) {
                Error e = printError(errorCodeFor(faults.front()),
                                     "the printer reports " + std::string(toString(faults.front())) +
                                         " and it did not clear within " + waited() + "; nothing was sent. " +
                                         adviceFor(faults.front()) + ", then reprint from staff mode");
                e.details["fault"] = std::string(toString(faults.front()));
                return e;
            }
            pause();
        }
    }

    enum class Submission { Accepted, NothingHeld };

    // Create-Job + Send-Document. NothingHeld: the printer proved it holds no document of ours (any
    // document-less job was cancelled), so one resubmission cannot print twice.
    Result<Submission> submit(const JobTicket& ticket, const std::vector<std::uint8_t>& pdf) {
        m_jobId = 0;
        auto busySince = m_clock.now();
        for (;;) {
            auto created = m_channel.createJob(ticket);
            if (created) {
                m_jobId = *created;
                break;
            }
            const Error& e = created.error();
            if (e.code == ipp_error::kBusy) {
                phase(JobPhase::Queued, "the printer is busy with another job");
                if (m_clock.now() - busySince > m_policy.stallTimeout)
                    return printError("print.stopped",
                                      "the printer stayed busy with other jobs; nothing was "
                                      "sent. Check the printer, then reprint from staff mode");
                pause();
                continue;
            }
            if (e.code == ipp_error::kUnreachable) { // nothing reached the printer
                if (holdUp(PrinterFault::Unreachable, e.message))
                    return printError("print.unreachable",
                                      "the printer stopped answering; nothing was sent. " +
                                          adviceFor(PrinterFault::Unreachable));
                pause();
                continue;
            }
            if (e.code == ipp_error::kLost) return recoverLostCreate(ticket);
            return refused(e, "refused the job");
        }
        phase(JobPhase::Submitting, "sending the document");
        Status sent = m_channel.sendDocument(m_jobId, pdf);
        if (sent) return Submission::Accepted;
        if (isConnectionError(sent.error())) return recoverLostSend();
        (void)m_channel.cancelJob(m_jobId); // the job holds no usable document; do not leave it held
        return refused(sent.error(), "refused the document");
    }

    Error refused(const Error& e, const std::string& what) {
        const auto status = e.details.count("status") ? e.details.at("status") : e.message;
        if (status.find("not-accepting") != std::string::npos)
            return printError("print.stopped", "the printer is not accepting jobs (" + status +
                                                   "); nothing was printed. " +
                                                   adviceFor(PrinterFault::Stopped));
        if (status.find("not-supported") != std::string::npos)
            return printError("print.unsupported",
                              "the printer " + what + " (" + status + "); nothing was printed");
        return printError("print.failed", "the printer " + what + " (" + status + "); nothing was printed",
                          m_jobId);
    }

    // Create-Job's answer was lost: a job may exist without a document. Find it by its unique name.
    Result<Submission> recoverLostCreate(const JobTicket& ticket) {
        phase(JobPhase::Submitting, kAnswerLost);
        for (;;) {
            auto all = m_channel.jobs();
            if (all) {
                for (const auto& j : *all)
                    if (j.name == ticket.jobName && !j.terminal()) (void)m_channel.cancelJob(j.id);
                return Submission::NothingHeld;
            }
            if (holdUp(PrinterFault::Unreachable, all.error().message))
                return printError(
                    "print.unreachable",
                    "the printer stopped answering while the job was created; nothing was sent, "
                    "so nothing can print. " +
                        adviceFor(PrinterFault::Unreachable));
            pause();
        }
    }

    // Send-Document's answer was lost: ask the printer whether it has the document before anything else.
    // The lost request may still sit in the printer's socket and land at any moment (a printer that froze and
    // woke up reads it late), so "no document yet" is only believed after a second look, and a resubmission
    // only follows a cancel that provably caught the job before it printed anything.
    Result<Submission> recoverLostSend() {
        phase(JobPhase::Submitting, kAnswerLost);
        bool seenWithoutDocument = false;
        for (;;) {
            auto j = m_channel.job(m_jobId);
            if (j) {
                if (!j->awaitingDocument()) return Submission::Accepted; // it has it: follow, never resend
                if (!seenWithoutDocument) {                              // a second look, one poll later
                    seenWithoutDocument = true;
                    pause();
                    continue;
                }
                Status c = m_channel.cancelJob(m_jobId);
                if (!c && isConnectionError(c.error())) {
                    if (holdUp(PrinterFault::Unreachable, c.error().message)) return unconfirmed("cancel");
                    pause();
                    continue;
                }
                return afterCancelOfADocumentlessJob(c.ok());
            }
            if (j.error().code == ipp_error::kNotFound) return unconfirmed("find");
            if (holdUp(PrinterFault::Unreachable, j.error().message)) return unconfirmed("reach");
            pause();
        }
    }

    // Only a job the printer shows cancelled, with nothing printed and no sign it ever started, lets the
    // document be sent again. A job that got its document after all is followed (it prints once); anything
    // unclear is left to staff rather than risk a second copy.
    Result<Submission> afterCancelOfADocumentlessJob(bool cancelAccepted) {
        auto j = m_channel.job(m_jobId);
        if (!j) return unconfirmed(j.error().code == ipp_error::kNotFound ? "find" : "reach");
        if (j->state == IppJobState::Completed || j->state == IppJobState::Processing)
            return Submission::Accepted;
        const bool started = j->impressionsCompleted > 0 ||
                             std::any_of(j->reasons.begin(), j->reasons.end(), [](const std::string& r) {
                                 return r == "job-printing" || r == "processing-to-stop-point";
                             });
        if (cancelAccepted && j->state == IppJobState::Canceled && !started) return Submission::NothingHeld;
        return unconfirmed("cancel");
    }

    Error unconfirmed(const std::string& what) {
        std::string why = what == "find"     ? "the printer no longer knows the job (it may have restarted)"
                          : what == "cancel" ? "the job could not be cancelled"
                                             : "the printer stopped answering";
        Error e = printError(
            "print.unconfirmed",
            why + "; the document may or may not have printed. Staff: check the output tray and "
                  "the printer's job list (cancel the job there) before reprinting from staff mode",
            m_jobId);
        return e;
    }

    Status follow() {
        phase(JobPhase::Queued, "accepted by the printer");
        auto lastChange = m_clock.now();
        std::string lastKey;
        for (;;) {
            auto j = m_channel.job(m_jobId);
            if (!j) {
                if (j.error().code == ipp_error::kNotFound) return unconfirmed("find");
                if (holdUp(PrinterFault::Unreachable, j.error().message))
                    return cancelAfterFault(PrinterFault::Unreachable);
                pause();
                continue;
            }
            switch (j->state) {
            case IppJobState::Completed:
                return {};
            case IppJobState::Canceled:
                return printError(
                    "print.canceled",
                    "the job was cancelled at the printer; nothing more will print. Reprint from "
                    "staff mode if needed",
                    m_jobId);
            case IppJobState::Aborted:
                return aborted(*j);
            default:
                break;
            }
            auto st = m_channel.printerStatus();
            std::vector<PrinterFault> faults = st ? blockingFaults(*st) : std::vector<PrinterFault>{};
            if (st) noteWarnings(*st);
            if (faults.empty() && j->state == IppJobState::ProcessingStopped)
                faults.push_back(PrinterFault::Stopped);

            const std::string key = std::to_string(static_cast<int>(j->state)) + "/" +
                                    std::to_string(j->impressionsCompleted) + "/" +
                                    (st ? std::to_string(st->reasons.size()) : "-");
            const auto now = m_clock.now();
            if (key != lastKey) lastKey = key, lastChange = now;
            if (faults.empty() && now - lastChange > m_policy.stallTimeout)
                faults.push_back(PrinterFault::Stopped);

            if (!faults.empty()) {
                if (holdUp(faults.front(), st ? st->message : std::string()))
                    return cancelAfterFault(faults.front());
            } else {
                const bool printing = j->state == IppJobState::Processing;
                phase(printing ? JobPhase::Printing : JobPhase::Queued,
                      printing ? "printing" : "waiting in the printer's queue", j->impressionsCompleted);
            }
            pause();
        }
    }

    Status aborted(const JobSnapshot& j) {
        PrinterFault cause = PrinterFault::None;
        if (auto st = m_channel.printerStatus()) cause = likeliestCause(parsePrinterReasons(st->reasons));
        Error e =
            printError(errorCodeFor(cause),
                       "the printer aborted the job" +
                           (cause != PrinterFault::None ? " (" + std::string(toString(cause)) + ")" : "") +
                           (j.message.empty() ? "" : ": " + j.message) + ". " +
                           (cause != PrinterFault::None ? adviceFor(cause) + ", then r" : "R") +
                           "eprint from staff mode; check the output tray for a partial copy",
                       m_jobId);
        if (cause != PrinterFault::None) e.details["fault"] = std::string(toString(cause));
        return e;
    }

    // The fault budget is used up: cancel so the job never prints later, unattended.
    Status cancelAfterFault(PrinterFault fault) {
        for (int attempt = 0; attempt < 3; ++attempt) {
            Status c = m_channel.cancelJob(m_jobId);
            // A printer that has not answered for the whole budget and does not answer the cancel either:
            // each further call would keep the resident waiting a whole I/O timeout (a minute in all,
            // measured) for the same silence.
            if (!c && isConnectionError(c.error()) && fault == PrinterFault::Unreachable) break;
            auto j = m_channel.job(m_jobId);
            if (j && j->state == IppJobState::Completed) return {}; // it finished just before the cancel
            if (c || (j && j->terminal())) {
                Error e = printError("print.canceled",
                                     "the printer reported " + std::string(toString(fault)) +
                                         " and it did not clear within " + waited() +
                                         ", so the job was cancelled and will not print later. " +
                                         adviceFor(fault) + ", then reprint from staff mode",
                                     m_jobId);
                e.details["fault"] = std::string(toString(fault));
                return e;
            }
            if (!isConnectionError(c.error()) && c.error().code != ipp_error::kBusy) break;
            pause();
        }
        Error e = unconfirmed("cancel");
        e.details["fault"] = std::string(toString(fault));
        return e;
    }
};

} // namespace

PrintClock& PrintClock::system() {
    static SystemClock clock;
    return clock;
}

bool JobSnapshot::awaitingDocument() const {
    if (state != IppJobState::Held && state != IppJobState::Pending) return false;
    return std::any_of(reasons.begin(), reasons.end(), [](const std::string& r) {
        return r == "job-data-insufficient" || r == "job-incoming";
    });
}

std::vector<PrinterFault> blockingFaults(const PrinterSnapshot& s) {
    const auto reasons = parsePrinterReasons(s.reasons);
    std::vector<PrinterFault> faults = blockingFaults(reasons);
    const bool stopped = s.state == DeviceState::Stopped || !s.accepting;
    // A stopped printer that only reports e.g. offline-report is stopped *because* it is offline: say why.
    const PrinterFault why = likeliestCause(reasons);
    if (stopped && faults.empty()) faults.push_back(why != PrinterFault::None ? why : PrinterFault::Stopped);
    return faults;
}

PrinterState toPrinterState(const PrinterSnapshot& s) {
    PrinterState out;
    out.reachable = true;
    out.accepting = s.accepting;
    out.reasons = s.reasons;
    out.message = s.message;
    out.model = s.model;
    out.mediaSupported = s.mediaSupported;
    out.duplexSupported = std::any_of(s.sidesSupported.begin(), s.sidesSupported.end(),
                                      [](const std::string& v) { return v.starts_with("two-sided"); });
    out.scalingNoneSupported = contains(s.scalingSupported, "none");
    const auto blocking = blockingFaults(s);
    out.faults = reportedFaults(parsePrinterReasons(s.reasons));
    for (PrinterFault f : blocking)
        if (std::find(out.faults.begin(), out.faults.end(), f) == out.faults.end()) out.faults.push_back(f);
    out.ready = blocking.empty();
    return out;
}

std::string randomJobSuffix() {
    unsigned char bytes[4] = {};
    if (getrandom(bytes, sizeof bytes, 0) != static_cast<ssize_t>(sizeof bytes)) {
        const auto t = static_cast<unsigned long long>(Clock::now().time_since_epoch().count());
        for (std::size_t i = 0; i < sizeof bytes; ++i)
            bytes[i] = static_cast<unsigned char>(t >> (8 * i));
    }
    char hex[9];
    std::snprintf(hex, sizeof hex, "%02x%02x%02x%02x", bytes[0], bytes[1], bytes[2], bytes[3]);
    return hex;
}

IppPrinter::IppPrinter(std::unique_ptr<IppChannel> channel, std::string where, PrintPolicy policy,
                       PrintClock* clock)
    : m_channel(std::move(channel)), m_where(std::move(where)), m_policy(std::move(policy)),
      m_clock(clock ? *clock : PrintClock::system()) {}

Result<PrinterState> IppPrinter::state() {
    auto st = m_channel->printerStatus();
    if (st) return toPrinterState(*st);
    if (isConnectionError(st.error())) {
        PrinterState s;
        s.faults = {PrinterFault::Unreachable};
        s.message = st.error().message;
        return s;
    }
    return printError("print.unreachable",
                      "the printer " + m_where + " refused the status query (" + st.error().message + ")");
}

Status IppPrinter::print(const std::vector<std::uint8_t>& pdf, const PrintOptions& options,
                         int faultWaitSeconds, const std::function<void(const JobProgress&)>& progress) {
    JobRun run(*m_channel, m_clock, m_policy, m_where, progress, faultWaitSeconds);
    return run.run(pdf, options);
}

} // namespace kakanai
