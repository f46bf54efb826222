#include "kakanai/normalize/data_files.h"

#include <cstdlib>

namespace kakanai::normalize {

std::string defaultDataDirectory() {
    if (const char* env = std::getenv("KAKANAI_DATA_DIR"); env && *env) return env;
    return KAKANAI_DEFAULT_DATA_DIR;
}

} // namespace kakanai::normalize
