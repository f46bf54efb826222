#pragma once
// The staff side: codes (read from a scan or photo, or typed by a keyboard-wedge scanner) checked
// against the trusted public keys and joined into verified forms with named fields. Image decoding
// lives in drivers/verify; this part needs only the texts, so the kiosk app's staff screen and
// `kakanai verify --text` share it. API notes for the app: docs/handoff.md.

#include "kakanai/forms/template_loader.h"
#include "kakanai/handoff/signed_code.h"
#include "kakanai/handoff/slots.h"

#include <deque>
#include <string>
#include <string_view>
#include <vector>

namespace kakanai::handoff {

// Templates by id and version: every *.json in the given directories. Keep old versions of a template
// in <forms>/retired/ so forms printed before an update still decode with field names.
class TemplateShelf {
public:
    TemplateShelf() = default;
    explicit TemplateShelf(const std::vector<std::string>& directories,
                           const TemplateLoadOptions& options = {});
    void add(FormTemplate form);
    const FormTemplate* find(std::string_view id, std::string_view version) const;
    std::size_t size() const { return m_forms.size(); }

private:
    std::deque<FormTemplate> m_forms;
};

// <forms>, <forms>/retired
std::vector<std::string> shelfDirectories(const std::string& formsDirectory);

struct VerifiedField {
    std::string name; // "applicant.name"; "#7" or "#7[2]" without the template
    std::string text; // exactly as printed (empty for Handwriting)
    FieldKind kind = FieldKind::Text;
    std::string isoDate;                   // Date: YYYY-MM-DD
    std::vector<std::string> choiceValues; // Choice: the option values
    std::string correctedBy;               // "resident", "staff" or empty (the resident's own fields)
};

enum class FormStatus {
    Valid,          // every part verified, fields named
    Incomplete,     // a split form: some parts (pages) were not read
    UnknownTemplate // verified, but this tool has no template with that id and version (or it differs)
};
std::string_view toString(FormStatus s); // "valid", "incomplete", "unknown-template"

struct VerifiedForm {
    FormStatus status = FormStatus::Valid;
    std::string message; // for Incomplete / UnknownTemplate
    std::string formId, formVersion, title;
    std::string kioskId;
    std::int64_t printedAt = 0;
    std::string sessionId; // hex
    std::string keyId;     // hex
    bool demo = false;
    IdSource idSource = IdSource::None;
    std::vector<std::string> correctedByResident, correctedByStaff;
    std::uint32_t parts = 1;
    std::vector<std::uint32_t> missingParts; // 1-based
    std::vector<VerifiedField> fields;
    // Export columns: every field of the template in order, dates followed by "<name>:iso", choices by
    // "<name>:values"; repeat items with as many rows as a page has (more when continuation pages came).
    std::vector<std::string> columns;
    std::string payloadSha256;       // as in the audit ledger; empty while incomplete
    std::vector<std::string> seenIn; // sources its codes were read from
};

struct ScannedCode {
    std::string source; // "scan.png", "form.pdf page 2", "stdin line 3"
    CodeCheck check;
};

// The verdict over everything checked, most serious first (exit codes in docs/handoff.md).
enum class Outcome { Valid, BadSignature, UnknownKey, Unreadable, Incomplete, UnknownTemplate };
std::string_view toString(Outcome o);

struct VerifyReport {
    std::vector<ScannedCode> codes;
    std::vector<std::pair<std::string, std::string>> nothingFound; // source, why
    std::vector<VerifiedForm> forms;
    Outcome outcome() const;
};

class HandoffVerifier {
public:
    HandoffVerifier(std::vector<PublicKey> trusted, const TemplateShelf& templates)
        : m_trusted(std::move(trusted)), m_templates(templates) {}
    // A code as read from an image or typed by a scanner.
    void addCode(const std::string& source, std::string_view text);
    // A page or image in which no code could be read.
    void addNothingFound(const std::string& source, const std::string& why);
    VerifyReport report() const;
    void clear() { m_codes.clear(), m_nothing.clear(); }
    // clear(), overwriting every code text and decoded value first (the staff screen, when it is left).
    void wipe();
    bool empty() const { return m_codes.empty() && m_nothing.empty(); }

private:
    std::vector<PublicKey> m_trusted;
    const TemplateShelf& m_templates;
    std::vector<ScannedCode> m_codes;
    std::vector<std::pair<std::string, std::string>> m_nothing;
};

// One line typed by a keyboard-wedge scanner: codes separated by Tab (some scanners end a code with Tab
// instead of Enter), each folded by normalizeTyped. Returns how many codes it held.
int addTypedLine(HandoffVerifier& verifier, std::string_view line, const std::string& source);

// The exit code of `kakanai verify` for an outcome (docs/handoff.md): 0, 40..44.
int verifyExitCode(Outcome o);

// Decodes the fields of a verified payload with its template (or by slot number without one).
std::vector<VerifiedField> decodeFields(const Payload& payload, const FormTemplate* tmpl);

// "2026-11-23T10:15:02+09:00": kiosks print in Japan Standard Time.
std::string isoTimeJst(std::int64_t unixSeconds);

} // namespace kakanai::handoff
