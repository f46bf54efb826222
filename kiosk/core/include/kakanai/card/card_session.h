#pragma once
// What the kiosk does with a card, hardware-free: identify it, read the PIN tries left without using
// one, verify the PIN (never when one try is left) and read the person. The transport is any CardChannel
// (PC/SC in drivers/card, a scripted fake in tests); it resets the card when the session ends.
//
// My Number card (7 APDUs for an object of up to 262 bytes):
//   SELECT 券面事項入力補助AP, SELECT EF 0011, VERIFY (tries), VERIFY PIN, SELECT EF 0002,
//   READ BINARY 7 bytes (the FF 20 header), READ BINARY the rest.
// Driver's licence (no contacts: a contactless reader): the AP select above fails, then
//   SELECT DF1, SELECT MF, SELECT/READ EF 2F01 and 000A, VERIFY P2 81 (tries), VERIFY PIN 1 (or **** when
//   no PIN is set), SELECT DF1, SELECT/READ EF 0001 up to the address, SELECT/READ EF 0004 (追記).

#include "kakanai/base/result.h"
#include "kakanai/card/card_channel.h"
#include "kakanai/person/person.h"
#include "kakanai/ports/card_reader.h"

#include <string_view>

namespace kakanai::card {

struct CardProbe {
    CardKind kind = CardKind::Unsupported;
    bool pinSet = true;
    int triesLeft = -1;
};

// Identifies the card and reads the PIN tries left; never uses a try.
// Errors: the channel's (card.removed …), card.malformed.
Result<CardProbe> probeCard(CardChannel& channel);

// Probes, verifies `pin` and reads the person (kakanai-person/1, validated).
// Errors (details["tries_left"] where it applies): card.unsupported, card.pin-required,
// card.pin-one-try-left (nothing was sent), card.blocked, card.wrong-pin, card.malformed, and the channel's.
Result<Person> readCard(CardChannel& channel, std::string_view pin);

} // namespace kakanai::card
