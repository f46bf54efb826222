#include "ui_runner.h"

#include <gtest/gtest.h>

#include <QGuiApplication>
#include <QStandardPaths>

#include <cstdlib>
#include <filesystem>

namespace kakanai::kiosk::test {

int runUiTests(int argc, char** argv, const std::function<void()>& beforeApp) {
    ::testing::InitGoogleTest(&argc, argv);
    if (beforeApp && !GTEST_FLAG_GET(list_tests)) beforeApp();
    setenv("QT_QPA_PLATFORM", "offscreen:configfile=" KAKANAI_UI_SCREEN_CONFIG, 1);
    setenv("QT_QUICK_BACKEND", "software", 1);
    // A private temp dir per test process: the privacy test checks nothing new appears in it.
    std::string tmpl = (std::filesystem::temp_directory_path() / "kakanai-ui-XXXXXX").string();
    const std::string tmp = mkdtemp(tmpl.data());
    const std::string runtime = tmp + "/xdg";
    std::filesystem::create_directories(runtime);
    std::filesystem::permissions(runtime, std::filesystem::perms::owner_all);
    setenv("XDG_RUNTIME_DIR", runtime.c_str(), 1);
    setenv("TMPDIR", tmp.c_str(), 1);
    QStandardPaths::setTestModeEnabled(true);
    int rc = 0;
    {
        QGuiApplication app(argc, argv);
        rc = RUN_ALL_TESTS();
    }
    std::error_code ec;
    std::filesystem::remove_all(tmp, ec);
    return rc;
}

} // namespace kakanai::kiosk::test
