#pragma once
// Where the normalisation data (municipalities.tsv, postal-codes.tsv) lives: $KAKANAI_DATA_DIR when set,
// otherwise kiosk/core/data in the source tree the program was built from.

#include <string>

namespace kakanai::normalize {

std::string defaultDataDirectory();

} // namespace kakanai::normalize
