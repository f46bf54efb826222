#pragma once
// The ID card kinds the photo reader knows, by their stable ids ("driver-license" …), as used on the
// command line (--kind), in layout files and in person records ("ocr:<kind>").

#include "kakanai/ports/id_photo_reader.h"

#include <optional>
#include <string_view>

namespace kakanai::ocr {

// "auto", "driver-license", "mynumber-card", "residence-card"
std::string_view kindId(IdDocumentKind kind);
std::optional<IdDocumentKind> kindFromId(std::string_view id);
// The person record source for a kind read by OCR: "ocr:driver-license" …
std::string_view ocrSource(IdDocumentKind kind);

enum class CardSide { Front, Back };
std::string_view sideId(CardSide side); // "front", "back"

} // namespace kakanai::ocr
