#pragma once
// The UI tests' process set-up, shared by every UI test binary: a QGuiApplication on the offscreen
// platform with a 1920x1080 screen and the software scene graph (the same screenshots on every machine,
// display or not), and a private TMPDIR per process. `beforeApp` runs first, while the process has one
// thread (the real-device tests enter their PC/SC namespace there); not when only listing tests.

#include <functional>

namespace kakanai::kiosk::test {

int runUiTests(int argc, char** argv, const std::function<void()>& beforeApp = {});

} // namespace kakanai::kiosk::test
