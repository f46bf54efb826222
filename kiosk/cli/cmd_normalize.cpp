// kakanai normalize date|address|name|postal|phone VALUE [--json]
// The normalisation layer for IT staff and tests: what the kiosk would make of a date, an address, a name,
// a postal code or a phone number. Prints the resident's value back on stdout only (never on stderr).
#include "cli.h"
#include "normalize_output.h"

#include "kakanai/base/utf8.h"
#include "kakanai/normalize/data_files.h"
#include "kakanai/normalize/date_text.h"
#include "kakanai/normalize/name.h"
#include "kakanai/normalize/phone.h"
#include "kakanai/normalize/postal.h"
#include "kakanai/text/kana_width.h"

#ifdef KAKANAI_HAVE_READING
#include "kakanai/reading/mecab_reading_suggester.h"
#endif

#include <nlohmann/json.hpp>

#include <array>
#include <cstdio>

namespace kakanai::cli {
namespace {

using nlohmann::ordered_json;
using namespace kakanai::normalize;

// VALUE may come as several words (an unquoted "山田 太郎"): joined with one space.
std::optional<std::string> valueOf(Args& args, std::string_view cmd, bool dataOption) {
    args.flag("--json");
    if (dataOption) args.option("--data");
    if (cmd == "date") args.option("--on");
    if (!args.parse() || args.positional().empty()) return std::nullopt;
    std::string v;
    for (const auto& p : args.positional())
        v += (v.empty() ? "" : " ") + p;
    return v;
}

void print(const ordered_json& j) {
    std::printf("%s\n", j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace).c_str());
}

int normalizeDate(Args& args) {
    const auto value = valueOf(args, "date", false);
    if (!value) return usageOf("normalize", "date");
    Date on = Date::today();
    if (auto o = args.value("--on")) {
        const auto d = readDate(*o);
        if (!d) return std::fprintf(stderr, "kakanai: --on: not a date\n"), kUsage;
        on = d->date;
    }
    const auto reading = readDate(*value);
    if (!reading) {
        std::fprintf(
            stderr, "kakanai: not a date (or a day outside its era, e.g. 昭和64年1月8日): try 令和7年4月1日, "
                    "R7.4.1, 2025-04-01 or the licence's 7 digits\n");
        return kInvalid;
    }
    const ordered_json j = dateJson(*value, *reading, on);
    if (args.has("--json"))
        print(j);
    else
        printDateText(j);
    return kOk;
}

struct Data {
    std::optional<Gazetteer> gazetteer;
    std::optional<PostalIndex> postal;
};

int loadData(Args& args, bool withPostal, Data& data) {
    const std::string dir = args.value("--data").value_or(defaultDataDirectory());
    auto g = Gazetteer::load(dir);
    if (!g) return std::fprintf(stderr, "kakanai: %s\n", g.error().describe().c_str()), kFailure;
    data.gazetteer.emplace(std::move(*g));
    if (!withPostal) return kOk;
    auto p = PostalIndex::load(dir, *data.gazetteer);
    if (!p) return std::fprintf(stderr, "kakanai: %s\n", p.error().describe().c_str()), kFailure;
    data.postal.emplace(std::move(*p));
    return kOk;
}

int normalizeAddress(Args& args) {
    const auto value = valueOf(args, "address", true);
    if (!value) return usageOf("normalize", "address");
    Data data;
    if (const int rc = loadData(args, true, data)) return rc;
    const AddressSplit split = splitAddress(*value, *data.gazetteer);
    ordered_json j = addressJson(split);
    j["postal_candidates"] = postalJson(data.postal->forAddress(split))["candidates"];
    j["postal_status"] = postalStatusId(data.postal->forAddress(split).status);
    if (args.has("--json"))
        print(j);
    else
        printAddressText(j);
    return kOk;
}

int normalizePostal(Args& args) {
    const auto value = valueOf(args, "postal", true);
    if (!value) return usageOf("normalize", "postal");
    Data data;
    if (const int rc = loadData(args, true, data)) return rc;
    // Digits (with 〒, hyphens, spaces) are a code; anything else is an address.
    const std::string digits = text::digitsOnly(*value);
    std::u32string rest;
    for (char32_t c : utf8::decode(*value))
        if (!(c >= U'0' && c <= U'9') && !(c >= 0xFF10 && c <= 0xFF19) && c != U'-' && c != 0xFF0D &&
            c != U'〒' && c != U' ' && c != 0x3000 && c != 0x30FC)
            rest.push_back(c);
    const bool isCode = rest.empty() && !digits.empty();
    if (isCode && digits.size() != 7)
        return std::fprintf(stderr, "kakanai: a 郵便番号 has 7 digits (e.g. 100-0013)\n"), kInvalid;
    const PostalMatch match =
        isCode ? data.postal->byCode(*value) : data.postal->forAddress(splitAddress(*value, *data.gazetteer));
    ordered_json j;
    j["input"] = *value;
    j["direction"] = isCode ? "code-to-address" : "address-to-code";
    const ordered_json pj = postalJson(match);
    j["status"] = pj["status"];
    j["candidates"] = pj["candidates"];
    j["data_source"] = std::string(data.postal->source());
    if (args.has("--json"))
        print(j);
    else
        printPostalText(j);
    if (match.status == PostalStatus::None) {
        std::fprintf(stderr, "kakanai: no postal code matches; ask the resident to type it\n");
        return kInvalid;
    }
    return kOk;
}

int normalizeName(Args& args) {
    const auto value = valueOf(args, "name", false);
    if (!value) return usageOf("normalize", "name");
    const NameSplit split = splitName(*value);
    if (split.method == "empty") return std::fprintf(stderr, "kakanai: the name is empty\n"), kInvalid;
    ordered_json j = nameJson(split);
#ifdef KAKANAI_HAVE_READING
    if (split.script == NameScript::Japanese && !j.contains("reading")) {
        auto suggester = reading::MecabReadingSuggester::open();
        if (!suggester) {
            std::fprintf(stderr, "kakanai: %s\n", suggester.error().describe().c_str());
        } else {
            ordered_json s;
            auto add = [&](const char* key, const std::string& written, NamePart part) {
                auto r = (*suggester)->suggest(written, part, 5);
                ordered_json list = ordered_json::array();
                if (r)
                    for (const auto& x : *r)
                        list.push_back(x.katakana);
                s[key] = list;
            };
            if (split.split) {
                add("family", split.family, NamePart::Family);
                add("given", split.given, NamePart::Given);
            } else {
                add("whole", split.source, NamePart::Whole);
            }
            s["confirmed"] = false;
            s["note"] =
                "suggestions for the kana keyboard only; the resident confirms the registered reading";
            j["reading_suggestions"] = s;
        }
    }
#endif
    if (args.has("--json"))
        print(j);
    else
        printNameText(j);
    return kOk;
}

int normalizePhoneCmd(Args& args) {
    const auto value = valueOf(args, "phone", false);
    if (!value) return usageOf("normalize", "phone");
    const PhoneNumber p = normalizePhone(*value);
    ordered_json j;
    j["input"] = *value;
    j["valid"] = p.valid;
    j["digits"] = p.digits;
    j["formatted"] = p.formatted;
    j["kind"] = p.valid ? std::string(phoneKindId(p.kind)) : "";
    j["grouping_known"] = p.groupingKnown;
    j["problem"] = p.problem;
    if (args.has("--json"))
        print(j);
    else if (p.valid)
        std::printf("%s\t%s%s\n", p.formatted.c_str(), std::string(phoneKindId(p.kind)).c_str(),
                    p.groupingKnown ? "" : "\t(grouping unknown: ask for the hyphens)");
    if (!p.valid)
        return std::fprintf(stderr, "kakanai: not a phone number: %s\n", p.problem.c_str()), kInvalid;
    return kOk;
}

} // namespace

void registerNormalizeCommands() {
    addCommand({"normalize", "date", "VALUE [--on DATE] [--json]",
                "parse a date (和暦, 西暦, licence digits); print every style and the age", normalizeDate});
    addCommand({"normalize", "address", "VALUE [--json] [--data DIR]",
                "split an address into DS-442 parts (or say why not) and its postal candidates",
                normalizeAddress});
    addCommand({"normalize", "name", "VALUE [--json]",
                "split a name, check 外字-like characters, convert kana; reading suggestions",
                normalizeName});
    addCommand({"normalize", "postal", "VALUE [--json] [--data DIR]",
                "郵便番号 → address candidates, or address → 郵便番号 candidates", normalizePostal});
    addCommand(
        {"normalize", "phone", "VALUE [--json]", "validate and hyphenate a phone number", normalizePhoneCmd});
    registerNormalizeBench();
}

} // namespace kakanai::cli
