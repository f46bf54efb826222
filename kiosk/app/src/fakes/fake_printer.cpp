#include "fake_printer.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <string_view>
#include <thread>

namespace kakanai::kiosk {
namespace {

std::string faultCode(PrinterFault f) {
    switch (f) {
    case PrinterFault::MediaEmpty:
        return "print.media-empty";
    case PrinterFault::MediaJam:
        return "print.media-jam";
    case PrinterFault::DoorOpen:
        return "print.door-open";
    case PrinterFault::Offline:
        return "print.offline";
    case PrinterFault::Stopped:
        return "print.stopped";
    case PrinterFault::Unreachable:
        return "print.unreachable";
    default:
        return "print.failed";
    }
}

} // namespace

int countPdfPages(const std::vector<std::uint8_t>& pdf) {
    const std::string_view s(reinterpret_cast<const char*>(pdf.data()), pdf.size());
    int n = 0;
    for (std::size_t pos = s.find("/Type /Page"); pos != std::string_view::npos;
         pos = s.find("/Type /Page", pos + 1)) {
        const char next = pos + 11 < s.size() ? s[pos + 11] : ' ';
        if (next != 's') ++n; // not /Pages
    }
    return std::max(n, 1);
}

void FakePrinter::injectFault(PrinterFault fault) {
    std::lock_guard l(m_mutex);
    m_pending = fault;
}

void FakePrinter::clearFault() {
    {
        std::lock_guard l(m_mutex);
        m_faultActive = false;
        m_pending = PrinterFault::None;
    }
    m_cleared.notify_all();
}

void FakePrinter::setReachable(bool reachable) {
    std::lock_guard l(m_mutex);
    m_reachable = reachable;
}

int FakePrinter::jobs() const {
    std::lock_guard l(m_mutex);
    return m_jobs;
}

std::size_t FakePrinter::lastJobBytes() const {
    std::lock_guard l(m_mutex);
    return m_lastBytes;
}

void FakePrinter::forgetJobs() {
    std::lock_guard l(m_mutex);
    m_lastBytes = 0;
}

Result<PrinterState> FakePrinter::state() {
    std::lock_guard l(m_mutex);
    PrinterState s;
    s.reachable = m_reachable;
    s.accepting = m_reachable;
    if (m_faultActive) {
        s.faults = {m_pending};
        s.reasons = {faultCode(m_pending).substr(6) + "-error"};
    }
    s.message = m_reachable ? "simulated printer ready" : "simulated printer unreachable";
    return s;
}

Status FakePrinter::print(const std::vector<std::uint8_t>& pdf, const PrintOptions&, int faultWaitSeconds,
                          const std::function<void(const JobProgress&)>& progress) {
    {
        std::lock_guard l(m_mutex);
        if (!m_reachable) return makeError("print.unreachable", "the printer does not answer");
    }
    const int pages = countPdfPages(pdf);
    progress({JobPhase::Submitting, PrinterFault::None, 0, {}});
    progress({JobPhase::Queued, PrinterFault::None, 0, {}});
    for (int page = 1; page <= pages; ++page) {
        std::this_thread::sleep_for(std::chrono::milliseconds(40));
        std::unique_lock l(m_mutex);
        if (page == 2 || (pages == 1 && page == 1)) {
            if (m_pending != PrinterFault::None) {
                m_faultActive = true;
                const PrinterFault f = m_pending;
                l.unlock();
                progress({JobPhase::WaitingForFault, f, page - 1, {}});
                l.lock();
                if (!m_cleared.wait_for(l, std::chrono::seconds(faultWaitSeconds), [&] { return !m_faultActive; })) {
                    m_faultActive = false;
                    m_pending = PrinterFault::None;
                    return makeError("print.canceled", "the fault did not clear in time: " + faultCode(f));
                }
            }
        }
        l.unlock();
        progress({JobPhase::Printing, PrinterFault::None, page, {}});
    }
    {
        std::lock_guard l(m_mutex);
        ++m_jobs;
        m_lastBytes = pdf.size();
    }
    progress({JobPhase::Completed, PrinterFault::None, pages, {}});
    return {};
}

Result<PrinterState> FilePrinter::state() {
    PrinterState s;
    std::error_code ec;
    std::filesystem::create_directories(m_dir, ec);
    s.reachable = s.accepting = !ec;
    s.message = ec ? "cannot create " + m_dir : "file printer (demo): " + m_dir;
    return s;
}

Status FilePrinter::print(const std::vector<std::uint8_t>& pdf, const PrintOptions& options, int,
                          const std::function<void(const JobProgress&)>& progress) {
    progress({JobPhase::Submitting, PrinterFault::None, 0, {}});
    std::error_code ec;
    std::filesystem::create_directories(m_dir, ec);
    const std::string path = m_dir + "/" + options.jobName + "-" + std::to_string(++m_count) + ".pdf";
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0) return makeError("print.unreachable", "cannot write to the demo printer folder " + m_dir);
    std::size_t done = 0;
    while (done < pdf.size()) {
        const ssize_t n = ::write(fd, pdf.data() + done, pdf.size() - done);
        if (n <= 0) {
            ::close(fd);
            return makeError("print.failed", "cannot write to the demo printer folder");
        }
        done += static_cast<std::size_t>(n);
    }
    ::close(fd);
    const int pages = countPdfPages(pdf);
    progress({JobPhase::Printing, PrinterFault::None, pages, {}});
    progress({JobPhase::Completed, PrinterFault::None, pages, {}});
    return {};
}

} // namespace kakanai::kiosk
