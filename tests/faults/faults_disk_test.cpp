// Fault suite, "disk full" (docs/faults.md): `kakanai form fill -o` to /dev/full, to a file under a
// file-size limit (RLIMIT_FSIZE) and to a full tmpfs; the audit ledger on a full disk. Each must give a
// clear message and exit 4, never die of SIGXFSZ, never leave a partial PDF or half a ledger line, and
// never destroy the previous file.
#include "kakanai/handoff/keys.h"
#include "kakanai/handoff/ledger.h"
#include "kakanai/person/sample_people.h"

#include "test_support.h"

#include <gtest/gtest.h>

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <csignal>

#include <filesystem>

using namespace kakanai;
using namespace kakanai::test;
namespace fs = std::filesystem;

namespace {

constexpr int kFailure = 4;

std::vector<std::string> fill(const std::string& person, const std::string& out) {
    return {cliPath(), "form", "fill", "--form", "juminhyo", "--person", person, "-o", out};
}

std::string sh(const std::vector<std::string>& argv) {
    std::string s;
    for (const auto& a : argv)
        s += "'" + a + "' ";
    return s;
}

std::vector<std::string> entries(const std::string& dir) {
    std::vector<std::string> out;
    for (const auto& e : fs::directory_iterator(dir))
        out.push_back(e.path().filename().string());
    return out;
}

void expectDiskFullMessage(const CommandResult& r) {
    EXPECT_EQ(r.exitCode, kFailure) << r.err;
    EXPECT_NE(r.err.find("the disk is full: free space or write elsewhere"), std::string::npos) << r.err;
    EXPECT_EQ(r.err.find("架空"), std::string::npos) << "no personal data in the message: " << r.err;
}

class DiskFull : public ::testing::Test {
protected:
    void SetUp() override { writeFile(m_in.file("person.json"), std::string(demoPersonJson())); }
    std::string person() const { return m_in.file("person.json"); }
    TempDir m_in;
};

} // namespace

TEST_F(DiskFull, OutputToDevFullSaysTheDiskIsFull) {
    const auto r = run(fill(person(), "/dev/full"));
    expectDiskFullMessage(r);
    EXPECT_NE(r.err.find("No space left on device"), std::string::npos) << r.err;
}

TEST_F(DiskFull, StdoutToDevFullSaysTheDiskIsFull) {
    const auto r = run({"/bin/sh", "-c", sh(fill(person(), "-")) + "> /dev/full"});
    expectDiskFullMessage(r);
}

TEST_F(DiskFull, FileSizeLimitIsAnErrorNotADeathAndKeepsThePreviousFile) {
    TempDir out;
    const std::string pdf = out.file("form.pdf");
    writeFile(pdf, "the previous form");
    // 16 KiB: less than the PDF and less than the font subset, which the PDF driver writes to a memfd
    // (RLIMIT_FSIZE counts memfds too). Unless SIGXFSZ is ignored the process dies of it (exit 153).
    const auto r = run({"/usr/bin/prlimit", "--fsize=16384", "--", cliPath(), "form", "fill", "--form",
                        "juminhyo", "--person", person(), "-o", pdf});
    EXPECT_EQ(r.exitCode, kFailure) << r.err;
    EXPECT_NE(r.err.find("File too large"), std::string::npos) << r.err;
    EXPECT_EQ(readFile(pdf), "the previous form") << "a failed fill must not destroy the previous file";
    EXPECT_EQ(entries(out.path()), std::vector<std::string>{"form.pdf"}) << "no temporary file left behind";

    // The same command without the limit writes the whole PDF over the old one.
    const auto ok = run(fill(person(), pdf));
    ASSERT_EQ(ok.exitCode, 0) << ok.err;
    const std::string bytes = readFile(pdf);
    EXPECT_EQ(bytes.rfind("%PDF-", 0), 0u);
    EXPECT_NE(bytes.find("%%EOF"), std::string::npos);
    EXPECT_EQ(entries(out.path()), std::vector<std::string>{"form.pdf"});
}

TEST_F(DiskFull, FullDiskKeepsThePreviousFileAndLeavesNoPartialOne) {
    if (::geteuid() != 0) GTEST_SKIP() << "mounting a tmpfs needs root (CI runs as root)";
    TempDir mnt;
    // A 64 KiB tmpfs holding a previous form of 40 KiB: the new one (38 KiB) cannot be written beside it.
    const std::string script = "mount -t tmpfs -o size=64k tmpfs '" + mnt.path() +
                               "' || exit 99; head -c 40960 /dev/zero > '" + mnt.file("form.pdf") + "'; " +
                               sh(fill(person(), mnt.file("form.pdf"))) + "; rc=$?; ls -A '" + mnt.path() +
                               "' >&2; wc -c < '" + mnt.file("form.pdf") + "' >&2; exit $rc";
    const auto r = run({"/usr/bin/unshare", "--mount", "--propagation", "private", "/bin/sh", "-c", script});
    ASSERT_NE(r.exitCode, 99) << "tmpfs: " << r.err;
    expectDiskFullMessage(r);
    EXPECT_NE(r.err.find("nothing was written"), std::string::npos) << r.err;
    EXPECT_EQ(r.err.find(".kakanai-"), std::string::npos) << "a partial file was left:\n" << r.err;
    EXPECT_NE(r.err.find("\n40960\n"), std::string::npos) << "the previous form was damaged:\n" << r.err;
}

TEST_F(DiskFull, FullTmpfsLeavesAnEmptyFolder) {
    if (::geteuid() != 0) GTEST_SKIP() << "mounting a tmpfs needs root (CI runs as root)";
    TempDir mnt;
    // A private mount namespace: the 24 KiB tmpfs is seen by this shell and kakanai only.
    const std::string script = "mount -t tmpfs -o size=24k tmpfs '" + mnt.path() + "' || exit 99; " +
                               sh(fill(person(), mnt.file("form.pdf"))) + "; rc=$?; ls -A '" + mnt.path() +
                               "' >&2; exit $rc";
    const auto r = run({"/usr/bin/unshare", "--mount", "--propagation", "private", "/bin/sh", "-c", script});
    ASSERT_NE(r.exitCode, 99) << "tmpfs: " << r.err;
    expectDiskFullMessage(r);
    EXPECT_NE(r.err.find("No space left on device"), std::string::npos) << r.err;
    EXPECT_EQ(r.err.find(".kakanai-"), std::string::npos) << "a partial file was left in the full folder:\n"
                                                          << r.err;
    EXPECT_EQ(r.err.find("form.pdf\n"), std::string::npos) << "a partial PDF was left:\n" << r.err;
}

TEST(DiskFullLedger, AFullDiskLeavesNoHalfLineAndTheChainHolds) {
    TempDir d;
    const std::string path = d.file("ledger.jsonl");
    const handoff::PublicKey key = handoff::SigningKey::generate(false)->publicKey();
    const std::vector<handoff::IssuedForm> forms{
        {"juminhyo", "2025.1", 1, 300, 13, true, std::string(64, 'a')}};
    auto session = [](std::uint8_t id) {
        return handoff::SessionInfo{
            "kiosk-2", 1795400000 + id, {id, 1, 2, 3, 4, 5, 6, 7}, handoff::IdSource::MyNumberCard, 1, 0};
    };
    ASSERT_TRUE(handoff::appendToLedger(path, session(1), key, forms).ok());
    const auto before = fs::file_size(path);

    // In a child (the limit is per process): room for 100 more bytes, a line is ~350.
    const pid_t child = ::fork();
    if (child == 0) {
        ::signal(SIGXFSZ, SIG_IGN);
        const rlimit lim{before + 100, before + 100};
        ::setrlimit(RLIMIT_FSIZE, &lim);
        const Status s = handoff::appendToLedger(path, session(2), key, forms);
        const bool said = !s.ok() && s.error().code == "ledger.io" &&
                          s.error().message.find("free disk space") != std::string::npos;
        ::_exit(s.ok() ? 1 : said ? 0 : 2);
    }
    int status = 0;
    ASSERT_EQ(::waitpid(child, &status, 0), child);
    ASSERT_TRUE(WIFEXITED(status)) << "killed by signal " << WTERMSIG(status);
    EXPECT_EQ(WEXITSTATUS(status), 0) << "1: the append claimed success, 2: unclear error";
    EXPECT_EQ(fs::file_size(path), before) << "half a ledger line was left behind";

    ASSERT_TRUE(handoff::appendToLedger(path, session(3), key, forms).ok());
    const handoff::LedgerCheck c = handoff::checkLedger(path);
    EXPECT_EQ(c.entries, 2u);
    EXPECT_TRUE(c.problems.empty()) << c.problems.front().describe();
}
