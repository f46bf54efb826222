// main() of the PC/SC integration test binaries: one sandbox (namespaces + pcscd) for all their tests,
// set up before GoogleTest starts any thread (unshare(CLONE_NEWNS) refuses a multi-threaded process).
#include "pcsc_sandbox.h"

#include <gtest/gtest.h>

#include <csignal>
#include <cstdio>

int main(int argc, char** argv) {
    testing::InitGoogleTest(&argc, argv);
    std::signal(SIGPIPE, SIG_IGN); // a command that exits before reading its stdin must not kill the test
    if (!GTEST_FLAG_GET(list_tests)) {
        const std::string reason = kakanai::test::PcscSandbox::setUp();
        if (!reason.empty()) std::fprintf(stderr, "PC/SC sandbox not available: %s\n", reason.c_str());
    }
    const int rc = RUN_ALL_TESTS();
    kakanai::test::PcscSandbox::tearDown();
    return rc;
}
