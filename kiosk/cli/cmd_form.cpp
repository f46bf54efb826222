// kakanai form list | validate | fill | proof
#include "cli.h"
#include "cli_setup.h"

#include "kakanai/forms/form_filler.h"
#include "kakanai/person/person.h"
#include "kakanai/sys/hardening.h"

#include <nlohmann/json.hpp>

#ifdef KAKANAI_HAVE_PDF
#include "kakanai/pdf/pdf_renderer.h"
#endif

#include <algorithm>
#include <cstdio>
#include <filesystem>

namespace kakanai::cli {
namespace {

using nlohmann::json;

[[maybe_unused]] int noPdf() {
    std::fprintf(stderr, "kakanai: built without the PDF driver (KAKANAI_WITH_PDF=OFF)\n");
    return kFailure;
}

int formList(Args& args) {
    args.option("--config").option("--forms-dir").flag("--json");
    if (!args.parse() || !args.positional().empty()) return usageOf("form", "list");
    auto config = loadConfigOption(args);
    if (!config) return kInvalid;
    const FormCatalog catalog = FormCatalog::load(formsDirectory(args, *config), loadOptions(*config));
    const Date today = Date::today();
    auto enabled = [&](const FormTemplate& f) {
        const auto& en = config->enabled_forms;
        return en.empty() || std::find(en.begin(), en.end(), f.id) != en.end();
    };
    if (args.has("--json")) {
        json out = json::array();
        for (const auto& e : catalog.entries()) {
            json j{{"path", e.path}, {"valid", e.form.has_value()}, {"problems", e.problems.size()}};
            if (e.form) {
                const FormTemplate& f = *e.form;
                j["id"] = f.id;
                j["version"] = f.version;
                j["title"] = f.title;
                j["valid_from"] = f.validFrom.iso();
                j["valid_to"] = f.validTo ? json(f.validTo->iso()) : json(nullptr);
                j["in_force"] = f.validOn(today);
                j["enabled"] = enabled(f);
                j["categories"] = f.categories;
                j["pages"] = f.pages.size();
                j["questions"] = f.questions.size();
            }
            out.push_back(std::move(j));
        }
        std::printf("%s\n", out.dump(2).c_str());
        return kOk;
    }
    for (const auto& e : catalog.entries()) {
        if (!e.form) {
            std::printf("%-14s %-8s %s (%zu problems: kakanai form validate %s)\n", "-", "-", "INVALID",
                        e.problems.size(), e.path.c_str());
            continue;
        }
        const FormTemplate& f = *e.form;
        std::string state = !f.validOn(today) ? "  [not in force]" : !enabled(f) ? "  [disabled]" : "";
        std::printf("%-14s %-8s %s%s\n", f.id.c_str(), f.version.c_str(), pick(f.title, "ja").c_str(),
                    state.c_str());
    }
    return kOk;
}

int formValidate(Args& args) {
    args.option("--config");
    if (!args.parse() || args.positional().empty()) return usageOf("form", "validate");
    auto config = loadConfigOption(args);
    if (!config) return kInvalid;
    std::vector<std::string> files;
    for (const auto& p : args.positional()) {
        std::error_code ec;
        if (std::filesystem::is_directory(p, ec)) {
            std::vector<std::string> inDir;
            for (const auto& e : std::filesystem::directory_iterator(p, ec))
                if (e.path().extension() == ".json") inDir.push_back(e.path().string());
            std::sort(inDir.begin(), inDir.end());
            files.insert(files.end(), inDir.begin(), inDir.end());
        } else {
            files.push_back(p);
        }
    }
#ifdef KAKANAI_HAVE_PDF
    pdf::FontLibrary fonts(config->font_dirs);
#endif
    bool allValid = true;
    for (const auto& file : files) {
        TemplateLoad load = loadTemplate(file, loadOptions(*config));
        std::vector<Error> problems = std::move(load.problems);
#ifdef KAKANAI_HAVE_PDF
        // Fit checks need the real font metrics.
        if (load.form) problems = checkTemplateFits(*load.form, fonts);
#endif
        if (!problems.empty()) allValid = false;
        printProblems(file, problems);
    }
    return allValid ? kOk : kInvalid;
}

bool hasPrincipalPart(const std::vector<Item>& items) {
    return std::any_of(items.begin(), items.end(), [](const Item& it) {
        if (const auto* r = std::get_if<std::shared_ptr<RepeatItem>>(&it))
            return hasPrincipalPart((*r)->items);
        return std::visit(
            [](const auto& i) {
                if constexpr (requires { i.handwritten; }) return i.handwritten == Handwritten::Principal;
                return false;
            },
            it);
    });
}

// Fields that need a person's attention, named (never their values).
void reportFields(const FillOutput& out, const std::vector<const FormTemplate*>& templates) {
    for (const FormTemplate* t : templates)
        if (std::any_of(t->pages.begin(), t->pages.end(),
                        [](const TemplatePage& p) { return hasPrincipalPart(p.items); }))
            std::fprintf(stderr,
                         "kakanai: %s: the principal (委任者) must fill in and sign their own part by hand; "
                         "the kiosk leaves it blank\n",
                         t->id.c_str());
    for (const auto& form : out.forms)
        for (const auto& f : form.fields) {
            if (f.state == FilledField::State::Overflow || f.state == FilledField::State::MissingGlyph)
                std::fprintf(stderr, "kakanai: %s: %s: left blank for handwriting (%s)\n",
                             form.formId.c_str(), f.name.c_str(), std::string(toString(f.state)).c_str());
            else if (f.needsCheck && f.state == FilledField::State::Filled)
                std::fprintf(stderr, "kakanai: %s: %s: printed, but flagged for checking against the card\n",
                             form.formId.c_str(), f.name.c_str());
        }
}

json fieldsJson(const FillOutput& out) {
    json forms = json::array();
    for (const auto& form : out.forms) {
        json fields = json::array();
        for (const auto& f : form.fields)
            fields.push_back({{"name", f.name},
                              {"state", toString(f.state)},
                              {"page", f.page + 1},
                              {"needs_check", f.needsCheck}});
        forms.push_back({{"id", form.formId}, {"version", form.version}, {"fields", std::move(fields)}});
    }
    return forms;
}

int formFill(Args& args) {
    args.option("--form")
        .option("--person")
        .option("--answers")
        .option("-o")
        .option("--config")
        .option("--forms-dir")
        .option("--date")
        .option("--printer")
        .flag("--json");
    if (!args.parse() || !args.positional().empty() || args.values("--form").empty() || !args.value("-o") ||
        !args.value("--person"))
        return usageOf("form", "fill");
#ifndef KAKANAI_HAVE_PDF
    return noPdf();
#else
    (void)disableCoreDumps(); // this process holds a resident's data
    auto config = loadConfigOption(args);
    if (!config) return kInvalid;
    TemplateSet templates(FormCatalog::load(formsDirectory(args, *config), loadOptions(*config)), *config);
    FillRequest req;
    for (const auto& spec : args.values("--form")) {
        const FormTemplate* f = templates.get(spec);
        if (!f) return kInvalid;
        req.forms.push_back(f);
    }
    auto person = readPersonFile(*args.value("--person"));
    if (!person) {
        printProblems(*args.value("--person"), {person.error()});
        return kInvalid;
    }
    std::optional<AnswersDocument> answers;
    if (auto a = args.value("--answers")) {
        auto parsed = readAnswersFile(*a);
        if (!parsed) {
            printProblems(*a, {parsed.error()});
            return kInvalid;
        }
        answers = std::move(*parsed);
    }
    req.today = Date::today();
    if (auto d = args.value("--date")) {
        auto parsed = Date::parseIso(*d);
        if (!parsed) return std::fprintf(stderr, "kakanai: --date must be YYYY-MM-DD\n"), kUsage;
        req.today = *parsed;
    }
    req.person = &*person;
    req.answers = answers ? &*answers : nullptr;
    req.config = &*config;
    if (const PrinterConfig* active = config->activePrinter()) req.calibration = active->calibration;
    if (auto name = args.value("--printer")) {
        auto it = config->printers.find(*name);
        if (it == config->printers.end())
            return std::fprintf(stderr, "kakanai: no printer \"%s\" in the config\n", name->c_str()), kUsage;
        req.calibration = it->second.calibration;
    }
    if (answers)
        for (const auto& entry : answers->forms)
            if (std::none_of(req.forms.begin(), req.forms.end(),
                             [&](const FormTemplate* f) { return f->id == entry.first; })) {
                printProblems(*args.value("--answers"),
                              {makeError("answers.unknown-form",
                                         "answers for a form that is not being filled", "/forms/" + entry.first)});
                return kInvalid;
            }

    pdf::FontLibrary fonts(config->font_dirs);
    auto out = fillForms(req, fonts);
    if (!out) {
        std::fprintf(stderr, "kakanai: %s\n", out.error().describe().c_str());
        return out.error().code.rfind("answers.", 0) == 0 ? kInvalid : kFailure;
    }
    pdf::PdfRenderer renderer(fonts);
    auto bytes = renderer.render(out->document);
    person->wipe();
    if (!bytes) {
        std::fprintf(stderr, "kakanai: %s\n", bytes.error().describe().c_str());
        return kFailure;
    }
    const std::string target = *args.value("-o");
    const bool written = writeOutput(target, bytes->data(), bytes->size());
    wipe(*bytes);
    if (!written) return kFailure;
    reportFields(*out, req.forms);
    if (args.has("--json")) {
        json j{{"output", target}, {"pages", out->document.pages.size()}, {"forms", fieldsJson(*out)}};
        std::fprintf(target == "-" ? stderr : stdout, "%s\n", j.dump(2).c_str());
    } else if (target != "-") {
        std::printf("wrote %s (%zu pages)\n", target.c_str(), out->document.pages.size());
    }
    return out->needsHandwriting() ? kHandwriting : kOk;
#endif
}

int formProof(Args& args) {
    args.option("-o").option("--config").option("--printer");
    if (!args.parse() || args.positional().size() != 1 || !args.value("-o")) return usageOf("form", "proof");
#ifndef KAKANAI_HAVE_PDF
    return noPdf();
#else
    auto config = loadConfigOption(args);
    if (!config) return kInvalid;
    TemplateSet templates(
        FormCatalog::load(config->resolvePath(config->forms_directory), loadOptions(*config)), *config);
    const FormTemplate* form = templates.get(args.positional()[0]);
    if (!form) return kInvalid;
    const std::string printerName = args.value("--printer").value_or(config->printer_use);
    Calibration cal;
    if (auto it = config->printers.find(printerName); it != config->printers.end())
        cal = it->second.calibration;
    else if (args.value("--printer"))
        return std::fprintf(stderr, "kakanai: no printer \"%s\" in the config\n", printerName.c_str()),
               kUsage;

    pdf::FontLibrary fonts(config->font_dirs);
    FillRequest req;
    req.forms = {form};
    req.config = &*config;
    req.today = Date::today();
    req.proof = true;
    req.calibration = cal;
    auto out = fillForms(req, fonts);
    if (!out) return std::fprintf(stderr, "kakanai: %s\n", out.error().describe().c_str()), kFailure;
    appendCalibrationPage(out->document, fonts, cal, printerName.empty() ? "(none)" : printerName);
    pdf::PdfRenderer renderer(fonts);
    auto bytes = renderer.render(out->document);
    if (!bytes) return std::fprintf(stderr, "kakanai: %s\n", bytes.error().describe().c_str()), kFailure;
    if (!writeOutput(*args.value("-o"), bytes->data(), bytes->size())) return kFailure;
    std::printf(
        "wrote %s (%zu pages: the form with every field outlined and named, then a calibration page)\n",
        args.value("-o")->c_str(), out->document.pages.size());
    return kOk;
#endif
}

} // namespace

void registerFormCommands() {
    addCommand(
        {"form", "list", "[--json] [--config FILE] [--forms-dir DIR]", "list the form templates", formList});
    addCommand({"form", "validate", "FILE|DIR... [--config FILE]", "check templates; one line per problem",
                formValidate});
    addCommand({"form", "fill",
                "--form ID|FILE [--form ...] --person PERSON.json [--answers ANSWERS.json] -o OUT.pdf|- "
                "[--date YYYY-MM-DD] [--config FILE] [--printer NAME] [--json]",
                "fill forms for a person into one PDF", formFill});
    addCommand({"form", "proof", "ID|FILE -o OUT.pdf [--config FILE] [--printer NAME]",
                "calibration proof: every box outlined and named, long sample data, a ruler page",
                formProof});
}

} // namespace kakanai::cli
