#include "kakanai/ocr/kanji_variants.h"

#include "kakanai/base/json_input.h"
#include "kakanai/base/utf8.h"

#include <nlohmann/json.hpp>

namespace kakanai::ocr {

KanjiVariants::KanjiVariants(std::vector<std::u32string> groups) : m_groups(std::move(groups)) {}

std::u32string_view KanjiVariants::groupOf(char32_t c) const {
    for (const auto& g : m_groups)
        if (g.find(c) != std::u32string::npos) return g;
    return {};
}

Result<KanjiVariants> parseKanjiVariants(std::string_view text) {
    auto doc = parseJson(text);
    if (!doc) return doc.error();
    const nlohmann::json& j = *doc;
    auto bad = [](std::string where, std::string message) {
        return makeError("variants.invalid", std::move(message), std::move(where));
    };
    if (!j.is_object() || j.value("schema", "") != "kakanai-kanji-variants/1")
        return bad("/schema", "must be \"kakanai-kanji-variants/1\"");
    for (auto it = j.begin(); it != j.end(); ++it)
        if (it.key() != "schema" && it.key() != "groups" && it.key() != "comment")
            return bad("/" + jsonPointerToken(it.key()), "unknown key");
    if (!j.contains("groups") || !j["groups"].is_array())
        return bad("/groups", "must be an array of strings");
    std::vector<std::u32string> out;
    std::size_t i = 0;
    for (const auto& g : j["groups"]) {
        const std::string w = "/groups/" + std::to_string(i);
        if (!g.is_string()) return bad(w, "must be a string of at least two characters");
        std::u32string chars = utf8::decode(g.get<std::string>());
        if (chars.size() < 2) return bad(w, "must be a string of at least two characters");
        for (char32_t c : chars)
            for (const auto& other : out)
                if (other.find(c) != std::u32string::npos) return bad(w, "a character appears in two groups");
        out.push_back(std::move(chars));
        ++i;
    }
    return KanjiVariants(std::move(out));
}

Result<KanjiVariants> loadKanjiVariants(const std::string& path) {
    auto text = readTextFile(path, 1024 * 1024);
    if (!text) return text.error();
    auto v = parseKanjiVariants(*text);
    if (!v) {
        Error e = v.error();
        e.where = path + (e.where.empty() ? "" : ": " + e.where);
        return e;
    }
    return v;
}

} // namespace kakanai::ocr
