// kakanai ledger check [FILE] [--config FILE]: the audit ledger's hash chain is unbroken.
#include "cli.h"
#include "cli_setup.h"

#include "kakanai/handoff/ledger.h"

#include <cstdio>

namespace kakanai::cli {
namespace {

int ledgerCheck(Args& args) {
    args.option("--config");
    if (!args.parse() || args.positional().size() > 1) return usageOf("ledger", "check");
    auto config = loadConfigOption(args);
    if (!config) return kInvalid;
    const std::string path =
        args.positional().empty() ? config->resolvePath(config->ledger_path) : args.positional()[0];
    if (path.empty())
        return std::fprintf(stderr, "kakanai: no ledger given and none in [audit] ledger\n"), kUsage;
    const handoff::LedgerCheck check = handoff::checkLedger(path);
    for (const auto& p : check.problems)
        std::fprintf(stderr, "%s: %s\n", p.where.c_str(), p.message.c_str());
    if (!check.problems.empty()) return kInvalid;
    std::printf("%s: %zu entries, chain intact\n", path.c_str(), check.entries);
    return kOk;
}

} // namespace

void registerLedgerCommands() {
    addCommand({"ledger", "check", "[FILE] [--config FILE]",
                "check the audit ledger's hash chain (a line changed, inserted or removed shows)",
                ledgerCheck});
}

} // namespace kakanai::cli
