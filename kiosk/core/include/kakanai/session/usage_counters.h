#pragma once
// Anonymous usage counters for staff (the failed pilot only learned its 185 uses a year after the
// fact): sessions started/finished/abandoned per step, forms printed, median time per step.
// Only counts and durations — never a name, a date, an answer or a time of day tied to a person.

#include "kakanai/session/session.h"

#include <array>
#include <chrono>
#include <map>
#include <string>
#include <vector>

namespace kakanai {

class UsageCounters {
public:
    using Clock = std::chrono::steady_clock;

    void sessionStarted(Clock::time_point now);
    // The resident arrived at `step` (leaving the previous one: its duration is recorded).
    void stepEntered(Step step, Clock::time_point now);
    void sessionFinished(Clock::time_point now);
    // The session ended (idle timeout, "start over") before Done, at the step it was on.
    void sessionAbandoned(Step at, Clock::time_point now);
    void formPrinted(const std::string& formId);
    void staffCalled() { ++m_staffCalls; }

    int started() const { return m_started; }
    int finished() const { return m_finished; }
    int abandoned() const;
    int abandonedAt(Step step) const { return m_abandoned[static_cast<std::size_t>(step)]; }
    int formsPrinted() const;
    const std::map<std::string, int>& formsPrintedById() const { return m_printed; }
    int staffCalls() const { return m_staffCalls; }
    // Median seconds residents spent on a step (0 when never seen).
    double medianSeconds(Step step) const;
    // Median seconds of finished sessions, start to Done.
    double medianSessionSeconds() const;

    // {"sessions": {"started", "finished", "abandoned", "abandoned_at": {step: n}}, "forms_printed": {id: n},
    //  "median_seconds": {step: s}, "median_session_seconds": s, "staff_calls": n}
    std::string toJson() const;

private:
    void closeStep(Clock::time_point now);
    static constexpr std::size_t kKeep = 500; // durations kept per step (recent residents)
    int m_started = 0, m_finished = 0, m_staffCalls = 0;
    std::array<int, kStepCount> m_abandoned{};
    std::map<std::string, int> m_printed;
    std::array<std::vector<double>, kStepCount> m_durations;
    std::vector<double> m_sessionDurations;
    bool m_inStep = false;
    Step m_step = Step::Welcome;
    Clock::time_point m_stepStart{}, m_sessionStart{};
};

double median(std::vector<double> values);

} // namespace kakanai
