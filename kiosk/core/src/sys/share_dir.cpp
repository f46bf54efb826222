#include "kakanai/sys/share_dir.h"

#include "kakanai/sys/helper_process.h"

#include <cstdlib>
#include <filesystem>

namespace kakanai {

std::string shareDirectory() {
    namespace fs = std::filesystem;
    if (const char* env = std::getenv("KAKANAI_SHARE_DIR"); env && *env) return env;
    const std::string self = selfExecutable();
    // Without /proc (never on a kiosk) fall back to the Debian package's place.
    if (self.empty()) return "/usr/share/kakanai";
    return (fs::path(self).parent_path().parent_path() / "share" / "kakanai").string();
}

std::string sharePath(std::string_view relative) {
    return (std::filesystem::path(shareDirectory()) / relative).string();
}

} // namespace kakanai
