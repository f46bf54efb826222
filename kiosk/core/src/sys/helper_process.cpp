#include "kakanai/sys/helper_process.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <cstring>

namespace kakanai {
namespace {

struct Pipe {
    int fd[2] = {-1, -1};
    ~Pipe() { closeBoth(); }
    bool open() { return pipe2(fd, O_CLOEXEC) == 0; }
    void closeEnd(int i) {
        if (fd[i] >= 0) close(fd[i]);
        fd[i] = -1;
    }
    void closeBoth() { closeEnd(0), closeEnd(1); }
};

int remainingMs(std::chrono::steady_clock::time_point end) {
    const auto left =
        std::chrono::duration_cast<std::chrono::milliseconds>(end - std::chrono::steady_clock::now());
    return left.count() <= 0 ? 0 : static_cast<int>(std::min<long long>(left.count(), INT_MAX));
}

} // namespace

std::string selfExecutable() {
    char buf[PATH_MAX];
    const ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
    return n > 0 ? std::string(buf, static_cast<std::size_t>(n)) : std::string();
}

Result<HelperOutcome> runHelper(const std::vector<std::string>& argv, std::string_view input,
                                const HelperOptions& options) {
    if (argv.empty()) return makeError("helper.argv", "no helper program given");
    Pipe in, out;
    if (!in.open() || !out.open())
        return makeError("helper.pipe", std::string("pipe failed: ") + std::strerror(errno));

    std::vector<char*> args;
    for (const auto& a : argv)
        args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);

    const auto end = std::chrono::steady_clock::now() + options.deadline;
    const pid_t pid = fork();
    if (pid < 0) return makeError("helper.fork", std::string("fork failed: ") + std::strerror(errno));
    if (pid == 0) {
        // Child: own process group so the watchdog can kill the helper and anything it started.
        setpgid(0, 0);
        dup2(in.fd[0], STDIN_FILENO);
        dup2(out.fd[1], STDOUT_FILENO);
        if (!options.inheritStderr) {
            const int devnull = ::open("/dev/null", O_WRONLY);
            if (devnull >= 0) dup2(devnull, STDERR_FILENO);
        }
        execv(args[0], args.data());
        _exit(127);
    }
    setpgid(pid, pid); // also from the parent, so the group exists before we may kill it
    in.closeEnd(0);
    out.closeEnd(1);

    HelperOutcome outcome;
    // Write the request (small: a PIN or a command), then read the answer, both under the deadline.
    std::size_t written = 0;
    signal(SIGPIPE, SIG_IGN);
    while (written < input.size()) {
        pollfd p{in.fd[1], POLLOUT, 0};
        const int r = poll(&p, 1, remainingMs(end));
        if (r == 0) {
            outcome.timedOut = true;
            break;
        }
        if (r < 0 && errno == EINTR) continue;
        const ssize_t n = write(in.fd[1], input.data() + written, input.size() - written);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) break; // helper closed its stdin: let it answer or exit
        written += static_cast<std::size_t>(n);
    }
    in.closeEnd(1);

    while (!outcome.timedOut) {
        pollfd p{out.fd[0], POLLIN, 0};
        const int r = poll(&p, 1, remainingMs(end));
        if (r == 0) {
            outcome.timedOut = true;
            break;
        }
        if (r < 0) {
            if (errno == EINTR) continue;
            break;
        }
        char buf[4096];
        const ssize_t n = read(out.fd[0], buf, sizeof buf);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) break;
        if (outcome.output.size() + static_cast<std::size_t>(n) > options.maxOutputBytes) {
            outcome.timedOut = false;
            kill(-pid, SIGKILL);
            waitpid(pid, nullptr, 0);
            return makeError("helper.output", "helper wrote more than the allowed output");
        }
        outcome.output.append(buf, static_cast<std::size_t>(n));
    }

    int status = 0;
    if (!outcome.timedOut) {
        // stdout closed: wait for the exit, still bounded by the deadline.
        for (;;) {
            const pid_t w = waitpid(pid, &status, WNOHANG);
            if (w == pid) break;
            if (remainingMs(end) == 0) {
                outcome.timedOut = true;
                break;
            }
            usleep(2000);
        }
    }
    if (outcome.timedOut) {
        kill(-pid, SIGKILL);
        waitpid(pid, &status, 0);
        return outcome;
    }
    if (WIFEXITED(status))
        outcome.exitCode = WEXITSTATUS(status);
    else if (WIFSIGNALED(status))
        outcome.signalled = true;
    return outcome;
}

} // namespace kakanai
