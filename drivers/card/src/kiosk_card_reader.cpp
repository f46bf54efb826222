#include "kakanai/pcsc/kiosk_card_reader.h"

#include "pcsc_session.h"

#include <thread>

namespace kakanai::pcsc {

KioskCardReader::KioskCardReader(HelperReaderOptions options)
    : m_helper(options), m_readerName(options.readerName) {}

Result<KioskCardReader::Snapshot> KioskCardReader::snapshot() {
    auto context = Context::establish();
    if (!context) return context.error();
    auto names = (*context)->readers();
    if (!names) return names.error();
    auto states = (*context)->states(*names);
    if (!states) return states.error();
    Snapshot out;
    for (const auto& s : *states)
        out.push_back(s.name + (s.present ? (s.mute ? "|mute" : "|card") : "|empty"));
    return out;
}

Result<CardStatus> KioskCardReader::probe() {
    // Taken before the probe: a change while the helper runs shows up as a difference next time.
    auto seen = snapshot();
    if (seen)
        m_seen = std::move(*seen);
    else
        m_seen.reset();
    auto st = m_helper.status();
    // An error is kept too: a card that does not answer is not probed again (seconds each) until it moves.
    m_last = st;
    return st;
}

Result<CardStatus> KioskCardReader::status() {
    return probe();
}

Result<CardStatus> KioskCardReader::waitForChange(std::chrono::milliseconds timeout) {
    auto now = snapshot();
    if (!now) {
        // pcscd down or restarting: say so, but not in a tight loop.
        std::this_thread::sleep_for(timeout);
        m_seen.reset();
        m_last.reset();
        return now.error();
    }
    if (!m_last || !m_seen || *now != *m_seen) return probe();
    {
        auto context = Context::establish();
        if (!context) {
            std::this_thread::sleep_for(timeout);
            return context.error();
        }
        auto changed = (*context)->waitForCardOrReaderChange(timeout);
        if (!changed) { // pcscd went away while we waited
            std::this_thread::sleep_for(timeout);
            m_seen.reset();
            return changed.error();
        }
        if (!*changed) return *m_last; // nothing moved: the last answer still holds
    }
    return probe();
}

Result<Person> KioskCardReader::read(std::string_view pin) {
    auto person = m_helper.read(pin);
    m_last.reset(); // the read reset the card and may have used a try: probe again next time
    return person;
}

} // namespace kakanai::pcsc
