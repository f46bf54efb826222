// `kakanai print`, `kakanai printer status` and `kakanai bench print` as scripts and staff call them,
// against the shared ippeveprinter: exit codes per fault, JSON shapes, stdin, and the calibration end to end.
#include "print_fixtures.h"

#include "kakanai/person/sample_people.h"

#include "test_support.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <regex>

using namespace kakanai;
using namespace kakanai::test;
using nlohmann::json;

namespace {

class PrintCli : public ::testing::Test {
protected:
    void SetUp() override {
        sharedPrinter().setMode("ok");
        sharedPrinter().forgetPrinted();
    }
    IppSimulator& sim() { return sharedPrinter(); }

    // A kiosk config whose printers point at the simulator; "counter" has a 5 mm calibration offset.
    std::string writeConfig(const TempDir& dir) {
        const std::string path = dir.file("kakanai.toml");
        writeFile(path, "[municipality]\nname = \"架空市\"\naddressee = \"架空市長\"\n"
                        "[forms]\ndirectory = \"" +
                            sourcePath("forms") +
                            "\"\n"
                            "[printer]\nuse = \"counter\"\n"
                            "[printers.counter]\ntarget = \"" +
                            sim().uri() +
                            "\"\n"
                            "calibration = { x_mm = 5.0, y_mm = 0.0, scale_x = 1.0, scale_y = 1.0 }\n"
                            "fault_wait_s = 5\n"
                            "[printers.plain]\ntarget = \"" +
                            sim().uri() + "\"\n");
        return path;
    }
};

std::string quoted(const std::string& s) {
    return "'" + s + "'";
}

} // namespace

TEST_F(PrintCli, PrintsAFileAndReportsJson) {
    TempDir dir;
    writeFile(dir.file("form.pdf"), asString(demoFormPdf()));
    auto r = run({cliPath(), "print", dir.file("form.pdf"), "--printer", sim().uri(), "--json"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const json j = json::parse(r.out);
    EXPECT_EQ(j["result"], "completed");
    EXPECT_EQ(j["printer"], sim().uri());
    EXPECT_TRUE(j["printer_name"].is_null());
    EXPECT_GT(j["job_id"].get<int>(), 0);
    EXPECT_GE(j["completed_ms"].get<double>(), j["accepted_ms"].get<double>());
    EXPECT_TRUE(j["error"].is_null());
    EXPECT_EQ(j["exit_code"], 0);
    const auto jobs = sim().printedJobNames();
    ASSERT_EQ(jobs.size(), 1u);
    EXPECT_EQ(sim().printedDocument(jobs[0]), asString(demoFormPdf()));
}

TEST_F(PrintCli, FormFillPipedIntoPrintKeepsThePdfOffDiskAndCarriesTheCalibration) {
    TempDir dir;
    const std::string config = writeConfig(dir);
    writeFile(dir.file("person.json"), std::string(demoPersonJson()));
    const std::string fill = cliPath() + " form fill --form juminhyo --person " +
                             quoted(dir.file("person.json")) + " --config " + quoted(config) +
                             " --date 2026-11-23";
    // The counter's calibration is applied when the form is rendered; print sends the bytes unchanged.
    auto piped =
        run({"/bin/sh", "-c", fill + " -o - | " + cliPath() + " print - --config " + quoted(config)});
    ASSERT_EQ(piped.exitCode, 0) << piped.err;
    const auto jobs = sim().printedJobNames();
    ASSERT_EQ(jobs.size(), 1u);
    const std::string received = sim().printedDocument(jobs[0]);

    auto calibrated =
        run({"/bin/sh", "-c", fill + " --printer counter -o " + quoted(dir.file("counter.pdf"))});
    auto uncalibrated = run({"/bin/sh", "-c", fill + " --printer plain -o " + quoted(dir.file("plain.pdf"))});
    ASSERT_EQ(calibrated.exitCode, 0) << calibrated.err;
    ASSERT_EQ(uncalibrated.exitCode, 0) << uncalibrated.err;
    EXPECT_EQ(received, readFile(dir.file("counter.pdf")))
        << "the active printer's calibration, byte for byte";
    EXPECT_NE(received, readFile(dir.file("plain.pdf"))) << "the offset changed the page";
}

TEST_F(PrintCli, ExitCodesNameTheFault) {
    TempDir dir;
    writeFile(dir.file("form.pdf"), asString(demoFormPdf()));
    writeFile(dir.file("note.txt"), "not a pdf");
    const std::string form = dir.file("form.pdf");

    auto notPdf = run({cliPath(), "print", dir.file("note.txt"), "--printer", sim().uri()});
    EXPECT_EQ(notPdf.exitCode, 1) << notPdf.err;
    EXPECT_NE(notPdf.err.find("not a PDF"), std::string::npos);
    auto notPdfJson = run({cliPath(), "print", dir.file("note.txt"), "--printer", sim().uri(), "--json"});
    EXPECT_EQ(notPdfJson.exitCode, 1);
    const json n = json::parse(notPdfJson.out, nullptr, false);
    ASSERT_FALSE(n.is_discarded()) << notPdfJson.out;
    EXPECT_EQ(n["result"], "failed");
    EXPECT_EQ(n["error"]["code"], "print.invalid-document");
    EXPECT_EQ(n["exit_code"], 1);

    auto badTarget = run({cliPath(), "print", form, "--printer", "socket://192.0.2.1"});
    EXPECT_EQ(badTarget.exitCode, 2) << badTarget.err;

    const std::string closed = "ipp://127.0.0.1:" + std::to_string(freeLoopbackPort()) + "/ipp/print";
    auto unreachable = run({cliPath(), "print", form, "--printer", closed, "--json"});
    EXPECT_EQ(unreachable.exitCode, 30) << unreachable.err;
    EXPECT_EQ(json::parse(unreachable.out)["error"]["code"], "print.unreachable");

    sim().setMode("jam");
    auto jam = run({cliPath(), "print", form, "--printer", sim().uri()});
    EXPECT_EQ(jam.exitCode, 32) << jam.err;
    EXPECT_NE(jam.err.find("print.media-jam"), std::string::npos) << jam.err;

    sim().setMode("media-empty");
    auto canceled = run({cliPath(), "print", form, "--printer", sim().uri(), "--fault-wait", "1", "--json"});
    EXPECT_EQ(canceled.exitCode, 36) << canceled.err;
    const json c = json::parse(canceled.out);
    EXPECT_EQ(c["result"], "canceled");
    EXPECT_EQ(c["error"]["code"], "print.canceled");
    EXPECT_EQ(c["faults_seen"], json::array({"media-empty"}));
    EXPECT_NE(canceled.err.find("media-empty"), std::string::npos) << "progress names the fault on stderr";
    sim().clearFault();

    sim().setMode("ok");
    auto a3 = run({cliPath(), "print", form, "--printer", sim().uri(), "--media", "a3"});
    EXPECT_EQ(a3.exitCode, 40) << a3.err;
    EXPECT_TRUE(sim().printedJobNames().empty());
}

TEST_F(PrintCli, PrinterStatusSaysReadyOrWhy) {
    auto ok = run({cliPath(), "printer", "status", "--printer", sim().uri(), "--json"});
    ASSERT_EQ(ok.exitCode, 0) << ok.err;
    const json j = json::parse(ok.out);
    EXPECT_EQ(j["ready"], true);
    EXPECT_EQ(j["reachable"], true);
    EXPECT_EQ(j["duplex_supported"], true);
    EXPECT_TRUE(j["faults"].empty());

    auto human = run({cliPath(), "printer", "status", "--printer", sim().uri()});
    EXPECT_EQ(human.exitCode, 0);
    EXPECT_NE(human.out.find("state     ready"), std::string::npos) << human.out;

    const std::string closed = "ipp://127.0.0.1:" + std::to_string(freeLoopbackPort()) + "/ipp/print";
    auto down = run({cliPath(), "printer", "status", "--printer", closed, "--json"});
    EXPECT_EQ(down.exitCode, 30) << down.err;
    const json d = json::parse(down.out);
    EXPECT_EQ(d["reachable"], false);
    EXPECT_EQ(d["faults"], json::array({"unreachable"}));
}

TEST_F(PrintCli, AHungPrinterIsGivenUpWithinTheDefaultTimeouts) {
    BlackHole hole;
    const std::string uri = "ipp://127.0.0.1:" + std::to_string(hole.port()) + "/ipp/print";
    const auto start = std::chrono::steady_clock::now();
    auto r = run({cliPath(), "printer", "status", "--printer", uri});
    EXPECT_EQ(r.exitCode, 30) << r.err;
    EXPECT_LT(secondsSince(start), 12.0) << "connect 3 s + I/O 5 s + margin";
}

TEST_F(PrintCli, TheDemoFilePrinterWritesIntoItsFolder) {
    TempDir dir;
    writeFile(dir.file("form.pdf"), asString(demoFormPdf()));
    auto r = run({cliPath(), "print", dir.file("form.pdf"), "--printer", "file:" + dir.file("out")});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    int files = 0;
    for (const auto& e : std::filesystem::directory_iterator(dir.file("out"))) {
        ++files;
        EXPECT_EQ(readFile(e.path().string()), asString(demoFormPdf()));
    }
    EXPECT_EQ(files, 1);
    // Without --printer the built-in demo config's file: printer is used.
    auto status = run({cliPath(), "printer", "status", "--json"});
    EXPECT_EQ(status.exitCode, 0) << status.err;
    EXPECT_EQ(json::parse(status.out)["printer"], "file:/tmp/kakanai-demo/printed");
}

TEST(PrintBench, PrintBenchPrintsItsSummaryLine) {
    sharedPrinter().setMode("ok");
    auto r = run({cliPath(), "bench", "print", "--printer", sharedPrinter().uri(), "--count", "3"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_TRUE(std::regex_search(r.out, std::regex("kakanai print_accepted_ms_median=[0-9.]+ "
                                                    "print_completed_ms_median=[0-9.]+ "
                                                    "print_completed_ms_p95=[0-9.]+ count=3\n$")))
        << r.out;
    EXPECT_EQ(sharedPrinter().printedJobNames().size() >= 3, true);
}
