#include "kakanai/config/config.h"

#include "test_support.h"

#include <gtest/gtest.h>

using namespace kakanai;

namespace {

std::vector<std::string> problems(const std::string& toml) {
    ConfigLoad load = parseConfig(toml, "/etc/kakanai/kakanai.toml");
    std::vector<std::string> out;
    for (const auto& p : load.problems)
        out.push_back(p.where + ": " + p.message);
    return out;
}

const std::string kMinimal = "[municipality]\nname = \"架空市\"\naddressee = \"架空市長\"\n";

TEST(Config, ExampleConfigIsValid) {
    ConfigLoad load = loadConfig(test::sourcePath("config/kakanai.toml"));
    ASSERT_TRUE(load.config) << (load.problems.empty() ? "" : load.problems[0].describe());
    const KioskConfig& c = *load.config;
    EXPECT_EQ(c.addressee, "架空市長");
    EXPECT_EQ(c.fees.at("juminhyo"), 300);
    ASSERT_TRUE(c.activePrinter());
    EXPECT_EQ(c.activePrinter()->name, "demo");
    EXPECT_EQ(c.signatureFor("jumin-ido"), SignaturePolicy::Self);
    EXPECT_EQ(c.lookup("municipality.addressee"), "架空市長");
    EXPECT_EQ(c.resolvePath("../forms"), test::sourcePath("forms"));
}

TEST(Config, BuiltInDemoConfigIsTheExample) {
    const KioskConfig demo = demoConfig(KAKANAI_TEST_SOURCE_DIR);
    EXPECT_EQ(demo.municipality_name, "架空市");
    EXPECT_EQ(demo.kiosk_id, "demo-kiosk-01");
    EXPECT_EQ(demo.resolvePath(demo.forms_directory), test::sourcePath("forms"));
}

TEST(Config, ProblemsNameTheKey) {
    EXPECT_EQ(problems(kMinimal + "[timeouts]\nwarning_s = 5\n"),
              std::vector<std::string>{"timeouts.warning_s: must be between 20 and 300"});
    EXPECT_EQ(problems(kMinimal + "[kiosk]\nlanguages = [\"ja\", \"fr\"]\n"),
              std::vector<std::string>{
                  "kiosk.languages[1]: unknown language; supported: ja, ja-easy, en, zh-Hans, ko, vi, pt"});
    EXPECT_EQ(problems(kMinimal + "[printers.p1]\ntarget = \"ipp://x\"\ncalibration = { x_mm = 99 }\n"),
              std::vector<std::string>{"printers.p1.calibration.x_mm: must be between -20 and 20"});
    EXPECT_EQ(problems(kMinimal + "[staff]\npin_hash = \"1234\"\n")[0].substr(0, 16), "staff.pin_hash: ");
    EXPECT_EQ(problems(kMinimal + "[fees]\njuminhyo = \"300\"\n"),
              std::vector<std::string>{"fees.juminhyo: must be an integer, not a string"});
    EXPECT_EQ(problems(kMinimal + "[printer]\nuse = \"nowhere\"\n"),
              std::vector<std::string>{"printer.use: names no [printers.nowhere] table"});
    EXPECT_EQ(problems(kMinimal + "[forms.signature]\njumin-ido = \"maybe\"\n")[0].substr(0, 27),
              "forms.signature.jumin-ido: ");
    EXPECT_EQ(problems(kMinimal + "[camra]\nenabled = true\n"),
              std::vector<std::string>{"camra: unknown key"});
    EXPECT_EQ(problems("[municipality]\nname = \"架空市\"\n"),
              std::vector<std::string>{"municipality.addressee: missing (宛先, e.g. \"○○市長\")"});
}

TEST(Config, SyntaxErrorsGiveTheLine) {
    auto p = problems("[municipality]\nname = \"架空市\n");
    ASSERT_EQ(p.size(), 1u);
    EXPECT_EQ(p[0].rfind("line 2", 0), 0u) << p[0];
}

} // namespace

namespace {

// fuzz_config found that toml++ 3.3.0 hits undefined behaviour on some non-ASCII characters outside strings
// (here 「 in a bare key); the loader refuses non-ASCII outside quotes and comments first.
TEST(ConfigCheck, RefusesNonAsciiOutsideStrings) {
    const auto load = kakanai::parseConfig("[kiosk]\nid = \"k1\" # 、コメント\n「鍵」 = 1\n", "bad.toml");
    ASSERT_FALSE(load.problems.empty());
    EXPECT_FALSE(load.config);
    EXPECT_NE(load.problems[0].message.find("quoted string"), std::string::npos) << load.problems[0].message;
    EXPECT_EQ(load.problems[0].where, "line 3");
    // The same text inside strings and comments is fine.
    const auto ok =
        kakanai::parseConfig("# 「」、。\n[municipality]\nname = \"架空市「本庁」、。\"\n", "ok.toml");
    for (const auto& p : ok.problems)
        EXPECT_EQ(p.message.find("quoted string"), std::string::npos) << p.where << ": " << p.message;
}

} // namespace
