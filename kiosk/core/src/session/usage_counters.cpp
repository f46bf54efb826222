#include "kakanai/session/usage_counters.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace kakanai {
namespace {

double seconds(UsageCounters::Clock::duration d) {
    return std::chrono::duration<double>(d).count();
}

void keepRecent(std::vector<double>& v, double value, std::size_t keep) {
    v.push_back(value);
    if (v.size() > keep) v.erase(v.begin());
}

} // namespace

double median(std::vector<double> values) {
    if (values.empty()) return 0.0;
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
}

void UsageCounters::sessionStarted(Clock::time_point now) {
    ++m_started;
    m_sessionStart = now;
    m_inStep = false;
}

void UsageCounters::closeStep(Clock::time_point now) {
    if (!m_inStep) return;
    keepRecent(m_durations[static_cast<std::size_t>(m_step)], seconds(now - m_stepStart), kKeep);
    m_inStep = false;
}

void UsageCounters::stepEntered(Step step, Clock::time_point now) {
    closeStep(now);
    m_step = step;
    m_stepStart = now;
    m_inStep = true;
}

void UsageCounters::sessionFinished(Clock::time_point now) {
    closeStep(now);
    ++m_finished;
    keepRecent(m_sessionDurations, seconds(now - m_sessionStart), kKeep);
}

void UsageCounters::sessionAbandoned(Step at, Clock::time_point now) {
    closeStep(now);
    ++m_abandoned[static_cast<std::size_t>(at)];
}

void UsageCounters::formPrinted(const std::string& formId) {
    ++m_printed[formId];
}

int UsageCounters::abandoned() const {
    return std::accumulate(m_abandoned.begin(), m_abandoned.end(), 0);
}

int UsageCounters::formsPrinted() const {
    int n = 0;
    for (const auto& [id, count] : m_printed)
        n += count;
    return n;
}

double UsageCounters::medianSeconds(Step step) const {
    return median(m_durations[static_cast<std::size_t>(step)]);
}

double UsageCounters::medianSessionSeconds() const {
    return median(m_sessionDurations);
}

std::string UsageCounters::toJson() const {
    using nlohmann::json;
    json abandonedAtJson = json::object();
    json medians = json::object();
    for (int i = 0; i < kStepCount; ++i) {
        const auto step = static_cast<Step>(i);
        if (m_abandoned[static_cast<std::size_t>(i)])
            abandonedAtJson[std::string(toString(step))] = m_abandoned[static_cast<std::size_t>(i)];
        if (!m_durations[static_cast<std::size_t>(i)].empty())
            medians[std::string(toString(step))] = std::round(medianSeconds(step) * 10) / 10;
    }
    json j{{"sessions",
            {{"started", m_started},
             {"finished", m_finished},
             {"abandoned", abandoned()},
             {"abandoned_at", abandonedAtJson}}},
           {"forms_printed", m_printed},
           {"median_seconds", medians},
           {"median_session_seconds", std::round(medianSessionSeconds() * 10) / 10},
           {"staff_calls", m_staffCalls}};
    return j.dump(2);
}

} // namespace kakanai
