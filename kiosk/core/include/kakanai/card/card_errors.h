#pragma once
// The card errors every layer shares (codes listed in kakanai/ports/card_reader.h). Messages are for IT
// staff and logs and never contain personal data; the UI translates by code.

#include "kakanai/base/result.h"
#include "kakanai/ports/card_reader.h"

#include <string>

namespace kakanai::card {

namespace codes {
inline constexpr const char* kNoReader = "card.no-reader";
inline constexpr const char* kNoCard = "card.no-card";
inline constexpr const char* kUnsupported = "card.unsupported";
inline constexpr const char* kWrongPin = "card.wrong-pin";
inline constexpr const char* kPinOneTryLeft = "card.pin-one-try-left";
inline constexpr const char* kBlocked = "card.blocked";
inline constexpr const char* kRemoved = "card.removed";
inline constexpr const char* kTimeout = "card.timeout";
inline constexpr const char* kReaderError = "card.reader-error";
inline constexpr const char* kMalformed = "card.malformed";
inline constexpr const char* kPinRequired = "card.pin-required";
inline constexpr const char* kForbidden = "card.forbidden";
} // namespace codes

// Errors that carry the PIN tries left (details["tries_left"]).
Error wrongPinError(CardKind kind, int triesLeft);
Error oneTryLeftError(CardKind kind);
Error blockedError(CardKind kind);

// The tries left an error carries, or -1.
int triesLeftOf(const Error& error);

// "mynumber-card", "driver-license-card", "unsupported", "none": the names JSON output uses.
std::string cardKindName(CardKind kind);
CardKind cardKindFromName(std::string_view name);

} // namespace kakanai::card
