#include "kakanai/print/file_printer.h"

#include "kakanai/print/ipp_printer.h"

#include <fcntl.h>
#include <unistd.h>

#include <cctype>
#include <cerrno>
#include <cstring>
#include <ctime>
#include <filesystem>

namespace kakanai {
namespace {

Status writeAll(const std::string& path, const std::vector<std::uint8_t>& data) {
    const std::string partial = path + ".part";
    const int fd = ::open(partial.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) return makeError("print.failed", "cannot write " + partial + ": " + std::strerror(errno));
    std::size_t done = 0;
    while (done < data.size()) {
        const ssize_t n = ::write(fd, data.data() + done, data.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) {
            const int err = errno;
            ::close(fd);
            ::unlink(partial.c_str());
            return makeError("print.failed", "cannot write " + partial + ": " + std::strerror(err));
        }
        done += static_cast<std::size_t>(n);
    }
    if (::fsync(fd) != 0 || ::close(fd) != 0 || ::rename(partial.c_str(), path.c_str()) != 0) {
        ::unlink(partial.c_str());
        return makeError("print.failed", "cannot write " + path + ": " + std::strerror(errno));
    }
    return {};
}

// Job names are neutral by contract; still, only these characters reach a file name.
std::string safeName(const std::string& name) {
    std::string out;
    for (char c : name)
        out += (std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_') ? c : '_';
    return out.empty() ? "kakanai-form" : out;
}

} // namespace

FilePrinter::FilePrinter(std::string directory) : m_directory(std::move(directory)) {}

Result<PrinterState> FilePrinter::state() {
    PrinterState s;
    s.model = "file printer (demo only): " + m_directory;
    s.mediaSupported = {"iso_a4_210x297mm", "iso_a3_297x420mm"};
    s.duplexSupported = true;
    s.scalingNoneSupported = true;
    std::error_code ec;
    std::filesystem::create_directories(m_directory, ec);
    if (ec || ::access(m_directory.c_str(), W_OK | X_OK) != 0) {
        s.faults = {PrinterFault::Unreachable};
        s.message = "cannot write to " + m_directory;
        return s;
    }
    s.reachable = s.accepting = s.ready = true;
    s.message = "ready";
    return s;
}

Status FilePrinter::print(const std::vector<std::uint8_t>& pdf, const PrintOptions& options, int,
                          const std::function<void(const JobProgress&)>& progress) {
    m_lastFiles.clear();
    auto report = [&](JobPhase phase, std::string message) {
        JobProgress p;
        p.phase = phase;
        p.message = std::move(message);
        p.jobId = phase == JobPhase::Submitting ? 0 : 1;
        if (progress) progress(p);
    };
    report(JobPhase::Submitting, "writing to " + m_directory);
    static constexpr char kMagic[] = "%PDF-";
    if (pdf.size() < 5 || std::memcmp(pdf.data(), kMagic, 5) != 0) {
        report(JobPhase::Failed, "not a PDF");
        return makeError("print.invalid-document", "the document is not a PDF; nothing was written");
    }
    auto st = state();
    if (!st->ready) {
        report(JobPhase::Failed, st->message);
        return makeError("print.unreachable", "the demo file printer " + st->message);
    }
    char stamp[32];
    const std::time_t now = std::time(nullptr);
    std::tm tm{};
    localtime_r(&now, &tm);
    std::strftime(stamp, sizeof stamp, "%Y%m%d-%H%M%S", &tm);
    const std::string base =
        m_directory + "/" + safeName(options.jobName) + "-" + stamp + "-" + randomJobSuffix();
    for (int copy = 1; copy <= std::max(1, options.copies); ++copy) {
        const std::string path = base + (options.copies > 1 ? "-" + std::to_string(copy) : "") + ".pdf";
        if (Status s = writeAll(path, pdf); !s) {
            report(JobPhase::Failed, s.error().message);
            return s;
        }
        m_lastFiles.push_back(path);
    }
    report(JobPhase::Queued, "accepted");
    report(JobPhase::Completed, "written to " + m_directory);
    return {};
}

} // namespace kakanai
