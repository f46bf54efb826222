#pragma once
// Where the normalisation data (municipalities.tsv, postal-codes.tsv) lives: $KAKANAI_DATA_DIR when set,
// otherwise <share directory>/data (kakanai/sys/share_dir.h; kiosk/core/data of the source tree when run
// from the build tree).

#include <string>

namespace kakanai::normalize {

std::string defaultDataDirectory();

} // namespace kakanai::normalize
