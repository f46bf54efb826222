// kakanai-ipp: runs one IPP operation for the printer driver and exits. The driver starts it with
// runHelper() and kills it at a deadline, so a printer (or a name lookup, or a libcups reconnect loop) that
// hangs can never hang the kiosk. Request on stdin (a JSON line, then the PDF for "send"); answer on stdout.
#include "ipp_operations.h"

#include "kakanai/sys/hardening.h"

#include <signal.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

namespace {

constexpr std::size_t kMaxLine = 64 * 1024;
constexpr std::size_t kMaxDocument = 256u * 1024 * 1024;

bool readExactly(int fd, std::uint8_t* data, std::size_t size) {
    std::size_t done = 0;
    while (done < size) {
        const ssize_t n = ::read(fd, data + done, size - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return false;
        done += static_cast<std::size_t>(n);
    }
    return true;
}

bool readLine(int fd, std::string& line) {
    char c;
    while (line.size() < kMaxLine) {
        const ssize_t n = ::read(fd, &c, 1);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return false;
        if (c == '\n') return true;
        line.push_back(c);
    }
    return false;
}

int answer(const nlohmann::json& j) {
    const std::string out = j.dump() + "\n";
    return std::fwrite(out.data(), 1, out.size(), stdout) == out.size() && std::fflush(stdout) == 0 ? 0 : 1;
}

} // namespace

int main() {
    using namespace kakanai;
    (void)disableCoreDumps(); // it may hold a resident's form
    signal(SIGPIPE, SIG_IGN);
    std::string line;
    if (!readLine(STDIN_FILENO, line))
        return answer(printer::failure(ipp_error::kRefused, "no request on stdin", "bad-request"));
    auto request = printer::decodeRequest(line);
    if (!request)
        return answer(printer::failure(ipp_error::kRefused, request.error().message, "bad-request"));
    std::vector<std::uint8_t> document;
    if (request->op == "send") {
        if (request->documentSize == 0 || request->documentSize > kMaxDocument)
            return answer(printer::failure(ipp_error::kRefused, "document size out of range", "bad-request"));
        document.resize(request->documentSize);
        if (!readExactly(STDIN_FILENO, document.data(), document.size()))
            return answer(
                printer::failure(ipp_error::kRefused, "document shorter than announced", "bad-request"));
    }
    const nlohmann::json result = printer::runOperation(*request, document);
    explicit_bzero(document.data(), document.size());
    return answer(result);
}
