#include "kakanai/layout/renderer.h"

#include <cstring>

namespace kakanai {

void wipe(Bytes& bytes) {
    if (!bytes.empty()) explicit_bzero(bytes.data(), bytes.size());
    bytes.clear();
    bytes.shrink_to_fit();
}

} // namespace kakanai
