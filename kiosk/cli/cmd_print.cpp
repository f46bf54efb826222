// kakanai print FILE.pdf|- | kakanai printer status | kakanai bench print
// Prints a PDF held in memory to the configured printer (or --printer), follows the job to the end and exits
// with a code per fault (README). Messages never contain the document's content.
#include "cli.h"
#include "cli_setup.h"

#include "kakanai/print/file_printer.h"
#include "kakanai/print/printer_faults.h"
#include "kakanai/print/printer_target.h"
#include "kakanai/sys/hardening.h"

#ifdef KAKANAI_HAVE_PRINTER
#include "kakanai/printer/open_printer.h"
#endif
#ifdef KAKANAI_HAVE_PDF
#include "kakanai/forms/form_filler.h"
#include "kakanai/pdf/pdf_renderer.h"
#include "kakanai/person/sample_people.h"
#endif

#include <nlohmann/json.hpp>

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <memory>
#include <optional>

namespace kakanai::cli {
namespace {

using nlohmann::json;
using Clock = std::chrono::steady_clock;

// Exit codes of print / printer status (documented in README.md).
int exitCodeFor(const std::string& code) {
    static const std::pair<const char*, int> kCodes[] = {
        {"print.unreachable", 30},     {"print.media-empty", 31}, {"print.media-jam", 32},
        {"print.door-open", 33},       {"print.offline", 34},     {"print.stopped", 35},
        {"print.canceled", 36},        {"print.failed", 37},      {"print.unconfirmed", 38},
        {"print.toner-empty", 39},     {"print.unsupported", 40}, {"print.invalid-document", kInvalid},
        {"printer.bad-target", kUsage}};
    for (const auto& [c, n] : kCodes)
        if (code == c) return n;
    return kFailure;
}

struct ResolvedPrinter {
    std::string name; // [printers.NAME], or empty for a target given directly
    PrinterTarget target;
    int faultWait = 120;
};

std::optional<ResolvedPrinter> resolvePrinter(const Args& args, const KioskConfig& config) {
    ResolvedPrinter r;
    const PrinterConfig* chosen = nullptr;
    if (auto spec = args.value("--printer")) {
        if (auto it = config.printers.find(*spec); it != config.printers.end())
            chosen = &it->second;
        else {
            auto t = parsePrinterTarget(*spec);
            if (!t) return std::fprintf(stderr, "kakanai: %s\n", t.error().message.c_str()), std::nullopt;
            r.target = *t;
            if (const PrinterConfig* active = config.activePrinter()) r.faultWait = active->fault_wait_s;
        }
    } else {
        chosen = config.activePrinter();
        if (!chosen)
            return std::fprintf(stderr, "kakanai: no printer configured ([printer] use); give --printer\n"),
                   std::nullopt;
    }
    if (chosen) {
        auto t = parsePrinterTarget(chosen->target);
        if (!t)
            return std::fprintf(stderr, "kakanai: printers.%s.target: %s\n", chosen->name.c_str(),
                                t.error().message.c_str()),
                   std::nullopt;
        r.name = chosen->name;
        r.target = *t;
        r.faultWait = chosen->fault_wait_s;
    }
    if (auto w = args.value("--fault-wait")) {
        char* end = nullptr;
        const long v = std::strtol(w->c_str(), &end, 10);
        if (w->empty() || *end || v < 0 || v > 3600)
            return std::fprintf(stderr, "kakanai: --fault-wait must be 0..3600 seconds\n"), std::nullopt;
        r.faultWait = static_cast<int>(v);
    }
    return r;
}

Result<std::unique_ptr<Printer>> open(const PrinterTarget& target) {
#ifdef KAKANAI_HAVE_PRINTER
    return printer::openPrinter(target);
#else
    if (target.kind == PrinterTargetKind::File)
        return std::unique_ptr<Printer>(new FilePrinter(target.directory));
    return makeError("printer.no-driver", "built without the printer driver (KAKANAI_WITH_PRINTER=OFF): only "
                                          "file: targets work");
#endif
}

// The whole file (or stdin for "-") in memory; the caller wipes it.
std::optional<std::vector<std::uint8_t>> readDocument(const std::string& path) {
    constexpr std::size_t kMax = 256u * 1024 * 1024;
    const int fd = path == "-" ? STDIN_FILENO : ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        std::fprintf(stderr, "kakanai: cannot read %s: %s\n", path.c_str(), std::strerror(errno));
        return std::nullopt;
    }
    std::vector<std::uint8_t> data;
    std::uint8_t buf[65536];
    for (;;) {
        const ssize_t n = ::read(fd, buf, sizeof buf);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) {
            std::fprintf(stderr, "kakanai: cannot read %s: %s\n", path.c_str(), std::strerror(errno));
            if (fd != STDIN_FILENO) ::close(fd);
            return std::nullopt;
        }
        if (n == 0) break;
        if (data.size() + static_cast<std::size_t>(n) > kMax) {
            std::fprintf(stderr, "kakanai: %s is larger than 256 MB\n", path.c_str());
            if (fd != STDIN_FILENO) ::close(fd);
            return std::nullopt;
        }
        data.insert(data.end(), buf, buf + n);
    }
    explicit_bzero(buf, sizeof buf);
    if (fd != STDIN_FILENO) ::close(fd);
    return data;
}

bool isPdf(const std::vector<std::uint8_t>& d) {
    return d.size() >= 5 && std::memcmp(d.data(), "%PDF-", 5) == 0;
}

std::optional<std::string> mediaKeyword(const std::string& m) {
    if (m == "a4" || m == "A4") return std::string("iso_a4_210x297mm");
    if (m == "a3" || m == "A3") return std::string("iso_a3_297x420mm");
    if (m.find('_') != std::string::npos && m.size() < 64) return m; // a PWG media keyword as is
    return std::nullopt;
}

double msBetween(Clock::time_point a, Clock::time_point b) {
    return std::chrono::duration<double, std::milli>(b - a).count();
}

// One print call with timing: accepted = the printer holds the job with its document.
struct PrintRun {
    Status status;
    int jobId = 0;
    std::optional<double> acceptedMs, completedMs;
    std::vector<std::string> faultsSeen;
};

PrintRun printTimed(Printer& printer, const std::vector<std::uint8_t>& pdf, const PrintOptions& options,
                    int faultWait, bool verbose) {
    PrintRun run;
    const auto start = Clock::now();
    JobProgress shown;
    bool first = true;
    run.status = printer.print(pdf, options, faultWait, [&](const JobProgress& p) {
        const auto now = Clock::now();
        if (p.jobId > 0) run.jobId = p.jobId;
        if (!run.acceptedMs && p.jobId > 0 &&
            (p.phase == JobPhase::Queued || p.phase == JobPhase::Printing || p.phase == JobPhase::Completed))
            run.acceptedMs = msBetween(start, now);
        if (p.fault != PrinterFault::None) {
            const std::string f(toString(p.fault));
            if (std::find(run.faultsSeen.begin(), run.faultsSeen.end(), f) == run.faultsSeen.end())
                run.faultsSeen.push_back(f);
        }
        if (!verbose || p.phase == JobPhase::Completed || p.phase == JobPhase::Failed ||
            p.phase == JobPhase::Canceled)
            return;
        const bool countdownTick = p.secondsUntilCancel >= 0 && p.secondsUntilCancel % 10 == 0 &&
                                   p.secondsUntilCancel != shown.secondsUntilCancel;
        if (!first && p.phase == shown.phase && p.fault == shown.fault && p.message == shown.message &&
            p.pagesDone == shown.pagesDone && !countdownTick)
            return;
        first = false;
        shown = p;
        std::string line = "kakanai: " + std::string(toString(p.phase));
        if (p.jobId > 0) line += " (job " + std::to_string(p.jobId) + ")";
        if (p.fault != PrinterFault::None) line += ": " + std::string(toString(p.fault));
        if (!p.message.empty()) line += ": " + p.message;
        if (p.secondsUntilCancel >= 0)
            line += " — cancelled in " + std::to_string(p.secondsUntilCancel) + " s";
        std::fprintf(stderr, "%s [%.2f s]\n", line.c_str(), msBetween(start, now) / 1000.0);
    });
    if (run.status) run.completedMs = msBetween(start, Clock::now());
    return run;
}

json errorJson(const Error& e) {
    return json{{"code", e.code}, {"message", e.message}, {"details", e.details}};
}

int printCommand(Args& args) {
    args.option("--printer")
        .option("--config")
        .option("--copies")
        .option("--media")
        .option("--fault-wait")
        .flag("--duplex")
        .flag("--json");
    if (!args.parse() || args.positional().size() != 1) return usageOf("print", "");
    (void)disableCoreDumps(); // the document is a resident's form
    auto config = loadConfigOption(args);
    if (!config) return kInvalid;
    auto resolved = resolvePrinter(args, *config);
    if (!resolved) return kUsage;

    PrintOptions options;
    if (auto c = args.value("--copies")) {
        char* end = nullptr;
        const long v = std::strtol(c->c_str(), &end, 10);
        if (c->empty() || *end || v < 1 || v > 99)
            return std::fprintf(stderr, "kakanai: --copies must be 1..99\n"), kUsage;
        options.copies = static_cast<int>(v);
    }
    if (auto m = args.value("--media")) {
        auto keyword = mediaKeyword(*m);
        if (!keyword)
            return std::fprintf(stderr, "kakanai: --media must be a4, a3 or a PWG media keyword\n"), kUsage;
        options.media = *keyword;
    }
    options.duplex = args.has("--duplex");

    const bool asJson = args.has("--json");
    // Scripts that asked for JSON get the same object when nothing could be sent.
    auto notSent = [&](const std::string& code, const std::string& message, int exitCode) {
        std::fprintf(stderr, "kakanai: %s\n", message.c_str());
        if (asJson)
            std::printf("%s\n",
                        json{{"printer", resolved->target.text},
                             {"printer_name", resolved->name.empty() ? json(nullptr) : json(resolved->name)},
                             {"result", "failed"},
                             {"job_id", nullptr},
                             {"accepted_ms", nullptr},
                             {"completed_ms", nullptr},
                             {"faults_seen", json::array()},
                             {"error", errorJson(makeError(code, message))},
                             {"exit_code", exitCode}}
                            .dump(2)
                            .c_str());
        return exitCode;
    };
    const std::string& path = args.positional()[0];
    auto pdf = readDocument(path);
    if (!pdf)
        return notSent("print.invalid-document", "cannot read " + path + "; nothing was printed", kFailure);
    if (!isPdf(*pdf)) {
        explicit_bzero(pdf->data(), pdf->size());
        return notSent("print.invalid-document",
                       (path == "-" ? std::string("stdin") : path) +
                           " is not a PDF (it does not start with %PDF-); nothing was printed",
                       kInvalid);
    }
    auto printer = open(resolved->target);
    if (!printer) {
        explicit_bzero(pdf->data(), pdf->size());
        return notSent(printer.error().code, printer.error().message, exitCodeFor(printer.error().code));
    }
    if (!asJson) std::fprintf(stderr, "kakanai: printing to %s\n", resolved->target.text.c_str());
    PrintRun run = printTimed(**printer, *pdf, options, resolved->faultWait, true);
    explicit_bzero(pdf->data(), pdf->size());

    const int code = run.status ? kOk : exitCodeFor(run.status.error().code);
    if (asJson) {
        json j{{"printer", resolved->target.text},
               {"printer_name", resolved->name.empty() ? json(nullptr) : json(resolved->name)},
               {"result", run.status                                    ? "completed"
                          : run.status.error().code == "print.canceled" ? "canceled"
                                                                        : "failed"},
               {"job_id", run.jobId > 0 ? json(run.jobId) : json(nullptr)},
               {"accepted_ms", run.acceptedMs ? json(*run.acceptedMs) : json(nullptr)},
               {"completed_ms", run.completedMs ? json(*run.completedMs) : json(nullptr)},
               {"faults_seen", run.faultsSeen},
               {"error", run.status ? json(nullptr) : errorJson(run.status.error())},
               {"exit_code", code}};
        std::printf("%s\n", j.dump(2).c_str());
    } else if (run.status) {
        std::printf("printed on %s: job %d (accepted in %.2f s, completed in %.2f s)\n",
                    resolved->target.text.c_str(), run.jobId, run.acceptedMs.value_or(0) / 1000.0,
                    run.completedMs.value_or(0) / 1000.0);
    }
    if (!run.status)
        std::fprintf(stderr, "kakanai: %s: %s\n", run.status.error().code.c_str(),
                     run.status.error().message.c_str());
    return code;
}

int printerStatus(Args& args) {
    args.option("--printer").option("--config").flag("--json");
    if (!args.parse() || !args.positional().empty()) return usageOf("printer", "status");
    auto config = loadConfigOption(args);
    if (!config) return kInvalid;
    auto resolved = resolvePrinter(args, *config);
    if (!resolved) return kUsage;
    auto printer = open(resolved->target);
    if (!printer)
        return std::fprintf(stderr, "kakanai: %s\n", printer.error().message.c_str()),
               exitCodeFor(printer.error().code);
    auto st = (*printer)->state();
    if (!st) {
        std::fprintf(stderr, "kakanai: %s\n", st.error().message.c_str());
        return exitCodeFor(st.error().code);
    }
    const auto reasons = parsePrinterReasons(st->reasons);
    std::vector<PrinterFault> blocking;
    for (PrinterFault f : st->faults)
        if (!isWarningOnly(f)) blocking.push_back(f);
    const int code =
        st->ready ? kOk : exitCodeFor(errorCodeFor(blocking.empty() ? PrinterFault::Other : blocking[0]));
    if (args.has("--json")) {
        json rs = json::array();
        for (const auto& r : reasons)
            rs.push_back({{"keyword", r.keyword},
                          {"severity", toString(r.severity)},
                          {"fault", toString(r.fault)},
                          {"blocking", r.blocking}});
        json faults = json::array();
        for (PrinterFault f : st->faults)
            faults.push_back(toString(f));
        json j{{"printer", resolved->target.text},
               {"printer_name", resolved->name.empty() ? json(nullptr) : json(resolved->name)},
               {"reachable", st->reachable},
               {"accepting", st->accepting},
               {"ready", st->ready},
               {"faults", faults},
               {"reasons", rs},
               {"message", st->message},
               {"model", st->model},
               {"media_supported", st->mediaSupported},
               {"duplex_supported", st->duplexSupported},
               {"scaling_none_supported", st->scalingNoneSupported},
               {"exit_code", code}};
        std::printf("%s\n", j.dump(2).c_str());
        return code;
    }
    std::printf("printer   %s%s\n", resolved->target.text.c_str(),
                resolved->name.empty() ? "" : (" [printers." + resolved->name + "]").c_str());
    if (!st->model.empty()) std::printf("model     %s\n", st->model.c_str());
    std::string state = st->ready ? "ready" : !st->reachable ? "unreachable" : "not ready";
    for (PrinterFault f : blocking)
        state += std::string(f == blocking[0] ? ": " : ", ") + std::string(toString(f));
    std::printf("state     %s\n", state.c_str());
    for (const auto& r : reasons)
        std::printf("reason    %s (%s%s)\n", r.keyword.c_str(), std::string(toString(r.severity)).c_str(),
                    r.blocking                      ? ", blocks printing"
                    : r.fault == PrinterFault::None ? ""
                                                    : ", not blocking");
    if (!st->message.empty()) std::printf("message   %s\n", st->message.c_str());
    for (PrinterFault f : st->faults)
        std::printf("advice    %s\n", adviceFor(f).c_str());
    if (st->reachable) {
        std::string media;
        for (const auto& m : st->mediaSupported)
            media += (media.empty() ? "" : ", ") + m;
        std::printf("media     %s\n", media.empty() ? "(not reported)" : media.c_str());
        std::printf("duplex    %s\n", st->duplexSupported ? "yes" : "no");
        std::printf("1:1       %s\n", st->scalingNoneSupported
                                          ? "yes (print-scaling=none)"
                                          : "print-scaling=none not advertised: check the "
                                            "calibration proof");
    }
    return code;
}

// A realistic document: the demo form for the fictional resident, rendered in memory.
std::optional<std::vector<std::uint8_t>> benchDocument(const Args& args, const KioskConfig& config) {
    if (auto p = args.value("--pdf")) return readDocument(*p);
#ifdef KAKANAI_HAVE_PDF
    TemplateSet templates(FormCatalog::load(formsDirectory(args, config), loadOptions(config)), config);
    const FormTemplate* form = templates.get("juminhyo");
    auto person = parsePerson(demoPersonJson());
    if (!form || !person) return std::nullopt;
    FillRequest req;
    req.forms = {form};
    req.person = &*person;
    req.config = &config;
    req.today = Date::today();
    pdf::FontLibrary fonts(config.font_dirs);
    auto out = fillForms(req, fonts);
    if (!out) return std::fprintf(stderr, "kakanai: %s\n", out.error().describe().c_str()), std::nullopt;
    pdf::PdfRenderer renderer(fonts);
    auto bytes = renderer.render(out->document);
    if (!bytes) return std::fprintf(stderr, "kakanai: %s\n", bytes.error().describe().c_str()), std::nullopt;
    return std::vector<std::uint8_t>(bytes->begin(), bytes->end());
#else
    std::fprintf(stderr, "kakanai: built without the PDF driver: give --pdf FILE\n");
    return std::nullopt;
#endif
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    const std::size_t n = v.size();
    return n == 0 ? 0 : n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2.0;
}

double p95(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v.empty()
               ? 0
               : v[std::min(v.size() - 1, static_cast<std::size_t>(0.95 * static_cast<double>(v.size())))];
}

int benchPrint(Args& args) {
    args.option("--printer").option("--config").option("--count").option("--pdf").option("--forms-dir");
    if (!args.parse() || !args.positional().empty()) return usageOf("bench", "print");
    int count = 10;
    if (auto c = args.value("--count")) {
        count = std::atoi(c->c_str());
        if (count < 1 || count > 10000) return usageOf("bench", "print");
    }
    auto config = loadConfigOption(args);
    if (!config) return kInvalid;
    auto resolved = resolvePrinter(args, *config);
    if (!resolved) return kUsage;
    auto pdf = benchDocument(args, *config);
    if (!pdf || !isPdf(*pdf)) return std::fprintf(stderr, "kakanai: no PDF to print\n"), kInvalid;
    auto printer = open(resolved->target);
    if (!printer)
        return std::fprintf(stderr, "kakanai: %s\n", printer.error().message.c_str()),
               exitCodeFor(printer.error().code);
    std::vector<double> accepted, completed;
    for (int i = 0; i < count; ++i) {
        PrintRun run = printTimed(**printer, *pdf, PrintOptions{}, resolved->faultWait, false);
        if (!run.status) {
            std::fprintf(stderr, "kakanai: job %d: %s: %s\n", i + 1, run.status.error().code.c_str(),
                         run.status.error().message.c_str());
            return exitCodeFor(run.status.error().code);
        }
        accepted.push_back(run.acceptedMs.value_or(0));
        completed.push_back(run.completedMs.value_or(0));
    }
    std::printf("%d jobs of %zu bytes to %s\n", count, pdf->size(), resolved->target.text.c_str());
    std::printf(
        "kakanai print_accepted_ms_median=%.1f print_completed_ms_median=%.1f print_completed_ms_p95=%.1f "
        "count=%d\n",
        median(accepted), median(completed), p95(completed), count);
    return kOk;
}

} // namespace

void registerPrintCommands() {
    addCommand(
        {"print", "",
         "FILE.pdf|- [--printer NAME|URI|QUEUE] [--copies N] [--duplex] [--media a4|a3] [--fault-wait S] "
         "[--config FILE] [--json]",
         "print a PDF (- = stdin) and wait for the job; exit 30-40 name the fault", printCommand});
    addCommand({"printer", "status", "[--printer NAME|URI|QUEUE] [--config FILE] [--json]",
                "is the printer ready? faults with advice; exit 0 = ready", printerStatus});
    addCommand({"bench", "print", "[--printer NAME|URI|QUEUE] [--count N] [--pdf FILE] [--config FILE]",
                "print N jobs; last line: kakanai print_accepted_ms_median=… print_completed_ms_median=… "
                "print_completed_ms_p95=… count=…",
                benchPrint});
}

} // namespace kakanai::cli
