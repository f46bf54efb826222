#include "normalize_output.h"

#include "kakanai/base/utf8.h"
#include "kakanai/text/kana_width.h"

#include <array>
#include <cmath>
#include <cstdio>

namespace kakanai::cli {
namespace {

using nlohmann::ordered_json;
using namespace kakanai::normalize;

constexpr std::array<Era, 5> kAllEras{Era::Meiji, Era::Taisho, Era::Showa, Era::Heisei, Era::Reiwa};

std::string str(const ordered_json& j, const char* key) {
    return j.contains(key) && j[key].is_string() ? j[key].get<std::string>() : std::string();
}

double rounded(double v) {
    return std::round(v * 100) / 100;
}

std::string_view levelId(SplitLevel l) {
    return l == SplitLevel::Full ? "full" : l == SplitLevel::Municipality ? "municipality" : "none";
}

bool isKanaOnly(std::string_view s) {
    bool any = false;
    for (char32_t c : utf8::decode(s)) {
        if (c == U' ' || c == 0x3000) continue;
        const bool kana = (c >= 0x3041 && c <= 0x3096) || (c >= 0x30A1 && c <= 0x30FA) || c == 0x30FC ||
                          (c >= 0xFF66 && c <= 0xFF9F);
        if (!kana) return false;
        any = true;
    }
    return any;
}

} // namespace

ordered_json dateJson(const std::string& input, const DateReading& r, const Date& on) {
    ordered_json j;
    j["input"] = input;
    j["iso"] = r.date.iso();
    j["notation"] = std::string(notationId(r.notation));
    if (const auto w = toWareki(r.date)) {
        j["era"] = std::string(eraInfo(w->era).id);
        j["era_name"] = std::string(eraInfo(w->era).name);
        j["era_year"] = w->year;
    } else {
        j["era"] = nullptr;
    }
    ordered_json s;
    s["wareki"] = formatWareki(r.date, WarekiStyle::Compact);
    s["wareki_spaced"] = formatWareki(r.date, WarekiStyle::FullWidthSpaced);
    s["wareki_kanji"] = formatWareki(r.date, WarekiStyle::Kanji);
    s["wareki_abbreviated"] = toWareki(r.date) ? formatWareki(r.date, WarekiStyle::Abbreviated) : "";
    s["gregorian"] = formatGregorian(r.date);
    s["era_list"] = eraListPreview(r.date, kAllEras);
    j["styles"] = s;
    j["age"] = {{"on", on.iso()}, {"years", r.date <= on ? ageOn(r.date, on) : -1}};
    return j;
}

ordered_json addressJson(const AddressSplit& a) {
    ordered_json j;
    j["input"] = a.source;
    j["split"] = std::string(levelId(a.level));
    j["confidence"] = rounded(a.confidence);
    j["flags"] = a.flags;
    j["parts"] = {{"prefecture", a.parts.prefecture},
                  {"municipality", a.parts.municipality},
                  {"town", a.parts.town},
                  {"block", a.parts.block},
                  {"building", a.parts.building}};
    j["rest"] = a.rest;
    j["block_hyphenated"] = a.parts.block.empty() ? "" : blockHyphenated(a.parts.block);
    j["municipality_code"] = a.municipalityCode;
    j["county"] = a.county;
    j["designated_city"] = a.designatedCity;
    j["postal_code"] = a.postalCode;
    return j;
}

ordered_json postalJson(const PostalMatch& m) {
    ordered_json j;
    j["status"] = std::string(postalStatusId(m.status));
    ordered_json list = ordered_json::array();
    for (const auto& c : m.candidates) {
        list.push_back({{"code", c.code},
                        {"formatted", c.formattedCode()},
                        {"prefecture", c.municipality ? c.municipality->prefecture : ""},
                        {"municipality", c.municipality ? c.municipality->name : ""},
                        {"municipality_code", c.municipality ? c.municipality->code : ""},
                        {"town", c.town},
                        {"address", c.address()}});
    }
    j["candidates"] = list;
    return j;
}

ordered_json nameJson(const NameSplit& n) {
    ordered_json j;
    j["input"] = n.source;
    j["script"] = n.script == NameScript::Japanese ? "japanese"
                  : n.script == NameScript::Latin  ? "latin"
                                                   : "mixed";
    j["split"] = n.split;
    j["family"] = n.family;
    j["given"] = n.given;
    j["method"] = n.method;
    j["confidence"] = rounded(n.confidence);
    j["outside_jis_x0208"] = n.outsideJis;
    if (n.script == NameScript::Latin)
        j["alphabetic"] = {{"half", normalizeAlphabeticName(n.source, Width::Half)},
                           {"full", normalizeAlphabeticName(n.source, Width::Full)}};
    if (isKanaOnly(n.source)) {
        const auto kata = normalizeReading(n.source, KanaStyle::Katakana);
        const auto hira = normalizeReading(n.source, KanaStyle::Hiragana);
        if (kata && hira) j["reading"] = {{"katakana", *kata}, {"hiragana", *hira}};
    }
    return j;
}

void printDateText(const ordered_json& j) {
    const auto& s = j["styles"];
    std::printf("iso          %s (%s)\n", str(j, "iso").c_str(), str(j, "notation").c_str());
    for (const char* k :
         {"wareki", "wareki_spaced", "wareki_kanji", "wareki_abbreviated", "gregorian", "era_list"})
        std::printf("%-12s %s\n", k, str(s, k).c_str());
    std::printf("age          %d on %s\n", j["age"]["years"].get<int>(), str(j["age"], "on").c_str());
}

void printAddressText(const ordered_json& j) {
    const auto& p = j["parts"];
    const char* labels[][2] = {{"prefecture", "都道府県"},
                               {"municipality", "市区町村"},
                               {"town", "町字"},
                               {"block", "番地以下"},
                               {"building", "方書"}};
    for (const auto& l : labels)
        std::printf("%s\t%s\n", l[1], str(p, l[0]).c_str());
    if (!str(j, "rest").empty()) std::printf("未分割\t%s\n", str(j, "rest").c_str());
    std::printf("split: %s  confidence: %.2f  code: %s  flags:", str(j, "split").c_str(),
                j["confidence"].get<double>(), str(j, "municipality_code").c_str());
    for (const auto& f : j["flags"])
        std::printf(" %s", f.get<std::string>().c_str());
    std::printf("\npostal (%s):", str(j, "postal_status").c_str());
    for (const auto& c : j["postal_candidates"])
        std::printf(" %s %s;", str(c, "formatted").c_str(), str(c, "town").c_str());
    std::printf("\n");
}

void printPostalText(const ordered_json& j) {
    std::printf("%s (%s)\n", str(j, "status").c_str(), str(j, "direction").c_str());
    for (const auto& c : j["candidates"])
        std::printf("  %s  %s\n", str(c, "formatted").c_str(), str(c, "address").c_str());
}

void printNameText(const ordered_json& j) {
    if (j["split"].get<bool>())
        std::printf("family %s\ngiven  %s\n(%s)\n", str(j, "family").c_str(), str(j, "given").c_str(),
                    str(j, "method").c_str());
    else
        std::printf("not split (%s): ask the resident where the family name ends\n",
                    str(j, "method").c_str());
    if (!j["outside_jis_x0208"].empty()) {
        std::printf("outside JIS X 0208 (kept as read; check for 外字):");
        for (const auto& c : j["outside_jis_x0208"])
            std::printf(" %s", c.get<std::string>().c_str());
        std::printf("\n");
    }
    if (j.contains("alphabetic")) std::printf("alphabetic   %s\n", str(j["alphabetic"], "half").c_str());
    if (j.contains("reading"))
        std::printf("katakana     %s\nhiragana     %s\n", str(j["reading"], "katakana").c_str(),
                    str(j["reading"], "hiragana").c_str());
    if (j.contains("reading_suggestions")) {
        std::printf("reading suggestions (unconfirmed, never printed):");
        for (const auto& [k, v] : j["reading_suggestions"].items()) {
            if (!v.is_array()) continue;
            std::printf(" %s:", k.c_str());
            for (const auto& r : v)
                std::printf(" %s", r.get<std::string>().c_str());
        }
        std::printf("\n");
    }
}

} // namespace kakanai::cli
