// kakanai-cardgen --out DIR [--per-cell N] [--seed S] [--backs N] [--backs-difficulty scan|photo|hard]
// [--bad] Writes a synthetic corpus of ID card images of fictional people (PNG/JPEG) and truth.jsonl. Test
// tool: real ID photos are never used.
#include "corpus.h"

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

using namespace kakanai::cardgen;

int main(int argc, char** argv) {
    std::string out;
    int perCell = 4, backs = 0;
    unsigned seed = 20261123;
    bool bad = false;
    Difficulty backDifficulty = Difficulty::Photo;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        auto next = [&]() -> std::string { return i + 1 < argc ? argv[++i] : ""; };
        if (a == "--out")
            out = next();
        else if (a == "--per-cell")
            perCell = std::atoi(next().c_str());
        else if (a == "--seed")
            seed = unsigned(std::strtoul(next().c_str(), nullptr, 10));
        else if (a == "--backs")
            backs = std::atoi(next().c_str());
        else if (a == "--bad")
            bad = true;
        else if (a == "--backs-difficulty") {
            const std::string d = next();
            backDifficulty = d == "scan"   ? Difficulty::Scan
                             : d == "hard" ? Difficulty::Hard
                                           : Difficulty::Photo;
        } else {
            std::fprintf(stderr, "usage: kakanai-cardgen --out DIR [--per-cell N] [--seed S] [--backs N] "
                                 "[--backs-difficulty scan|photo|hard] [--bad]\n");
            return 2;
        }
    }
    if (out.empty() || perCell < 0) {
        std::fprintf(stderr, "usage: kakanai-cardgen --out DIR [--per-cell N] [--seed S] [--backs N] "
                             "[--backs-difficulty scan|photo|hard] [--bad]\n");
        return 2;
    }
    std::filesystem::create_directories(out);
    std::ofstream truth(out + "/truth.jsonl");
    TextPainter painter;
    auto specs = corpusSpecs(perCell, seed);
    if (backs > 0) {
        auto b = backSpecs(backs, seed + 1, backDifficulty);
        specs.insert(specs.end(), b.begin(), b.end());
    }
    int n = 0;
    for (const auto& spec : specs) {
        const Sample s = makeSample(spec, painter);
        const std::string file = spec.id + s.shot.extension;
        std::ofstream(out + "/" + file, std::ios::binary)
            .write(reinterpret_cast<const char*>(s.shot.encoded.data()),
                   std::streamsize(s.shot.encoded.size()));
        truth << truthJson(s, file) << "\n";
        ++n;
    }
    if (bad) {
        std::mt19937 rng(seed);
        const char* names[] = {"bad-blank", "bad-noise", "bad-cat", "bad-textpage"};
        for (int k = 0; k < 4; ++k) {
            const Shot shot = badImage(BadImage(k), rng);
            std::ofstream(out + "/" + names[k] + shot.extension, std::ios::binary)
                .write(reinterpret_cast<const char*>(shot.encoded.data()),
                       std::streamsize(shot.encoded.size()));
            ++n;
        }
    }
    std::printf("kakanai-cardgen: %d images in %s\n", n, out.c_str());
    return 0;
}
