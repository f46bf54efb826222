#pragma once
// The IPP operations with libcups, as run inside the helper process (kakanai-ipp). Each opens its own
// connection with a connect timeout and an I/O timeout; the parent's watchdog kills the helper if libcups
// still blocks (name lookups, reconnect loops).

#include "ipp_wire.h"

#include <cstdint>
#include <vector>

namespace kakanai::printer {

// Runs one request and returns the answer object. `document` is the PDF for "send" (wiped by the caller).
nlohmann::json runOperation(const HelperRequest& request, const std::vector<std::uint8_t>& document);

} // namespace kakanai::printer
