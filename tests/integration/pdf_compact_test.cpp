// The size pass after libharu (drivers/pdf/src/pdf_compact.h): every real form comes out compacted and
// still reads as the same document in poppler; the QR rows drawn as dashes are exactly the code's modules;
// the emptied font keeps valid checksums; input the pass does not understand is refused, not mangled.
#include "glyph_ids.h"
#include "pdf_compact.h"
#include "qr_dashes.h"

#include "kakanai/forms/catalog.h"
#include "kakanai/forms/form_filler.h"
#include "kakanai/pdf/pdf_renderer.h"
#include "kakanai/person/sample_people.h"

#include "pdf_tools.h"
#include "test_support.h"

#include <gtest/gtest.h>

#include <random>
#include <sstream>

using namespace kakanai;

namespace {

std::string asString(const Bytes& b) {
    return std::string(b.begin(), b.end());
}

TEST(PdfCompact, EveryFormAndPersonIsCompactedAndReadsTheSame) {
    const FormCatalog catalog = FormCatalog::load(test::sourcePath("forms"));
    const KioskConfig config = demoConfig(KAKANAI_TEST_SOURCE_DIR);
    pdf::FontLibrary fonts;
    pdf::PdfRenderer renderer(fonts);
    test::TempDir dir;
    int checked = 0;
    for (const auto& entry : catalog.entries()) {
        if (!entry.form) continue;
        for (const auto& sample : samplePeople()) {
            const std::string what = entry.form->id + "/" + std::string(sample.key);
            auto person = parsePerson(sample.json);
            ASSERT_TRUE(person.ok()) << what;
            FillRequest req;
            req.forms = {&*entry.form};
            req.person = &*person;
            req.config = &config;
            req.today = Date{2026, 11, 23};
            auto out = fillForms(req, fonts);
            ASSERT_TRUE(out.ok()) << what;
            auto bytes = renderer.render(out->document);
            ASSERT_TRUE(bytes.ok()) << what;
            EXPECT_TRUE(renderer.lastStats().compacted) << what;
            const std::string pdf = asString(*bytes);
            EXPECT_EQ(pdf.rfind("%PDF-1.5", 0), 0u) << what;
            const std::string inside =
                pdf + test::inflatedStreams(pdf); // dictionaries sit in an object stream
            EXPECT_NE(inside.find("/Type /ObjStm"), std::string::npos) << what;
            EXPECT_NE(inside.find("/CIDToGIDMap /Identity"), std::string::npos) << what;
            EXPECT_EQ(inside.find("/Producer"), std::string::npos) << what;

            const std::string path = dir.file("form.pdf");
            test::writeFile(path, pdf);
            const auto text = test::run({"pdftotext", "-layout", path, "-"});
            EXPECT_EQ(text.exitCode, 0) << what;
            EXPECT_EQ(text.err, "") << what;          // poppler finds nothing to complain about
            EXPECT_GT(text.out.size(), 200u) << what; // the words themselves: forms_golden_test
            const auto fontList = test::run({"pdffonts", path});
            EXPECT_EQ(fontList.err, "") << what;
            // One embedded subset with a ToUnicode map: "CID TrueType Identity-H yes yes yes".
            EXPECT_NE(fontList.out.find("CID TrueType      Identity-H       yes yes yes"), std::string::npos)
                << what << "\n"
                << fontList.out;
            ++checked;
        }
    }
    EXPECT_GE(checked, 8 * 5);
}

// Turns "[a b …] 0 d x y m x2 y l S" lines back into dark modules.
std::vector<std::uint8_t> modulesOf(const std::string& content, int n, std::size_t& longestArray) {
    std::vector<std::uint8_t> dark(static_cast<std::size_t>(n) * static_cast<std::size_t>(n), 0);
    std::istringstream lines(content);
    std::string line;
    while (std::getline(lines, line)) {
        const auto close = line.find(']');
        std::istringstream dashes(line.substr(1, close - 1));
        std::vector<int> runs;
        for (int v; dashes >> v;)
            runs.push_back(v);
        longestArray = std::max(longestArray, runs.size());
        std::istringstream rest(line.substr(close + 1));
        std::string phase, d, m, l, s;
        int x = 0, y = 0, x2 = 0, y2 = 0;
        rest >> phase >> d >> x >> y >> m >> x2 >> y2 >> l >> s;
        EXPECT_EQ(phase + d + m + l + s, "0dmlS") << line;
        EXPECT_EQ(y, y2) << line;
        int at = x;
        for (std::size_t i = 0; i < runs.size(); ++i) {
            if (i % 2 == 0)
                for (int k = 0; k < runs[i]; ++k)
                    dark[static_cast<std::size_t>(y) * static_cast<std::size_t>(n) +
                         static_cast<std::size_t>(at + k)] = 1;
            at += runs[i];
        }
        EXPECT_EQ(at, x2) << "the line ends where its last dark run ends: " << line;
        EXPECT_EQ(runs.size() % 2, 1u) << "starts and ends dark: " << line;
    }
    return dark;
}

TEST(QrDashes, RowsDrawExactlyTheDarkModulesWithShortDashArrays) {
    std::mt19937 rng(7);
    for (int n : {21, 57, 73}) {
        QrOp q;
        q.modules = n;
        q.dark.resize(static_cast<std::size_t>(n) * static_cast<std::size_t>(n));
        for (auto& m : q.dark)
            m = static_cast<std::uint8_t>(rng() % 2);
        for (int c = 0; c < n; ++c) // one empty row and one full row
            q.dark[static_cast<std::size_t>(c)] = 0, q.dark[static_cast<std::size_t>(n + c)] = 1;
        std::size_t longest = 0;
        EXPECT_EQ(modulesOf(pdf::qrRowDashes(q), n, longest), q.dark) << n;
        EXPECT_LE(longest, 11u);
        EXPECT_GT(longest, 1u);
    }
}

std::uint32_t sum32(const std::string& s) {
    std::uint32_t sum = 0;
    for (std::size_t i = 0; i < s.size(); i += 4) {
        std::uint32_t w = 0;
        for (std::size_t k = 0; k < 4; ++k)
            w = w << 8 | (i + k < s.size() ? static_cast<unsigned char>(s[i + k]) : 0u);
        sum += w;
    }
    return sum;
}

TEST(PdfCompact, EmptiedCmapKeepsTheFontsChecksumsRight) {
    const std::string original = test::readFile("/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf");
    ASSERT_GT(original.size(), 1000u);
    auto font = pdf::withEmptyCmap(original);
    ASSERT_TRUE(font.ok()) << font.error().describe();
    ASSERT_EQ(font->size(), original.size());
    EXPECT_EQ(sum32(*font), 0xB1B0AFBAu); // the whole-font checksum that head.checkSumAdjustment fixes
    EXPECT_NE(*font, original);
    EXPECT_FALSE(pdf::withEmptyCmap("not a font").ok());
}

// A minimal PDF with these objects ("N 0 obj" … "endobj" each) and a correct cross-reference table.
std::string pdfOf(const std::vector<std::string>& objects, const std::string& trailer) {
    std::string out = "%PDF-1.3\n";
    std::string xref = "xref\n0 " + std::to_string(objects.size() + 1) + "\n0000000000 65535 f\r\n";
    char line[32];
    for (std::size_t i = 0; i < objects.size(); ++i) {
        std::snprintf(line, sizeof line, "%010zu 00000 n\r\n", out.size());
        xref += line;
        out += std::to_string(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
    }
    const std::size_t at = out.size();
    return out + xref + "trailer\n" + trailer + "\nstartxref\n" + std::to_string(at) + "\n%%EOF\n";
}

TEST(PdfCompact, RefusesWhatItDoesNotUnderstand) {
    auto compacts = [](const std::string& s) { return pdf::compactPdf(Bytes(s.begin(), s.end())).ok(); };
    const std::string catalog = "<< /Type /Catalog /Pages 2 0 R >>";
    const std::string pages = "<< /Type /Pages /Kids [ ] /Count 0 >>";
    EXPECT_TRUE(compacts(pdfOf({catalog, pages}, "<< /Root 1 0 R /Size 3 >>"))); // the control
    EXPECT_FALSE(compacts(""));
    EXPECT_FALSE(compacts("%PDF-1.3\nnot really\n"));
    EXPECT_FALSE(compacts(pdfOf({catalog, pages}, "<< /Size 3 >>")));                           // no /Root
    EXPECT_FALSE(compacts(pdfOf({catalog, pages}, "<< /Root 1 0 R /Size 3 >>").substr(0, 80))); // cut short
    EXPECT_FALSE(compacts(pdfOf({"<< /Type /Catalog /Pages 9 0 R >>", pages}, "<< /Root 1 0 R /Size 3 >>")));
    // An already compressed stream: compactPdf takes libharu's uncompressed output only.
    EXPECT_FALSE(compacts(pdfOf({catalog, "<< /Length 3 /Filter /FlateDecode >>\nstream\nabc\nendstream"},
                                "<< /Root 1 0 R /Size 3 >>")));
}

} // namespace
