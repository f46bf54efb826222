#pragma once
// Fills one or more forms for a resident into one document: answers checked against each template,
// pages laid out, a QR code per page from the payload the caller provides, printer calibration set.
// Shared by the CLI (`form fill`, `bench forms`) and the kiosk app.

#include "kakanai/forms/answers.h"
#include "kakanai/layout/form_layout.h"

#include <functional>
#include <string>
#include <vector>

namespace kakanai {

// Payload for the QR area of page `page` (0-based within the form) of a filled form.
using QrPayloadFn = std::function<Result<std::string>(const FilledForm& form, int page)>;

// The payload until a signing key is configured: form id, version and page only (no personal data).
Result<std::string> unsignedQrPayload(const FilledForm& form, int page);

struct FillRequest {
    std::vector<const FormTemplate*> forms;
    const Person* person = nullptr;           // null: blank forms
    const AnswersDocument* answers = nullptr; // null: template defaults
    const KioskConfig* config = nullptr;
    Date today;
    std::string idMethod;
    bool proof = false; // sample data + outlined boxes (calibration proof)
    Calibration calibration;
    QrPayloadFn qrPayload = unsignedQrPayload;
};

struct FillOutput {
    Document document;             // all pages of all forms, in order
    std::vector<FilledForm> forms; // per form: fields and where they ended up
    bool needsHandwriting() const; // some value could not be printed (overflow, missing glyph)
};

Result<FillOutput> fillForms(const FillRequest& request, FontProvider& fonts);

} // namespace kakanai
