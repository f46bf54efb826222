// Canary tests for the form path (issue 10): a fictional resident whose name, address and phone are random
// canary strings is filled into a form; nothing outside the PDF the caller asked for may contain them —
// not HOME, TMPDIR or XDG directories, not stderr, not error messages on bad input.
#include "canary.h"
#include "test_support.h"

#include <gtest/gtest.h>
#include <sys/stat.h>

#include <filesystem>
#include <string>
#include <vector>

namespace kakanai::test {
namespace {

struct Canaries {
    std::string family = randomKanji(4);
    std::string given = randomKanji(4);
    std::string town = randomKanji(5);
    std::string phone = "090" + randomDigits(8);
    std::vector<std::string> all() const { return {family, given, town, phone.substr(3)}; }
};

std::string personJson(const Canaries& c, const std::string& birthDate = "1989-01-08") {
    return R"({"schema": "kakanai-person/1", "source": "manual",
  "name": {"value": ")" +
           c.family + "\u3000" + c.given + R"(", "source": "manual", "confidence": 1},
  "birth_date": {"value": ")" +
           birthDate + R"(", "source": "manual", "confidence": 1},
  "sex": {"value": "female", "source": "manual", "confidence": 1},
  "address": {"value": "東京都千代田区)" +
           c.town + R"(一丁目２番３号", "source": "manual", "confidence": 1},
  "phone": {"value": ")" +
           c.phone + R"(", "source": "manual", "confidence": 1}})";
}

// A clean environment whose every writable place is inside one fresh directory.
class PrivateEnv {
public:
    PrivateEnv() {
        for (const char* d : {"home", "tmp", "cache", "config", "data", "state", "runtime"})
            std::filesystem::create_directories(m_root.file(d));
        ::chmod(m_root.file("runtime").c_str(), 0700);
    }
    std::vector<std::string> prefix() const {
        return {"/usr/bin/env",
                "-i",
                "PATH=/usr/bin:/bin",
                "LANG=C.UTF-8",
                "HOME=" + m_root.file("home"),
                "TMPDIR=" + m_root.file("tmp"),
                "XDG_CACHE_HOME=" + m_root.file("cache"),
                "XDG_CONFIG_HOME=" + m_root.file("config"),
                "XDG_DATA_HOME=" + m_root.file("data"),
                "XDG_STATE_HOME=" + m_root.file("state"),
                "XDG_RUNTIME_DIR=" + m_root.file("runtime"),
                "KAKANAI_FORMS_DIR=" + sourcePath("forms"),
                "KAKANAI_DATA_DIR=" + sourcePath("kiosk/core/data")};
    }
    CommandResult run(std::vector<std::string> args) const {
        auto argv = prefix();
        argv.insert(argv.end(), args.begin(), args.end());
        return test::run(argv);
    }
    const std::string& root() const { return m_root.path(); }
    std::string file(const std::string& name) const { return m_root.file(name); }

private:
    TempDir m_root;
};

std::string describe(const std::vector<CanaryHit>& hits) {
    std::string s;
    for (const auto& h : hits)
        s += "  " + h.where + " (" + h.pattern + ")\n";
    return s;
}

TEST(FormFillCanary, StdoutPdfCarriesTheDataAndNothingElseDoes) {
    const Canaries c;
    TempDir input; // the caller's own file, outside the watched directories
    writeFile(input.file("person.json"), personJson(c));
    const PrivateEnv env;

    const auto r = env.run(
        {cliPath(), "form", "fill", "--form", "juminhyo", "--person", input.file("person.json"), "-o", "-"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    // The search must be able to see the canaries, or zero hits would prove nothing.
    EXPECT_GE(findCanariesInPdf("stdout", r.out, {c.family, c.given, c.town}).size(), 3u);

    const auto inFiles = findCanaries(env.root(), c.all());
    EXPECT_TRUE(inFiles.empty()) << "canaries in files:\n" << describe(inFiles);
    const auto inErr = findCanariesIn("stderr", r.err, c.all());
    EXPECT_TRUE(inErr.empty()) << r.err;
}

TEST(FormFillCanary, OutputFileIsTheOnlyFileAndPrivate) {
    const Canaries c;
    TempDir input;
    writeFile(input.file("person.json"), personJson(c));
    const PrivateEnv env;
    const std::string out = env.file("tmp/form.pdf");

    const auto r = env.run(
        {cliPath(), "form", "fill", "--form", "juminhyo", "--person", input.file("person.json"), "-o", out});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    struct stat st {};
    ASSERT_EQ(::stat(out.c_str(), &st), 0);
    EXPECT_EQ(st.st_mode & 0777, 0600u) << "a filled form is readable only by its owner";

    std::vector<CanaryHit> elsewhere;
    std::size_t inOutput = 0;
    for (const auto& h : findCanaries(env.root(), c.all()))
        if (h.where.rfind(out, 0) != 0)
            elsewhere.push_back(h);
        else
            ++inOutput;
    EXPECT_GE(inOutput, 3u) << "the file search must find the canaries in the PDF it was asked to write";
    EXPECT_TRUE(elsewhere.empty()) << describe(elsewhere);
    EXPECT_TRUE(findCanariesIn("stderr", r.err, c.all()).empty()) << r.err;
    EXPECT_TRUE(findCanariesIn("stdout", r.out, c.all()).empty()) << r.out;
}

TEST(FormFillCanary, BadInputErrorsNameTheKeyNotTheValue) {
    const Canaries c;
    TempDir input;
    const PrivateEnv env;
    // A birth date that is not a date, and a sex that is not a sex: the message names the key, never the
    // value.
    std::string person = personJson(c, c.given);
    writeFile(input.file("bad-date.json"), person);
    const auto r = env.run({cliPath(), "form", "fill", "--form", "juminhyo", "--person",
                            input.file("bad-date.json"), "-o", "-"});
    EXPECT_NE(r.exitCode, 0);
    EXPECT_TRUE(r.out.empty());
    EXPECT_NE(r.err.find("birth_date"), std::string::npos) << r.err;
    EXPECT_TRUE(findCanariesIn("stderr", r.err, c.all()).empty()) << r.err;

    std::string badSex = personJson(c);
    badSex.replace(badSex.find("\"female\""), 8, "\"" + c.town + "\"");
    writeFile(input.file("bad-sex.json"), badSex);
    const auto s = env.run(
        {cliPath(), "form", "fill", "--form", "juminhyo", "--person", input.file("bad-sex.json"), "-o", "-"});
    EXPECT_NE(s.exitCode, 0);
    EXPECT_NE(s.err.find("sex"), std::string::npos) << s.err;
    EXPECT_TRUE(findCanariesIn("stderr", s.err, c.all()).empty()) << s.err;

    EXPECT_TRUE(findCanaries(env.root(), c.all()).empty());
}

TEST(FormFillCanary, OverflowReportNamesFieldsOnly) {
    Canaries c;
    for (int i = 0; i < 6; ++i) // far too long for the name box even at the minimum size
        c.given += randomKanji(8);
    TempDir input;
    writeFile(input.file("person.json"), personJson(c));
    const PrivateEnv env;
    const auto r = env.run({cliPath(), "form", "fill", "--form", "juminhyo", "--person",
                            input.file("person.json"), "-o", "-", "--json"});
    EXPECT_EQ(r.exitCode, 3) << r.err; // 3: fields to complete by hand
    EXPECT_TRUE(findCanariesIn("stderr", r.err, c.all()).empty()) << r.err;
    EXPECT_TRUE(findCanaries(env.root(), c.all()).empty());
}

} // namespace
} // namespace kakanai::test
