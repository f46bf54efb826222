#pragma once
// A real IPP Everywhere printer for the tests: ippeveprinter (Debian cups-ipp-utils) on loopback, with a
// private dbus-daemon (it needs a "system bus" even with -r off), and a print command (-c) that behaves like
// a printer engine steered by files in a control folder:
//   mode = ok | slow | media-empty | cover-open | jam | toner-low   (read when a job starts)
//   clear                                                            (ends media-empty / cover-open)
// Every printed document lands in printed/<job-name>.pdf with its IPP attributes in printed/<job-name>.env.
// The engine honours Cancel-Job while it waits for paper, as a real printer does.

#include <sys/types.h>

#include <chrono>
#include <string>
#include <vector>

namespace kakanai::test {

class IppSimulator {
public:
    explicit IppSimulator(std::string name = "KakanaiTest");
    ~IppSimulator();
    IppSimulator(const IppSimulator&) = delete;
    IppSimulator& operator=(const IppSimulator&) = delete;

    bool running() const { return m_pid > 0; }
    int port() const { return m_port; }
    std::string uri() const;
    pid_t pid() const { return m_pid; }
    const std::string& root() const { return m_root; }

    void setMode(const std::string& mode, double slowSeconds = 2.0);
    void clearFault(); // the tray was refilled / the cover closed
    void kill();       // the printer is gone (SIGKILL of the whole process group)
    void restart();    // same port, empty job list
    void pause();      // SIGSTOP: answers nothing, connections pile up in the backlog
    void resume();

    // Documents the engine printed, by job name; empty when none.
    std::vector<std::string> printedJobNames() const;
    std::string printedDocument(const std::string& jobName) const;
    std::string printedAttributes(const std::string& jobName) const;
    void forgetPrinted();
    // Ids of the jobs the printer holds, ended ones included (kept about 60 s), ascending.
    std::vector<int> jobIds() const;
    std::string log() const;

private:
    void start();
    std::string m_name, m_root;
    int m_port = 0;
    pid_t m_pid = -1;
};

// Runs `command` (via /bin/sh -c) and returns its stdout; for ipptool/lpadmin in tests.
std::string shellOutput(const std::string& command);

// A TCP port on 127.0.0.1 that accepts connections into its backlog and never answers (a hung printer).
class BlackHole {
public:
    BlackHole();
    ~BlackHole();
    int port() const { return m_port; }

private:
    int m_fd = -1;
    int m_port = 0;
};

int freeLoopbackPort();
bool waitForPort(int port, std::chrono::milliseconds timeout);

} // namespace kakanai::test
