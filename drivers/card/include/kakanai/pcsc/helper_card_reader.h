#pragma once
// The CardReader the kiosk and the CLI use: every card operation runs in a helper process (by default
// this program re-run as `__card-helper`) under a deadline, so a card that stops answering cannot hang
// the kiosk: after 10 s the helper is killed and the caller gets card.timeout. The PIN goes to the
// helper on its stdin, never on a command line.

#include "kakanai/ports/card_reader.h"

#include <chrono>
#include <cstddef>
#include <string>
#include <vector>

namespace kakanai::pcsc {

struct HelperReaderOptions {
    // The helper command; empty: {selfExecutable(), "__card-helper"} (programs that link drivers/card
    // must dispatch that command to runCardHelper()).
    std::vector<std::string> helperArgv;
    std::string readerName;
    std::chrono::milliseconds deadline{10000}; // per operation (waitForChange: its timeout plus this)
};

struct CardReadStats {
    std::size_t apdus = 0; // commands sent to the card
    double cardMs = 0;     // inside the helper: context, connect, APDUs, disconnect
    double totalMs = 0;    // for the caller, including starting the helper
};

class HelperCardReader : public CardReader {
public:
    explicit HelperCardReader(HelperReaderOptions options = {});

    Result<CardStatus> status() override;
    Result<CardStatus> waitForChange(std::chrono::milliseconds timeout) override;
    Result<Person> read(std::string_view pin) override;

    const CardReadStats& lastStats() const { return m_stats; }

private:
    struct Answer;
    Result<Answer> run(const std::string& op, std::string_view input, std::chrono::milliseconds deadline,
                       std::chrono::milliseconds waitMs = {});

    HelperReaderOptions m_options;
    CardReadStats m_stats;
};

} // namespace kakanai::pcsc
