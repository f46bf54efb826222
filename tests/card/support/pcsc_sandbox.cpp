#include "pcsc_sandbox.h"

#include "test_support.h"

#include <winscard.h>

#include <fcntl.h>
#include <net/if.h>
#include <sched.h>
#include <signal.h>
#include <sys/ioctl.h>
#include <sys/mount.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <thread>

namespace kakanai::test {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

constexpr const char* kPcscd = "/usr/sbin/pcscd";
constexpr const char* kVpcdDriver = "/usr/lib/pcsc/drivers/serial/libifdvpcd.so";
constexpr int kVpcdPort = 35963; // 0x8C7B, vpcd's default; slot 1 listens on the next port

struct State {
    bool ready = false;
    std::string reason;
    bool skippable = false;
    std::string dir;
    pid_t pcscd = -1;
    pid_t emulator = -1;
    int emulatorSlot = 0;
    std::string tracePath;
    int inserts = 0;
    bool debug = false;
} g;

std::string errnoText(const char* what) {
    return std::string(what) + ": " + std::strerror(errno);
}

bool bringUpLoopback() {
    const int fd = ::socket(AF_INET, SOCK_DGRAM, 0);
    if (fd < 0) return false;
    ifreq ifr{};
    std::strncpy(ifr.ifr_name, "lo", IFNAMSIZ - 1);
    bool ok = ::ioctl(fd, SIOCGIFFLAGS, &ifr) == 0;
    ifr.ifr_flags = static_cast<short>(ifr.ifr_flags | IFF_UP | IFF_RUNNING);
    ok = ok && ::ioctl(fd, SIOCSIFFLAGS, &ifr) == 0;
    ::close(fd);
    return ok;
}

pid_t spawn(const std::vector<std::string>& argv, const std::string& logPath) {
    std::vector<char*> args;
    for (const auto& a : argv)
        args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    const pid_t pid = ::fork();
    if (pid == 0) {
        const int log = ::open(logPath.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
        const int null = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
        if (null >= 0) ::dup2(null, STDIN_FILENO);
        if (log >= 0) ::dup2(log, STDOUT_FILENO), ::dup2(log, STDERR_FILENO);
        ::execv(args[0], args.data());
        ::_exit(127);
    }
    return pid;
}

void stop(pid_t& pid, int signal, std::chrono::milliseconds grace) {
    if (pid <= 0) return;
    ::kill(pid, signal);
    const auto end = Clock::now() + grace;
    while (Clock::now() < end) {
        if (::waitpid(pid, nullptr, WNOHANG) == pid) {
            pid = -1;
            return;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    ::kill(pid, SIGKILL);
    ::waitpid(pid, nullptr, 0);
    pid = -1;
}

bool pcscdAnswers(std::chrono::milliseconds timeout) {
    const auto end = Clock::now() + timeout;
    while (Clock::now() < end) {
        SCARDCONTEXT ctx = 0;
        if (SCardEstablishContext(SCARD_SCOPE_SYSTEM, nullptr, nullptr, &ctx) == SCARD_S_SUCCESS) {
            DWORD len = 0;
            const LONG rv = SCardListReaders(ctx, nullptr, nullptr, &len);
            SCardReleaseContext(ctx);
            if (rv == SCARD_S_SUCCESS || rv == SCARD_E_NO_READERS_AVAILABLE) return true;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    return false;
}

} // namespace

std::string PcscSandbox::setUp() {
    if (::geteuid() != 0) {
        g.reason = "needs root for private mount and network namespaces (CI runs as root)";
        g.skippable = true;
        return g.reason;
    }
    if (::access(kPcscd, X_OK) != 0 || ::access(kVpcdDriver, R_OK) != 0) {
        g.reason = "pcscd or vsmartcard-vpcd is not installed: run scripts/install-deps";
        return g.reason;
    }
    if (::unshare(CLONE_NEWNS | CLONE_NEWNET) != 0) return g.reason = errnoText("unshare");
    // Nothing we mount may leak out to the real system.
    if (::mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0)
        return g.reason = errnoText("mount private");
    ::mkdir("/run/pcscd", 0755);
    if (::mount("tmpfs", "/run/pcscd", "tmpfs", 0, "mode=0755") != 0)
        return g.reason = errnoText("mount /run/pcscd");
    if (!bringUpLoopback()) return g.reason = errnoText("bringing up lo");

    char tmpl[] = "/tmp/kakanai-pcsc-XXXXXX";
    if (!::mkdtemp(tmpl)) return g.reason = errnoText("mkdtemp");
    g.dir = tmpl;
    // A private reader.conf.d: only vpcd, none of the system's serial reader configs.
    fs::create_directories(g.dir + "/reader.conf.d");
    std::ofstream(g.dir + "/reader.conf.d/vpcd") << "FRIENDLYNAME \"Virtual PCD\"\n"
                                                 << "DEVICENAME   /dev/null:0x8C7B\n"
                                                 << "LIBPATH      " << kVpcdDriver << "\n"
                                                 << "CHANNELID    0x8C7B\n";
    try {
        startPcscd();
    } catch (const std::exception& e) {
        return g.reason = e.what();
    }
    g.ready = true;
    return {};
}

void PcscSandbox::tearDown() {
    stop(g.emulator, SIGKILL, std::chrono::milliseconds(500));
    stopPcscd();
    if (!g.dir.empty()) {
        std::error_code ec;
        fs::remove_all(g.dir, ec);
    }
}

bool PcscSandbox::ready() {
    return g.ready;
}

const std::string& PcscSandbox::skipReason() {
    return g.reason;
}

bool PcscSandbox::skippable() {
    return g.skippable;
}

void PcscSandbox::startPcscd(bool withReaders) {
    // A pcscd that was killed leaves its pid file and socket behind.
    std::error_code ec;
    for (const auto& e : fs::directory_iterator("/run/pcscd", ec))
        fs::remove(e.path(), ec);
    const std::string config = g.dir + (withReaders ? "/reader.conf.d" : "/no-readers.d");
    fs::create_directories(config, ec);
    std::vector<std::string> argv = {kPcscd, "--foreground", "--config", config};
    if (g.debug) argv.push_back("--debug"); // not --apdu: production pcscd logs no APDUs (docs/lockdown.md)
    g.pcscd = spawn(argv, g.dir + "/pcscd.log");
    if (!pcscdAnswers(std::chrono::seconds(10)))
        throw std::runtime_error("pcscd did not start: " + pcscdLog());
}

void PcscSandbox::setDebugLogging(bool on) {
    g.debug = on;
}

void PcscSandbox::stopPcscd() {
    stop(g.pcscd, SIGTERM, std::chrono::seconds(3));
}

void PcscSandbox::restartPcscd(bool withReaders) {
    stopPcscd();
    startPcscd(withReaders);
}

std::string PcscSandbox::readerName(int slot) {
    return "Virtual PCD 00 0" + std::to_string(slot);
}

void PcscSandbox::insert(const std::string& fixture, EmulatorOptions o) {
    remove();
    g.tracePath = g.dir + "/trace-" + std::to_string(++g.inserts) + ".txt";
    std::vector<std::string> argv = {
        KAKANAI_CARD_EMULATOR,
        "--fixture",
        fixture.rfind('/', 0) == 0 ? fixture : sourcePath("tests/card/fixtures/" + fixture),
        "--port",
        std::to_string(kVpcdPort + o.slot),
        "--trace",
        g.tracePath};
    if (o.muteAt) argv.insert(argv.end(), {"--mute-at", std::to_string(o.muteAt)});
    if (o.vanishAt) argv.insert(argv.end(), {"--vanish-at", std::to_string(o.vanishAt)});
    g.emulator = spawn(argv, g.dir + "/emulator.log");
    g.emulatorSlot = o.slot;
    if (o.waitForCard && !waitForSlot(o.slot, true, std::chrono::seconds(10)))
        throw std::runtime_error("the virtual card " + fixture + " did not appear in " + readerName(o.slot) +
                                 "\n" + diagnostics());
}

void PcscSandbox::remove() {
    if (g.emulator <= 0) return;
    stop(g.emulator, SIGKILL, std::chrono::milliseconds(100));
    if (!waitForSlot(g.emulatorSlot, false, std::chrono::seconds(10)))
        throw std::runtime_error("the virtual card did not leave " + readerName(g.emulatorSlot));
}

bool PcscSandbox::waitForSlot(int slot, bool present, std::chrono::milliseconds timeout) {
    const auto end = Clock::now() + timeout;
    const std::string name = readerName(slot);
    while (Clock::now() < end) {
        SCARDCONTEXT ctx = 0;
        if (SCardEstablishContext(SCARD_SCOPE_SYSTEM, nullptr, nullptr, &ctx) != SCARD_S_SUCCESS) {
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
            continue;
        }
        SCARD_READERSTATE rs{};
        rs.szReader = name.c_str();
        rs.dwCurrentState = SCARD_STATE_UNAWARE;
        bool done = false;
        while (!done && Clock::now() < end) {
            const auto left =
                std::chrono::duration_cast<std::chrono::milliseconds>(end - Clock::now()).count();
            const LONG rv =
                SCardGetStatusChange(ctx, static_cast<DWORD>(std::max<long long>(left, 0)), &rs, 1);
            if (rv == SCARD_E_TIMEOUT) break;
            if (rv != SCARD_S_SUCCESS) { // pcscd restarting, reader not there yet
                std::this_thread::sleep_for(std::chrono::milliseconds(20));
                break;
            }
            const bool isPresent =
                (rs.dwEventState & SCARD_STATE_PRESENT) && !(rs.dwEventState & SCARD_STATE_MUTE);
            if (isPresent == present) done = true;
            rs.dwCurrentState = rs.dwEventState & ~static_cast<DWORD>(SCARD_STATE_CHANGED);
        }
        SCardReleaseContext(ctx);
        if (done) return true;
    }
    return false;
}

std::string PcscSandbox::trace() {
    std::ifstream in(g.tracePath);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

std::vector<std::string> PcscSandbox::commandsSent() {
    std::vector<std::string> out;
    std::istringstream in(trace());
    for (std::string line; std::getline(in, line);)
        if (line.rfind("> ", 0) == 0) out.push_back(line.substr(2));
    return out;
}

std::string PcscSandbox::diagnostics() {
    auto tail = [](const std::string& path) {
        std::ifstream in(path);
        std::stringstream s;
        s << in.rdbuf();
        const std::string t = s.str();
        return t.size() > 3000 ? t.substr(t.size() - 3000) : t;
    };
    return "--- pcscd.log\n" + pcscdLog() + "\n--- emulator.log\n" + tail(g.dir + "/emulator.log") +
           "\n--- trace\n" + tail(g.tracePath);
}

std::string PcscSandbox::pcscdLog() {
    std::ifstream in(g.dir + "/pcscd.log");
    std::stringstream s;
    s << in.rdbuf();
    std::string text = s.str();
    return text.size() > 4000 ? text.substr(text.size() - 4000) : text;
}

} // namespace kakanai::test
