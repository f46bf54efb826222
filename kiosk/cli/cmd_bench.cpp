// kakanai bench forms [--count N] [--form ID] [--qr-bytes N]
// Fills and renders N forms in one process (rotating the forms and several fictional people, incl. a long
// address and 𠮷) and prints, as its last line:
//   kakanai ms_per_form_median=<x> ms_per_form_p95=<y> bytes_mean=<z> cold_ms=<w>
#include "cli.h"
#include "cli_setup.h"

#include "kakanai/base/utf8.h"
#include "kakanai/forms/form_filler.h"
#include "kakanai/person/sample_people.h"

#ifdef KAKANAI_HAVE_PDF
#include "kakanai/pdf/pdf_renderer.h"
#endif

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <set>

namespace kakanai::cli {
namespace {

using Clock = std::chrono::steady_clock;
double msSince(Clock::time_point t) {
    return std::chrono::duration<double, std::milli>(Clock::now() - t).count();
}

double percentile(std::vector<double> v, double p) {
    if (v.empty()) return 0;
    std::sort(v.begin(), v.end());
    const auto idx = static_cast<std::size_t>(std::min<double>(
        static_cast<double>(v.size()) - 1, std::max(0.0, p * static_cast<double>(v.size()) - 0.5 + 0.5)));
    return v[std::min(idx, v.size() - 1)];
}

double median(std::vector<double> v) {
    if (v.empty()) return 0;
    std::sort(v.begin(), v.end());
    const std::size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2.0;
}

// A synthetic QR payload of exactly `n` bytes (no personal data), so the QR costs what the signed hand-off
// code will cost (about 200 bytes) before that code exists. tests/bench/pdfme-bench.mjs builds the same one.
std::string paddedQrPayload(const FilledForm& form, int page, std::size_t n) {
    static constexpr std::string_view kFill = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";
    std::string s =
        "KAKANAI-BENCH:" + form.formId + ":" + form.version + ":" + std::to_string(page + 1) + ":";
    for (std::size_t i = 0; s.size() < n; ++i)
        s += kFill[i % kFill.size()];
    s.resize(n);
    return s;
}

std::size_t distinctChars(const Document& doc) {
    std::set<char32_t> seen;
    for (const auto& page : doc.pages)
        for (const auto& op : page.ops)
            if (const auto* t = std::get_if<TextOp>(&op))
                for (char32_t c : utf8::decode(t->text))
                    if (c != U' ' && c != 0x3000 && !utf8::isVariationSelector(c)) seen.insert(c);
    return seen.size();
}

int benchForms(Args& args) {
    args.option("--count").option("--form").option("--qr-bytes").option("--config").option("--forms-dir");
    if (!args.parse() || !args.positional().empty()) return usageOf("bench", "forms");
#ifndef KAKANAI_HAVE_PDF
    std::fprintf(stderr, "kakanai: built without the PDF driver\n");
    return kFailure;
#else
    int count = 200;
    if (auto c = args.value("--count")) {
        char* end = nullptr;
        const long n = std::strtol(c->c_str(), &end, 10);
        if (*end != '\0' || n < 1 || n > 1000000) return usageOf("bench", "forms");
        count = static_cast<int>(n);
    }
    std::size_t qrBytes = 0; // 0: the unsigned payload the kiosk prints until a signing key is set
    if (auto q = args.value("--qr-bytes")) {
        char* end = nullptr;
        const long n = std::strtol(q->c_str(), &end, 10);
        if (*end != '\0' || n < 40 || n > 1000) return usageOf("bench", "forms");
        qrBytes = static_cast<std::size_t>(n);
    }
    auto config = loadConfigOption(args);
    if (!config) return kInvalid;

    const auto tCatalog = Clock::now();
    TemplateSet templates(FormCatalog::load(formsDirectory(args, *config), loadOptions(*config)), *config);
    std::vector<const FormTemplate*> forms;
    if (auto id = args.value("--form")) {
        const FormTemplate* f = templates.get(*id);
        if (!f) return kInvalid;
        forms.push_back(f);
    } else {
        for (const auto& e : templates.catalog().entries())
            if (e.form) forms.push_back(&*e.form);
    }
    if (forms.empty()) return std::fprintf(stderr, "kakanai: no valid templates to benchmark\n"), kInvalid;
    const double catalogMs = msSince(tCatalog);

    std::vector<Person> people;
    for (const auto& s : samplePeople()) {
        auto p = parsePerson(s.json);
        if (!p)
            return std::fprintf(stderr, "kakanai: sample %s: %s\n", std::string(s.key).c_str(),
                                p.error().describe().c_str()),
                   kFailure;
        people.push_back(std::move(*p));
    }

    // Cold: the first form, including font discovery and loading.
    const auto tCold = Clock::now();
    pdf::FontLibrary fonts(config->font_dirs);
    pdf::PdfRenderer renderer(fonts);
    std::vector<double> ms;
    std::vector<double> bytes;
    double coldMs = 0;
    struct PerForm {
        std::vector<double> ms;
        std::size_t bytes = 0, chars = 0, n = 0;
    };
    std::map<std::string, PerForm> perForm;
    for (int i = 0; i < count; ++i) {
        const FormTemplate* form = forms[static_cast<std::size_t>(i) % forms.size()];
        const Person& person = people[(static_cast<std::size_t>(i) / forms.size()) % people.size()];
        const auto t = i == 0 ? tCold : Clock::now();
        FillRequest req;
        req.forms = {form};
        req.person = &person;
        req.config = &*config;
        req.today = Date{2026, 11, 23};
        if (qrBytes)
            req.qrPayload = [qrBytes](const FilledForm& f, int page) -> Result<std::string> {
                return paddedQrPayload(f, page, qrBytes);
            };
        auto out = fillForms(req, fonts);
        if (!out) return std::fprintf(stderr, "kakanai: %s\n", out.error().describe().c_str()), kFailure;
        auto pdf = renderer.render(out->document);
        if (!pdf) return std::fprintf(stderr, "kakanai: %s\n", pdf.error().describe().c_str()), kFailure;
        const double elapsed = msSince(t);
        if (i == 0)
            coldMs = elapsed;
        else
            ms.push_back(elapsed);
        bytes.push_back(static_cast<double>(pdf->size()));
        auto& pf = perForm[form->id];
        if (i != 0) pf.ms.push_back(elapsed);
        pf.bytes += pdf->size();
        pf.chars += distinctChars(out->document);
        ++pf.n;
        wipe(*pdf);
    }
    if (ms.empty()) ms.push_back(coldMs);
    std::printf("templates loaded in %.1f ms; %d forms, %zu templates, %zu fictional people\n", catalogMs,
                count, forms.size(), people.size());
    for (const auto& [id, pf] : perForm) {
        const double meanBytes = static_cast<double>(pf.bytes) / static_cast<double>(pf.n);
        const double meanChars = static_cast<double>(pf.chars) / static_cast<double>(pf.n);
        std::printf("%-14s median %6.2f ms  %7.0f bytes  %4.0f distinct chars  %5.1f bytes/char\n",
                    id.c_str(), median(pf.ms), meanBytes, meanChars,
                    meanChars > 0 ? meanBytes / meanChars : 0.0);
    }
    double totalBytes = 0;
    for (double b : bytes)
        totalBytes += b;
    std::printf("kakanai ms_per_form_median=%.2f ms_per_form_p95=%.2f bytes_mean=%.0f cold_ms=%.1f\n",
                median(ms), percentile(ms, 0.95), totalBytes / static_cast<double>(bytes.size()), coldMs);
    return kOk;
#endif
}

} // namespace

void registerBenchCommands() {
    addCommand({"bench", "forms", "[--count N] [--form ID] [--qr-bytes N] [--config FILE]",
                "benchmark fill+render; last line: kakanai ms_per_form_median=… ms_per_form_p95=… "
                "bytes_mean=… cold_ms=…",
                benchForms});
}

} // namespace kakanai::cli
