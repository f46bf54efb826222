#pragma once
// Error codes of the photo reader (see ports/id_photo_reader.h) and what each asks the resident to do.
// The kiosk and the CLI key on the code; the message is for IT staff and logs and never holds personal data.

#include "kakanai/base/result.h"

#include <string_view>

namespace kakanai::ocr::errors {

inline constexpr std::string_view kNoCard = "ocr.no-card";         // no ID card found in the image
inline constexpr std::string_view kTooBlurred = "ocr.too-blurred"; // card found but out of focus or moving
inline constexpr std::string_view kTooDark = "ocr.too-dark";       // not enough light to read
inline constexpr std::string_view kGlare = "ocr.glare";            // a reflection covers the text
inline constexpr std::string_view kUnsupportedKind = "ocr.unsupported-kind"; // a card, but not one we read
inline constexpr std::string_view kBackSide = "ocr.back-side";    // My Number card back: discarded unread
inline constexpr std::string_view kUnreadable = "ocr.unreadable"; // not an image, or the text cannot be read
inline constexpr std::string_view kUnavailable = "ocr.unavailable"; // OCR model or layout data missing

// Errors that a better photo can fix: the UI asks for a retake and says how.
bool isRetake(std::string_view code);

// One English sentence telling the resident what to do (the UI translates by code).
std::string_view advice(std::string_view code);

Error make(std::string_view code, std::string message);

} // namespace kakanai::ocr::errors
