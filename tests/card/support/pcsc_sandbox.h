#pragma once
// A real pcscd with the vsmartcard-vpcd driver, inside a private mount and network namespace of the test
// process: the system's pcscd (and /run/pcscd) is untouched, and vpcd's TCP port, on which anyone could
// insert a card, is reachable only from inside. One pcscd per test binary; virtual cards
// (card_emulator processes) come and go per test.
//
// Needs root (CI runs as root): unshare(CLONE_NEWNS | CLONE_NEWNET). Without it the tests skip and say why.

#include <chrono>
#include <string>
#include <sys/types.h>
#include <vector>

namespace kakanai::test {

struct EmulatorOptions {
    int slot = 0;      // vpcd slot: "Virtual PCD 00 0<slot>", port 35963 + slot
    long muteAt = 0;   // stop answering at this APDU
    long vanishAt = 0; // disconnect (card removed) at this APDU
    bool waitForCard = true;
};

class PcscSandbox {
public:
    // Once per process, before any thread: enters the namespaces and starts pcscd. Returns "" or why not.
    static std::string setUp();
    static void tearDown();
    static bool ready();
    static const std::string& skipReason();
    static bool skippable(); // only a missing privilege skips; a missing package or a broken pcscd fails

    static void restartPcscd(bool withReaders = true);
    static void stopPcscd();
    // withReaders = false: a pcscd with no reader configured ("no reader connected").
    static void startPcscd(bool withReaders = true);
    // pcscd --debug (never --apdu) from the next start on.
    static void setDebugLogging(bool on);

    // Inserts a virtual card from tests/card/fixtures/<name> (or an absolute path) and waits until pcscd sees
    // it.
    static void insert(const std::string& fixture, EmulatorOptions options = {});
    // Takes the card out (kills the emulator) and waits until pcscd sees the slot empty.
    static void remove();
    static bool waitForSlot(int slot, bool present, std::chrono::milliseconds timeout);
    // The emulator's trace since insert(): APDU headers, status words, resets, "! FORBIDDEN" lines.
    static std::string trace();
    static std::vector<std::string> commandsSent(); // "> …" lines without the prefix
    static std::string readerName(int slot);
    static std::string pcscdLog();
    static std::string diagnostics(); // pcscd log, emulator log and trace tails, for failure messages
};

} // namespace kakanai::test

// First line of every test that needs the sandbox.
#define KAKANAI_REQUIRE_PCSC_SANDBOX()                                                                       \
    do {                                                                                                     \
        if (!::kakanai::test::PcscSandbox::ready()) {                                                        \
            if (::kakanai::test::PcscSandbox::skippable())                                                   \
                GTEST_SKIP() << ::kakanai::test::PcscSandbox::skipReason();                                  \
            FAIL() << "PC/SC sandbox: " << ::kakanai::test::PcscSandbox::skipReason();                       \
        }                                                                                                    \
    } while (0)
