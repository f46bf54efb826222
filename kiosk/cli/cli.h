#pragma once
// Shared plumbing of the `kakanai` command: argument parsing, the command table, exit codes.

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kakanai::cli {

// Exit codes shared by all commands (commands may add their own above 9, documented in README).
enum Exit : int {
    kOk = 0,
    kInvalid = 1,     // invalid input: template, person, answers, config
    kUsage = 2,       // wrong command line
    kHandwriting = 3, // the PDF was written, but some values must be written by hand (listed on stderr)
    kFailure = 4,     // could not do it: missing fonts, I/O error, renderer error
};

class Args {
public:
    Args(std::vector<std::string> args) : m_args(std::move(args)) {}

    // Declares an option that takes a value (may repeat) or a flag; call before parse().
    Args& option(std::string name) { return m_valued.push_back(std::move(name)), *this; }
    Args& flag(std::string name) { return m_flags.push_back(std::move(name)), *this; }
    // Parses; on error prints it to stderr and returns false.
    bool parse();

    bool has(std::string_view name) const;
    std::optional<std::string> value(std::string_view name) const;
    std::vector<std::string> values(std::string_view name) const;
    const std::vector<std::string>& positional() const { return m_positional; }

private:
    std::vector<std::string> m_args;
    std::vector<std::string> m_valued, m_flags;
    std::multimap<std::string, std::string, std::less<>> m_values;
    std::vector<std::string> m_positional;
};

struct Command {
    std::string group;   // "form"
    std::string name;    // "fill" (empty for one-word commands such as "demo")
    std::string usage;   // "--form ID|FILE --person FILE [--answers FILE] -o OUT.pdf"
    std::string summary; // one line
    int (*run)(Args& args);
};

void addCommand(Command c);
const std::vector<Command>& commands();

// Each group registers its commands (one function per cmd_*.cpp file).
void registerFormCommands();
void registerConfigCommands();
void registerBenchCommands();
void registerDemoCommand();
void registerNormalizeCommands(); // normalize date|address|name|postal|phone, bench normalize
void registerCardCommands();      // card status/read/wait, bench card (only with KAKANAI_WITH_CARD)
void registerKeysCommands();
void registerVerifyCommands();
void registerLedgerCommands();
void registerBenchHandoffCommand();
void registerPrintCommands();
void registerOcrCommands();

// Prints "usage: kakanai <group> <name> <usage>" to stderr and returns kUsage.
int usage(const Command& c);
int usageOf(std::string_view group, std::string_view name);

// Where the demo config pretends to live (<dir>/config/kakanai.toml, forms in <dir>/forms): the share
// directory (kakanai/sys/share_dir.h), the same installed and in the build tree.
std::string sourceDir();

} // namespace kakanai::cli
