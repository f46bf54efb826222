#include "kakanai/session/idle_policy.h"

#include <algorithm>

namespace kakanai {

IdlePolicy::IdlePolicy(std::chrono::seconds idle, std::chrono::seconds warning)
    : m_idle(std::max(idle, std::chrono::seconds(1))), m_warning(std::max(warning, std::chrono::seconds(20))) {}

void IdlePolicy::touched(Clock::time_point now) {
    m_last = now;
}

void IdlePolicy::setActive(bool active, Clock::time_point now) {
    m_active = active;
    m_last = now;
}

IdleAction IdlePolicy::check(Clock::time_point now) const {
    if (!m_active) return IdleAction::None;
    const auto quiet = now - m_last;
    if (quiet < m_idle) return IdleAction::None;
    if (quiet < m_idle + m_warning) return IdleAction::Warn;
    return IdleAction::Wipe;
}

int IdlePolicy::secondsLeft(Clock::time_point now) const {
    if (check(now) != IdleAction::Warn) return static_cast<int>(m_warning.count());
    const auto left = m_last + m_idle + m_warning - now;
    return static_cast<int>(std::chrono::ceil<std::chrono::seconds>(left).count());
}

} // namespace kakanai
