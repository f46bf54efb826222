// Kiosk config loader (TOML): every input ends as a config or a list of named problems.
#include "kakanai/config/config.h"

#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    (void)kakanai::parseConfig(text, "fuzz.toml");
    return 0;
}
