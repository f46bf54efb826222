// kakanai demo [--out DIR]: the main job until the kiosk UI runs — fill the 住民票 request for the
// fictional demo resident and write the PDF, telling the user where it is. Its QR codes are signed with a
// demo key made on first use in the output folder (never in the repository), so the hand-off can be
// tried end to end with `kakanai verify`.
#include "cli.h"
#include "cli_setup.h"
#include "handoff_setup.h"

#include "kakanai/forms/form_filler.h"
#include "kakanai/person/sample_people.h"

#ifdef KAKANAI_HAVE_PDF
#include "kakanai/pdf/pdf_renderer.h"
#endif

#include <cstdio>
#include <filesystem>

namespace kakanai::cli {
namespace {

int demo(Args& args) {
    args.option("--out").option("--form");
    if (!args.parse() || !args.positional().empty()) return usageOf("demo", "");
#ifndef KAKANAI_HAVE_PDF
    std::fprintf(stderr, "kakanai: built without the PDF driver\n");
    return kFailure;
#else
    const KioskConfig config = demoConfig(sourceDir());
    TemplateSet templates(FormCatalog::load(config.resolvePath(config.forms_directory), loadOptions(config)),
                          config);
    std::vector<std::string> ids = args.values("--form");
    if (ids.empty()) ids = {"juminhyo"};
    FillRequest req;
    for (const auto& id : ids) {
        const FormTemplate* f = templates.get(id);
        if (!f) return kInvalid;
        req.forms.push_back(f);
    }
    auto person = parsePerson(demoPersonJson());
    if (!person)
        return std::fprintf(stderr, "kakanai: demo person: %s\n", person.error().describe().c_str()),
               kFailure;
    req.person = &*person;
    req.config = &config;
    req.today = Date::today();
    const std::string dir =
        std::filesystem::absolute(args.value("--out").value_or("/tmp/kakanai-demo")).string();
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    auto key = demoKey(dir);
    if (!key) return kFailure;
    KioskConfig withLedger = config;
    withLedger.ledger_path = (std::filesystem::path(dir) / "ledger.jsonl").string();
    handoff::HandoffSigner signer(*key, handoff::newSession(config, &*person), req.forms);
    req.qrPayload = signer.payloadFn();
    pdf::FontLibrary fonts(config.font_dirs);
    auto out = fillForms(req, fonts);
    if (!out) return std::fprintf(stderr, "kakanai: %s\n", out.error().describe().c_str()), kFailure;
    pdf::PdfRenderer renderer(fonts);
    auto bytes = renderer.render(out->document);
    if (!bytes) return std::fprintf(stderr, "kakanai: %s\n", bytes.error().describe().c_str()), kFailure;
    if (!recordInLedger(withLedger, signer)) return kFailure;
    const std::string path = (std::filesystem::path(dir) / "kakanai-demo.pdf").string();
    if (!writeOutput(path, bytes->data(), bytes->size())) return kFailure;
    std::printf("Demo: filled %zu form(s) for the fictional resident 架空 花子 (%zu pages).\n",
                req.forms.size(), out->document.pages.size());
    std::printf("Open the PDF: %s\n", path.c_str());
    std::printf(
        "Every page carries a QR code signed with a DEMO key (id %s). Check it as counter staff would:\n"
        "  kakanai verify %s --pubkey %s\n",
        key->publicKey().idHex().c_str(), path.c_str(),
        handoff::publicKeyPathFor((std::filesystem::path(dir) / "demo-signing.key").string()).c_str());
    return kOk;
#endif
}

} // namespace

void registerDemoCommand() {
    addCommand({"demo", "", "[--out DIR] [--form ID ...]",
                "fill the 住民票 request for the fictional demo resident", demo});
}

} // namespace kakanai::cli
