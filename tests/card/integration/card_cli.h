#pragma once
// Running `kakanai card …` (the real CLI, which runs itself as the card helper) in the test's sandbox.

#include "test_support.h"

#include <nlohmann/json.hpp>

#include <chrono>
#include <string>
#include <vector>

namespace kakanai::test {

struct CardRun {
    CommandResult result;
    std::chrono::milliseconds elapsed{};
    nlohmann::json json() const; // stdout as JSON (fails the test if it is not)
};

// kakanai card <args…>, with `stdinText` (the PIN) on standard input.
CardRun kakanaiCard(const std::vector<std::string>& args, const std::string& stdinText = {});

// The fixture's person fields, checked in one place.
void expectNoPersonalDataIn(const std::string& text);

} // namespace kakanai::test
