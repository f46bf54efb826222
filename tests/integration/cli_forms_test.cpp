// The `kakanai form …` and `kakanai config check` commands as scripts call them: exit codes and lines.
#include "test_support.h"

#include <gtest/gtest.h>

#include <filesystem>

using namespace kakanai::test;

namespace {

const std::string kInvalidDir = "tests/fixtures/forms-invalid/";

TEST(CliForms, ShippedTemplatesValidate) {
    const CommandResult r = run({cliPath(), "form", "validate", sourcePath("forms")});
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(r.err, "");
}

TEST(CliForms, EveryBrokenTemplateGetsLinesNamingFileAndPointer) {
    int files = 0;
    for (const auto& e : std::filesystem::directory_iterator(sourcePath(kInvalidDir))) {
        if (e.path().extension() != ".json") continue;
        ++files;
        const std::string name = e.path().filename().string();
        const CommandResult r = run({cliPath(), "form", "validate", e.path().string()});
        EXPECT_EQ(r.exitCode, 1) << name;
        ASSERT_FALSE(r.err.empty()) << name;
        // Every line is "FILE: /pointer: message".
        std::size_t start = 0;
        while (start < r.err.size()) {
            const std::size_t end = r.err.find('\n', start);
            const std::string line = r.err.substr(start, end - start);
            EXPECT_EQ(line.rfind(e.path().string() + ": ", 0), 0u) << line;
            const std::string rest = line.substr(e.path().string().size() + 2);
            EXPECT_TRUE(rest.rfind("/", 0) == 0 || rest.rfind(": ", 0) == 0) << line;
            start = end == std::string::npos ? r.err.size() : end + 1;
        }
        // Reviewed expectations (hostile files included: they must fail with a line, not crash or hang).
        std::string lines = r.err;
        for (std::size_t p = lines.find(e.path().string()); p != std::string::npos;
             p = lines.find(e.path().string(), p))
            lines.replace(p, e.path().string().size(), "FILE");
        EXPECT_TRUE(matchesGolden("validate/" + e.path().stem().string() + ".txt", lines)) << name;
    }
    EXPECT_GE(files, 20);
}

TEST(CliForms, TextThatCannotFitIsReportedWithRealFonts) {
    const std::string file = sourcePath(kInvalidDir + "text-cannot-fit.json");
    const CommandResult r = run({cliPath(), "form", "validate", file});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_NE(r.err.find(": /pages/0/items/0: \"f\": the longest sample value (person.address) does not fit"),
              std::string::npos)
        << r.err;
}

TEST(CliForms, ListShowsTheForms) {
    const CommandResult text = run({cliPath(), "form", "list"});
    EXPECT_EQ(text.exitCode, 0);
    EXPECT_NE(text.out.find("juminhyo"), std::string::npos);
    const CommandResult json = run({cliPath(), "form", "list", "--json"});
    EXPECT_EQ(json.exitCode, 0);
    EXPECT_NE(json.out.find("\"id\": \"juminhyo\""), std::string::npos);
}

TEST(CliForms, FillWritesAPdfAndNamesMalformedInput) {
    TempDir dir;
    writeFile(dir.file("p.json"),
              R"({"schema": "kakanai-person/1", "source": "manual", "name": "架空　花子"})");
    const CommandResult ok = run({cliPath(), "form", "fill", "--form", "juminhyo", "--person",
                                  dir.file("p.json"), "-o", dir.file("out.pdf"), "--date", "2026-11-23"});
    EXPECT_EQ(ok.exitCode, 0) << ok.err;
    EXPECT_EQ(readFile(dir.file("out.pdf")).substr(0, 5), "%PDF-");
    EXPECT_EQ(std::filesystem::status(dir.file("out.pdf")).permissions() &
                  std::filesystem::perms::others_read,
              std::filesystem::perms::none)
        << "a filled form must not be readable by other users";

    writeFile(dir.file("bad.json"),
              R"({"schema": "kakanai-person/1", "source": "manual", "birth_date": "1990-13-01"})");
    const CommandResult bad = run({cliPath(), "form", "fill", "--form", "juminhyo", "--person",
                                   dir.file("bad.json"), "-o", dir.file("x.pdf")});
    EXPECT_EQ(bad.exitCode, 1);
    EXPECT_NE(bad.err.find(dir.file("bad.json") + ": /birth_date/value: not a valid date"), std::string::npos)
        << bad.err;
    EXPECT_FALSE(std::filesystem::exists(dir.file("x.pdf")));

    writeFile(dir.file("a.json"),
              R"({"schema": "kakanai-answers/1", "forms": {"juminhyo": {"copies": 99}}})");
    const CommandResult badAnswer =
        run({cliPath(), "form", "fill", "--form", "juminhyo", "--person", dir.file("p.json"), "--answers",
             dir.file("a.json"), "-o", dir.file("y.pdf")});
    EXPECT_EQ(badAnswer.exitCode, 1);
    EXPECT_NE(badAnswer.err.find("/forms/juminhyo/copies: must be between 1 and 10"), std::string::npos)
        << badAnswer.err;

    const CommandResult unknown = run({cliPath(), "form", "fill", "--form", "no-such-form", "--person",
                                       dir.file("p.json"), "-o", dir.file("z.pdf")});
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_EQ(run({cliPath(), "form", "fill", "--person", dir.file("p.json")}).exitCode, 2);
}

TEST(CliForms, FillToStdoutKeepsThePdfOffTheDisk) {
    TempDir dir;
    writeFile(dir.file("p.json"),
              R"({"schema": "kakanai-person/1", "source": "manual", "name": "架空　花子"})");
    const CommandResult r =
        run({cliPath(), "form", "fill", "--form", "juminhyo", "--person", dir.file("p.json"), "-o", "-"});
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(r.out.substr(0, 5), "%PDF-");
}

TEST(CliForms, HandwritingNeededGivesExitThreeAndNamesTheField) {
    TempDir dir;
    // A name longer than any 氏名 box can hold even condensed at the minimum size.
    writeFile(dir.file("p.json"), R"({"schema": "kakanai-person/1", "source": "manual", "name": ")" +
                                      std::string(60 * 3 / 3, 'W') + std::string(40, 'M') + R"("})");
    const CommandResult r = run({cliPath(), "form", "fill", "--form", "juminhyo", "--person",
                                 dir.file("p.json"), "-o", dir.file("out.pdf"), "--json"});
    EXPECT_EQ(r.exitCode, 3) << r.err;
    EXPECT_NE(r.err.find("juminhyo: applicant.name: left blank for handwriting (overflow)"),
              std::string::npos)
        << r.err;
    EXPECT_EQ(r.err.find("WWW"), std::string::npos) << "values must not be printed";
    EXPECT_NE(r.out.find("\"state\": \"overflow\""), std::string::npos);
}

TEST(CliForms, ProofHasOutlinesAndACalibrationPage) {
    TempDir dir;
    const CommandResult r = run({cliPath(), "form", "proof", "juminhyo", "-o", dir.file("proof.pdf")});
    EXPECT_EQ(r.exitCode, 0) << r.err;
    const CommandResult text = run({"pdftotext", "-q", dir.file("proof.pdf"), "-"});
    EXPECT_NE(text.out.find("applicant.address"), std::string::npos);
    EXPECT_NE(text.out.find("Calibration page"), std::string::npos);
    EXPECT_NE(text.out.find("(20, 20) mm"), std::string::npos);
}

TEST(CliConfig, CheckNamesTheKey) {
    EXPECT_EQ(run({cliPath(), "config", "check", sourcePath("config/kakanai.toml")}).exitCode, 0);
    TempDir dir;
    writeFile(dir.file("bad.toml"),
              "[municipality]\nname = \"架空市\"\naddressee = \"架空市長\"\n[timeouts]\nidle_s = \"long\"\n");
    const CommandResult r = run({cliPath(), "config", "check", dir.file("bad.toml")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_EQ(r.err, dir.file("bad.toml") + ": timeouts.idle_s: must be an integer, not a string\n");
}

} // namespace
