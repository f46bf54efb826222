// kakanai bench normalize [--count N] [--data DIR]
// Splits N addresses built from the real municipality and 町域 lists in the shapes cards print (丁目・番・号,
// hyphens, 番地の枝番, 大字・字, buildings with rooms, 京都の通り名, unknown places) and prints, as its last
// line:
//   kakanai addresses=<n> split_ms=<total> us_per_address=<mean> full=<n> municipality=<n> whole=<n>
//   load_ms=<ms> split_cpu_ms=<ms>
#include "cli.h"
#include "normalize_output.h"

#include "kakanai/normalize/data_files.h"
#include "kakanai/normalize/postal.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>

namespace kakanai::cli {
namespace {

using Clock = std::chrono::steady_clock;
using namespace kakanai::normalize;

double msSince(Clock::time_point t) {
    return std::chrono::duration<double, std::milli>(Clock::now() - t).count();
}

// CPU time of this process: on a shared machine the wall clock also counts other people's work.
double cpuMs() {
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) * 1000.0 + static_cast<double>(ts.tv_nsec) / 1e6;
}

// Deterministic: the same N addresses on every run and machine.
std::vector<std::string> benchAddresses(const PostalIndex& postal, std::size_t count) {
    static const char* const kShapes[] = {"一丁目2番3号",
                                          "1-2-3",
                                          "１２３番地の４　架空ハイツ４０５号室",
                                          "二丁目１０番５号 サンプルマンション101",
                                          "5-6-7-801",
                                          "3丁目4-5 コーポ架空 202号室",
                                          "千二百三十四番地",
                                          "12番地"};
    std::vector<std::string> out;
    out.reserve(count);
    std::size_t row = 0;
    const std::size_t stride = 7919; // prime: spreads the picks over the whole country
    while (out.size() < count) {
        const std::size_t i = out.size();
        if (i % 50 == 7) {
            out.emplace_back("京都府京都市中京区寺町通御池上る上本能寺前町488番地");
            continue;
        }
        if (i % 50 == 19) {
            out.emplace_back("架空県架空市中央1-2-3");
            continue;
        }
        PostalCandidate c;
        do {
            row = (row + stride) % postal.size();
            c = postal.at(row);
        } while (c.town.empty() || c.code.size() != 7);
        std::string address = c.municipality->prefecture + c.municipality->name;
        if (i % 10 == 3) address += "大字";
        address += c.town;
        if (i % 10 == 3) address += "字北甲";
        address += kShapes[i % 8];
        out.push_back(std::move(address));
    }
    return out;
}

int benchNormalize(Args& args) {
    args.option("--count").option("--data");
    if (!args.parse() || !args.positional().empty()) return usageOf("bench", "normalize");
    std::size_t count = 10000;
    if (auto c = args.value("--count")) {
        const long n = std::atol(c->c_str());
        if (n < 1) return usageOf("bench", "normalize");
        count = static_cast<std::size_t>(n);
    }
    const std::string dir = args.value("--data").value_or(defaultDataDirectory());
    const auto tLoad = Clock::now();
    auto g = Gazetteer::load(dir);
    if (!g) return std::fprintf(stderr, "kakanai: %s\n", g.error().describe().c_str()), kFailure;
    const double gazetteerMs = msSince(tLoad);
    auto postal = PostalIndex::load(dir, *g);
    if (!postal) return std::fprintf(stderr, "kakanai: %s\n", postal.error().describe().c_str()), kFailure;
    const double loadMs = msSince(tLoad);
    const auto addresses = benchAddresses(*postal, count);

    std::size_t full = 0, municipality = 0, whole = 0, flagged = 0;
    const double cpu0 = cpuMs();
    const auto t = Clock::now();
    for (const auto& a : addresses) {
        const AddressSplit s = splitAddress(a, *g);
        full += s.level == SplitLevel::Full;
        municipality += s.level == SplitLevel::Municipality;
        whole += s.level == SplitLevel::None;
        flagged += !s.flags.empty();
    }
    const double splitMs = msSince(t);
    const double splitCpuMs = cpuMs() - cpu0;

    const auto tp = Clock::now();
    std::size_t exact = 0;
    for (std::size_t i = 0; i < addresses.size(); i += 10)
        exact += postal->forAddress(splitAddress(addresses[i], *g)).status == PostalStatus::Exact;
    const double postalMs = msSince(tp);

    std::printf("data: %s (municipalities %.1f ms, with postal codes %.1f ms, %zu postal rows)\n",
                std::string(g->source()).c_str(), gazetteerMs, loadMs, postal->size());
    std::printf("postal candidates for every 10th address: %.1f ms (%zu exact)\n", postalMs, exact);
    std::printf(
        "split %zu addresses in %.1f ms wall, %.1f ms CPU (target: 10000 in ≤ 1000 ms); %zu carry a flag\n",
        addresses.size(), splitMs, splitCpuMs, flagged);
    std::printf("kakanai addresses=%zu split_ms=%.1f us_per_address=%.2f full=%zu municipality=%zu whole=%zu "
                "load_ms=%.1f split_cpu_ms=%.1f\n",
                addresses.size(), splitMs, splitMs * 1000.0 / static_cast<double>(addresses.size()), full,
                municipality, whole, loadMs, splitCpuMs);
    return kOk;
}

} // namespace

void registerNormalizeBench() {
    addCommand({"bench", "normalize", "[--count N] [--data DIR]",
                "address splitting benchmark; last line: kakanai addresses=… split_ms=… us_per_address=… …",
                benchNormalize});
}

} // namespace kakanai::cli
