#include "scripted_channel.h"

namespace kakanai::card::test {

std::string toHex(std::span<const std::uint8_t> b) {
    static const char* d = "0123456789ABCDEF";
    std::string s;
    for (auto x : b)
        s += {d[x >> 4], d[x & 15]};
    return s;
}

Bytes fromHex(std::string_view hex) {
    Bytes b;
    int hi = -1;
    for (char c : hex) {
        int v = c >= '0' && c <= '9'   ? c - '0'
                : c >= 'A' && c <= 'F' ? c - 'A' + 10
                : c >= 'a' && c <= 'f' ? c - 'a' + 10
                                       : -1;
        if (v < 0) continue;
        if (hi < 0)
            hi = v;
        else
            b.push_back(static_cast<std::uint8_t>(hi << 4 | v)), hi = -1;
    }
    return b;
}

ScriptedChannel& ScriptedChannel::expect(std::string command, std::string answer) {
    std::string clean;
    for (char c : command)
        if (c != ' ') clean.push_back(c);
    m_script.push_back({clean, std::move(answer), std::nullopt});
    return *this;
}

ScriptedChannel& ScriptedChannel::failWith(Error error) {
    m_script.push_back({"", "", std::move(error)});
    return *this;
}

Result<Bytes> ScriptedChannel::transmitRaw(std::span<const std::uint8_t> command) {
    const std::string hex = toHex(command);
    m_sent.push_back(hex);
    if (m_script.empty()) {
        ADD_FAILURE() << "unexpected command " << hex;
        return makeError("card.removed", "script exhausted");
    }
    Step step = std::move(m_script.front());
    m_script.pop_front();
    if (step.error) return *step.error;
    const bool wildcard = !step.command.empty() && step.command.back() == '*';
    const std::string want = wildcard ? step.command.substr(0, step.command.size() - 1) : step.command;
    if (wildcard ? hex.rfind(want, 0) != 0 : hex != want)
        ADD_FAILURE() << "expected command " << step.command << ", got " << hex;
    return fromHex(step.answer);
}

} // namespace kakanai::card::test
