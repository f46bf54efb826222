#pragma once
// The audit ledger: one JSON line per signed form, appended on the kiosk, never rewritten. It holds no
// personal data — the session id, form id and version, time, kiosk id, key id and the SHA-256 of the
// form's codes — so a disputed printout can be traced (scan it: `kakanai verify` prints the same hash)
// without keeping who it was for. Each line also carries the SHA-256 of the line before it, so an
// edited or deleted line shows (`kakanai ledger check`). Format: docs/handoff.md.

#include "kakanai/base/result.h"
#include "kakanai/handoff/form_codes.h"

#include <string>
#include <vector>

namespace kakanai::handoff {

inline constexpr std::string_view kLedgerSchema = "kakanai-ledger/1";

// Appends one line per form (under an exclusive lock, then fsync). The file is created with mode 0640.
Status appendToLedger(const std::string& path, const SessionInfo& session, const PublicKey& key,
                      const std::vector<IssuedForm>& forms);

struct LedgerCheck {
    std::size_t entries = 0;
    std::vector<Error> problems; // each names the line
};
LedgerCheck checkLedger(const std::string& path);

} // namespace kakanai::handoff
