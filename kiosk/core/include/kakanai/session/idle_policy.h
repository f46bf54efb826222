#pragma once
// When an unattended kiosk warns and then wipes a session. Pure logic with an injected time, so the
// UI's 1 s timer and the tests (no sleeping) ask the same question. WCAG 2.2.1: the warning gives at
// least 20 s to answer with one simple action.

#include <chrono>

namespace kakanai {

enum class IdleAction { None, Warn, Wipe };

class IdlePolicy {
public:
    using Clock = std::chrono::steady_clock;
    // idle: silence before the warning; warning: how long the warning stays (clamped to >= 20 s).
    IdlePolicy(std::chrono::seconds idle, std::chrono::seconds warning);

    // Any touch, tap or key press: the resident is there.
    void touched(Clock::time_point now);
    // None while the resident is active, Warn during the warning, Wipe when it ran out.
    IdleAction check(Clock::time_point now) const;
    // Whole seconds until the wipe during a warning (for the countdown), else the full warning time.
    int secondsLeft(Clock::time_point now) const;
    // Pauses the policy (no session: the attract screen, a print job the resident waits for).
    void setActive(bool active, Clock::time_point now);
    bool active() const { return m_active; }

    std::chrono::seconds idle() const { return m_idle; }
    std::chrono::seconds warning() const { return m_warning; }

private:
    std::chrono::seconds m_idle;
    std::chrono::seconds m_warning;
    Clock::time_point m_last{};
    bool m_active = false;
};

} // namespace kakanai
