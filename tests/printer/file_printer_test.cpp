#include "kakanai/print/fake_printer.h"
#include "kakanai/print/file_printer.h"

#include "test_support.h"

#include <gtest/gtest.h>

#include <sys/stat.h>

#include <filesystem>

using namespace kakanai;

namespace {
const std::vector<std::uint8_t> kPdf = [] {
    const std::string s = "%PDF-1.7\n% 架空 花子 (fictional)\n%%EOF\n";
    return std::vector<std::uint8_t>(s.begin(), s.end());
}();
} // namespace

TEST(FilePrinter, WritesTheDocumentUnchangedWithANeutralNameAndMode0600) {
    test::TempDir dir;
    FilePrinter printer(dir.path() + "/out");
    std::vector<JobPhase> phases;
    PrintOptions options;
    options.copies = 2;
    Status s = printer.print(kPdf, options, 10, [&](const JobProgress& p) { phases.push_back(p.phase); });
    ASSERT_TRUE(s.ok()) << s.error().message;
    ASSERT_EQ(printer.lastFiles().size(), 2u);
    for (const auto& f : printer.lastFiles()) {
        EXPECT_EQ(test::readFile(f), std::string(kPdf.begin(), kPdf.end()));
        const std::string name = std::filesystem::path(f).filename().string();
        EXPECT_EQ(name.rfind("kakanai-form-", 0), 0u) << name;
        struct stat st {};
        ASSERT_EQ(::stat(f.c_str(), &st), 0);
        EXPECT_EQ(st.st_mode & 0777, 0600u);
    }
    EXPECT_EQ(phases.front(), JobPhase::Submitting);
    EXPECT_EQ(phases.back(), JobPhase::Completed);
    // No partial files are left behind.
    for (const auto& e : std::filesystem::directory_iterator(dir.path() + "/out"))
        EXPECT_EQ(e.path().extension(), ".pdf");
}

TEST(FilePrinter, NeverPutsPathCharactersOfAJobNameIntoTheFileName) {
    test::TempDir dir;
    FilePrinter printer(dir.path());
    PrintOptions options;
    options.jobName = "../../escape";
    ASSERT_TRUE(printer.print(kPdf, options, 0, nullptr).ok());
    ASSERT_EQ(printer.lastFiles().size(), 1u);
    EXPECT_EQ(std::filesystem::path(printer.lastFiles()[0]).parent_path(), std::filesystem::path(dir.path()));
}

TEST(FilePrinter, RefusesANonPdfAndAnUnwritableFolder) {
    test::TempDir dir;
    FilePrinter printer(dir.path());
    Status notPdf = printer.print({'x', 'y'}, {}, 0, nullptr);
    ASSERT_FALSE(notPdf.ok());
    EXPECT_EQ(notPdf.error().code, "print.invalid-document");
    EXPECT_TRUE(std::filesystem::is_empty(dir.path()));

    test::writeFile(dir.file("plainfile"), "x");
    FilePrinter blocked(dir.file("plainfile") + "/sub");
    auto st = blocked.state();
    ASSERT_TRUE(st.ok());
    EXPECT_FALSE(st->ready);
    Status s = blocked.print(kPdf, {}, 0, nullptr);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().code, "print.unreachable");
}

TEST(FakePrinter, RecordsWhatItWasAskedAndReplaysItsScript) {
    FakePrinter fake;
    JobProgress waiting;
    waiting.phase = JobPhase::WaitingForFault;
    waiting.fault = PrinterFault::MediaEmpty;
    fake.progressScript = {waiting};
    fake.outcome = makeError("print.canceled", "scripted");
    std::vector<JobProgress> seen;
    Status s = fake.print(kPdf, {}, 42, [&](const JobProgress& p) { seen.push_back(p); });
    EXPECT_EQ(s.error().code, "print.canceled");
    ASSERT_EQ(seen.size(), 1u);
    EXPECT_EQ(seen[0].fault, PrinterFault::MediaEmpty);
    EXPECT_EQ(fake.documents.at(0), kPdf);
    EXPECT_EQ(fake.faultWaits.at(0), 42);
    EXPECT_TRUE(fake.state()->ready);
}
