// kakanai config check FILE
#include "cli.h"
#include "cli_setup.h"

#include <cstdio>

namespace kakanai::cli {
namespace {

int configCheck(Args& args) {
    if (!args.parse() || args.positional().size() != 1) return usageOf("config", "check");
    const std::string& file = args.positional()[0];
    ConfigLoad load = loadConfig(file);
    if (!load.config) {
        printProblems(file, load.problems);
        return kInvalid;
    }
    std::printf("%s: ok\n", file.c_str());
    return kOk;
}

} // namespace

void registerConfigCommands() {
    addCommand({"config", "check", "FILE", "check a kiosk config; each problem names the key", configCheck});
}

} // namespace kakanai::cli
