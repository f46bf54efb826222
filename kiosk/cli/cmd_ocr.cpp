// kakanai ocr IMAGE [--json] [--kind auto|driver-license|mynumber-card|residence-card] [--back]
// kakanai bench ocr DIR
// Reads identity from a photo or scan of an ID card. The image is read into memory only and wiped after
// use; errors name what a better photo would fix and never hold personal data.
#include "cli.h"

#include "kakanai/person/person.h"

#ifdef KAKANAI_HAVE_OCR
#include "kakanai/ocr/card_kind.h"
#include "kakanai/ocr/ocr_errors.h"
#include "kakanai/ocr/tesseract_id_reader.h"
#include "kakanai/ocr/text_distance.h"
#include "kakanai/sys/hardening.h"
#include "kakanai/sys/secure_memory.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <map>

#include <string.h> // explicit_bzero
#endif

#include <cstdio>

namespace kakanai::cli {
namespace {

#ifndef KAKANAI_HAVE_OCR
int noOcr(Args&) {
    std::fprintf(stderr, "kakanai: built without the OCR driver (KAKANAI_WITH_OCR=OFF)\n");
    return kFailure;
}
#else

// Exit codes of `kakanai ocr` (README): one per thing the resident or IT staff must do differently.
enum OcrExit : int {
    kNoCard = 10,
    kTooBlurred = 11,
    kTooDark = 12,
    kGlare = 13,
    kUnsupportedKind = 14,
    kBackSide = 15,
    kUnreadable = 16,
};

int exitFor(std::string_view code) {
    namespace e = ocr::errors;
    if (code == e::kNoCard) return kNoCard;
    if (code == e::kTooBlurred) return kTooBlurred;
    if (code == e::kTooDark) return kTooDark;
    if (code == e::kGlare) return kGlare;
    if (code == e::kUnsupportedKind) return kUnsupportedKind;
    if (code == e::kBackSide) return kBackSide;
    if (code == e::kUnreadable) return kUnreadable;
    return kFailure; // ocr.unavailable, I/O
}

int reportError(const Error& e) {
    std::fprintf(stderr, "kakanai: %s: %s\n", e.code.c_str(), e.message.c_str());
    if (const auto advice = ocr::errors::advice(e.code); !advice.empty())
        std::fprintf(stderr, "kakanai: %.*s\n", int(advice.size()), advice.data());
    return exitFor(e.code);
}

// The whole file in memory (never copied to disk); nullopt with a message when it cannot be read.
std::optional<ImageData> readImageFile(const std::string& path) {
    std::error_code ec;
    const auto size = std::filesystem::file_size(path, ec);
    if (ec || size > (std::uintmax_t(64) << 20)) return std::nullopt; // no photo is 64 MiB
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::nullopt;
    ImageData img;
    img.bytes.resize(std::size_t(size));
    if (!in.read(reinterpret_cast<char*>(img.bytes.data()), std::streamsize(size))) return std::nullopt;
    return img;
}

void wipeBytes(std::vector<std::uint8_t>& bytes) {
    explicit_bzero(bytes.data(), bytes.size());
    bytes.clear();
}

void printField(const char* label, const std::optional<TextField>& f, const Person& p, const char* key) {
    if (!f) {
        std::printf("%-12s -%s\n", label, p.needsCheck(key) ? "  [check]" : "");
        return;
    }
    std::printf("%-12s %s  (%.2f)%s\n", label, f->value.c_str(), f->confidence,
                p.needsCheck(key) ? "  [check]" : "");
}

int ocrRead(Args& args) {
    args.flag("--json").flag("--back").option("--kind");
    if (!args.parse() || args.positional().size() != 1) return usageOf("ocr", "");
    (void)disableCoreDumps(); // this process holds a resident's data
    IdDocumentKind kind = IdDocumentKind::Auto;
    if (auto k = args.value("--kind")) {
        auto parsed = ocr::kindFromId(*k);
        if (!parsed) return usageOf("ocr", "");
        kind = *parsed;
    }
    auto image = readImageFile(args.positional().front());
    if (!image) {
        std::fprintf(stderr, "kakanai: ocr.unreadable: cannot read the image file\n");
        return kUnreadable;
    }
    auto reader = ocr::TesseractIdReader::create();
    if (!reader) return reportError(reader.error());

    Person person;
    if (args.has("--back")) {
        auto address = (*reader)->readBackAddress(*image, kind);
        wipeBytes(image->bytes);
        if (!address) return reportError(address.error());
        person.source = std::string(ocr::ocrSource(kind));
        person.address = std::move(*address);
        person.needs_check.push_back("address");
    } else {
        auto read = (*reader)->read(*image, kind);
        wipeBytes(image->bytes);
        if (!read) return reportError(read.error());
        person = std::move(*read);
    }
    if (args.has("--json")) {
        std::string out = toJson(person);
        std::printf("%s\n", out.c_str());
        wipe(out);
        return kOk;
    }
    std::printf("%-12s %s\n", "source", person.source.c_str());
    printField("name", person.name, person, "name");
    printField("birth_date", person.birth_date, person, "birth_date");
    printField("sex", person.sex, person, "sex");
    printField("address", person.address, person, "address");
    if (person.nationality) printField("nationality", person.nationality, person, "nationality");
    return kOk;
}

// --- bench -------------------------------------------------------------------------------------------

using Clock = std::chrono::steady_clock;
double msSince(Clock::time_point t) {
    return std::chrono::duration<double, std::milli>(Clock::now() - t).count();
}

// Accuracy against the generator's truth.jsonl (fictional people), per card kind and difficulty.
struct Score {
    int images = 0, answered = 0, retakes = 0, backRefused = 0;
    int nameN = 0, addrN = 0, dateN = 0, dateExact = 0, confidentWrong = 0;
    double nameCer = 0, addrCer = 0;
};

void scoreOne(Score& s, const nlohmann::json& truth, const Result<Person>& result) {
    ++s.images;
    if (!result) {
        const bool back = truth.value("side", "") == "back";
        if (back && result.error().code == ocr::errors::kBackSide)
            ++s.backRefused;
        else
            ++s.retakes;
        return;
    }
    ++s.answered;
    const Person& p = *result;
    auto cer = [&](const char* key, const std::optional<TextField>& f, double limit, double& sum, int& n) {
        const std::string ref = truth.value(key, "");
        if (ref.empty()) return;
        const double c = ocr::characterErrorRate(ref, f ? f->value : "");
        sum += c, ++n;
        if (c > limit && !p.needsCheck(key)) ++s.confidentWrong;
    };
    cer("name", p.name, 0.20, s.nameCer, s.nameN);
    cer("address", p.address, 0.30, s.addrCer, s.addrN);
    if (const std::string ref = truth.value("birth_date", ""); !ref.empty()) {
        ++s.dateN;
        const bool exact = p.birth_date && p.birth_date->value == ref;
        s.dateExact += exact;
        if (!exact && !p.needsCheck("birth_date")) ++s.confidentWrong;
    }
}

void printScores(const std::map<std::string, Score>& scores) {
    std::printf("%-28s %6s %6s %6s %8s %8s %8s %6s\n", "kind/difficulty", "images", "answer", "retake",
                "name_cer", "addr_cer", "date_ok", "c_wrong");
    for (const auto& [key, s] : scores) {
        auto pct = [](double v, int n) { return n ? 100.0 * v / n : 0.0; };
        std::printf("%-28s %6d %6d %6d %7.2f%% %7.2f%% %7.1f%% %6d\n", key.c_str(), s.images, s.answered,
                    s.retakes + s.backRefused, pct(s.nameCer, s.nameN), pct(s.addrCer, s.addrN),
                    pct(s.dateExact, s.dateN), s.confidentWrong);
    }
}

int benchOcr(Args& args) {
    args.flag("--details");
    if (!args.parse() || args.positional().size() != 1) return usageOf("bench", "ocr");
    namespace fs = std::filesystem;
    const fs::path dir = args.positional().front();
    std::error_code ec;
    std::vector<fs::path> files;
    for (const auto& e : fs::directory_iterator(dir, ec)) {
        std::string ext = e.path().extension().string();
        std::transform(ext.begin(), ext.end(), ext.begin(),
                       [](unsigned char c) { return char(std::tolower(c)); });
        if (e.is_regular_file() && (ext == ".png" || ext == ".jpg" || ext == ".jpeg"))
            files.push_back(e.path());
    }
    if (ec || files.empty()) {
        std::fprintf(stderr, "kakanai: no PNG or JPEG images in %s\n", dir.c_str());
        return kInvalid;
    }
    std::sort(files.begin(), files.end());
    std::map<std::string, nlohmann::json> truth;
    if (std::ifstream t(dir / "truth.jsonl"); t) {
        for (std::string line; std::getline(t, line);)
            if (auto j = nlohmann::json::parse(line, nullptr, false); j.is_object() && j.contains("file"))
                truth[j["file"].get<std::string>()] = j;
    }

    const auto tLoad = Clock::now();
    auto reader = ocr::TesseractIdReader::create();
    if (!reader) return reportError(reader.error());
    const double loadMs = msSince(tLoad);
    { // warm-up: the first image once, untimed (page-in of the model, first-use allocations)
        auto img = readImageFile(files.front().string());
        if (img) (void)(*reader)->read(*img, IdDocumentKind::Auto);
    }
    std::map<std::string, Score> scores;
    std::map<std::string, int> errorCounts;
    double totalMs = 0, worstMs = 0;
    for (const auto& f : files) {
        auto img = readImageFile(f.string());
        if (!img) return std::fprintf(stderr, "kakanai: cannot read %s\n", f.c_str()), kFailure;
        const auto t = Clock::now();
        auto result = (*reader)->read(*img, IdDocumentKind::Auto);
        const double ms = msSince(t);
        totalMs += ms, worstMs = std::max(worstMs, ms);
        if (!result) ++errorCounts[result.error().code];
        if (args.has("--details")) { // what the reader saw, never what it read
            const auto& d = (*reader)->diagnostics();
            std::printf(
                "%-36s %-20s kind=%s flip=%d card=%.2f marker=%.2f title=%.3f light=%.0f contrast=%.0f "
                "sharp=%.2f glare=%.2f %.0f ms (detect %.0f classify %.0f fields %.0f)\n",
                f.filename().c_str(), result ? "ok" : result.error().code.c_str(),
                std::string(ocr::kindId(d.kind)).c_str(), d.upsideDown, d.cardScore, d.markerScore,
                d.titleDistance, d.brightness, d.contrast, d.sharpness, d.glare, ms, d.msDetect, d.msClassify,
                d.msFields);
        }
        if (auto it = truth.find(f.filename().string()); it != truth.end()) {
            const auto& j = it->second;
            const std::string kind = j.value("kind", "?"), side = j.value("side", "front");
            const std::string key = kind + (side == "back" ? "-back" : "") + "/" + j.value("difficulty", "?");
            scoreOne(scores[key], j, result);
            Score& all = scores[side == "back" ? "all-back" : "all-front"];
            scoreOne(all, j, result);
        }
    }
    if (!scores.empty()) printScores(scores);
    for (const auto& [code, n] : errorCounts)
        std::printf("error %-22s %d\n", code.c_str(), n);
    std::printf("model load %.0f ms, worst image %.0f ms\n", loadMs, worstMs);
    std::printf("kakanai ocr_s_per_image=%.3f images=%zu\n", totalMs / 1000.0 / double(files.size()),
                files.size());
    return kOk;
}
#endif

} // namespace

void registerOcrCommands() {
#ifdef KAKANAI_HAVE_OCR
    addCommand(
        {"ocr", "", "IMAGE [--json] [--kind auto|driver-license|mynumber-card|residence-card] [--back]",
         "read name, birth date, sex and address from a photo of an ID card (exit 10-16: retake/not a card)",
         ocrRead});
    addCommand({"bench", "ocr", "DIR [--details]",
                "OCR every image in DIR in one process; last line: kakanai ocr_s_per_image=… images=…",
                benchOcr});
#else
    addCommand({"ocr", "", "IMAGE [--json] [--kind …]",
                "read an ID card photo (not built: KAKANAI_WITH_OCR=OFF)", noOcr});
    addCommand({"bench", "ocr", "DIR [--details]", "OCR benchmark (not built: KAKANAI_WITH_OCR=OFF)", noOcr});
#endif
}

} // namespace kakanai::cli
