// kakanai bench handoff [--form ID] [--config FILE] [--forms-dir DIR] [--sweep [--trials N]]
// For every shipped form and every fictional person: the size of the signed hand-off code, its QR
// version and module size, and the time to find, decode and verify it on a page rendered at 150 and
// 300 dpi (render time excluded). Last line:
//   kakanai handoff forms=<n> code_bytes_max=<b> qr_version_max=<v> verify_ms_150_median=<x>
//   verify_ms_300_median=<y> failures=<f>
// --sweep measures the readability limit instead: synthetic codes of growing QR version in the form's QR
// area, rendered at 150 dpi, clean and blurred like a scan, decoded with zxing.
#include "cli.h"
#include "cli_setup.h"

#include "kakanai/forms/form_filler.h"
#include "kakanai/handoff/form_codes.h"
#include "kakanai/handoff/verification.h"
#include "kakanai/person/sample_people.h"
#include "kakanai/sys/secure_memory.h"

#if defined(KAKANAI_HAVE_PDF) && defined(KAKANAI_HAVE_VERIFY)
#include "kakanai/pdf/pdf_renderer.h"
#include "kakanai/verify/code_reader.h"
#endif

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <random>

namespace kakanai::cli {
namespace {

#if defined(KAKANAI_HAVE_PDF) && defined(KAKANAI_HAVE_VERIFY)
using Clock = std::chrono::steady_clock;
double msSince(Clock::time_point t) {
    return std::chrono::duration<double, std::milli>(Clock::now() - t).count();
}
double median(std::vector<double> v) {
    if (v.empty()) return 0;
    std::sort(v.begin(), v.end());
    return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2.0;
}

// A scanner's optics: a separable [1 2 1]/4 blur (about sigma 0.7 px).
std::vector<std::uint8_t> blurred(const verify::PageImage& p) {
    std::vector<std::uint8_t> tmp(p.pixels.size()), out(p.pixels.size());
    const int w = p.width, h = p.height;
    auto at = [&](const std::vector<std::uint8_t>& v, int x, int y) {
        x = std::clamp(x, 0, w - 1), y = std::clamp(y, 0, h - 1);
        return static_cast<int>(
            v[static_cast<std::size_t>(y) * static_cast<std::size_t>(w) + static_cast<std::size_t>(x)]);
    };
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x)
            tmp[static_cast<std::size_t>(y * w + x)] = static_cast<std::uint8_t>(
                (at(p.pixels, x - 1, y) + 2 * at(p.pixels, x, y) + at(p.pixels, x + 1, y)) / 4);
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x)
            out[static_cast<std::size_t>(y * w + x)] =
                static_cast<std::uint8_t>((at(tmp, x, y - 1) + 2 * at(tmp, x, y) + at(tmp, x, y + 1)) / 4);
    return out;
}

int sweep(const FormTemplate& form, const KioskConfig& config, pdf::FontLibrary& fonts, int trials) {
    std::mt19937 rng(7);
    pdf::PdfRenderer renderer(fonts);
    int lastVersion = 0;
    std::printf("readability of %s's QR area at 150 dpi (%d random codes per version)\n", form.id.c_str(),
                trials);
    for (int digits = 300; digits <= 2000; digits += 17) {
        std::string probe = "KKN1-" + std::string(static_cast<std::size_t>(digits), '7');
        const int version = handoff::qrVersionFor(handoff::qrModules(probe));
        if (version <= lastVersion) continue;
        lastVersion = version;
        int clean = 0, blur = 0;
        double moduleMm = 0;
        for (int t = 0; t < trials; ++t) {
            std::string text = "KKN1-";
            for (int i = 0; i < digits; ++i)
                text += static_cast<char>('0' + rng() % 10);
            FillRequest req;
            req.forms = {&form};
            req.config = &config;
            req.today = Date{2026, 11, 23};
            req.qrPayload = [&](const FilledForm&, int) -> Result<std::string> { return text; };
            auto out = fillForms(req, fonts);
            if (!out) return std::printf("version %2d: %s\n", version, out.error().message.c_str()), kOk;
            for (const auto& op : out->document.pages[0].ops)
                if (const auto* q = std::get_if<QrOp>(&op)) moduleMm = q->module;
            auto pdf = renderer.render(out->document);
            if (!pdf) return kFailure;
            auto pages = verify::pdfPages(std::vector<std::uint8_t>(pdf->begin(), pdf->end()), "sweep", 150);
            if (!pages || pages->empty()) return kFailure;
            const auto& page = pages->front();
            auto found = [&](const std::vector<std::string>& codes) {
                return std::find(codes.begin(), codes.end(), text) != codes.end();
            };
            clean += found(verify::readCodes(page.view()));
            const auto b = blurred(page);
            blur += found(verify::readCodes(verify::GrayView{b.data(), page.width, page.height, page.width}));
        }
        std::printf("version %2d  module %.3f mm (%.2f px at 150 dpi)  clean %d/%d  scan-blurred %d/%d\n",
                    version, moduleMm, moduleMm / 25.4 * 150, clean, trials, blur, trials);
        if (clean == 0 && blur == 0) break;
    }
    return kOk;
}
#endif

int benchHandoff(Args& args) {
    args.option("--form").option("--config").option("--forms-dir").option("--trials").flag("--sweep");
    if (!args.parse() || !args.positional().empty()) return usageOf("bench", "handoff");
#if !defined(KAKANAI_HAVE_PDF) || !defined(KAKANAI_HAVE_VERIFY)
    std::fprintf(stderr, "kakanai: needs the PDF and verify drivers\n");
    return kFailure;
#else
    auto config = loadConfigOption(args);
    if (!config) return kInvalid;
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
    if (forms.empty()) return std::fprintf(stderr, "kakanai: no valid templates\n"), kInvalid;
    pdf::FontLibrary fonts(config->font_dirs);
    if (args.has("--sweep"))
        return sweep(*forms.front(), *config, fonts,
                     std::max(1, std::atoi(args.value("--trials").value_or("5").c_str())));

    auto key = handoff::SigningKey::generate(/*demo=*/true); // ephemeral: never written anywhere
    if (!key) return kFailure;
    const std::vector<handoff::PublicKey> trusted{key->publicKey()};
    handoff::TemplateShelf shelf;
    for (const FormTemplate* f : forms)
        shelf.add(*f);
    pdf::PdfRenderer renderer(fonts);
    std::vector<double> ms150, ms300;
    std::size_t maxBytes = 0;
    int maxVersion = 0, failures = 0, n = 0;
    for (const FormTemplate* form : forms)
        for (const auto& sample : samplePeople()) {
            auto person = parsePerson(sample.json);
            if (!person) return kFailure;
            const handoff::SessionInfo session = handoff::newSession(*config, &*person);
            handoff::HandoffSigner signer(*key, session, {form});
            FillRequest req;
            req.forms = {form};
            req.person = &*person;
            req.config = &*config;
            req.today = Date{2026, 11, 23};
            req.qrPayload = signer.payloadFn();
            auto out = fillForms(req, fonts);
            if (!out) {
                std::printf("%-12s %-14s cannot fill: %s\n", form->id.c_str(),
                            std::string(sample.key).c_str(), out.error().message.c_str());
                ++failures;
                continue;
            }
            auto payload = handoff::payloadFor(out->forms[0], *form, session);
            auto codes = handoff::codesFor(out->forms[0], *form, session, *key);
            if (!payload || !codes || signer.issued().empty()) return kFailure;
            const auto& issued = signer.issued().front();
            auto pdf = renderer.render(out->document);
            if (!pdf) return kFailure;
            const std::vector<std::uint8_t> pdfBytes(pdf->begin(), pdf->end());
            wipe(*pdf);
            double t150 = 0, t300 = 0;
            bool ok = true;
            for (int dpi : {150, 300}) {
                auto pages = verify::pdfPages(pdfBytes, form->id, dpi);
                if (!pages) return kFailure;
                handoff::HandoffVerifier verifier(trusted, shelf);
                for (const auto& page : *pages) {
                    const auto t = Clock::now();
                    for (const auto& text : verify::readCodes(page.view()))
                        verifier.addCode(page.label, text);
                    const double elapsed = msSince(t);
                    (dpi == 150 ? ms150 : ms300).push_back(elapsed);
                    (dpi == 150 ? t150 : t300) += elapsed / static_cast<double>(pages->size());
                }
                const auto report = verifier.report();
                ok = ok && report.outcome() == handoff::Outcome::Valid && report.forms.size() == 1 &&
                     report.forms[0].payloadSha256 == issued.payloadSha256;
            }
            failures += !ok;
            ++n;
            maxBytes = std::max(maxBytes, issued.largestCodeBytes);
            maxVersion = std::max(maxVersion, issued.largestVersion);
            std::printf(
                "%-12s %-14s body %4zu B, deflated %s; code %4zu B = %4zu digits; QR version %2d, module "
                "%.2f mm%s; %zu part(s); verify %.0f ms/page at 150 dpi, %.0f at 300%s\n",
                form->id.c_str(), std::string(sample.key).c_str(), handoff::encodeBody(*payload).size(),
                codes->parts[0].deflated ? "yes" : "no ", issued.largestCodeBytes,
                codes->parts[0].text.size() - 5, issued.largestVersion, codes->smallestModuleMm,
                issued.readableAt150Dpi ? "" : " (DENSE: needs 300 dpi)", issued.parts, t150, t300,
                ok ? "" : "  FAILED");
        }
    std::printf("kakanai handoff forms=%d code_bytes_max=%zu qr_version_max=%d verify_ms_150_median=%.1f "
                "verify_ms_300_median=%.1f failures=%d\n",
                n, maxBytes, maxVersion, median(ms150), median(ms300), failures);
    return failures ? kFailure : kOk;
#endif
}

} // namespace

void registerBenchHandoffCommand() {
    addCommand({"bench", "handoff", "[--form ID] [--config FILE] [--sweep [--trials N]]",
                "hand-off code size, QR version and verify time per form and person; --sweep: readability "
                "limit at 150 dpi",
                benchHandoff});
}

} // namespace kakanai::cli
