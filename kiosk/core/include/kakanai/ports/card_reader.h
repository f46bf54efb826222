#pragma once
// Port: reading identity from IC cards (My Number card 券面事項入力補助AP, driver's licence IC).
// Implemented by drivers/card over pcsc-lite (card I/O in a helper process a watchdog can kill) and by a
// scripted fake for tests and the demo. Extend this interface (add members); never rename what exists.

#include "kakanai/base/result.h"
#include "kakanai/person/person.h"

#include <chrono>
#include <string>
#include <string_view>
#include <vector>

namespace kakanai {

enum class CardKind { None, MyNumber, DriverLicense, Unsupported };

struct CardStatus {
    std::vector<std::string> readers; // reader names; empty: no reader connected
    std::string reader;               // the reader that holds the card (or the configured one)
    bool cardPresent = false;
    CardKind kind = CardKind::None;
    bool pinSet = true;    // a licence may have no PIN set
    int pinTriesLeft = -1; // read without using a try; -1 when unknown
};

// Errors are Error values with these codes (and details["tries_left"] where it applies):
//   card.no-reader, card.no-card, card.unsupported, card.wrong-pin, card.pin-one-try-left, card.blocked,
//   card.removed, card.timeout, card.reader-error, card.malformed
class CardReader {
public:
    virtual ~CardReader() = default;
    // Readers, card presence, kind and PIN tries left — never uses a PIN try.
    virtual Result<CardStatus> status() = 0;
    // Waits (without polling) until a card is inserted or removed, or the timeout passes.
    virtual Result<CardStatus> waitForChange(std::chrono::milliseconds timeout) = 0;
    // Verifies the PIN (never when one try is left) and reads the person; the card is reset afterwards.
    // `pin` points into locked memory the caller wipes.
    virtual Result<Person> read(std::string_view pin) = 0;
};

} // namespace kakanai
