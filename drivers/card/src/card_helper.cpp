#include "kakanai/pcsc/card_helper.h"

#include "kakanai/card/card_errors.h"
#include "kakanai/card/card_json.h"
#include "kakanai/pcsc/pcsc_card_reader.h"
#include "kakanai/sys/hardening.h"
#include "kakanai/sys/helper_process.h"
#include "kakanai/sys/secure_memory.h"

#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>

namespace kakanai::pcsc {
namespace {

using Clock = std::chrono::steady_clock;

void writeAll(std::string_view s) {
    while (!s.empty()) {
        const ssize_t n = ::write(STDOUT_FILENO, s.data(), s.size());
        if (n <= 0) return; // the parent is gone or killed us; nothing to tell
        s.remove_prefix(static_cast<std::size_t>(n));
    }
}

std::string head(std::size_t apdus, Clock::time_point start) {
    const double ms = std::chrono::duration<double, std::milli>(Clock::now() - start).count();
    char buf[96];
    std::snprintf(buf, sizeof buf, "{\"apdus\": %zu, \"card_ms\": %.2f, ", apdus, ms);
    return buf;
}

void answer(std::string_view key, const std::string& json, std::size_t apdus, Clock::time_point start) {
    std::string out = head(apdus, start) + "\"" + std::string(key) + "\": ";
    out.reserve(out.size() + json.size() + 2);
    out += json;
    out += "}\n";
    writeAll(out);
    wipe(out);
}

} // namespace

int runCardHelper(const std::vector<std::string>& args) {
    (void)disableCoreDumps(); // a crash must not write the resident's data or PIN to disk
    if (args.empty()) return std::fprintf(stderr, "kakanai card helper: no operation\n"), 2;
    const std::string& op = args[0];
    PcscReaderOptions options;
    long waitMs = 0;
    for (std::size_t i = 1; i < args.size(); ++i) {
        if (args[i] == "--reader" && i + 1 < args.size())
            options.readerName = args[++i];
        else if (args[i] == "--wait-ms" && i + 1 < args.size())
            waitMs = std::strtol(args[++i].c_str(), nullptr, 10);
        else
            return std::fprintf(stderr, "kakanai card helper: unexpected argument\n"), 2;
    }
    PcscCardReader reader(options);
    const auto start = Clock::now();

    if (op == "status" || op == "wait") {
        auto s = op == "status" ? reader.status() : reader.waitForChange(std::chrono::milliseconds(waitMs));
        if (s)
            answer("status", card::statusToJson(*s).dump(), reader.lastCommandCount(), start);
        else
            answer("error", card::errorToJson(s.error()).dump(), reader.lastCommandCount(), start);
        return 0;
    }
    if (op == "read") {
        auto pin = readPin(STDIN_FILENO, 0, 4);
        if (!pin) {
            answer("error", card::errorToJson(pin.error()).dump(), 0, start);
            return 0;
        }
        auto person = reader.read(pin->view());
        pin->clear();
        if (!person) {
            answer("error", card::errorToJson(person.error()).dump(), reader.lastCommandCount(), start);
            return 0;
        }
        std::string json = toJson(*person, -1);
        person->wipe();
        answer("person", json, reader.lastCommandCount(), start);
        wipe(json);
        return 0;
    }
    std::fprintf(stderr, "kakanai card helper: unknown operation\n");
    return 2;
}

std::vector<std::string> cardHelperCommand() {
    if (const char* env = std::getenv("KAKANAI_CARD_HELPER"); env && *env) return {env};
    const std::string self = selfExecutable();
    if (!self.empty()) {
        const std::string beside =
            (std::filesystem::path(self).parent_path() / "kakanai-card-helper").string();
        if (::access(beside.c_str(), X_OK) == 0) return {beside};
        const std::string installed = // the .deb: /usr/bin/kakanai-kiosk, /usr/libexec/kakanai/kakanai-card-helper
            (std::filesystem::path(self).parent_path() / "../libexec/kakanai/kakanai-card-helper").string();
        if (::access(installed.c_str(), X_OK) == 0) return {installed};
    }
    return {};
}

} // namespace kakanai::pcsc
