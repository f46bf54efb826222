// Form template loader: JSON limits, schema validation and the semantic checks must turn any bytes into
// problems, never a crash or a hang.
#include "kakanai/forms/template_loader.h"

#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    (void)kakanai::parseTemplate(text, "fuzz.json");
    return 0;
}
