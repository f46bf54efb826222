#pragma once
// JSON shapes of card status and card errors, shared by `kakanai card … --json` and the card helper
// process that reports to its parent.
//
//   status: {"readers": ["…"], "reader": "…", "card_present": true, "card_kind": "mynumber-card",
//            "pin_set": true, "pin_tries_left": 3}
//   error:  {"code": "card.wrong-pin", "message": "…", "tries_left": 2}   (tries_left only when known)

#include "kakanai/base/result.h"
#include "kakanai/ports/card_reader.h"

#include <nlohmann/json.hpp>

namespace kakanai::card {

nlohmann::json statusToJson(const CardStatus& status);
Result<CardStatus> statusFromJson(const nlohmann::json& j);

nlohmann::json errorToJson(const Error& error);
// Any JSON gives an Error (a broken one becomes card.reader-error), so a bad helper answer is reported.
Error errorFromJson(const nlohmann::json& j);

} // namespace kakanai::card
