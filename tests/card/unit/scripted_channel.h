#pragma once
// A CardChannel for unit tests: plays a script of (expected command, answer) pairs and records every
// command that got past the access policy to the "card".

#include "kakanai/card/card_channel.h"

#include <gtest/gtest.h>

#include <deque>
#include <string>
#include <vector>

namespace kakanai::card::test {

std::string toHex(std::span<const std::uint8_t> b);
Bytes fromHex(std::string_view hex);

class ScriptedChannel : public CardChannel {
public:
    // `command` may end in "*" to match any remaining bytes (e.g. a VERIFY's PIN).
    ScriptedChannel& expect(std::string command, std::string answer);
    // The transport fails on the next command with this error (card pulled out …).
    ScriptedChannel& failWith(Error error);

    const std::vector<std::string>& sent() const { return m_sent; }
    int resets() const { return m_resets; }
    bool finished() const { return m_script.empty(); }

protected:
    Result<Bytes> transmitRaw(std::span<const std::uint8_t> command) override;
    Status resetRaw() override {
        ++m_resets;
        return {};
    }

private:
    struct Step {
        std::string command, answer;
        std::optional<Error> error;
    };
    std::deque<Step> m_script;
    std::vector<std::string> m_sent;
    int m_resets = 0;
};

} // namespace kakanai::card::test
