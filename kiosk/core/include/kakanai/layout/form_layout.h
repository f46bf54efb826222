#pragma once
// Lays out a filled form: template + person + answers + config → pages of drawing operations, plus a
// report of every bound field (the text printed, and whether it needs handwriting or a check).

#include "kakanai/forms/binding.h"
#include "kakanai/layout/document.h"
#include "kakanai/layout/fonts.h"

#include <string>
#include <string_view>
#include <vector>

namespace kakanai {

struct LayoutOptions {
    bool proof = false; // outline and name every field box (calibration proofs for IT staff)
    SignaturePolicy signature = SignaturePolicy::Self;
};

struct FilledField {
    enum class State {
        Filled,      // the value is printed
        Empty,       // no value (the box stays blank)
        Handwritten, // never filled by the kiosk: signature, 個人番号, principal's part …
        Overflow,    // the value does not fit even at the minimum size: left blank for handwriting
        MissingGlyph // a character no installed font can draw: left blank for handwriting
    };
    std::string name; // e.g. "applicant.name", "members[1].birth_date"
    int page = 0;     // 0-based page in the document
    std::string text; // what was printed (empty unless Filled)
    std::string sourcePath;
    State state = State::Empty;
    bool needsCheck = false; // the person record flags this value (外字, low OCR confidence …)
    Rect box;
    std::string templatePointer; // JSON pointer of the template item, for validation messages
};

std::string_view toString(FilledField::State s);

struct QrSlot {
    int page = 0;
    double x = 0, y = 0, size = 0;
};

struct FilledForm {
    std::string formId;
    std::string version;
    Document document;
    std::vector<FilledField> fields;
    std::vector<QrSlot> qrSlots;
    std::vector<Error> notes; // template problems met while laying out (static text that does not fit …)

    // Fields a person must act on (handwriting needed, overflow, missing glyph).
    std::vector<const FilledField*> problems() const;
};

FilledForm layoutForm(const FormTemplate& form, const FillContext& ctx, FontProvider& fonts,
                      const LayoutOptions& options = {});

// Draws a QR symbol for `payload` into a slot (vector modules, error correction M). Fails when the
// payload does not fit the slot at a readable module size (≥ 0.3 mm) — never a truncated code.
Status placeQr(FilledForm& form, const QrSlot& slot, std::string_view payload);

// Appends a calibration page: a millimetre ruler along both axes, crosshairs at known positions and
// the calibration values in force, for checking alignment on the real printer.
void appendCalibrationPage(Document& doc, FontProvider& fonts, const Calibration& calibration,
                           const std::string& printerName);

// Template validation that needs real font metrics: every field must hold its longest sample value at
// its minimum size; static text must fit its box. Problems point at the item.
std::vector<Error> checkTemplateFits(const FormTemplate& form, FontProvider& fonts);

} // namespace kakanai
