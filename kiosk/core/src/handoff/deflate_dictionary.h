#pragma once
// The preset deflate dictionary of format 1 (see signed_code.cpp).
#include <cstdint>
#include <vector>

namespace kakanai::handoff {
const std::vector<std::uint8_t>& deflateDictionary();
}
