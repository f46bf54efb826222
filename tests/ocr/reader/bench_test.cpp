// `kakanai bench ocr` as a smoke test (ctest -L bench): one process, its contract result line.
#include "corpus.h"

#include "test_support.h"

#include <gtest/gtest.h>

#include <fstream>
#include <regex>

using namespace kakanai;
using namespace kakanai::cardgen;

TEST(OcrBench, LastLineIsTheContract) {
    test::TempDir dir;
    TextPainter painter;
    for (IdDocumentKind kind : {IdDocumentKind::DriverLicense, IdDocumentKind::ResidenceCard}) {
        const Sample s = makeSample(SampleSpec{"x", kind, false, Difficulty::Scan, 11}, painter);
        std::ofstream(
            dir.file(std::string(kind == IdDocumentKind::DriverLicense ? "a" : "b") + s.shot.extension),
            std::ios::binary)
            .write(reinterpret_cast<const char*>(s.shot.encoded.data()),
                   std::streamsize(s.shot.encoded.size()));
    }
    const auto r = test::run({test::cliPath(), "bench", "ocr", dir.path()});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const std::string last = r.out.substr(r.out.rfind('\n', r.out.size() - 2) + 1);
    EXPECT_TRUE(std::regex_search(last, std::regex(R"(^kakanai ocr_s_per_image=[0-9]+\.[0-9]+ images=2\n$)")))
        << last;
}
