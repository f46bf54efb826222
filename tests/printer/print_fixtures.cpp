#include "print_fixtures.h"

#include "test_support.h"

#include <gtest/gtest.h>

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
