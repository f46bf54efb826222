#pragma once
// Process-wide privacy settings for programs that hold residents' data.

#include "kakanai/base/result.h"

namespace kakanai {

// No core dumps (PR_SET_DUMPABLE 0, RLIMIT_CORE 0): a crash must not write a resident's data to disk.
// This also stops other processes of the same user from ptrace-attaching.
Status disableCoreDumps();

// Whether PR_SET_DUMPABLE is 0 for this process (for tests and the self-test).
bool coreDumpsDisabled();

} // namespace kakanai
