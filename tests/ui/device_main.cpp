// GoogleTest main for the kiosk with its real drivers: enters the PC/SC sandbox (private namespaces and
// pcscd, while the process has one thread), then runs the UI tests offscreen. The kiosk under test runs
// card I/O in a helper process, which is this binary started as `__card-helper`.
#include "devices.h"
#include "pcsc_sandbox.h"
#include "ui_runner.h"

#include <csignal>
#include <cstdio>

int main(int argc, char** argv) {
    if (const int helper = kakanai::kiosk::runDeviceHelper(argc, argv); helper >= 0) return helper;
    std::signal(SIGPIPE, SIG_IGN);
    const int rc = kakanai::kiosk::test::runUiTests(argc, argv, [] {
        const std::string reason = kakanai::test::PcscSandbox::setUp();
        if (!reason.empty()) std::fprintf(stderr, "PC/SC sandbox not available: %s\n", reason.c_str());
    });
    kakanai::test::PcscSandbox::tearDown();
    return rc;
}
