#pragma once
// A form filled for a person, signed with a key and rendered to pixels as a printed page would look under
// the staff screen's camera: the demo's printout and the UI tests' pages. Composes core (fillForms,
// HandoffSigner), the PDF driver and poppler; nothing here decodes codes.

#include "kakanai/forms/form_filler.h"
#include "kakanai/handoff/keys.h"
#include "kakanai/pdf/font_library.h"

#include <QImage>

#include <string>
#include <vector>

namespace kakanai::kiosk {

struct SignedPrintout {
    FilledForm form;                // what was printed, field by field
    std::vector<QImage> pages;      // 8-bit grey, one per page
    std::vector<std::string> codes; // the code text of each page (what a hand scanner types)
};

Result<SignedPrintout> printSigned(const FormTemplate& form, const Person& person, const KioskConfig& config,
                                   const handoff::SigningKey& key, pdf::FontLibrary& fonts, double dpi = 150);

} // namespace kakanai::kiosk
