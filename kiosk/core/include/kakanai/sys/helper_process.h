#pragma once
// Device I/O that can hang (a card that stops answering: pcsc-lite has no transmit timeout and
// SCardCancel does not cancel SCardTransmit; a camera; a printer socket) runs in a helper process
// that a watchdog can kill. This runs one request/response exchange with a hard deadline.

#include "kakanai/base/result.h"

#include <chrono>
#include <string>
#include <string_view>
#include <vector>

namespace kakanai {

struct HelperOutcome {
    int exitCode = -1;      // valid when !timedOut and !signalled
    bool timedOut = false;  // the deadline passed; the helper's process group was killed
    bool signalled = false; // the helper died from a signal (crash)
    std::string output;     // what the helper wrote to stdout (its answer)
};

struct HelperOptions {
    std::chrono::milliseconds deadline{10000};
    std::size_t maxOutputBytes = std::size_t{1} << 20;
    bool inheritStderr = true; // helper diagnostics go to our stderr (they must not carry personal data)
};

// Starts argv[0] (a path, not searched in PATH) with `input` on its stdin (a view, so a PIN can go
// straight from locked memory), collects stdout until it exits or the deadline passes, then kills the
// whole process group. Never blocks past the deadline.
Result<HelperOutcome> runHelper(const std::vector<std::string>& argv, std::string_view input,
                                const HelperOptions& options = {});

// Path of the running executable (/proc/self/exe), so a program can run itself as its own helper.
std::string selfExecutable();

} // namespace kakanai
