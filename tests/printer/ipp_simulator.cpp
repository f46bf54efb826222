#include "ipp_simulator.h"

#include "test_support.h"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <sstream>
#include <stdexcept>
#include <thread>

namespace kakanai::test {
namespace {

namespace fs = std::filesystem;
using namespace std::chrono_literals;

// The engine: see the header. Waits are bounded (120 s) so a broken test never leaves it running forever.
constexpr const char* kEngine = R"SH(#!/bin/sh
CTL="__CTL__"
URI="__URI__"
MODE=$(cat "$CTL/mode" 2>/dev/null || echo ok)
echo "STATE: -media-empty,media-needed,media-jam,cover-open,toner-low" >&2
cancelled() {
  ipptool -d job_id="$IPP_JOB_ID" "$URI" "$CTL/job-state.test" 2>/dev/null |
    grep -q -e processing-to-stop-point -e canceled
}
wait_for_clear() {
  i=0
  while [ ! -e "$CTL/clear" ]; do
    cancelled && return 1
    i=$((i+1)); [ "$i" -gt 600 ] && return 1
    sleep 0.2
  done
  return 0
}
case "$MODE" in
  media-empty|cover-open)
    if [ "$MODE" = media-empty ]; then R=media-empty,media-needed; else R=cover-open; fi
    echo "STATE: +$R" >&2
    echo "INFO: the printer needs attention" >&2
    if ! wait_for_clear; then
      echo "STATE: -$R" >&2
      echo "INFO: cancelled while waiting; nothing printed" >&2
      exit 0
    fi
    echo "STATE: -$R" >&2
    cancelled && exit 0 ;;
  jam) echo "STATE: +media-jam" >&2; echo "ERROR: Paper jam" >&2; exit 1 ;;
  slow) sleep "$(cat "$CTL/slow-seconds")" ;;
  toner-low) echo "STATE: +toner-low" >&2 ;;
esac
cp "$1" "$CTL/printed/$IPP_JOB_NAME.pdf"
env | grep '^IPP_' > "$CTL/printed/$IPP_JOB_NAME.env"
echo "ATTR: job-impressions-completed=1" >&2
exit 0
)SH";

constexpr const char* kJobStateTest = R"(
{
  OPERATION Get-Job-Attributes
  GROUP operation-attributes-tag
  ATTR charset attributes-charset utf-8
  ATTR naturalLanguage attributes-natural-language en
  ATTR uri printer-uri $uri
  ATTR integer job-id $job_id
  ATTR keyword requested-attributes job-state,job-state-reasons
  DISPLAY job-state
  DISPLAY job-state-reasons
}
)";

// Every job the printer still holds (ippeveprinter keeps ended jobs about 60 s): how many were created.
constexpr const char* kJobsTest = R"(
{
  OPERATION Get-Jobs
  GROUP operation-attributes-tag
  ATTR charset attributes-charset utf-8
  ATTR naturalLanguage attributes-natural-language en
  ATTR uri printer-uri $uri
  ATTR keyword which-jobs all
  ATTR keyword requested-attributes job-id
  DISPLAY job-id
}
)";

std::string replaceAll(std::string s, const std::string& from, const std::string& to) {
    for (std::size_t p = s.find(from); p != std::string::npos; p = s.find(from, p + to.size()))
        s.replace(p, from.size(), to);
    return s;
}

void killGroup(pid_t& pid) {
    if (pid <= 0) return;
    ::kill(-pid, SIGCONT);
    ::kill(-pid, SIGKILL);
    ::waitpid(pid, nullptr, 0);
    pid = -1;
}

// One private "system bus" for every simulator of this test process.
class PrivateBus {
public:
    PrivateBus() {
        m_dir = fs::temp_directory_path() / ("kakanai-dbus-" + std::to_string(::getpid()));
        fs::create_directories(m_dir);
        m_address = "unix:path=" + (m_dir / "bus").string();
        m_pid = ::fork();
        if (m_pid == 0) {
            ::setpgid(0, 0);
            const int null = ::open("/dev/null", O_RDWR);
            ::dup2(null, 1), ::dup2(null, 2);
            const std::string arg = "--address=" + m_address;
            ::execlp("dbus-daemon", "dbus-daemon", "--session", arg.c_str(), "--nofork", "--nopidfile",
                     "--nosyslog", static_cast<char*>(nullptr));
            ::_exit(127);
        }
        for (int i = 0; i < 200 && !fs::exists(m_dir / "bus"); ++i)
            std::this_thread::sleep_for(10ms);
        if (!fs::exists(m_dir / "bus")) throw std::runtime_error("private dbus-daemon did not start");
    }
    ~PrivateBus() {
        killGroup(m_pid);
        std::error_code ec;
        fs::remove_all(m_dir, ec);
    }
    const std::string& address() const { return m_address; }

private:
    fs::path m_dir;
    std::string m_address;
    pid_t m_pid = -1;
};

PrivateBus& bus() {
    static PrivateBus b; // stopped at exit, after the simulators (constructed later, destroyed earlier)
    return b;
}

} // namespace

int freeLoopbackPort() {
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof a;
    if (::bind(fd, reinterpret_cast<sockaddr*>(&a), sizeof a) != 0 ||
        ::getsockname(fd, reinterpret_cast<sockaddr*>(&a), &len) != 0)
        throw std::runtime_error("no free port");
    ::close(fd);
    return ntohs(a.sin_port);
}

bool waitForPort(int port, std::chrono::milliseconds timeout) {
    const auto end = std::chrono::steady_clock::now() + timeout;
    while (std::chrono::steady_clock::now() < end) {
        const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_port = htons(static_cast<uint16_t>(port));
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        const bool ok = ::connect(fd, reinterpret_cast<sockaddr*>(&a), sizeof a) == 0;
        ::close(fd);
        if (ok) return true;
        std::this_thread::sleep_for(20ms);
    }
    return false;
}

std::string shellOutput(const std::string& command) {
    return run({"/bin/sh", "-c", command}).out;
}

IppSimulator::IppSimulator(std::string name) : m_name(std::move(name)) {
    bus();
    m_root = (fs::temp_directory_path() / ("kakanai-ippsim-" + std::to_string(::getpid()) + "-" + m_name))
                 .string();
    fs::remove_all(m_root);
    fs::create_directories(m_root + "/spool");
    fs::create_directories(m_root + "/printed");
    m_port = freeLoopbackPort();
    writeFile(m_root + "/job-state.test", kJobStateTest);
    writeFile(m_root + "/jobs.test", kJobsTest);
    writeFile(m_root + "/engine.sh", replaceAll(replaceAll(kEngine, "__CTL__", m_root), "__URI__", uri()));
    ::chmod((m_root + "/engine.sh").c_str(), 0755);
    setMode("ok");
    start();
}

IppSimulator::~IppSimulator() {
    killGroup(m_pid);
    std::error_code ec;
    fs::remove_all(m_root, ec);
}

std::string IppSimulator::uri() const {
    return "ipp://localhost:" + std::to_string(m_port) + "/ipp/print";
}

void IppSimulator::start() {
    const std::string log = m_root + "/ippeveprinter.log";
    m_pid = ::fork();
    if (m_pid == 0) {
        ::setpgid(0, 0); // the engine runs in this group too: one kill stops everything
        const int out = ::open(log.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0600);
        ::dup2(out, 1), ::dup2(out, 2);
        ::setenv("DBUS_SYSTEM_BUS_ADDRESS", bus().address().c_str(), 1);
        const std::string port = std::to_string(m_port), spool = m_root + "/spool",
                          engine = m_root + "/engine.sh";
        ::execlp("ippeveprinter", "ippeveprinter", "-v", "-r", "off", "-n", "localhost", "-p", port.c_str(),
                 "-d", spool.c_str(), "-c", engine.c_str(), "-f", "application/pdf", "-2", "-m",
                 "Kakanai Test Printer", m_name.c_str(), static_cast<char*>(nullptr));
        ::_exit(127);
    }
    ::setpgid(m_pid, m_pid);
    if (!waitForPort(m_port, 10s)) {
        killGroup(m_pid);
        throw std::runtime_error("ippeveprinter did not start: " + readFile(log));
    }
}

void IppSimulator::setMode(const std::string& mode, double slowSeconds) {
    std::error_code ec;
    fs::remove(m_root + "/clear", ec);
    writeFile(m_root + "/slow-seconds", std::to_string(slowSeconds));
    writeFile(m_root + "/mode", mode);
}

void IppSimulator::clearFault() {
    writeFile(m_root + "/clear", "");
}

void IppSimulator::kill() {
    killGroup(m_pid);
}

void IppSimulator::restart() {
    killGroup(m_pid);
    start();
}

void IppSimulator::pause() {
    if (m_pid > 0) ::kill(m_pid, SIGSTOP);
}

void IppSimulator::resume() {
    if (m_pid > 0) ::kill(m_pid, SIGCONT);
}

std::vector<std::string> IppSimulator::printedJobNames() const {
    std::vector<std::string> names;
    for (const auto& e : fs::directory_iterator(m_root + "/printed"))
        if (e.path().extension() == ".pdf") names.push_back(e.path().stem().string());
    std::sort(names.begin(), names.end());
    return names;
}

std::string IppSimulator::printedDocument(const std::string& jobName) const {
    return readFile(m_root + "/printed/" + jobName + ".pdf");
}

std::string IppSimulator::printedAttributes(const std::string& jobName) const {
    return readFile(m_root + "/printed/" + jobName + ".env");
}

void IppSimulator::forgetPrinted() {
    for (const auto& e : fs::directory_iterator(m_root + "/printed"))
        fs::remove(e.path());
}

std::vector<int> IppSimulator::jobIds() const {
    // ipptool prints a table: "job-id", "------", then one id per line.
    std::vector<int> ids;
    std::istringstream in(shellOutput("ipptool " + uri() + " " + m_root + "/jobs.test 2>/dev/null"));
    for (std::string line; std::getline(in, line);) {
        line.erase(line.find_last_not_of(" \t\r") + 1);
        if (!line.empty() && line.find_first_not_of("0123456789") == std::string::npos)
            ids.push_back(std::stoi(line));
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

std::string IppSimulator::log() const {
    return readFile(m_root + "/ippeveprinter.log");
}

BlackHole::BlackHole() {
    m_fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof a;
    if (::bind(m_fd, reinterpret_cast<sockaddr*>(&a), sizeof a) != 0 || ::listen(m_fd, 64) != 0 ||
        ::getsockname(m_fd, reinterpret_cast<sockaddr*>(&a), &len) != 0)
        throw std::runtime_error("black hole socket");
    m_port = ntohs(a.sin_port);
}

BlackHole::~BlackHole() {
    ::close(m_fd);
}

} // namespace kakanai::test
