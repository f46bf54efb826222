#include "kakanai/sys/helper_process.h"

#include <gtest/gtest.h>

#include <chrono>

using namespace kakanai;
using namespace std::chrono_literals;

TEST(HelperProcess, ExchangesInputAndOutput) {
    auto r = runHelper({"/bin/cat"}, "hello");
    ASSERT_TRUE(r.ok()) << r.error().describe();
    EXPECT_FALSE(r->timedOut);
    EXPECT_EQ(r->exitCode, 0);
    EXPECT_EQ(r->output, "hello");
}

TEST(HelperProcess, KillsAHungHelperAtTheDeadline) {
    const auto start = std::chrono::steady_clock::now();
    auto r = runHelper({"/bin/sh", "-c", "sleep 30; echo late"}, "", HelperOptions{300ms});
    const auto elapsed = std::chrono::steady_clock::now() - start;
    ASSERT_TRUE(r.ok());
    EXPECT_TRUE(r->timedOut);
    EXPECT_EQ(r->output, "");
    EXPECT_LT(elapsed, 5s); // it did not wait for the sleep (generous: a loaded CI machine)
}

TEST(HelperProcess, ReportsExitCodesAndCrashes) {
    auto r = runHelper({"/bin/sh", "-c", "exit 7"}, "");
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->exitCode, 7);
    auto crash = runHelper({"/bin/sh", "-c", "kill -SEGV $$"}, "");
    ASSERT_TRUE(crash.ok());
    EXPECT_TRUE(crash->signalled);
    auto missing = runHelper({"/nonexistent/helper"}, "");
    ASSERT_TRUE(missing.ok());
    EXPECT_EQ(missing->exitCode, 127);
}
