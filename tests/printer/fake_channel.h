#pragma once
// A scripted IppChannel and a manual clock for the print policy's unit tests. The real proof runs against
// ippeveprinter (printer_ipp_test.cpp); these pin down the decisions, including ones ippeveprinter cannot
// produce (lost answers at exact moments, -error severities, stopped printers).

#include "kakanai/print/ipp_channel.h"
#include "kakanai/print/ipp_printer.h"

#include <functional>
#include <string>
#include <vector>

namespace kakanai::test {

class ManualClock : public PrintClock {
public:
    std::chrono::steady_clock::time_point now() override { return m_now; }
    void sleepFor(std::chrono::milliseconds d) override {
        m_now += d;
        if (onSleep) onSleep();
    }
    double secondsElapsed() const { return std::chrono::duration<double>(m_now - m_start).count(); }
    std::function<void()> onSleep;

private:
    std::chrono::steady_clock::time_point m_start{std::chrono::seconds(1000)};
    std::chrono::steady_clock::time_point m_now{m_start};
};

inline Error channelError(const char* code, std::string message = "scripted") {
    return makeError(code, std::move(message));
}

inline PrinterSnapshot idlePrinter(std::vector<std::string> reasons = {}) {
    PrinterSnapshot s;
    s.state = DeviceState::Idle;
    s.reasons = std::move(reasons);
    s.mediaSupported = {"iso_a4_210x297mm"};
    s.sidesSupported = {"one-sided", "two-sided-long-edge"};
    return s;
}

inline JobSnapshot jobIn(int id, IppJobState state, std::vector<std::string> reasons = {},
                         std::string name = {}) {
    JobSnapshot j;
    j.id = id;
    j.state = state;
    j.reasons = std::move(reasons);
    j.name = std::move(name);
    return j;
}

// Every operation is a replaceable function; calls are recorded in order ("status", "create", …).
class FakeChannel : public IppChannel {
public:
    std::vector<std::string> calls;
    std::vector<JobTicket> tickets;
    std::vector<std::vector<std::uint8_t>> documents;
    std::vector<int> cancelled;

    std::function<Result<PrinterSnapshot>()> onStatus = [] { return Result<PrinterSnapshot>(idlePrinter()); };
    std::function<Result<int>(const JobTicket&)> onCreate = [](const JobTicket&) { return Result<int>(7); };
    std::function<Status(int)> onSend = [](int) { return Status(); };
    std::function<Result<JobSnapshot>(int)> onJob = [](int id) {
        return Result<JobSnapshot>(jobIn(id, IppJobState::Completed));
    };
    std::function<Result<std::vector<JobSnapshot>>()> onJobs = [] {
        return Result<std::vector<JobSnapshot>>(std::vector<JobSnapshot>{});
    };
    std::function<Status(int)> onCancel = [](int) { return Status(); };

    Result<PrinterSnapshot> printerStatus() override { return calls.push_back("status"), onStatus(); }
    Result<int> createJob(const JobTicket& t) override {
        calls.push_back("create");
        tickets.push_back(t);
        return onCreate(t);
    }
    Status sendDocument(int jobId, const std::vector<std::uint8_t>& pdf) override {
        calls.push_back("send");
        documents.push_back(pdf);
        return onSend(jobId);
    }
    Result<JobSnapshot> job(int jobId) override { return calls.push_back("job"), onJob(jobId); }
    Result<std::vector<JobSnapshot>> jobs() override { return calls.push_back("jobs"), onJobs(); }
    Status cancelJob(int jobId) override {
        calls.push_back("cancel");
        cancelled.push_back(jobId);
        return onCancel(jobId);
    }

    int count(const std::string& op) const {
        return static_cast<int>(std::count(calls.begin(), calls.end(), op));
    }
};

} // namespace kakanai::test
