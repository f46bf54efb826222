// A small fuzzing loop for compilers without libFuzzer (GCC in CI): runs every seed file, then mutates
// seeds (bit flips, byte edits, inserts, deletes, splices, dictionary tokens) for a fixed time. Built with
// ASan/UBSan (preset `fuzz`), a crash or sanitizer report stops the process; the input is written first to
// crash-<target>.bin in the working directory (from the sanitizer's death callback or a signal handler) so
// it can be replayed: `fuzz_<target> crash-<target>.bin`.
// Arguments follow libFuzzer's spelling so the same command lines work with a clang/libFuzzer build:
//   fuzz_<target> [-max_total_time=S] [-runs=N] [-seed=N] [-max_len=N] DIR_OR_FILE...
#include <fcntl.h>
#include <signal.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <random>
#include <string>
#include <string_view>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace {

using Bytes = std::vector<std::uint8_t>;

// Tokens that reach deep paths of the parsers we fuzz (JSON, TOML, addresses, dates, TLV).
const char* const kTokens[] = {"{",
                               "}",
                               "[",
                               "]",
                               "\"",
                               ":",
                               ",",
                               "1e308",
                               "-1",
                               "null",
                               "true",
                               "\\u0000",
                               "=",
                               "[[",
                               "\n",
                               "丁目",
                               "番地",
                               "号",
                               "令和",
                               "元年",
                               "\xF0\xA0\xAE\xB7",
                               "\xE3\x80\x80",
                               "\x5F\x1F",
                               "\x81\x82"};

Bytes readFile(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    return Bytes(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// The input under test and where it goes if the process dies; written with async-signal-safe calls only.
const Bytes* g_current = nullptr;
char g_crashPath[256] = "crash.bin";

void saveCurrentInput() {
    if (!g_current) return;
    const int fd = ::open(g_crashPath, O_WRONLY | O_CREAT | O_TRUNC, 0600);
    if (fd < 0) return;
    std::size_t done = 0;
    while (done < g_current->size()) {
        const ssize_t n = ::write(fd, g_current->data() + done, g_current->size() - done);
        if (n <= 0) break;
        done += static_cast<std::size_t>(n);
    }
    ::close(fd);
}

extern "C" void onFatalSignal(int sig) {
    saveCurrentInput();
    ::signal(sig, SIG_DFL);
    ::raise(sig);
}

bool g_saveEveryInput = false; // KAKANAI_FUZZ_SAVE_EVERY=1: for findings the death callback cannot save

void runOne(const Bytes& input) {
    g_current = &input;
    if (g_saveEveryInput) saveCurrentInput();
    // In a heap block of exactly its size, as libFuzzer does: a vector's spare capacity would hide a read
    // one byte past the end from ASan.
    const std::unique_ptr<std::uint8_t[]> exact(new std::uint8_t[input.size()]);
    std::copy(input.begin(), input.end(), exact.get());
    LLVMFuzzerTestOneInput(exact.get(), input.size());
    g_current = nullptr;
}

void mutate(Bytes& b, const std::vector<Bytes>& seeds, std::mt19937_64& rng, std::size_t maxLen) {
    auto pick = [&](std::size_t n) { return n ? static_cast<std::size_t>(rng() % n) : 0; };
    const int edits = 1 + static_cast<int>(rng() % 4);
    for (int e = 0; e < edits; ++e) {
        switch (rng() % 7) {
        case 0: // flip a bit
            if (!b.empty()) b[pick(b.size())] ^= static_cast<std::uint8_t>(1u << (rng() % 8));
            break;
        case 1: // set a byte to an interesting value
            if (!b.empty()) {
                static const std::uint8_t kVals[] = {0x00, 0x7F, 0x80, 0xFF, 0xE3, 0xF0, '0', '9', '"', '\\'};
                b[pick(b.size())] = kVals[pick(sizeof kVals)];
            }
            break;
        case 2: // delete a run
            if (!b.empty()) {
                const std::size_t at = pick(b.size());
                const std::size_t n = 1 + pick(std::min<std::size_t>(16, b.size() - at));
                b.erase(b.begin() + static_cast<std::ptrdiff_t>(at),
                        b.begin() + static_cast<std::ptrdiff_t>(at + n));
            }
            break;
        case 3: { // insert a token
            const char* t = kTokens[pick(std::size(kTokens))];
            b.insert(b.begin() + static_cast<std::ptrdiff_t>(pick(b.size() + 1)), t, t + std::strlen(t));
            break;
        }
        case 4: { // duplicate a run (grows nesting and long strings)
            if (b.empty()) break;
            const std::size_t at = pick(b.size());
            const std::size_t n = 1 + pick(std::min<std::size_t>(64, b.size() - at));
            const Bytes run(b.begin() + static_cast<std::ptrdiff_t>(at),
                            b.begin() + static_cast<std::ptrdiff_t>(at + n));
            const int times = 1 + static_cast<int>(rng() % 8);
            for (int i = 0; i < times; ++i)
                b.insert(b.begin() + static_cast<std::ptrdiff_t>(at), run.begin(), run.end());
            break;
        }
        case 5: { // splice with another seed
            const Bytes& other = seeds[pick(seeds.size())];
            if (other.empty()) break;
            const std::size_t from = pick(other.size());
            const std::size_t n = 1 + pick(std::min<std::size_t>(256, other.size() - from));
            b.insert(b.begin() + static_cast<std::ptrdiff_t>(pick(b.size() + 1)),
                     other.begin() + static_cast<std::ptrdiff_t>(from),
                     other.begin() + static_cast<std::ptrdiff_t>(from + n));
            break;
        }
        default: // truncate
            if (!b.empty()) b.resize(pick(b.size()));
            break;
        }
    }
    if (b.size() > maxLen) b.resize(maxLen);
}

} // namespace

#if defined(__SANITIZE_ADDRESS__) && __has_include(<sanitizer/common_interface_defs.h>)
#include <sanitizer/common_interface_defs.h> // __sanitizer_set_death_callback: called before a sanitizer exits
#define KAKANAI_HAVE_DEATH_CALLBACK 1
#endif

int main(int argc, char** argv) {
    const char* target = std::strrchr(argv[0], '/') ? std::strrchr(argv[0], '/') + 1 : argv[0];
    double maxSeconds = 0;
    long long maxRuns = -1;
    std::uint64_t seed = 20261123;
    std::size_t maxLen = 64 * 1024;
    std::vector<Bytes> seeds;
    for (int i = 1; i < argc; ++i) {
        const std::string_view a = argv[i];
        if (a.rfind("-max_total_time=", 0) == 0)
            maxSeconds = std::strtod(argv[i] + 16, nullptr);
        else if (a.rfind("-runs=", 0) == 0)
            maxRuns = std::strtoll(argv[i] + 6, nullptr, 10);
        else if (a.rfind("-seed=", 0) == 0)
            seed = std::strtoull(argv[i] + 6, nullptr, 10);
        else if (a.rfind("-max_len=", 0) == 0)
            maxLen = std::strtoull(argv[i] + 9, nullptr, 10);
        else if (a.rfind('-', 0) == 0) {
            std::fprintf(stderr, "%s: unknown option %s\n", target, argv[i]);
            return 2;
        } else if (std::filesystem::is_directory(a)) {
            for (const auto& e : std::filesystem::recursive_directory_iterator(a))
                if (e.is_regular_file()) seeds.push_back(readFile(e.path()));
        } else if (std::filesystem::is_regular_file(a)) {
            seeds.push_back(readFile(a));
        } else {
            std::fprintf(stderr, "%s: no such seed file or directory: %s\n", target, argv[i]);
            return 2;
        }
    }
    if (seeds.empty()) seeds.emplace_back();
    std::snprintf(g_crashPath, sizeof g_crashPath, "crash-%s.bin", target);
    g_saveEveryInput = std::getenv("KAKANAI_FUZZ_SAVE_EVERY") != nullptr;
#ifdef KAKANAI_HAVE_DEATH_CALLBACK
    __sanitizer_set_death_callback(saveCurrentInput);
#endif
    for (int sig : {SIGSEGV, SIGABRT, SIGBUS, SIGFPE, SIGILL})
        ::signal(sig, onFatalSignal);

    long long runs = 0;
    for (const Bytes& s : seeds) { // every seed once: the regression part
        runOne(s);
        ++runs;
    }
    std::mt19937_64 rng(seed);
    const auto start = std::chrono::steady_clock::now();
    auto elapsed = [&] {
        return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    };
    Bytes input;
    while ((maxRuns < 0 || runs < maxRuns) && elapsed() < maxSeconds) {
        input = seeds[static_cast<std::size_t>(rng() % seeds.size())];
        mutate(input, seeds, rng, maxLen);
        runOne(input);
        ++runs;
    }
    std::printf("fuzz %s: runs=%lld seeds=%zu seconds=%.1f\n", target, runs, seeds.size(), elapsed());
    return 0;
}
