#pragma once
// Test double of the CardReader port for UI tests and `kakanai-kiosk --demo`: a simulated reader with a
// fictional resident's card. Scriptable from the test thread while the kiosk's card thread uses it:
// insert/remove, wrong PIN (tries count down), one try left, blocked, removed during a read.

#include "kakanai/ports/card_reader.h"

#include <condition_variable>
#include <mutex>

namespace kakanai::kiosk {

class FakeCardReader final : public CardReader {
public:
    FakeCardReader();

    // --- scripting (any thread) ---
    void insert(CardKind kind, int triesLeft = 3);
    void remove();
    void setPin(std::string pin) {
        std::lock_guard l(m_mutex);
        m_pin = std::move(pin);
    }
    void setTriesLeft(int tries);
    void setRemoveDuringRead(bool on) {
        std::lock_guard l(m_mutex);
        m_removeDuringRead = on;
    }
    void setConnected(bool connected);
    int readCount() const {
        std::lock_guard l(m_mutex);
        return m_reads;
    }

    // --- CardReader ---
    Result<CardStatus> status() override;
    Result<CardStatus> waitForChange(std::chrono::milliseconds timeout) override;
    Result<Person> read(std::string_view pin) override;

private:
    CardStatus snapshot() const;
    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    unsigned m_generation = 0;
    unsigned m_seen = 0;
    bool m_connected = true;
    CardKind m_kind = CardKind::None;
    int m_tries = 3;
    std::string m_pin = "1234";
    bool m_removeDuringRead = false;
    int m_reads = 0;
};

// The fictional resident on the simulated card (never a real person).
Person fakeCardPerson(CardKind kind);

} // namespace kakanai::kiosk
