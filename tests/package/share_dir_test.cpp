// The share directory (kakanai/sys/share_dir.h): found relative to the running program, so the build tree
// and an installed or unpacked package work the same way; $KAKANAI_SHARE_DIR overrides.
#include "kakanai/forms/catalog.h"
#include "kakanai/normalize/data_files.h"
#include "kakanai/sys/helper_process.h"
#include "kakanai/sys/share_dir.h"

#include "test_support.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <optional>
#include <string>

namespace fs = std::filesystem;
using namespace kakanai;

namespace {

// Sets an environment variable for one test and restores the previous state.
class ScopedEnv {
public:
    ScopedEnv(const char* name, const char* value) : m_name(name) {
        if (const char* old = std::getenv(name)) m_old = old;
        value ? ::setenv(name, value, 1) : ::unsetenv(name);
    }
    ~ScopedEnv() { m_old ? ::setenv(m_name, m_old->c_str(), 1) : ::unsetenv(m_name); }

private:
    const char* m_name;
    std::optional<std::string> m_old;
};

} // namespace

TEST(ShareDir, IsShareKakanaiNextToTheProgramsBinDirectory) {
    ScopedEnv share("KAKANAI_SHARE_DIR", nullptr);
    const fs::path bin = fs::path(selfExecutable()).parent_path();
    EXPECT_EQ(shareDirectory(), (bin.parent_path() / "share" / "kakanai").string());
}

TEST(ShareDir, BuildTreeLinksReachTheSourceFiles) {
    ScopedEnv share("KAKANAI_SHARE_DIR", nullptr);
    ScopedEnv forms("KAKANAI_FORMS_DIR", nullptr);
    ScopedEnv data("KAKANAI_DATA_DIR", nullptr);
    EXPECT_TRUE(fs::equivalent(defaultFormsDirectory(), test::sourcePath("forms")));
    EXPECT_TRUE(fs::equivalent(normalize::defaultDataDirectory(), test::sourcePath("kiosk/core/data")));
    EXPECT_TRUE(fs::is_regular_file(sharePath("forms/juminhyo.json")));
}

TEST(ShareDir, EnvironmentOverridesAndFinerVariablesWin) {
    ScopedEnv share("KAKANAI_SHARE_DIR", "/opt/kakanai-share");
    ScopedEnv forms("KAKANAI_FORMS_DIR", nullptr);
    EXPECT_EQ(shareDirectory(), "/opt/kakanai-share");
    EXPECT_EQ(sharePath("data"), "/opt/kakanai-share/data");
    EXPECT_EQ(defaultFormsDirectory(), "/opt/kakanai-share/forms");
    ScopedEnv formsSet("KAKANAI_FORMS_DIR", "/srv/forms");
    EXPECT_EQ(defaultFormsDirectory(), "/srv/forms");
}
