// Fault suite, clock jump (docs/faults.md): the wall clock of a running `kakanai print` jumps a day
// forward or back (libfaketime, Debian `faketime`, re-reading its offset file on every call; the
// monotonic clock stays real, as NTP or an admin setting the date would leave it). The fault wait and the
// helper watchdogs run on the steady clock, so a jump forward must not cancel a job early and a jump back
// must not make it wait for a day. Signed forms under a jumped clock still chain in the ledger.
#include "print_fixtures.h"

#include "test_support.h"

#include "kakanai/person/sample_people.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <unistd.h>

#include <future>
#include <thread>

using namespace kakanai;
using namespace kakanai::test;
using namespace std::chrono_literals;
using nlohmann::json;

namespace {

constexpr const char* kLibFaketime = "/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1";

// argv prefix that runs a command under a wall clock read from `offsetFile` ("+0", "+1d", "-1d" …).
std::vector<std::string> underFakeClock(const std::string& offsetFile) {
    return {"/usr/bin/env", std::string("LD_PRELOAD=") + kLibFaketime,
            "FAKETIME_TIMESTAMP_FILE=" + offsetFile, "FAKETIME_NO_CACHE=1", "DONT_FAKE_MONOTONIC=1"};
}

class ClockJump : public ::testing::Test {
protected:
    void SetUp() override {
        if (::access(kLibFaketime, R_OK) != 0) FAIL() << kLibFaketime << " missing: run scripts/install-deps";
        writeFile(m_dir.file("form.pdf"), asString(demoFormPdf()));
        writeFile(m_dir.file("offset"), "+0\n");
    }
    std::future<CommandResult> printAsync(int faultWait) {
        auto argv = underFakeClock(m_dir.file("offset"));
        for (const auto& a : {cliPath(), std::string("print"), m_dir.file("form.pdf"),
                              std::string("--printer"), sharedPrinter().uri(), std::string("--json"),
                              std::string("--fault-wait"), std::to_string(faultWait)})
            argv.push_back(a);
        return std::async(std::launch::async, [argv] { return run(argv); });
    }
    void jump(const std::string& offset) { writeFile(m_dir.file("offset"), offset + "\n"); }
    TempDir m_dir;
};

} // namespace

TEST_F(ClockJump, FakeClockIsReallyInEffect) {
    jump("+3650d");
    auto argv = underFakeClock(m_dir.file("offset"));
    argv.insert(argv.end(), {"/bin/date", "+%Y"});
    const int year = std::stoi(run(argv).out);
    const int realYear = std::stoi(run({"/bin/date", "+%Y"}).out);
    EXPECT_GE(year, realYear + 9)
        << "libfaketime did not move the wall clock: the tests below would prove nothing";
}

TEST_F(ClockJump, ForwardDuringAFaultWaitDoesNotCancelTheJobEarly) {
    auto& sim = sharedPrinter();
    sim.forgetPrinted();
    sim.setMode("media-empty");
    const auto before = sim.jobIds().size();
    const auto start = std::chrono::steady_clock::now();
    auto running = printAsync(20);
    while (sim.jobIds().size() == before && secondsSince(start) < 15)
        std::this_thread::sleep_for(50ms);
    std::this_thread::sleep_for(500ms);
    jump("+1d"); // a wall-clock deadline would now be a day past: the job would be cancelled at once
    std::this_thread::sleep_for(2s);
    sim.clearFault();
    const auto r = running.get();
    EXPECT_EQ(r.exitCode, 0) << r.out << r.err;
    EXPECT_EQ(sim.printedJobNames().size(), 1u);
    EXPECT_EQ(sim.jobIds().size(), before + 1);
}

TEST_F(ClockJump, BackDuringAFaultWaitStillCancelsOnTime) {
    auto& sim = sharedPrinter();
    sim.forgetPrinted();
    sim.setMode("media-empty");
    const auto start = std::chrono::steady_clock::now();
    auto running = printAsync(3);
    std::this_thread::sleep_for(1s);
    jump("-1d"); // a wall-clock deadline would now be a day away
    ASSERT_EQ(running.wait_for(30s), std::future_status::ready) << "the fault wait followed the wall clock";
    const auto r = running.get();
    EXPECT_EQ(r.exitCode, 36) << r.out << r.err;
    EXPECT_LT(secondsSince(start), 15.0);
    sim.clearFault();
    std::this_thread::sleep_for(1s);
    EXPECT_TRUE(sim.printedJobNames().empty());
}

TEST_F(ClockJump, SignedFormsChainInTheLedgerWhateverTheWallClockSays) {
    TempDir d;
    ASSERT_EQ(run({cliPath(), "keys", "generate", "--out", d.file("kiosk.key")}).exitCode, 0);
    writeFile(d.file("kakanai.toml"),
              "[kiosk]\nid = \"faults-kiosk\"\n"
              "[municipality]\nname = \"架空市\"\naddressee = \"架空市長\"\n"
              "[forms]\ndirectory = \"" +
                  sourcePath("forms") +
                  "\"\n"
                  "[signing]\nkey_path = \"kiosk.key\"\ntrusted_keys = [\"kiosk.pub\"]\n"
                  "[audit]\nledger = \"ledger.jsonl\"\n");
    writeFile(d.file("person.json"), std::string(demoPersonJson()));
    auto fillAt = [&](const std::string& offset) {
        jump(offset);
        auto argv = underFakeClock(m_dir.file("offset"));
        argv.insert(argv.end(),
                    {cliPath(), "form", "fill", "--config", d.file("kakanai.toml"), "--form", "juminhyo",
                     "--person", d.file("person.json"), "-o", d.file("form.pdf"), "--json"});
        return run(argv);
    };
    for (const char* offset : {"+0", "-400d", "+400d"}) {
        const auto r = fillAt(offset);
        EXPECT_EQ(r.exitCode, 0) << offset << ": " << r.err;
    }
    const auto check = run({cliPath(), "ledger", "check", "--config", d.file("kakanai.toml")});
    EXPECT_EQ(check.exitCode, 0) << check.out << check.err;
    // The ledger records the wall clock as it was (a clock set back shows as a time going back, which
    // staff can see); every line is a valid entry of the one chain.
    const std::string ledger = readFile(d.file("ledger.jsonl"));
    std::vector<std::string> times;
    for (std::size_t p = 0, nl; (nl = ledger.find('\n', p)) != std::string::npos; p = nl + 1)
        times.push_back(json::parse(ledger.substr(p, nl - p))["time"]);
    ASSERT_EQ(times.size(), 3u) << ledger;
    EXPECT_LT(times[1], times[0]) << "the -400 d line";
    EXPECT_GT(times[2], times[0]) << "the +400 d line";
}
