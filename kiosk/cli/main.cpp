// kakanai: the command-line tool over the same core the kiosk uses (IT staff, counter staff, tests).
#include "cli.h"

#ifdef KAKANAI_HAVE_CARD
#include "kakanai/pcsc/card_helper.h"
#endif

#include <csignal>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

using namespace kakanai::cli;

namespace {

void printHelp() {
    std::printf("kakanai — no-writing counter kiosk tools\n\nCommands:\n");
    for (const auto& c : commands()) {
        std::string head = c.group + (c.name.empty() ? "" : " " + c.name);
        std::printf("  kakanai %-18s %s\n", head.c_str(), c.summary.c_str());
    }
    std::printf("\nExit codes: 0 ok, 1 invalid input, 2 usage, 3 written but some values need handwriting,\n"
                "4 failure; commands document further codes in README.md.\n");
}

} // namespace

int main(int argc, char** argv) {
    std::signal(SIGXFSZ, SIG_IGN); // a file-size limit gives a write error we report, not a silent death
#ifdef KAKANAI_HAVE_CARD
    // Hidden: `kakanai card …` re-runs this program as its card helper (card I/O under a watchdog).
    if (argc >= 2 && std::strcmp(argv[1], kakanai::pcsc::kCardHelperCommand) == 0)
        return kakanai::pcsc::runCardHelper(std::vector<std::string>(argv + 2, argv + argc));
#endif
    registerFormCommands();
    registerConfigCommands();
    registerBenchCommands();
    registerDemoCommand();
    registerNormalizeCommands();
#ifdef KAKANAI_HAVE_CARD
    registerCardCommands();
#endif
    registerKeysCommands();
    registerVerifyCommands();
    registerLedgerCommands();
    registerBenchHandoffCommand();
    registerPrintCommands();
    registerOcrCommands();

    std::vector<std::string> args(argv + 1, argv + argc);
    if (args.empty() || args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
        printHelp();
        return args.empty() ? kUsage : kOk;
    }
    for (const auto& c : commands()) {
        if (c.group != args[0]) continue;
        if (c.name.empty()) {
            Args a(std::vector<std::string>(args.begin() + 1, args.end()));
            return c.run(a);
        }
        if (args.size() >= 2 && c.name == args[1]) {
            Args a(std::vector<std::string>(args.begin() + 2, args.end()));
            return c.run(a);
        }
    }
    // Known group, unknown or missing sub-command: list the group's commands.
    bool known = false;
    for (const auto& c : commands())
        if (c.group == args[0]) {
            if (!known) std::fprintf(stderr, "kakanai %s: choose one of:\n", args[0].c_str());
            known = true;
            std::fprintf(stderr, "  kakanai %s %s %s\n", c.group.c_str(), c.name.c_str(), c.usage.c_str());
        }
    if (!known)
        std::fprintf(stderr, "kakanai: unknown command \"%s\" (see kakanai --help)\n", args[0].c_str());
    return kUsage;
}
