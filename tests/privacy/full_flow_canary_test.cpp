// The whole resident flow with the real parts, for a fictional resident whose name, address, phone and
// PIN are random canaries (issue 10): a virtual card personalised with them behind a real pcscd (vpcd),
// `kakanai card read` (PIN on stdin), `form fill` (signed QR code), `kakanai print` to a real IPP printer
// (ippeveprinter, spool in the fresh tree) and `kakanai verify` on the printed PDF. HOME, TMPDIR, XDG_*
// and the printer's spool all point into one fresh tree, debug logging is on where the parts have it
// (pcscd --debug, PCSCLITE_DEBUG, QT_LOGGING_RULES, ippeveprinter -v; kakanai has no debug switch).
// Then every file in the tree and every process's stdout/stderr and logs are searched for each canary in
// every encoding of canary.h. Allowed: the outputs the caller asked for (the person record of `card
// read`, the PDF of `form fill -o -`, the fields `verify` shows staff, the paper the printer printed).
// The PIN may appear nowhere at all, not even in /proc/<pid>/cmdline or environ while the card is read.
#include "canary.h"
#include "ipp_simulator.h"
#include "pcsc_sandbox.h"
#include "pdf_tools.h"
#include "test_support.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <set>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

namespace kakanai::test {
namespace {

namespace fs = std::filesystem;

struct Resident {
    std::string family = randomKanji(4);
    std::string given = randomKanji(4);
    std::string town = randomKanji(5);
    std::string phone = "090" + randomDigits(8);
    std::string pin = randomPin();

    std::string name() const { return family + "\u3000" + given; }
    std::string address() const { return "東京都千代田区" + town + "一丁目２番３号"; }
    // What must not leak: the phone's random part (090 is everywhere), and the PIN.
    std::vector<std::string> data() const { return {family, given, town, phone.substr(3)}; }

    // Four digits (what the cards take) that are not a year, a run or a common PIN, so a hit means a leak.
    static std::string randomPin() {
        for (;;) {
            std::string p = randomDigits(4);
            if (p[0] == '0' || p.rfind("19", 0) == 0 || p.rfind("20", 0) == 0) continue;
            if (p == std::string(4, p[0]) || p == "1234" || p == "5678") continue;
            return p;
        }
    }
};

// Occurrences of `pin` that are not part of a longer number, in UTF-8, UTF-16 and full-width digits.
bool containsPin(const std::string& data, const std::string& pin) {
    const std::string fullWidth = [&] {
        std::string s;
        for (char d : pin)
            s += "\xEF\xBC" + std::string(1, static_cast<char>(0x90 + (d - '0')));
        return s;
    }();
    std::string be, le;
    for (char d : pin)
        be += std::string(1, '\0') + d, le += std::string(1, d) + '\0';
    auto isDigitAt = [&](std::size_t i) { return i < data.size() && data[i] >= '0' && data[i] <= '9'; };
    for (std::size_t at = data.find(pin); at != std::string::npos; at = data.find(pin, at + 1))
        if ((at == 0 || !isDigitAt(at - 1)) && !isDigitAt(at + pin.size())) return true;
    return data.find(fullWidth) != std::string::npos || data.find(be) != std::string::npos ||
           data.find(le) != std::string::npos;
}

// Watches every process's command line and environment while it runs: the PIN goes on stdin only.
class ProcWatcher {
public:
    ProcWatcher(std::string pin, std::string mustSee) : m_pin(std::move(pin)), m_mustSee(std::move(mustSee)) {
        m_thread = std::thread([this] {
            while (!m_stop)
                scan();
            scan();
        });
    }
    ~ProcWatcher() { stop(); }
    void stop() {
        m_stop = true;
        if (m_thread.joinable()) m_thread.join();
    }
    int scans() const { return m_scans; }
    bool sawTarget() const { return m_sawTarget; }
    const std::set<std::string>& pinSeenIn() const { return m_pinSeenIn; }

private:
    // Only this test's descendants: the rest of the machine's processes are not ours to judge, and their
    // four-digit numbers would match by chance.
    static std::map<int, int> parents() {
        std::map<int, int> ppid;
        std::error_code ec;
        for (const auto& e : fs::directory_iterator("/proc", ec)) {
            const std::string pid = e.path().filename().string();
            if (pid.find_first_not_of("0123456789") != std::string::npos) continue;
            std::ifstream in(e.path() / "stat");
            std::string stat;
            std::getline(in, stat);
            const auto close = stat.rfind(')'); // "pid (comm) state ppid …"; comm may hold spaces
            if (close == std::string::npos) continue;
            std::istringstream rest(stat.substr(close + 1));
            std::string state;
            int parent = 0;
            rest >> state >> parent;
            ppid[std::stoi(pid)] = parent;
        }
        return ppid;
    }
    void scan() {
        const auto ppid = parents();
        const int self = ::getpid();
        for (const auto& [pid, parent] : ppid) {
            int up = parent;
            for (int depth = 0; up > 1 && up != self && depth < 64; ++depth) {
                const auto it = ppid.find(up);
                up = it == ppid.end() ? 0 : it->second;
            }
            if (up != self) continue;
            for (const char* what : {"cmdline", "environ"}) {
                const std::string path = "/proc/" + std::to_string(pid) + "/" + what;
                const std::string data = kakanai::test::readFile(path); // "" once the process is gone
                if (containsPin(data, m_pin)) m_pinSeenIn.insert(path + " (" + data.substr(0, 40) + "…)");
                if (std::string(what) == "cmdline" && data.find(m_mustSee) != std::string::npos)
                    m_sawTarget = true;
            }
        }
        ++m_scans;
    }
    std::string m_pin, m_mustSee;
    std::atomic<bool> m_stop{false};
    std::atomic<int> m_scans{0};
    std::atomic<bool> m_sawTarget{false};
    std::set<std::string> m_pinSeenIn;
    std::thread m_thread;
};

std::string describe(const std::vector<CanaryHit>& hits) {
    std::string s;
    for (const auto& h : hits)
        s += "  " + h.where + " (" + h.pattern + ")\n";
    return s;
}

// One fresh tree for the whole binary: the printer (and its private bus) live in it from the start.
class FullFlowCanary : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        if (!PcscSandbox::ready()) return;
        s_tree = std::make_unique<TempDir>();
        for (const char* d :
             {"home", "tmp", "cache", "config", "data", "state", "runtime", "printer", "kiosk"})
            fs::create_directories(s_tree->file(d));
        fs::permissions(s_tree->file("runtime"), fs::perms::owner_all);
        // The simulator puts its spool, engine output, log and dbus socket under TMPDIR.
        const char* old = std::getenv("TMPDIR");
        const std::string saved = old ? old : "";
        ::setenv("TMPDIR", s_tree->file("printer").c_str(), 1);
        s_printer = std::make_unique<IppSimulator>("CanaryPrinter");
        old ? (void)::setenv("TMPDIR", saved.c_str(), 1) : (void)::unsetenv("TMPDIR");
        PcscSandbox::setDebugLogging(true);
        PcscSandbox::restartPcscd();
    }
    static void TearDownTestSuite() {
        s_printer.reset();
        s_tree.reset();
        if (PcscSandbox::ready()) {
            PcscSandbox::setDebugLogging(false);
            PcscSandbox::restartPcscd();
        }
    }
    void SetUp() override {
        KAKANAI_REQUIRE_PCSC_SANDBOX();
        ASSERT_TRUE(s_printer && s_printer->running());
    }
    void TearDown() override {
        if (PcscSandbox::ready()) PcscSandbox::remove();
    }

    static std::string tree(const std::string& name) { return s_tree->file(name); }

    // A process with nothing but the fresh tree to write to, and every debug switch on.
    static CommandResult runInTree(std::vector<std::string> args, const std::string& input = {}) {
        std::vector<std::string> argv = {"/usr/bin/env",
                                         "-i",
                                         "PATH=/usr/sbin:/usr/bin:/sbin:/bin",
                                         "LANG=C.UTF-8",
                                         "HOME=" + tree("home"),
                                         "TMPDIR=" + tree("tmp"),
                                         "XDG_CACHE_HOME=" + tree("cache"),
                                         "XDG_CONFIG_HOME=" + tree("config"),
                                         "XDG_DATA_HOME=" + tree("data"),
                                         "XDG_STATE_HOME=" + tree("state"),
                                         "XDG_RUNTIME_DIR=" + tree("runtime"),
                                         "KAKANAI_FORMS_DIR=" + sourcePath("forms"),
                                         "KAKANAI_DATA_DIR=" + sourcePath("kiosk/core/data"),
                                         "PCSCLITE_DEBUG=0",
                                         "QT_LOGGING_RULES=*.debug=true",
                                         "CUPS_DEBUG_LEVEL=9",
                                         "CUPS_DEBUG_LOG=" + tree("state") + "/cups-debug.log"};
        argv.insert(argv.end(), args.begin(), args.end());
        return run(argv, input);
    }

    // The kiosk's config: a signing key and the audit ledger inside the tree.
    static std::string kioskConfig() {
        const std::string key = tree("kiosk/signing.key");
        if (!fs::exists(key)) {
            const auto g = runInTree({cliPath(), "keys", "generate", "--out", key});
            EXPECT_EQ(g.exitCode, 0) << g.err;
        }
        std::string config = readFile(sourcePath("config/kakanai.toml"));
        config.replace(config.find("# key_path = "), 13, "key_path = \"" + key + "\"  # ");
        config.replace(config.find("# ledger = "), 11, "ledger = \"" + tree("kiosk/ledger.jsonl") + "\"  # ");
        writeFile(tree("kiosk/kakanai.toml"), config);
        return tree("kiosk/kakanai.toml");
    }

    void runFlow(const Resident& r, const std::string& fixtureJson, const std::string& cardSource);

    static inline std::unique_ptr<TempDir> s_tree;
    static inline std::unique_ptr<IppSimulator> s_printer;
};

void FullFlowCanary::runFlow(const Resident& r, const std::string& fixtureJson,
                             const std::string& cardSource) {
    TempDir card; // the card's own content: outside the tree, as a card is outside the kiosk
    writeFile(card.file("card.json"), fixtureJson);
    PcscSandbox::insert(card.file("card.json"));
    const std::string config = kioskConfig();
    std::vector<std::pair<std::string, CommandResult>> streams; // every process we ran

    // 1. Card read, PIN on stdin, while every process's argv and environment are watched.
    ProcWatcher watcher(r.pin, "__card-helper");
    const auto read = runInTree({cliPath(), "card", "read"}, r.pin + "\n");
    watcher.stop();
    streams.emplace_back("card read", read);
    ASSERT_EQ(read.exitCode, 0) << read.err << PcscSandbox::diagnostics();
    auto person = nlohmann::json::parse(read.out);
    ASSERT_EQ(person["source"], cardSource);
    ASSERT_EQ(person["name"]["value"], r.name()) << "the virtual card must carry the canaries";
    ASSERT_EQ(person["address"]["value"], r.address());
    EXPECT_TRUE(watcher.sawTarget()) << "the /proc watcher must have seen the card helper to prove anything ("
                                     << watcher.scans() << " scans)";
    EXPECT_TRUE(watcher.pinSeenIn().empty()) << "PIN in " << *watcher.pinSeenIn().begin();

    // 2. The resident adds a phone number on screen; fill the form (PDF to stdout, person on stdin).
    person["phone"] = {{"value", r.phone}, {"source", "manual"}, {"confidence", 1}};
    const auto fill = runInTree({cliPath(), "form", "fill", "--form", "juminhyo", "--person", "/dev/stdin",
                                 "--config", config, "-o", "-"},
                                person.dump());
    streams.emplace_back("form fill", fill);
    ASSERT_EQ(fill.exitCode, 0) << fill.err;
    ASSERT_EQ(fill.out.rfind("%PDF", 0), 0u);
    // Positive control: the search finds the canaries where they are meant to be.
    EXPECT_GE(findCanariesInPdf("form fill stdout", fill.out, {r.family, r.given, r.town}).size(), 3u);
    EXPECT_FALSE(findCanariesIn("card read stdout", read.out, {r.family, r.given, r.town}).empty());

    // 3. Print it (PDF on stdin) to the IPP printer; the job ends before `print` returns.
    const auto jobsBefore = s_printer->printedJobNames();
    const auto print =
        runInTree({cliPath(), "print", "-", "--printer", s_printer->uri(), "--json"}, fill.out);
    streams.emplace_back("print", print);
    ASSERT_EQ(print.exitCode, 0) << print.err << print.out << s_printer->log();
    const auto jobs = s_printer->printedJobNames();
    ASSERT_EQ(jobs.size(), jobsBefore.size() + 1) << "exactly one job printed";
    std::string job;
    for (const auto& j : jobs)
        if (std::find(jobsBefore.begin(), jobsBefore.end(), j) == jobsBefore.end()) job = j;
    const std::string printed = s_printer->printedDocument(job);
    EXPECT_TRUE(printed == fill.out) << "the printer got " << printed.size() << " bytes, not the filled PDF ("
                                     << fill.out.size() << ")";
    EXPECT_TRUE(findCanariesIn("job name", job, r.data()).empty()) << job;
    const std::string paper = s_printer->root() + "/printed/" + job + ".pdf";

    // 4. Staff verify the printout with the kiosk's public key.
    const auto verify =
        runInTree({cliPath(), "verify", paper, "--pubkey", tree("kiosk/signing.pub"), "--json"});
    streams.emplace_back("verify", verify);
    ASSERT_EQ(verify.exitCode, 0) << verify.err << verify.out;
    const auto report = nlohmann::json::parse(verify.out);
    ASSERT_EQ(report["result"], "valid");
    bool nameVerified = false;
    for (const auto& f : report["forms"][0]["fields"]) {
        const std::string text = f.value("text", "");
        nameVerified = nameVerified ||
                       (text.find(r.family) != std::string::npos && text.find(r.given) != std::string::npos);
    }
    EXPECT_TRUE(nameVerified) << "the signed QR code carried the canary name to staff: " << verify.out;

    // 5. The search. Requested outputs may hold the data (and were checked above); nothing else may.
    std::vector<CanaryHit> leaks;
    std::size_t onPaper = 0;
    for (auto& h : findCanaries(s_tree->path(), r.data())) {
        if (h.where.rfind(s_printer->root() + "/printed/", 0) == 0 &&
            h.where.find(".pdf") != std::string::npos)
            ++onPaper;
        else
            leaks.push_back(std::move(h));
    }
    EXPECT_GE(onPaper, 3u) << "the file search must find the canaries on the printed page";
    std::vector<std::pair<std::string, std::string>> logs = {{"pcscd log (--debug)", PcscSandbox::pcscdLog()},
                                                             {"virtual card trace", PcscSandbox::trace()}};
    for (const auto& [name, result] : streams) {
        logs.emplace_back(name + " stderr", result.err);
        if (name == "print") logs.emplace_back(name + " stdout", result.out);
    }
    for (const auto& [name, text] : logs)
        for (auto& h : findCanariesIn(name, text, r.data()))
            leaks.push_back(std::move(h));
    EXPECT_TRUE(leaks.empty()) << "canaries outside the requested outputs:\n" << describe(leaks);

    // The spool file is gone once the job ended (the printed copy is the engine's "paper").
    const auto inSpool = findCanaries(s_printer->root() + "/spool", r.data());
    EXPECT_TRUE(inSpool.empty()) << "the spool keeps the job:\n" << describe(inSpool);

    // The PIN: nowhere. PDFs by their text (their raw numbers would match four digits by chance).
    std::vector<std::string> pinIn;
    for (const auto& e : fs::recursive_directory_iterator(s_tree->path())) {
        if (!e.is_regular_file()) continue;
        const std::string data = readFile(e.path().string());
        if (data.rfind("%PDF", 0) == 0 ? containsPin(pdfText(e.path().string(), false), r.pin)
                                       : containsPin(data, r.pin))
            pinIn.push_back(e.path().string());
    }
    for (const auto& [name, text] : logs)
        if (containsPin(text, r.pin)) pinIn.push_back(name);
    if (containsPin(read.out, r.pin)) pinIn.push_back("card read stdout");
    if (containsPin(verify.out, r.pin)) pinIn.push_back("verify stdout");
    std::string where;
    for (const auto& p : pinIn)
        where += "  " + p + "\n";
    EXPECT_TRUE(pinIn.empty()) << "the PIN appeared in:\n" << where;
    // Positive control for the PIN search: it finds the PIN where we know it is.
    EXPECT_TRUE(containsPin("pin " + r.pin + "\n", r.pin));
}

TEST_F(FullFlowCanary, DriversLicenceNothingPersonalOutsideTheRequestedOutputs) {
    const Resident r;
    const nlohmann::json fixture = {{"kind", "licence"},
                                    {"pin_set", true},
                                    {"pin1", r.pin},
                                    {"tries1", 3},
                                    {"matters",
                                     {{"name", r.name()},
                                      {"call_name", ""},
                                      {"alias", ""},
                                      {"birth", "4010108"},
                                      {"address", r.address()}}}};
    runFlow(r, fixture.dump(), "driver-license-card");
}

TEST_F(FullFlowCanary, MyNumberCardNothingPersonalOutsideTheRequestedOutputs) {
    const Resident r;
    const nlohmann::json fixture = {
        {"kind", "mynumber"},
        {"pin", r.pin},
        {"tries", 3},
        {"attributes", {{"name", r.name()}, {"address", r.address()}, {"birth", "19890108"}, {"sex", "2"}}}};
    runFlow(r, fixture.dump(), "mynumber-card");
}

} // namespace
} // namespace kakanai::test
