#include "card_cli.h"

#include <gtest/gtest.h>

namespace kakanai::test {

nlohmann::json CardRun::json() const {
    auto j = nlohmann::json::parse(result.out, nullptr, false);
    EXPECT_FALSE(j.is_discarded()) << "not JSON: " << result.out << "\nstderr: " << result.err;
    return j;
}

CardRun kakanaiCard(const std::vector<std::string>& args, const std::string& stdinText) {
    std::vector<std::string> argv = {cliPath()};
    argv.insert(argv.end(), args.begin(), args.end());
    const auto start = std::chrono::steady_clock::now();
    CardRun r;
    r.result = run(argv, stdinText);
    r.elapsed =
        std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start);
    return r;
}

void expectNoPersonalDataIn(const std::string& text) {
    for (const char* fragment : {"試験", "架空", "𠮷", "TESTER", "ＴＥＳＴＩＮＡ", "1234"})
        EXPECT_EQ(text.find(fragment), std::string::npos) << "\"" << fragment << "\" leaked into: " << text;
}

} // namespace kakanai::test
