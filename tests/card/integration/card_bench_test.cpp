// `kakanai bench card` once against the virtual cards (ctest label bench: a smoke test of the benchmark,
// never a timed assertion). Prints the numbers for the record.
#include "card_cli.h"
#include "pcsc_sandbox.h"

#include <gtest/gtest.h>

#include <regex>

using namespace kakanai::test;

namespace {

void bench(const char* fixture, const char* pin, const char* kind, const char* apdus) {
    PcscSandbox::insert(fixture);
    auto r = kakanaiCard({"bench", "card", "--count", "20"}, std::string(pin) + "\n");
    ASSERT_EQ(r.result.exitCode, 0) << r.result.out << r.result.err;
    std::printf("%s", r.result.out.c_str());
    const std::string last = r.result.out.substr(r.result.out.rfind("kakanai "));
    EXPECT_TRUE(std::regex_search(last, std::regex(std::string("^kakanai card_apdus=") + apdus +
                                                    " card_ms_median=[0-9.]+ card_ms_p95=[0-9.]+ "
                                                    "read_ms_median=[0-9.]+ kind=" + kind)))
        << last;
    PcscSandbox::remove();
}

} // namespace

TEST(CardBench, MyNumberBasicFour) {
    KAKANAI_REQUIRE_PCSC_SANDBOX();
    bench("mn-taro.json", "1234", "mynumber-card", "7");
}

TEST(CardBench, DriverLicence) {
    KAKANAI_REQUIRE_PCSC_SANDBOX();
    bench("lic-basic.json", "1234", "driver-license-card", "14");
}
