#include "kakanai/normalize/data_files.h"

#include "kakanai/sys/share_dir.h"

#include <cstdlib>

namespace kakanai::normalize {

std::string defaultDataDirectory() {
    if (const char* env = std::getenv("KAKANAI_DATA_DIR"); env && *env) return env;
    return sharePath("data");
}

} // namespace kakanai::normalize
