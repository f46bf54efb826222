// kakanai card status [--reader NAME] [--json]
// kakanai card read [--reader NAME] [--json]          (PIN on stdin: 4 digits, or nothing for a licence
//                                                      without a PIN)
// kakanai card wait [--timeout S] [--reader NAME] [--json]
// kakanai bench card [--count N] [--reader NAME]      (PIN on stdin; last line:
//   kakanai card_apdus=<n> card_ms_median=<x> card_ms_p95=<y> read_ms_median=<z> kind=<kind>)
//
// Card I/O runs in a helper process with a 10 s deadline (see drivers/card). Exit codes (README):
//   10 no reader, 11 no card, 12 unsupported card, 13 wrong PIN, 14 refused: one try left, 15 blocked,
//   16 card removed, 17 timeout, 18 reader or pcscd error, 19 card data malformed, 20 PIN required.
#include "cli.h"

#include "kakanai/card/card_errors.h"
#include "kakanai/card/card_json.h"
#include "kakanai/pcsc/helper_card_reader.h"
#include "kakanai/sys/hardening.h"
#include "kakanai/sys/secure_memory.h"

#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <map>

namespace kakanai::cli {
namespace {

namespace codes = card::codes;

int exitCodeFor(const Error& e) {
    static const std::map<std::string, int, std::less<>> kCodes = {
        {codes::kNoReader, 10},   {codes::kNoCard, 11},        {codes::kUnsupported, 12},
        {codes::kWrongPin, 13},   {codes::kPinOneTryLeft, 14}, {codes::kBlocked, 15},
        {codes::kRemoved, 16},    {codes::kTimeout, 17},       {codes::kReaderError, 18},
        {codes::kMalformed, 19},  {codes::kPinRequired, 20},   {codes::kForbidden, kFailure},
        {"pin.format", kInvalid},
    };
    auto it = kCodes.find(e.code);
    return it == kCodes.end() ? kFailure : it->second;
}

int fail(const Error& e, bool json) {
    if (json) {
        nlohmann::json j;
        j["error"] = card::errorToJson(e);
        std::printf("%s\n", j.dump(2).c_str());
    } else {
        std::fprintf(stderr, "kakanai: %s (%s)\n", e.message.c_str(), e.code.c_str());
    }
    return exitCodeFor(e);
}

pcsc::HelperReaderOptions readerOptions(const Args& args) {
    pcsc::HelperReaderOptions o;
    o.readerName = args.value("--reader").value_or("");
    return o;
}

int printStatus(const CardStatus& s, bool json) {
    if (json) {
        std::printf("%s\n", card::statusToJson(s).dump(2).c_str());
        return kOk;
    }
    std::string readers;
    for (const auto& r : s.readers)
        readers += (readers.empty() ? "" : ", ") + r;
    std::printf("readers: %s\n", readers.empty() ? "none" : readers.c_str());
    if (s.readers.empty()) return kOk;
    std::printf("reader: %s\n", s.reader.c_str());
    std::printf("card: %s\n", s.cardPresent ? card::cardKindName(s.kind).c_str() : "none");
    if (s.kind == CardKind::MyNumber || s.kind == CardKind::DriverLicense) {
        if (!s.pinSet) std::printf("pin: not set (the holder chose no PIN)\n");
        if (s.pinTriesLeft >= 0) std::printf("pin tries left: %d\n", s.pinTriesLeft);
    }
    return kOk;
}

int cardStatus(Args& args) {
    args.flag("--json").option("--reader");
    if (!args.parse() || !args.positional().empty()) return usageOf("card", "status");
    pcsc::HelperCardReader reader(readerOptions(args));
    auto s = reader.status();
    if (!s) return fail(s.error(), args.has("--json"));
    return printStatus(*s, args.has("--json"));
}

int cardWait(Args& args) {
    args.flag("--json").option("--reader").option("--timeout");
    if (!args.parse() || !args.positional().empty()) return usageOf("card", "wait");
    long seconds = 30;
    if (auto t = args.value("--timeout")) {
        seconds = std::strtol(t->c_str(), nullptr, 10);
        if (seconds < 1 || seconds > 3600) return usageOf("card", "wait");
    }
    pcsc::HelperCardReader reader(readerOptions(args));
    auto s = reader.waitForChange(std::chrono::seconds(seconds));
    if (!s) return fail(s.error(), args.has("--json"));
    return printStatus(*s, args.has("--json"));
}

// The PIN from stdin into locked memory: 4 digits, or nothing (a licence without a PIN).
Result<SecureBuffer> pinFromStdin() {
    if (isatty(STDIN_FILENO)) std::fprintf(stderr, "PIN (4 digits; Enter alone for a licence without PIN): ");
    auto pin = readPin(STDIN_FILENO, 0, 4);
    if (isatty(STDIN_FILENO)) std::fprintf(stderr, "\n");
    if (pin && pin->size() != 0 && pin->size() != 4) {
        pin->clear();
        return makeError("pin.format", "the PIN must be 4 digits, given on standard input");
    }
    return pin;
}

int cardRead(Args& args) {
    args.flag("--json").option("--reader");
    if (!args.parse() || !args.positional().empty()) return usageOf("card", "read");
    const bool json = args.has("--json");
    (void)disableCoreDumps(); // this process holds the PIN and then the resident's data
    auto pin = pinFromStdin();
    if (!pin) return fail(pin.error(), json);
    pcsc::HelperCardReader reader(readerOptions(args));
    auto person = reader.read(pin->view());
    pin->clear();
    if (!person) return fail(person.error(), json);
    std::string out = toJson(*person);
    person->wipe();
    std::printf("%s\n", out.c_str());
    std::fflush(stdout);
    wipe(out);
    return kOk;
}

double percentile(std::vector<double> v, double p) {
    if (v.empty()) return 0;
    std::sort(v.begin(), v.end());
    const auto i = static_cast<std::size_t>(p * static_cast<double>(v.size() - 1) + 0.5);
    return v[std::min(i, v.size() - 1)];
}

int benchCard(Args& args) {
    args.option("--count").option("--reader");
    if (!args.parse() || !args.positional().empty()) return usageOf("bench", "card");
    int count = 10;
    if (auto c = args.value("--count")) {
        count = std::atoi(c->c_str());
        if (count < 1 || count > 1000) return usageOf("bench", "card");
    }
    (void)disableCoreDumps();
    auto pin = pinFromStdin();
    if (!pin) return fail(pin.error(), false);
    pcsc::HelperCardReader reader(readerOptions(args));
    std::vector<double> cardMs, readMs;
    std::size_t apdus = 0;
    std::string kind;
    for (int i = 0; i < count; ++i) {
        auto person = reader.read(pin->view());
        if (!person) {
            pin->clear();
            return fail(person.error(), false); // a wrong PIN stops at once: never a second try
        }
        kind = person->source;
        person->wipe();
        const auto& st = reader.lastStats();
        apdus = st.apdus;
        cardMs.push_back(st.cardMs);
        readMs.push_back(st.totalMs);
        std::printf("read %d: %zu APDUs, %.1f ms in the helper, %.1f ms in all\n", i + 1, st.apdus, st.cardMs,
                    st.totalMs);
    }
    pin->clear();
    std::printf("kakanai card_apdus=%zu card_ms_median=%.2f card_ms_p95=%.2f read_ms_median=%.2f kind=%s\n",
                apdus, percentile(cardMs, 0.5), percentile(cardMs, 0.95), percentile(readMs, 0.5),
                kind.c_str());
    return kOk;
}

} // namespace

void registerCardCommands() {
    addCommand({"card", "status", "[--reader NAME] [--json]",
                "readers, card present, card kind and PIN tries left (no try used)", cardStatus});
    addCommand({"card", "read", "[--reader NAME] [--json]  (PIN on stdin)",
                "read the card (PIN from stdin) and print a kakanai-person/1 record", cardRead});
    addCommand({"card", "wait", "[--timeout S] [--reader NAME] [--json]",
                "wait until a card or reader comes or goes, then print the status", cardWait});
    addCommand({"bench", "card", "[--count N] [--reader NAME]  (PIN on stdin)",
                "time N reads of the card in the reader; last line: kakanai card_apdus=… card_ms_median=…",
                benchCard});
}

} // namespace kakanai::cli
