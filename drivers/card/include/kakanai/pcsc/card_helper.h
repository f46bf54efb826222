#pragma once
// The card helper process: PC/SC I/O runs here, where the parent's watchdog can kill it when a card
// stops answering (pcsc-lite has no transmit timeout and SCardCancel does not interrupt SCardTransmit).
// If it is killed mid-session, pcscd disconnects its exclusive handle with SCARD_RESET_CARD.
//
//   <program> __card-helper status|wait|read [--reader NAME] [--wait-ms N]
//
// `read` takes the PIN on stdin (0 or 4 digits and a newline). The answer is one JSON document on stdout:
//   {"apdus": 7, "card_ms": 41.2, "status": {…}} | {…, "person": {kakanai-person/1}} | {…, "error": {…}}

#include <string>
#include <vector>

namespace kakanai::pcsc {

inline constexpr const char* kCardHelperCommand = "__card-helper";

// Runs the helper with the arguments after kCardHelperCommand; returns the process exit code
// (0 whenever a JSON answer was written, 2 for a wrong command line).
int runCardHelper(const std::vector<std::string>& args);

// The helper command for HelperReaderOptions::helperArgv: $KAKANAI_CARD_HELPER, else kakanai-card-helper next
// to this program, else the one this build made; empty (this program as `__card-helper`) when none exists.
std::vector<std::string> cardHelperCommand();

} // namespace kakanai::pcsc
