#include "kakanai/card/card_errors.h"

#include <charconv>

namespace kakanai::card {
namespace {

Error withTries(Error e, int triesLeft) {
    e.details["tries_left"] = std::to_string(triesLeft);
    return e;
}

// Where a resident goes when the kiosk will not (or cannot) use the PIN.
std::string unlockAdvice(CardKind kind) {
    if (kind == CardKind::DriverLicense)
        return "Unlocking a licence PIN needs a licence centre or police station; read the licence by photo "
               "instead.";
    return "Please go to the counter: staff can help, and only the city office can reset this PIN.";
}

} // namespace

Error wrongPinError(CardKind kind, int triesLeft) {
    return withTries(makeError(codes::kWrongPin, "The PIN is wrong; " + std::to_string(triesLeft) +
                                                     (triesLeft == 1 ? " try is" : " tries are") + " left. " +
                                                     (triesLeft <= 1 ? unlockAdvice(kind) : "")),
                     triesLeft);
}

Error oneTryLeftError(CardKind kind) {
    return withTries(makeError(codes::kPinOneTryLeft,
                               "Only one PIN try is left: the kiosk does not use it, so the card cannot be "
                               "locked here. " +
                                   unlockAdvice(kind)),
                     1);
}

Error blockedError(CardKind kind) {
    return withTries(makeError(codes::kBlocked,
                               "The card's PIN is locked after too many wrong tries. " + unlockAdvice(kind)),
                     0);
}

int triesLeftOf(const Error& error) {
    auto it = error.details.find("tries_left");
    if (it == error.details.end()) return -1;
    int v = -1;
    auto [p, ec] = std::from_chars(it->second.data(), it->second.data() + it->second.size(), v);
    return ec == std::errc{} && p == it->second.data() + it->second.size() ? v : -1;
}

std::string cardKindName(CardKind kind) {
    switch (kind) {
    case CardKind::MyNumber:
        return "mynumber-card";
    case CardKind::DriverLicense:
        return "driver-license-card";
    case CardKind::Unsupported:
        return "unsupported";
    case CardKind::None:
        break;
    }
    return "none";
}

CardKind cardKindFromName(std::string_view name) {
    if (name == "mynumber-card") return CardKind::MyNumber;
    if (name == "driver-license-card") return CardKind::DriverLicense;
    if (name == "unsupported") return CardKind::Unsupported;
    return CardKind::None;
}

} // namespace kakanai::card
