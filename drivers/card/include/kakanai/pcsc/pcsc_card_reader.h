#pragma once
// CardReader over pcsc-lite, in this process. pcsc-lite has no transmit timeout, so a card that stops
// answering blocks here forever: the kiosk uses HelperCardReader, which runs this in a helper process
// it can kill; this class is what the helper runs.

#include "kakanai/ports/card_reader.h"

#include <chrono>
#include <cstddef>
#include <string>

namespace kakanai::pcsc {

struct PcscReaderOptions {
    std::string readerName; // empty: the reader that holds a card (vpcd and some readers have several slots)
    std::chrono::milliseconds sharingRetry{1500};
};

class PcscCardReader : public CardReader {
public:
    explicit PcscCardReader(PcscReaderOptions options = {}) : m_options(std::move(options)) {}

    Result<CardStatus> status() override;
    Result<CardStatus> waitForChange(std::chrono::milliseconds timeout) override;
    Result<Person> read(std::string_view pin) override;

    // APDUs sent to the card by the last status() or read().
    std::size_t lastCommandCount() const { return m_lastCommands; }

private:
    PcscReaderOptions m_options;
    std::size_t m_lastCommands = 0;
};

} // namespace kakanai::pcsc
