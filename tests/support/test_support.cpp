#include "test_support.h"

#include <fcntl.h>
#include <poll.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace kakanai::test {

std::string sourcePath(const std::string& relative) {
    return std::string(KAKANAI_TEST_SOURCE_DIR) + "/" + relative;
}
std::string binaryPath(const std::string& relative) {
    return std::string(KAKANAI_TEST_BINARY_DIR) + "/" + relative;
}
std::string cliPath() {
    return binaryPath("bin/kakanai");
}

std::string readFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

void writeFile(const std::string& path, const std::string& data) {
    std::ofstream out(path, std::ios::binary);
    out << data;
}

CommandResult run(const std::vector<std::string>& argv, const std::string& input) {
    int in[2], out[2], err[2];
    if (pipe2(in, O_CLOEXEC) || pipe2(out, O_CLOEXEC) || pipe2(err, O_CLOEXEC))
        throw std::runtime_error("pipe");
    const pid_t pid = fork();
    if (pid == 0) {
        dup2(in[0], 0), dup2(out[1], 1), dup2(err[1], 2);
        std::vector<char*> args;
        for (const auto& a : argv)
            args.push_back(const_cast<char*>(a.c_str()));
        args.push_back(nullptr);
        execvp(args[0], args.data());
        _exit(127);
    }
    close(in[0]), close(out[1]), close(err[1]);
    std::size_t written = 0;
    CommandResult r;
    pollfd fds[3] = {{in[1], POLLOUT, 0}, {out[0], POLLIN, 0}, {err[0], POLLIN, 0}};
    if (input.empty()) close(in[1]), fds[0].fd = -1;
    int open = 2 + (input.empty() ? 0 : 1);
    while (open > 0) {
        if (poll(fds, 3, -1) < 0) break;
        if (fds[0].fd >= 0 && (fds[0].revents & (POLLOUT | POLLERR | POLLHUP))) {
            const ssize_t n = write(in[1], input.data() + written, input.size() - written);
            if (n > 0) written += static_cast<std::size_t>(n);
            if (n <= 0 || written == input.size()) close(in[1]), fds[0].fd = -1, --open;
        }
        for (int k = 1; k < 3; ++k)
            if (fds[k].fd >= 0 && (fds[k].revents & (POLLIN | POLLHUP | POLLERR))) {
                char buf[65536];
                const ssize_t n = read(fds[k].fd, buf, sizeof buf);
                if (n <= 0)
                    close(fds[k].fd), fds[k].fd = -1, --open;
                else
                    (k == 1 ? r.out : r.err).append(buf, static_cast<std::size_t>(n));
            }
    }
    int status = 0;
    waitpid(pid, &status, 0);
    r.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    return r;
}

TempDir::TempDir() {
    std::string tmpl = (std::filesystem::temp_directory_path() / "kakanai-test-XXXXXX").string();
    if (!mkdtemp(tmpl.data())) throw std::runtime_error("mkdtemp");
    m_path = tmpl;
}

TempDir::~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(m_path, ec);
}

bool matchesGolden(const std::string& goldenRelative, const std::string& actual) {
    const std::string path = sourcePath("tests/golden/" + goldenRelative);
    const char* update = std::getenv("KAKANAI_UPDATE_GOLDEN");
    if (update && std::string(update) == "1") {
        std::filesystem::create_directories(std::filesystem::path(path).parent_path());
        writeFile(path, actual);
        return true;
    }
    if (std::filesystem::exists(path) && readFile(path) == actual) {
        std::filesystem::remove(path + ".fail");
        return true;
    }
    writeFile(path + ".fail", actual);
    return false;
}

} // namespace kakanai::test
