#pragma once
// Parsing JSON from files people or programs hand us (templates, person records, answers).
// Hostile input (truncated files, 100 000-deep nesting, huge files) gives an Error, never a crash.

#include "kakanai/base/result.h"

#include <nlohmann/json_fwd.hpp>
#include <string>
#include <string_view>

namespace kakanai {

inline constexpr std::size_t kMiB = std::size_t{1} << 20;

struct JsonLimits {
    int maxDepth = 64; // real documents nest < 10 deep
    std::size_t maxBytes = 8 * kMiB;
};

Result<nlohmann::json> parseJson(std::string_view text, JsonLimits limits = {});
// Reads and parses a file; errors name the problem, the caller prefixes the file name.
Result<nlohmann::json> readJsonFile(const std::string& path, JsonLimits limits = {});
Result<std::string> readTextFile(const std::string& path, std::size_t maxBytes = 8 * kMiB);

// RFC 6901 escaping of one reference token ("a/b" -> "a~1b").
std::string jsonPointerToken(std::string_view key);

} // namespace kakanai
