// kakanai demo [--out DIR]: the main job until the kiosk UI runs — fill the 住民票 request for the
// fictional demo resident and write the PDF, telling the user where it is.
#include "cli.h"
#include "cli_setup.h"

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
    pdf::FontLibrary fonts(config.font_dirs);
    auto out = fillForms(req, fonts);
    if (!out) return std::fprintf(stderr, "kakanai: %s\n", out.error().describe().c_str()), kFailure;
    pdf::PdfRenderer renderer(fonts);
    auto bytes = renderer.render(out->document);
    if (!bytes) return std::fprintf(stderr, "kakanai: %s\n", bytes.error().describe().c_str()), kFailure;
    const std::string dir = args.value("--out").value_or("/tmp/kakanai-demo");
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    const std::string path = (std::filesystem::absolute(dir) / "kakanai-demo.pdf").string();
    if (!writeOutput(path, bytes->data(), bytes->size())) return kFailure;
    std::printf("Demo: filled %zu form(s) for the fictional resident 架空 花子 (%zu pages).\n",
                req.forms.size(), out->document.pages.size());
    std::printf("Open the PDF: %s\n", path.c_str());
    return kOk;
#endif
}

} // namespace

void registerDemoCommand() {
    addCommand({"demo", "", "[--out DIR] [--form ID ...]",
                "fill the 住民票 request for the fictional demo resident", demo});
}

} // namespace kakanai::cli
