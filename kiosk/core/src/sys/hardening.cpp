#include "kakanai/sys/hardening.h"

#include <sys/prctl.h>
#include <sys/resource.h>

#include <cerrno>
#include <cstring>

namespace kakanai {

Status disableCoreDumps() {
    rlimit none{0, 0};
    if (setrlimit(RLIMIT_CORE, &none) != 0)
        return makeError("sys.rlimit", std::string("setrlimit(RLIMIT_CORE) failed: ") + std::strerror(errno));
    if (prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0)
        return makeError("sys.prctl", std::string("prctl(PR_SET_DUMPABLE) failed: ") + std::strerror(errno));
    return {};
}

bool coreDumpsDisabled() {
    return prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) == 0;
}

} // namespace kakanai
