#pragma once
// From a filled form to the signed codes printed on its pages, and the hook fillForms() calls.
// Every page carries the whole form when it fits at a size a 150 dpi scan reads (modules of at least
// kMinReadableModuleMm); otherwise the fields are split evenly over the form's pages, each part signed on
// its own, and the verifier joins them. Nothing is ever truncated.

#include "kakanai/config/config.h"
#include "kakanai/forms/form_filler.h"
#include "kakanai/handoff/signed_code.h"
#include "kakanai/handoff/slots.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace kakanai::handoff {

// Measured (kakanai bench handoff --sweep, docs/handoff.md): 0.400 mm modules (version 15 in a 34 mm area)
// decode from every 150 dpi render, clean or blurred; 0.382 mm (version 16) fail 9 times in 20. One
// version of margin below that.
inline constexpr double kMinReadableModuleMm = 0.41;

// What stays the same for every form of one kiosk session.
struct SessionInfo {
    std::string kioskId;
    std::int64_t printedAt = 0; // Unix seconds
    std::array<std::uint8_t, 8> sessionId{};
    IdSource idSource = IdSource::None;
    std::uint32_t correctedByResident = 0;
    std::uint32_t correctedByStaff = 0;
};

// A fresh random session id, now, and the identification facts of `person` (may be null).
// `idMethod` overrides the person record's source when set (FillRequest::idMethod).
SessionInfo newSession(const KioskConfig& config, const Person* person, const std::string& idMethod = {});

// The payload of the whole form (part 0 of 1). Fails on a field the template does not know.
Result<Payload> payloadFor(const FilledForm& form, const FormTemplate& tmpl, const SessionInfo& session);

// QR modules per side for `text` as placeQr encodes it (error correction M); 0 if it cannot be encoded.
int qrModules(const std::string& text);
int qrVersionFor(int modules); // 1..40

struct FormCodes {
    std::vector<SignedCode> parts;       // one (every page the same) or one per QR slot
    std::vector<std::size_t> partOfSlot; // index into parts for each of form.qrSlots
    int largestVersion = 0;
    double smallestModuleMm = 0;
    bool readableAt150Dpi = true; // false: even split, the modules are under kMinReadableModuleMm
    std::string payloadSha256;    // hex SHA-256 of the part texts joined by "\n" (the ledger's hash)
};

Result<FormCodes> codesFor(const FilledForm& form, const FormTemplate& tmpl, const SessionInfo& session,
                           const SigningKey& key);

// The hash the ledger keeps for a form: SHA-256 of its code texts in part order, joined by "\n".
std::string payloadHash(const std::vector<std::string>& partTexts);

// A form signed during a session (for the audit ledger and reports; no personal data).
struct IssuedForm {
    std::string formId;
    std::string version;
    std::size_t parts = 1;
    std::size_t largestCodeBytes = 0;
    int largestVersion = 0;
    bool readableAt150Dpi = true;
    std::string payloadSha256;
};

// Signs every page of every form of one session: pass payloadFn() as FillRequest::qrPayload.
class HandoffSigner {
public:
    HandoffSigner(const SigningKey& key, SessionInfo session, std::vector<const FormTemplate*> templates);
    QrPayloadFn payloadFn();
    const SessionInfo& session() const { return m_session; }
    const PublicKey& key() const { return m_key.publicKey(); }
    // One entry per form, in fill order, once its first page was signed.
    const std::vector<IssuedForm>& issued() const { return m_issued; }

private:
    Result<std::string> page(const FilledForm& form, int page);
    const SigningKey& m_key;
    SessionInfo m_session;
    // fillForms asks page by page: the codes of the form being filled, computed once.
    const FilledForm* m_lastForm = nullptr;
    std::string m_lastKey;
    std::optional<FormCodes> m_last;
    std::vector<const FormTemplate*> m_templates;
    std::vector<IssuedForm> m_issued;
};

} // namespace kakanai::handoff
