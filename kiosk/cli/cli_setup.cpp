#include "cli_setup.h"

#include <fcntl.h>
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

bool writeOutput(const std::string& path, const void* data, std::size_t size) {
    const int fd =
        path == "-" ? STDOUT_FILENO : ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0) {
        std::fprintf(stderr, "kakanai: cannot write %s: %s\n", path.c_str(), std::strerror(errno));
        return false;
    }
    const auto* p = static_cast<const char*>(data);
    std::size_t done = 0;
    while (done < size) {
        const ssize_t n = ::write(fd, p + done, size - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) {
            std::fprintf(stderr, "kakanai: cannot write %s: %s\n", path.c_str(), std::strerror(errno));
            if (fd != STDOUT_FILENO) ::close(fd);
            return false;
        }
        done += static_cast<std::size_t>(n);
    }
    if (fd != STDOUT_FILENO) ::close(fd);
    return true;
}

} // namespace kakanai::cli
