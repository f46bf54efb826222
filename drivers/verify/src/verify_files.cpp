#include "kakanai/verify/verify_files.h"

namespace kakanai::verify {

void addImage(handoff::HandoffVerifier& verifier, const GrayView& image, const std::string& source) {
    const auto texts = readCodes(image);
    if (texts.empty()) verifier.addNothingFound(source, "no QR code found");
    for (const auto& t : texts)
        verifier.addCode(source, t);
}

Status addFile(handoff::HandoffVerifier& verifier, const std::string& path, int pdfDpi) {
    auto pages = loadPages(path, pdfDpi);
    if (!pages) return pages.error();
    for (const auto& p : *pages) {
        if (p.pixels.empty()) {
            verifier.addNothingFound(p.label, "the page could not be rendered");
            continue;
        }
        addImage(verifier, p.view(), p.label);
    }
    return {};
}

} // namespace kakanai::verify
