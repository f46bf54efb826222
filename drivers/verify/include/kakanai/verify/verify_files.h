#pragma once
// Glue for callers: feed a HandoffVerifier (core) from files or a camera frame.
//   handoff::TemplateShelf shelf(handoff::shelfDirectories(formsDir));
//   handoff::HandoffVerifier verifier(trustedKeys, shelf);
//   verify::addImage(verifier, frame, "camera");          // or addFile(verifier, "scan.pdf")
//   handoff::VerifyReport report = verifier.report();    // report.forms: verified, named fields
// See docs/handoff.md ("For the kiosk app").

#include "kakanai/handoff/verification.h"
#include "kakanai/verify/code_reader.h"

#include <string>

namespace kakanai::verify {

// Every code in the image; an image without any is recorded as "nothing found".
void addImage(handoff::HandoffVerifier& verifier, const GrayView& image, const std::string& source);
// Every page of an image or PDF file. Fails only when the file cannot be read as either.
Status addFile(handoff::HandoffVerifier& verifier, const std::string& path, int pdfDpi = 200);

} // namespace kakanai::verify
