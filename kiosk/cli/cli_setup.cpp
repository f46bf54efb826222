#include "cli_setup.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace kakanai::cli {

void printProblems(const std::string& file, const std::vector<Error>& problems) {
    for (const auto& p : problems)
        std::fprintf(stderr, "%s: %s: %s\n", file.c_str(), p.where.c_str(), p.message.c_str());
}

std::optional<KioskConfig> loadConfigOption(const Args& args) {
    if (auto path = args.value("--config")) {
        ConfigLoad load = loadConfig(*path);
        if (!load.config) {
            printProblems(*path, load.problems);
            return std::nullopt;
        }
        return load.config;
    }
    return demoConfig(sourceDir());
}

std::string formsDirectory(const Args& args, const KioskConfig& config) {
    if (auto d = args.value("--forms-dir")) return *d;
    if (const char* env = std::getenv("KAKANAI_FORMS_DIR"); env && *env) return env;
    return config.resolvePath(config.forms_directory);
}

TemplateLoadOptions loadOptions(const KioskConfig& config) {
    return TemplateLoadOptions{config.font_dirs};
}

const FormTemplate* TemplateSet::get(const std::string& spec) {
    const bool isFile = spec.find('/') != std::string::npos || spec.ends_with(".json");
    if (!isFile) {
        if (const FormTemplate* f = m_catalog.find(spec)) return f;
        for (const auto& e : m_catalog.entries())
            if (e.path.ends_with("/" + spec + ".json")) {
                printProblems(e.path, e.problems);
                return nullptr;
            }
        std::fprintf(stderr, "kakanai: no form \"%s\" (see kakanai form list)\n", spec.c_str());
        return nullptr;
    }
    TemplateLoad load = loadTemplate(spec, loadOptions(m_config));
    if (!load.form) {
        printProblems(spec, load.problems);
        return nullptr;
    }
    m_files.push_back(std::move(*load.form));
    return &m_files.back();
}

namespace {

bool writeAll(int fd, const void* data, std::size_t size) {
    const auto* p = static_cast<const char*>(data);
    std::size_t done = 0;
    while (done < size) {
        const ssize_t n = ::write(fd, p + done, size - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) {
            if (n == 0) errno = ENOSPC;
            return false;
        }
        done += static_cast<std::size_t>(n);
    }
    return true;
}

// `removed`: the partial file is gone, so the message can promise that nothing was left behind.
void reportWriteFailure(const std::string& path, int err, bool removed = false) {
    const bool full = err == ENOSPC || err == EFBIG || err == EDQUOT;
    std::fprintf(stderr, "kakanai: cannot write %s: %s%s%s\n", path.c_str(), std::strerror(err),
                 full ? " (the disk is full: free space or write elsewhere)" : "",
                 removed ? "; nothing was written" : "");
}

} // namespace

bool writeOutput(const std::string& path, const void* data, std::size_t size) {
    if (path == "-") {
        if (writeAll(STDOUT_FILENO, data, size)) return true;
        reportWriteFailure("standard output", errno);
        return false;
    }
    struct stat st {};
    if (::lstat(path.c_str(), &st) == 0 && !S_ISREG(st.st_mode)) { // device, pipe, link: write in place
        const int fd = ::open(path.c_str(), O_WRONLY | O_TRUNC | O_CLOEXEC);
        const bool ok = fd >= 0 && writeAll(fd, data, size);
        const int err = errno;
        if (fd >= 0) ::close(fd);
        if (!ok) reportWriteFailure(path, err);
        return ok;
    }
    // A whole file or none: write a temporary file beside it and rename it over the target, so a full
    // disk never leaves a truncated PDF (or destroys the previous one).
    const auto slash = path.rfind('/');
    std::string tmp =
        (slash == std::string::npos ? std::string() : path.substr(0, slash + 1)) + ".kakanai-XXXXXX";
    const int fd = ::mkostemp(tmp.data(), O_CLOEXEC); // mode 0600
    if (fd < 0) {
        reportWriteFailure(path, errno);
        return false;
    }
    bool ok = writeAll(fd, data, size) && ::fsync(fd) == 0;
    int err = errno;
    if (::close(fd) != 0 && ok) ok = false, err = errno;
    if (ok && ::rename(tmp.c_str(), path.c_str()) != 0) ok = false, err = errno;
    if (!ok) {
        ::unlink(tmp.c_str());
        reportWriteFailure(path, err, true);
    }
    return ok;
}

} // namespace kakanai::cli
