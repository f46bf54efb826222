#pragma once
// Builds the kakanai-person/1 record from what the photo reader recognised: each field with its
// source "ocr:<kind>", a confidence and the raw text as provenance; fields that are unsure or fail a
// plausibility check go into needs_check so the kiosk asks the resident to check them.

#include "kakanai/ocr/card_kind.h"
#include "kakanai/person/person.h"

#include <string>
#include <vector>

namespace kakanai::ocr {

struct FieldReading {
    std::string field;               // person record field name
    std::string value;               // normalised value; empty when nothing usable was read
    std::string raw;                 // the text as recognised (kept as provenance)
    double confidence = 0;           // the recogniser's own confidence, 0..1
    std::vector<std::string> doubts; // plausibility problems: any doubt puts the field in needs_check
    std::string note;                // provenance detail, e.g. "address from the back (追記欄)"
    bool mustCheck = false;          // always ask the resident (e.g. an address read from the back)
};

struct CheckPolicy {
    double minConfidence = 0.80; // below this a field goes into needs_check
    double doubtCap = 0.5;       // a field with doubts reports at most this confidence
};

Person makeOcrPerson(IdDocumentKind kind, const std::vector<FieldReading>& readings,
                     const CheckPolicy& policy = {});

} // namespace kakanai::ocr
