#include "print_fixtures.h"

#include "test_support.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>

namespace kakanai::test {

using namespace std::chrono_literals;

IppSimulator& sharedPrinter() {
    static IppSimulator sim("KakanaiShared");
    return sim;
}

const std::vector<std::uint8_t>& demoFormPdf() {
    static const std::vector<std::uint8_t> pdf = [] {
        TempDir dir;
        const auto r = run({cliPath(), "demo", "--out", dir.path()});
        std::string bytes = readFile(dir.file("kakanai-demo.pdf"));
        if (r.exitCode != 0 || bytes.rfind("%PDF-", 0) != 0) // built without the PDF driver: a minimal PDF
            bytes = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 "
                    "R]/Count "
                    "1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 "
                    "842]>>endobj\ntrailer<</Root 1 0 "
                    "R>>\n%%EOF\n";
        return std::vector<std::uint8_t>(bytes.begin(), bytes.end());
    }();
    return pdf;
}

std::vector<std::uint8_t> canaryPdf(const std::string& canary) {
    const std::string text = "BT /F1 12 Tf 72 770 Td (" + canary + " Kakuu Hanako 1-2-3 Kakuu-shi) Tj ET";
    const std::vector<std::string> objects = {
        "<</Type/Catalog/Pages 2 0 R>>",
        "<</Type/Pages/Kids[3 0 R]/Count 1>>",
        "<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Resources<</Font<</F1 4 0 R>>>>/Contents 5 0 R>>",
        "<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>",
        "<</Length " + std::to_string(text.size()) + ">>\nstream\n" + text + "\nendstream",
        "<</Title(" + canary + ")/Author(Kakuu Hanako " + canary + ")>>"};
    std::string pdf = "%PDF-1.4\n";
    std::vector<std::size_t> offsets;
    for (std::size_t i = 0; i < objects.size(); ++i) {
        offsets.push_back(pdf.size());
        pdf += std::to_string(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
    }
    const std::size_t xref = pdf.size();
    pdf += "xref\n0 " + std::to_string(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (std::size_t off : offsets) {
        char line[24];
        std::snprintf(line, sizeof line, "%010zu 00000 n \n", off);
        pdf += line;
    }
    pdf += "trailer\n<</Size " + std::to_string(objects.size() + 1) +
           "/Root 1 0 R/Info 6 0 R>>\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n";
    return std::vector<std::uint8_t>(pdf.begin(), pdf.end());
}

std::vector<std::string> filesContaining(const std::string& root, const std::string& needle) {
    std::vector<std::string> hits;
    std::error_code ec;
    for (auto it = std::filesystem::recursive_directory_iterator(root, ec);
         !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec))
        if (it->is_regular_file(ec) && readFile(it->path().string()).find(needle) != std::string::npos)
            hits.push_back(it->path().string());
    return hits;
}

std::string asString(const std::vector<std::uint8_t>& v) {
    return std::string(v.begin(), v.end());
}

printer::DriverOptions fastOptions() {
    printer::DriverOptions o;
    o.connectTimeout = 1000ms;
    o.ioTimeout = 2000ms;
    o.sendTimeout = 5000ms;
    o.policy.pollInterval = 100ms;
    return o;
}

std::unique_ptr<Printer> openTarget(const std::string& target, const printer::DriverOptions& options) {
    auto t = parsePrinterTarget(target);
    EXPECT_TRUE(t.ok()) << (t ? "" : t.error().message);
    if (!t) return nullptr;
    auto p = printer::openPrinter(*t, options);
    EXPECT_TRUE(p.ok()) << (p ? "" : p.error().message);
    return p ? std::move(*p) : nullptr;
}

bool ProgressLog::saw(JobPhase phase, PrinterFault fault) const {
    return std::any_of(seen.begin(), seen.end(), [&](const JobProgress& p) {
        return p.phase == phase && (fault == PrinterFault::None || p.fault == fault);
    });
}

std::function<void(const JobProgress&)> ProgressLog::recorder(std::function<void(const JobProgress&)> also) {
    return [this, also](const JobProgress& p) {
        seen.push_back(p);
        if (also) also(p);
    };
}

double secondsSince(std::chrono::steady_clock::time_point t) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - t).count();
}

} // namespace kakanai::test
