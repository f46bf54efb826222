#pragma once
// Hand-off codes for the commands that print (form fill, demo) and the ones that check (verify, keys).

#include "cli.h"

#include "kakanai/config/config.h"
#include "kakanai/handoff/form_codes.h"

#include <optional>
#include <string>
#include <vector>

namespace kakanai::cli {

// The kiosk's signing key from [signing] key_path. nullopt when none is configured (codes are unsigned);
// prints the problem and returns false when one is configured but unusable (missing, readable by others,
// a demo key) — a kiosk set up to sign never prints unsigned by accident.
bool loadConfiguredKey(const KioskConfig& config, std::optional<handoff::SigningKey>& key);

// The demo's key: <dir>/demo-signing.key, generated on first use (never in the repository).
std::optional<handoff::SigningKey> demoKey(const std::string& dir);

// Public keys: every --pubkey FILE, else the config's [signing] trusted_keys. Prints problems.
std::optional<std::vector<handoff::PublicKey>> trustedKeys(const Args& args, const KioskConfig& config);

// Appends the session's signed forms to [audit] ledger when one is configured. Prints problems.
bool recordInLedger(const KioskConfig& config, const handoff::HandoffSigner& signer);

} // namespace kakanai::cli
