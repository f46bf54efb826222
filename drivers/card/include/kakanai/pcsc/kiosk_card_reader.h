#pragma once
// The kiosk's card reader: every operation that talks to the card (status probe, PIN, read) runs in the
// card helper under its watchdog (HelperCardReader), while waiting for a card to come or go runs here,
// in-process, against pcscd only (SCardGetStatusChange: no APDU, nothing a mute card can hang). The kiosk
// watches the reader all day: this keeps it from starting a helper and resetting the card every few
// hundred milliseconds. The card is probed again only when its presence (or the reader list) changed.

#include "kakanai/pcsc/helper_card_reader.h"

#include <optional>
#include <string>
#include <vector>

namespace kakanai::pcsc {

class KioskCardReader : public CardReader {
public:
    explicit KioskCardReader(HelperReaderOptions options = {});

    Result<CardStatus> status() override;
    // Returns the last status at once when nothing changed within `timeout`; runs the helper's status
    // probe only after a change. On a pcscd error it sleeps `timeout` before answering (no busy loop).
    Result<CardStatus> waitForChange(std::chrono::milliseconds timeout) override;
    Result<Person> read(std::string_view pin) override;

    const CardReadStats& lastStats() const { return m_helper.lastStats(); }

private:
    // Reader names with present/mute flags: what pcscd knows without talking to the card.
    using Snapshot = std::vector<std::string>;
    Result<Snapshot> snapshot();
    Result<CardStatus> probe(); // snapshot, then the helper's status

    HelperCardReader m_helper;
    std::string m_readerName;
    std::optional<Snapshot> m_seen;           // taken just before the last probe
    std::optional<Result<CardStatus>> m_last; // the last probe's answer
};

} // namespace kakanai::pcsc
