#pragma once
// What a hand-off code says about one printed form (or one part of it), and its compact binary body.
// Fields are named by their slot in the template (slots.h) instead of by name, and dates and choices
// are stored as values the verifier formats back into exactly the printed text: this is what keeps a
// one-person form at a QR version a 150 dpi scan reads. Byte layout: docs/handoff.md.

#include "kakanai/base/result.h"
#include "kakanai/dates/date.h"

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace kakanai::handoff {

enum class FieldKind : std::uint8_t {
    Text,       // the printed text
    Date,       // a date item: printed as formatWareki(date)
    Choice,     // a choice item: the chosen options (bit i = option i), printed as their labels
    Handwriting // the kiosk had a value but left the box blank for handwriting (overflow, missing glyph)
};

struct PayloadField {
    std::uint32_t slot = 0;           // the item's index in the template's slot list
    std::optional<std::uint32_t> row; // row of a repeat item (0-based)
    FieldKind kind = FieldKind::Text;
    std::string text;          // Text
    Date date;                 // Date
    std::uint64_t choices = 0; // Choice
    bool operator==(const PayloadField&) const = default;
};

// How the resident was identified: the person record's top-level source.
enum class IdSource : std::uint8_t {
    None, // blank forms: nobody was identified
    MyNumberCard,
    DriverLicenseCard,
    OcrMyNumberCard,
    OcrDriverLicense,
    OcrResidenceCard,
    Manual,
};
std::string_view idSourceName(IdSource s);     // "mynumber-card" (the person record's spelling), "none"
std::string_view idSourceCategory(IdSource s); // "card", "ocr", "manual", "none"
IdSource idSourceFromName(std::string_view name);

// Person fields whose correction by the resident or staff is recorded: bit i stands for field i.
// Fixed for format 1 (append only).
std::span<const std::string_view> correctableFields();
std::vector<std::string> correctedNames(std::uint32_t mask);

struct Payload {
    std::string formId;
    std::string formVersion;
    std::array<std::uint8_t, 4> templateFingerprint{}; // of the template's slot list (slots.h)
    std::string kioskId;
    std::int64_t printedAt = 0; // Unix seconds
    std::array<std::uint8_t, 8> sessionId{};
    IdSource idSource = IdSource::None;
    std::uint32_t correctedByResident = 0; // correctableFields() bits
    std::uint32_t correctedByStaff = 0;
    std::uint32_t part = 0; // 0-based; a form whose data does not fit one code is split over its pages
    std::uint32_t parts = 1;
    std::vector<PayloadField> fields;
    bool operator==(const Payload&) const = default;
};

std::vector<std::uint8_t> encodeBody(const Payload& payload);
// Errors: "handoff.malformed" naming what is wrong.
Result<Payload> decodeBody(std::span<const std::uint8_t> body);

// The payload schema: a 個人番号 (My Number) is never carried. Rejects any text holding 12 digits (ASCII
// or full-width, optionally grouped 4-4-4) whose last digit is a valid My Number check digit, and
// empty identifiers. Errors: "handoff.my-number", "handoff.invalid".
Status checkSchema(const Payload& payload);
bool looksLikeMyNumber(std::string_view text);

} // namespace kakanai::handoff
