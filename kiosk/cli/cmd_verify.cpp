// kakanai verify IMAGE|PDF... [--pubkey FILE]... [--json] [--export csv|json] [-o FILE]
// kakanai verify --text (codes typed by a keyboard-wedge scanner on stdin, one per line)
// Checks the signed QR codes of printed forms and prints their fields, or exports them for a core system.
// Exit codes (README, docs/handoff.md): 0 valid, 40 unreadable, 41 bad signature or unsigned, 42 unknown
// key, 43 incomplete (a split form's other pages missing), 44 unknown template; 1 unreadable key file or
// config.
#include "cli.h"
#include "cli_setup.h"
#include "handoff_setup.h"

#include "kakanai/handoff/export.h"
#include "kakanai/handoff/verification.h"
#include "kakanai/sys/secure_memory.h"

#ifdef KAKANAI_HAVE_VERIFY
#include "kakanai/verify/verify_files.h"
#endif

#include <unistd.h>

#include <cstdio>
#include <iostream>

namespace kakanai::cli {
namespace {

int exitFor(handoff::Outcome o) {
    return handoff::verifyExitCode(o);
}

std::string upper(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        c = c == '-' ? ' ' : static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return out;
}

// Status lines carry no field values (they may go to stderr); fields go to stdout only.
void printStatus(std::FILE* to, const handoff::VerifyReport& report) {
    for (const auto& c : report.codes)
        if (c.check.status != handoff::CodeStatus::Valid)
            std::fprintf(to, "%-14s %s: %s\n", upper(toString(c.check.status)).c_str(), c.source.c_str(),
                         c.check.message.c_str());
    for (const auto& [source, why] : report.nothingFound)
        std::fprintf(to, "%-14s %s: %s\n", "UNREADABLE", source.c_str(), why.c_str());
    for (const auto& f : report.forms) {
        std::fprintf(to, "%-14s %s %s%s  %s\n", upper(toString(f.status)).c_str(), f.formId.c_str(),
                     f.formVersion.c_str(), f.demo ? "  (DEMO KEY — not an office key)" : "",
                     f.title.c_str());
        if (!f.message.empty()) std::fprintf(to, "  %s\n", f.message.c_str());
    }
}

void printForms(const handoff::VerifyReport& report) {
    for (const auto& f : report.forms) {
        std::printf("\n%s %s %s%s\n", f.formId.c_str(), f.formVersion.c_str(), f.title.c_str(),
                    f.demo ? "  [DEMO KEY]" : "");
        std::printf("  printed %s at kiosk %s, session %s, key %s\n",
                    handoff::isoTimeJst(f.printedAt).c_str(), f.kioskId.c_str(), f.sessionId.c_str(),
                    f.keyId.c_str());
        std::string corrected;
        for (const auto& n : f.correctedByResident)
            corrected += (corrected.empty() ? "" : ", ") + n;
        std::printf("  identified by %s (%s)%s%s\n", std::string(handoff::idSourceName(f.idSource)).c_str(),
                    std::string(handoff::idSourceCategory(f.idSource)).c_str(),
                    corrected.empty() ? "" : "; corrected by the resident: ", corrected.c_str());
        if (!f.payloadSha256.empty()) std::printf("  payload sha256 %s\n", f.payloadSha256.c_str());
        for (const auto& v : f.fields) {
            std::string text =
                v.kind == handoff::FieldKind::Handwriting ? "(left blank for handwriting)" : v.text;
            if (!v.correctedBy.empty()) text += "   [corrected by " + v.correctedBy + "]";
            std::printf("  %-32s %s\n", v.name.c_str(), text.c_str());
        }
    }
}

int verify(Args& args) {
    args.option("--pubkey")
        .option("--export")
        .option("-o")
        .option("--config")
        .option("--forms-dir")
        .option("--dpi")
        .flag("--json")
        .flag("--text");
    if (!args.parse()) return usageOf("verify", "");
    const bool text = args.has("--text");
    const auto exportAs = args.value("--export");
    if ((text ? !args.positional().empty() : args.positional().empty()) ||
        (exportAs && *exportAs != "csv" && *exportAs != "json") || (exportAs && args.has("--json")) ||
        (args.value("-o") && !exportAs))
        return usageOf("verify", "");
    int dpi = 200;
    if (auto d = args.value("--dpi")) {
        dpi = std::atoi(d->c_str());
        if (dpi < 72 || dpi > 600) return std::fprintf(stderr, "kakanai: --dpi must be 72..600\n"), kUsage;
    }
    auto config = loadConfigOption(args);
    if (!config) return kInvalid;
    auto keys = trustedKeys(args, *config);
    if (!keys) return kInvalid;
    if (keys->empty())
        std::fprintf(stderr,
                     "kakanai: no public keys given (--pubkey FILE or [signing] trusted_keys): no code "
                     "can be verified\n");
    const handoff::TemplateShelf shelf(handoff::shelfDirectories(formsDirectory(args, *config)),
                                       loadOptions(*config));
    handoff::HandoffVerifier verifier(*keys, shelf);

    if (text) {
        if (isatty(STDIN_FILENO))
            std::fprintf(stderr, "Scan the QR codes (one per line); an empty line or Ctrl-D ends.\n");
        std::string line;
        for (int n = 1; std::getline(std::cin, line); ++n) {
            handoff::addTypedLine(verifier, line, "stdin line " + std::to_string(n));
            if (line.empty() && isatty(STDIN_FILENO)) break;
            wipe(line);
        }
    } else {
#ifndef KAKANAI_HAVE_VERIFY
        std::fprintf(stderr, "kakanai: built without the verify driver (KAKANAI_WITH_VERIFY=OFF): only "
                             "kakanai verify --text works\n");
        return kFailure;
#else
        // A file that is missing or not an image is a page nothing could be read from (exit 40), so
        // one bad file in a batch does not hide the verdict on the others.
        for (const auto& file : args.positional())
            if (auto s = verify::addFile(verifier, file, dpi); !s)
                verifier.addNothingFound(file, s.error().message);
#endif
    }

    const handoff::VerifyReport report = verifier.report();
    const int rc = exitFor(report.outcome());
    if (args.has("--json")) {
        std::printf("%s\n", handoff::reportJson(report, rc).dump(2).c_str());
        return rc;
    }
    if (exportAs) {
        printStatus(stderr, report);
        const std::string data =
            *exportAs == "csv" ? handoff::exportCsv(report) : handoff::exportJson(report).dump(2) + "\n";
        if (!writeOutput(args.value("-o").value_or("-"), data.data(), data.size())) return kFailure;
        return rc;
    }
    printStatus(stdout, report);
    printForms(report);
    std::printf("\nresult: %s\n", std::string(toString(report.outcome())).c_str());
    return rc;
}

} // namespace

void registerVerifyCommands() {
    addCommand(
        {"verify", "",
         "IMAGE|PDF... [--pubkey FILE]... [--json] [--export csv|json [-o FILE]] [--dpi N] [--config FILE] "
         "[--forms-dir DIR] | --text",
         "check the signed QR codes of printed forms (scan, photo, PDF, or typed by a scanner) and print "
         "or export their fields",
         verify});
}

} // namespace kakanai::cli
