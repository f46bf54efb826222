// Fault suite, kiosk (docs/faults.md):
//   - the document camera unplugged or stalled while the resident holds the ID under it: the real QML
//     (the UI tests' fixture, offscreen) says the camera is not available and offers staff or a retry,
//     drops the last frame, and works again once the camera is back;
//   - the kiosk process SIGKILLed mid-session (on the check screen, the resident's data on screen) and
//     started again: it comes back to the welcome screen, and no file it wrote under a fresh HOME, TMPDIR
//     and XDG_* holds any of the resident's data (the privacy tests' canary search, every encoding).
#include "canary.h"
#include "fakes/fake_camera.h"
#include "image_store.h"
#include "kiosk_fixture.h"

#include "test_support.h"

#include <gtest/gtest.h>

#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <thread>

using namespace kakanai;
using namespace kakanai::kiosk;
using namespace kakanai::kiosk::test;
using namespace std::chrono_literals;
namespace fs = std::filesystem;

namespace {

class CameraFaults : public KioskFixture {
protected:
    FakeDocumentCamera& camera() { return *kiosk().devices().fakeCamera; }
    QString error() { return model("identify")->property("error").toString(); }
    bool frameShown() { return !model("identify")->property("cameraFrame").toString().isEmpty(); }

    void toCamera() {
        toIdentify();
        tapOrFail("useCameraButton");
        ASSERT_TRUE(waitStep("camera"));
    }
    void expectCameraUnavailableShown(const char* shotName) {
        ASSERT_TRUE(ui().waitFor([&] { return error() == QLatin1String("camera.unavailable"); }, 8000))
            << "no message after the camera went away; error=" << error().toStdString();
        EXPECT_EQ(step(), QStringLiteral("camera")) << "the session continues";
        EXPECT_FALSE(frameShown()) << "a frozen frame of the ID stays on screen";
        EXPECT_EQ(kiosk().images()->count(), 0) << "a camera frame is kept";
        EXPECT_TRUE(ui().visible("retryCamera"));
        EXPECT_TRUE(ui().visible("cameraStaff"));
        shot(shotName);
    }
    void retryReachesCheck() {
        camera().unplugAfter(-1);
        camera().stallAfter(-1);
        tapOrFail("retryCamera");
        ASSERT_TRUE(waitStep("check", 20000)) << "the camera is back but the retry did not read the ID";
    }
};

} // namespace

TEST_F(CameraFaults, CameraUnpluggedWhileShowingTheIdSaysSoAndRetryWorks) {
    camera().unplugAfter(2); // two frames of the empty desk, then the USB cable is pulled
    toCamera();
    expectCameraUnavailableShown("camera-unplugged");
    retryReachesCheck();
}

TEST_F(CameraFaults, CameraThatStopsGivingFramesSaysSoAndRetryWorks) {
    camera().stallAfter(2); // open, but no frame arrives any more
    toCamera();
    expectCameraUnavailableShown("camera-stalled");
    retryReachesCheck();
}

TEST_F(CameraFaults, CameraMissingAtTheStartSaysSo) {
    camera().unplugAfter(0);
    toCamera();
    expectCameraUnavailableShown("camera-missing");
}

namespace {

// The kiosk binary in a clean environment whose every writable place is inside one fresh directory.
class KioskProcess {
public:
    explicit KioskProcess(const std::string& root) : m_root(root) {}

    void start(const std::vector<std::string>& args, const std::string& log) {
        std::vector<std::string> env = {
            "PATH=/usr/bin:/bin",
            "LANG=C.UTF-8",
            "HOME=" + m_root + "/home",
            "TMPDIR=" + m_root + "/tmp",
            "XDG_CACHE_HOME=" + m_root + "/cache",
            "XDG_CONFIG_HOME=" + m_root + "/config",
            "XDG_DATA_HOME=" + m_root + "/data",
            "XDG_STATE_HOME=" + m_root + "/state",
            "XDG_RUNTIME_DIR=" + m_root + "/runtime",
            "QT_QPA_PLATFORM=offscreen:configfile=" KAKANAI_UI_SCREEN_CONFIG,
            "QT_QUICK_BACKEND=software",
        };
        std::vector<std::string> argv = {KAKANAI_KIOSK_BINARY};
        argv.insert(argv.end(), args.begin(), args.end());
        std::vector<char*> a, e; // built before fork: the child of a threaded process must not allocate
        for (auto& s : argv)
            a.push_back(s.data());
        for (auto& s : env)
            e.push_back(s.data());
        a.push_back(nullptr), e.push_back(nullptr);
        m_pid = ::fork();
        if (m_pid == 0) {
            const int out = ::open(log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
            ::dup2(out, 1), ::dup2(out, 2);
            ::execve(a[0], a.data(), e.data());
            ::_exit(127);
        }
    }
    // Exit code, or 128 + signal.
    int wait() {
        int status = 0;
        ::waitpid(m_pid, &status, 0);
        m_pid = -1;
        return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    }
    void kill() {
        if (m_pid > 0) ::kill(m_pid, SIGKILL);
    }
    bool running() { return m_pid > 0 && ::waitpid(m_pid, nullptr, WNOHANG) == 0; }
    ~KioskProcess() {
        if (m_pid > 0) kill(), wait();
    }

private:
    std::string m_root;
    pid_t m_pid = -1;
};

bool waitForFile(const std::string& dir, const std::string& suffix, KioskProcess& p, std::chrono::seconds t) {
    const auto end = std::chrono::steady_clock::now() + t;
    while (std::chrono::steady_clock::now() < end && p.running()) {
        std::error_code ec;
        for (const auto& e : fs::directory_iterator(dir, ec))
            if (e.path().filename().string().ends_with(suffix)) return true;
        std::this_thread::sleep_for(50ms);
    }
    return false;
}

std::string filesUnder(const std::string& root) {
    std::string s;
    for (const auto& e : fs::recursive_directory_iterator(root))
        if (e.is_regular_file()) s += "  " + e.path().string() + "\n";
    return s;
}

} // namespace

TEST(KioskRestart, KilledMidSessionComesBackToWelcomeWithNothingPersonalOnDisk) {
    kakanai::test::TempDir root, shots;
    for (const char* d : {"home", "tmp", "cache", "config", "data", "state", "runtime"})
        fs::create_directories(root.file(d));
    ::chmod(root.file("runtime").c_str(), 0700);
    fs::create_directories(shots.file("first"));
    fs::create_directories(shots.file("second"));

    // The demo resident (架空 花子) reaches the check screen: name, address and birth date on screen.
    KioskProcess first(root.path());
    first.start({"--demo", "--walkthrough", shots.file("first")}, shots.file("first.log"));
    ASSERT_TRUE(waitForFile(shots.file("first"), "-check.png", first, 90s))
        << "the walkthrough did not reach the check screen:\n"
        << kakanai::test::readFile(shots.file("first.log"));
    first.kill();
    EXPECT_EQ(first.wait(), 128 + SIGKILL);

    // Started again, it is at the welcome screen: the walkthrough's first tap is the welcome screen's
    // start button, and it reaches the next screen only if that button was there.
    KioskProcess second(root.path());
    second.start({"--demo", "--walkthrough", shots.file("second")}, shots.file("second.log"));
    EXPECT_TRUE(waitForFile(shots.file("second"), "-needs.png", second, 90s))
        << "the restarted kiosk did not start from the welcome screen:\n"
        << kakanai::test::readFile(shots.file("second.log"));
    second.kill();
    second.wait();

    const std::vector<std::string> resident = {"架空",     "花子",           "カクウ",
                                               "ハナコ",   "九段南",         "1989-01-08",
                                               "19890108", "平成元年1月8日", "平成元年１月８日"};
    // The search sees the resident where they are (control: a UTF-16 copy in another folder).
    kakanai::test::writeFile(shots.file("control.txt"), "\xff\xfe\xb6\x67\x7a\x7a"); // 架空, UTF-16LE
    ASSERT_FALSE(kakanai::test::findCanaries(shots.path(), {"架空"}).empty());

    const auto hits = kakanai::test::findCanaries(root.path(), resident);
    std::string where;
    for (const auto& h : hits)
        where += "  " + h.where + " (" + h.pattern + ")\n";
    EXPECT_TRUE(hits.empty()) << "the resident's data in a file the kiosk wrote:\n"
                              << where << "files written:\n"
                              << filesUnder(root.path());
    for (const char* log : {"first.log", "second.log"}) {
        const std::string text = kakanai::test::readFile(shots.file(log));
        EXPECT_TRUE(kakanai::test::findCanariesIn(log, text, resident).empty()) << text;
    }
}
