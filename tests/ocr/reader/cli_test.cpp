// `kakanai ocr` as scripts call it: JSON shape and exit codes. Images are generated (fictional
// people) into a private temporary directory.
#include "corpus.h"

#include "test_support.h"

#include <nlohmann/json.hpp>

#include <gtest/gtest.h>

#include <fstream>

using namespace kakanai;
using namespace kakanai::cardgen;

namespace {
std::string writeSample(const test::TempDir& dir, const std::string& name, IdDocumentKind kind, bool back,
                        std::uint32_t seed) {
    static TextPainter painter;
    const Sample s = makeSample(SampleSpec{name, kind, back, Difficulty::Scan, seed}, painter);
    const std::string path = dir.file(name + s.shot.extension);
    std::ofstream(path, std::ios::binary)
        .write(reinterpret_cast<const char*>(s.shot.encoded.data()), std::streamsize(s.shot.encoded.size()));
    return path;
}
} // namespace

TEST(OcrCli, PrintsAPersonRecordWithConfidences) {
    test::TempDir dir;
    const auto img = writeSample(dir, "front", IdDocumentKind::MyNumberCard, false, 11);
    const auto r = test::run({test::cliPath(), "ocr", img, "--json"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const auto j = nlohmann::json::parse(r.out);
    EXPECT_EQ(j["schema"], "kakanai-person/1");
    EXPECT_EQ(j["source"], "ocr:mynumber-card");
    ASSERT_TRUE(j.contains("name"));
    EXPECT_EQ(j["name"]["source"], "ocr:mynumber-card");
    EXPECT_TRUE(j["name"]["confidence"].is_number());
    EXPECT_TRUE(j.contains("birth_date"));
    EXPECT_TRUE(r.err.empty()) << r.err; // nothing personal on stderr
}

TEST(OcrCli, DistinctExitCodes) {
    test::TempDir dir;
    const auto back = writeSample(dir, "back", IdDocumentKind::MyNumberCard, true, 41);
    auto r = test::run({test::cliPath(), "ocr", back, "--json"});
    EXPECT_EQ(r.exitCode, 15) << r.err; // ocr.back-side
    EXPECT_TRUE(r.out.empty());
    EXPECT_NE(r.err.find("ocr.back-side"), std::string::npos);

    test::writeFile(dir.file("not-an-image.png"), "hello");
    r = test::run({test::cliPath(), "ocr", dir.file("not-an-image.png")});
    EXPECT_EQ(r.exitCode, 16) << r.err; // ocr.unreadable
    r = test::run({test::cliPath(), "ocr", dir.file("missing.png")});
    EXPECT_EQ(r.exitCode, 16) << r.err;
    r = test::run({test::cliPath(), "ocr", back, "--kind", "passport"});
    EXPECT_EQ(r.exitCode, 2) << r.err;
}
