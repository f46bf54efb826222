#include "kakanai/ocr/card_kind.h"
#include "kakanai/ocr/ocr_errors.h"
#include "kakanai/person/person.h"

namespace kakanai::ocr {

std::string_view kindId(IdDocumentKind kind) {
    switch (kind) {
    case IdDocumentKind::DriverLicense:
        return "driver-license";
    case IdDocumentKind::MyNumberCard:
        return "mynumber-card";
    case IdDocumentKind::ResidenceCard:
        return "residence-card";
    case IdDocumentKind::Auto:
        break;
    }
    return "auto";
}

std::optional<IdDocumentKind> kindFromId(std::string_view id) {
    for (IdDocumentKind k : {IdDocumentKind::Auto, IdDocumentKind::DriverLicense,
                             IdDocumentKind::MyNumberCard, IdDocumentKind::ResidenceCard})
        if (kindId(k) == id) return k;
    return std::nullopt;
}

std::string_view ocrSource(IdDocumentKind kind) {
    switch (kind) {
    case IdDocumentKind::DriverLicense:
        return sources::kOcrDriverLicense;
    case IdDocumentKind::MyNumberCard:
        return sources::kOcrMyNumberCard;
    case IdDocumentKind::ResidenceCard:
        return sources::kOcrResidenceCard;
    case IdDocumentKind::Auto:
        break;
    }
    return {};
}

std::string_view sideId(CardSide side) {
    return side == CardSide::Front ? "front" : "back";
}

namespace errors {

bool isRetake(std::string_view code) {
    return code == kNoCard || code == kTooBlurred || code == kTooDark || code == kGlare || code == kBackSide;
}

std::string_view advice(std::string_view code) {
    if (code == kNoCard)
        return "Place the whole card flat in the tray, away from other papers, and try again.";
    if (code == kTooBlurred) return "Hold the card still and flat, then try again.";
    if (code == kTooDark) return "The picture is too dark: turn on more light or move out of the shadow.";
    if (code == kGlare) return "A reflection covers the card: tilt it slightly or move away from the lamp.";
    if (code == kUnsupportedKind)
        return "This card cannot be read: use a driver's licence, a My Number card or a residence card.";
    if (code == kBackSide) return "Please turn the card over: show the side with your photo.";
    if (code == kUnreadable) return "The card could not be read: try again, or enter the details by hand.";
    if (code == kUnavailable) return "Card reading is not available on this kiosk: ask the staff.";
    return "Try again.";
}

Error make(std::string_view code, std::string message) {
    return makeError(std::string(code), std::move(message));
}

} // namespace errors
} // namespace kakanai::ocr
