#pragma once
// Every PC/SC return code as a typed card error (codes in kakanai/ports/card_reader.h), with the
// constant's name in details["pcsc"] for IT staff.

#include "kakanai/base/result.h"

#include <string_view>

namespace kakanai::pcsc {

// `rv` is a pcsc-lite LONG; `during` names the step ("connecting to the card").
Error pcscError(long rv, std::string_view during);

// "SCARD_E_NO_SERVICE", or the hex value for codes pcsc-lite does not define.
std::string pcscName(long rv);

} // namespace kakanai::pcsc
