#include "cli.h"

#include "kakanai/sys/share_dir.h"

#include <algorithm>
#include <cstdio>

namespace kakanai::cli {
namespace {
std::vector<Command>& table() {
    static std::vector<Command> t;
    return t;
}
} // namespace

void addCommand(Command c) {
    table().push_back(std::move(c));
}
const std::vector<Command>& commands() {
    return table();
}

bool Args::parse() {
    auto isValued = [&](std::string_view n) {
        return std::find(m_valued.begin(), m_valued.end(), n) != m_valued.end();
    };
    auto isFlag = [&](std::string_view n) {
        return std::find(m_flags.begin(), m_flags.end(), n) != m_flags.end();
    };
    for (std::size_t i = 0; i < m_args.size(); ++i) {
        const std::string& a = m_args[i];
        if (a == "--") {
            m_positional.insert(m_positional.end(), m_args.begin() + static_cast<long>(i) + 1, m_args.end());
            break;
        }
        if (a.size() < 2 || a[0] != '-' || a == "-") {
            m_positional.push_back(a);
            continue;
        }
        std::string name = a, value;
        bool inlineValue = false;
        if (auto eq = a.find('='); eq != std::string::npos && a.rfind("--", 0) == 0) {
            name = a.substr(0, eq), value = a.substr(eq + 1), inlineValue = true;
        }
        if (isFlag(name) && !inlineValue) {
            m_values.emplace(name, "");
        } else if (isValued(name)) {
            if (!inlineValue) {
                if (i + 1 >= m_args.size()) {
                    std::fprintf(stderr, "kakanai: %s needs a value\n", name.c_str());
                    return false;
                }
                value = m_args[++i];
            }
            m_values.emplace(name, value);
        } else {
            std::fprintf(stderr, "kakanai: unknown option %s\n", name.c_str());
            return false;
        }
    }
    return true;
}

bool Args::has(std::string_view name) const {
    return m_values.find(name) != m_values.end();
}

std::optional<std::string> Args::value(std::string_view name) const {
    auto [b, e] = m_values.equal_range(name);
    if (b == e) return std::nullopt;
    return std::prev(e)->second;
}

std::vector<std::string> Args::values(std::string_view name) const {
    std::vector<std::string> out;
    auto [b, e] = m_values.equal_range(name);
    for (auto it = b; it != e; ++it)
        out.push_back(it->second);
    return out;
}

int usage(const Command& c) {
    std::fprintf(stderr, "usage: kakanai %s%s%s %s\n", c.group.c_str(), c.name.empty() ? "" : " ",
                 c.name.c_str(), c.usage.c_str());
    return kUsage;
}

int usageOf(std::string_view group, std::string_view name) {
    for (const auto& c : commands())
        if (c.group == group && c.name == name) return usage(c);
    return kUsage;
}

std::string sourceDir() {
    return shareDirectory();
}

} // namespace kakanai::cli
