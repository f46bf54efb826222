#include "kakanai/person/person.h"

#include "kakanai/base/json_input.h"
#include "kakanai/base/utf8.h"
#include "kakanai/dates/date.h"
#include "kakanai/sys/secure_memory.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>

namespace kakanai {
namespace {

using nlohmann::json;

constexpr std::array<std::string_view, 6> kRecordSources{
    sources::kMyNumberCard,    sources::kDriverLicenseCard, sources::kOcrDriverLicense,
    sources::kOcrMyNumberCard, sources::kOcrResidenceCard,  sources::kManual};
constexpr std::array<std::string_view, 9> kFieldSources{
    sources::kMyNumberCard,     sources::kDriverLicenseCard,
    sources::kOcrDriverLicense, sources::kOcrMyNumberCard,
    sources::kOcrResidenceCard, sources::kManual,
    sources::kResident,         sources::kStaff,
    sources::kDerived};

struct TextMember {
    std::string_view name;
    std::optional<TextField> Person::*member;
};
constexpr std::array<TextMember, 13> kTextMembers{{
    {"name", &Person::name},
    {"family_name", &Person::family_name},
    {"given_name", &Person::given_name},
    {"name_kana", &Person::name_kana},
    {"name_alias", &Person::name_alias},
    {"birth_date", &Person::birth_date},
    {"sex", &Person::sex},
    {"address", &Person::address},
    {"postal_code", &Person::postal_code},
    {"phone", &Person::phone},
    {"nationality", &Person::nationality},
    {"relationship", &Person::relationship},
    {"relationship_to_head", &Person::relationship_to_head},
}};
constexpr std::array<std::string_view, 13> kTextNames = [] {
    std::array<std::string_view, 13> names{};
    for (std::size_t i = 0; i < names.size(); ++i)
        names[i] = kTextMembers[i].name;
    return names;
}();

constexpr std::size_t kMaxTextLength = 400; // code points; the longest real addresses are ~80

template <class List> bool contains(const List& list, std::string_view v) {
    return std::find(std::begin(list), std::end(list), v) != std::end(list);
}

bool isKnownFieldName(std::string_view n) {
    return contains(kTextNames, n) || n == "address_parts";
}

std::string quoted(std::string_view s) {
    return "\"" + std::string(s) + "\"";
}

// Parser with the JSON pointer of the current position, so errors say which key is wrong.
// Messages never repeat the value: a malformed record may still hold personal data.
class PersonParser {
public:
    Result<Person> parseRecord(const json& j, const std::string& at, bool member) {
        if (!j.is_object()) return err("person.type", at, "must be an object");
        Person p;
        if (!member) {
            auto it = j.find("schema");
            if (it == j.end())
                return err("person.schema", at + "/schema", "missing; expected \"kakanai-person/1\"");
            if (!it->is_string() || it->get<std::string>() != kPersonSchema)
                return err("person.schema", at + "/schema",
                           "unsupported schema; expected \"kakanai-person/1\"");
        }
        if (auto it = j.find("source"); it != j.end()) {
            if (!it->is_string() || !contains(kRecordSources, it->get<std::string>()))
                return err("person.source", at + "/source", "must be one of " + list(kRecordSources));
            p.source = it->get<std::string>();
        } else if (!member) {
            return err("person.source", at + "/source", "missing; must be one of " + list(kRecordSources));
        } else {
            p.source = std::string(sources::kManual);
        }

        for (auto it = j.begin(); it != j.end(); ++it) {
            const std::string& key = it.key();
            const std::string where = at + "/" + jsonPointerToken(key);
            if (key == "schema" || key == "source") {
                if (member && key == "schema")
                    return err("person.unknown-key", where, "not allowed in a household member");
                continue;
            }
            if (key == "address_parts") {
                auto f = parseAddressParts(*it, where, p.source);
                if (!f) return f.error();
                p.address_parts = std::move(*f);
            } else if (auto* slot = p.textField(key)) {
                if (!member && (key == "relationship"))
                    return err("person.unknown-key", where,
                               "only household members have a relationship to the resident");
                auto f = parseText(*it, where, p.source);
                if (!f) return f.error();
                if (auto s = checkValue(key, f->value, where); !s) return s.error();
                *slot = std::move(*f);
            } else if (key == "head_of_household") {
                if (!it->is_boolean()) return err("person.type", where, "must be true or false");
                p.head_of_household = it->get<bool>();
            } else if (key == "flags") {
                if (!it->is_array()) return err("person.type", where, "must be an array of lower-case words");
                for (std::size_t i = 0; i < it->size(); ++i) {
                    const auto& f = (*it)[i];
                    if (!f.is_string() || !isFlag(f.get<std::string>()))
                        return err("person.flag", where + "/" + std::to_string(i),
                                   "must be a lower-case word (a-z, 0-9, -)");
                    p.flags.push_back(f.get<std::string>());
                }
            } else if (key == "needs_check") {
                if (!it->is_array()) return err("person.type", where, "must be an array of field names");
                for (std::size_t i = 0; i < it->size(); ++i) {
                    const auto& f = (*it)[i];
                    if (!f.is_string() || !isKnownFieldName(f.get<std::string>()))
                        return err("person.needs-check", where + "/" + std::to_string(i),
                                   "not a field name of the record");
                    p.needs_check.push_back(f.get<std::string>());
                }
            } else if (key == "household") {
                if (member)
                    return err("person.unknown-key", where,
                               "household members cannot have their own household");
                if (!it->is_array()) return err("person.type", where, "must be an array of person records");
                if (it->size() > 30) return err("person.household", where, "more than 30 household members");
                for (std::size_t i = 0; i < it->size(); ++i) {
                    auto m = parseRecord((*it)[i], where + "/" + std::to_string(i), true);
                    if (!m) return m.error();
                    p.household.push_back(std::move(*m));
                }
            } else {
                return err("person.unknown-key", where, "unknown key");
            }
        }
        return p;
    }

private:
    static Error err(std::string code, std::string where, std::string message) {
        return makeError(std::move(code), std::move(message), std::move(where));
    }

    template <class L> static std::string list(const L& items) {
        std::string s;
        for (auto v : items)
            s += (s.empty() ? "" : ", ") + quoted(v);
        return s;
    }

    static bool isFlag(const std::string& s) {
        return !s.empty() && s.size() <= 32 && std::all_of(s.begin(), s.end(), [](char c) {
            return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
        });
    }

    static Result<std::string> textValue(const json& v, const std::string& where) {
        if (!v.is_string()) return err("person.type", where, "must be a string");
        const auto s = v.get<std::string>();
        if (utf8::length(s) > kMaxTextLength)
            return err("person.too-long", where,
                       "longer than " + std::to_string(kMaxTextLength) + " characters");
        for (unsigned char c : s)
            if (c < 0x20 || c == 0x7F)
                return err("person.control-char", where, "contains a control character");
        return s;
    }

    // Common {value, source, confidence, raw, note} wrapper; a bare string is shorthand for {value}.
    template <class T, class ParseValue>
    Result<Field<T>> parseField(const json& j, const std::string& where, const std::string& recordSource,
                                ParseValue parseValue) {
        Field<T> f;
        f.source = recordSource;
        if (j.is_string()) {
            auto v = parseValue(j, where);
            if (!v) return v.error();
            f.value = std::move(*v);
            return f;
        }
        if (!j.is_object())
            return err("person.type", where, "must be an object {\"value\", \"source\", \"confidence\"}");
        bool hasValue = false;
        for (auto it = j.begin(); it != j.end(); ++it) {
            const std::string w = where + "/" + jsonPointerToken(it.key());
            if (it.key() == "value") {
                auto v = parseValue(*it, w);
                if (!v) return v.error();
                f.value = std::move(*v);
                hasValue = true;
            } else if (it.key() == "source") {
                if (!it->is_string() || !contains(kFieldSources, it->get<std::string>()))
                    return err("person.source", w, "must be one of " + list(kFieldSources));
                f.source = it->get<std::string>();
            } else if (it.key() == "confidence") {
                if (!it->is_number() || it->get<double>() < 0.0 || it->get<double>() > 1.0)
                    return err("person.confidence", w, "must be a number from 0 to 1");
                f.confidence = it->get<double>();
            } else if (it.key() == "raw" || it.key() == "note") {
                auto v = textValue(*it, w);
                if (!v) return v.error();
                (it.key() == "raw" ? f.raw : f.note) = std::move(*v);
            } else {
                return err("person.unknown-key", w,
                           "unknown key (expected value, source, confidence, raw, note)");
            }
        }
        if (!hasValue) return err("person.missing-value", where + "/value", "missing");
        return f;
    }

    Result<TextField> parseText(const json& j, const std::string& where, const std::string& src) {
        return parseField<std::string>(j, where, src, textValue);
    }

    Result<Field<AddressParts>> parseAddressParts(const json& j, const std::string& where,
                                                  const std::string& src) {
        return parseField<
            AddressParts>(j, where, src, [](const json& v, const std::string& w) -> Result<AddressParts> {
            if (!v.is_object())
                return err("person.type", w,
                           "must be an object with prefecture, municipality, town, block, building");
            AddressParts parts;
            for (auto it = v.begin(); it != v.end(); ++it) {
                const std::string pw = w + "/" + jsonPointerToken(it.key());
                std::string* slot = it.key() == "prefecture"     ? &parts.prefecture
                                    : it.key() == "municipality" ? &parts.municipality
                                    : it.key() == "town"         ? &parts.town
                                    : it.key() == "block"        ? &parts.block
                                    : it.key() == "building"     ? &parts.building
                                                                 : nullptr;
                if (!slot)
                    return err(
                        "person.unknown-key", pw,
                        "unknown address part (expected prefecture, municipality, town, block, building)");
                auto s = textValue(*it, pw);
                if (!s) return s.error();
                *slot = std::move(*s);
            }
            return parts;
        });
    }

    static Status checkValue(const std::string& key, const std::string& v, const std::string& where) {
        const std::string w = where + "/value";
        if (key == "birth_date") {
            const auto d = Date::parseIso(v);
            if (!d) return err("person.date", w, "not a valid date (expected YYYY-MM-DD)");
            if (*d > Date::today()) return err("person.date", w, "birth date is in the future");
        } else if (key == "sex") {
            if (!contains(kSexValues, v)) return err("person.sex", w, "must be one of " + list(kSexValues));
        } else if (key == "postal_code") {
            auto digit = [](char c) { return c >= '0' && c <= '9'; };
            const bool plain = v.size() == 7 && std::all_of(v.begin(), v.end(), digit);
            const bool hyphen = v.size() == 8 && v[3] == '-' &&
                                std::all_of(v.begin(), v.begin() + 3, digit) &&
                                std::all_of(v.begin() + 4, v.end(), digit);
            if (!plain && !hyphen)
                return err("person.postal-code", w, "must be 7 digits (1234567 or 123-4567)");
        } else if (key == "phone") {
            int digits = 0;
            for (char c : v) {
                if (c >= '0' && c <= '9')
                    ++digits;
                else if (c != '-' && c != ' ' && c != '(' && c != ')' && c != '+')
                    return err("person.phone", w, "may contain only digits, spaces, '-', '(', ')' and '+'");
            }
            if (digits < 5 || digits > 15) return err("person.phone", w, "must have 5 to 15 digits");
        }
        return {};
    }
};

void toJsonField(json& out, const char* key, const TextField& f) {
    json o{{"value", f.value}, {"source", f.source}, {"confidence", f.confidence}};
    if (!f.raw.empty()) o["raw"] = f.raw;
    if (!f.note.empty()) o["note"] = f.note;
    out[key] = std::move(o);
}

json recordToJson(const Person& p, bool member) {
    json j;
    if (!member) j["schema"] = kPersonSchema;
    j["source"] = p.source;
    for (const auto& m : kTextMembers)
        if (const auto& f = p.*(m.member)) toJsonField(j, std::string(m.name).c_str(), *f);
    if (p.address_parts) {
        const auto& a = p.address_parts->value;
        json o{{"value",
                {{"prefecture", a.prefecture},
                 {"municipality", a.municipality},
                 {"town", a.town},
                 {"block", a.block},
                 {"building", a.building}}},
               {"source", p.address_parts->source},
               {"confidence", p.address_parts->confidence}};
        if (!p.address_parts->raw.empty()) o["raw"] = p.address_parts->raw;
        if (!p.address_parts->note.empty()) o["note"] = p.address_parts->note;
        j["address_parts"] = std::move(o);
    }
    if (p.head_of_household) j["head_of_household"] = true;
    if (!p.flags.empty()) j["flags"] = p.flags;
    j["needs_check"] = p.needs_check;
    if (!member) {
        j["household"] = json::array();
        for (const auto& m : p.household)
            j["household"].push_back(recordToJson(m, true));
    }
    return j;
}

} // namespace

std::span<const std::string_view> recordSources() {
    return kRecordSources;
}
std::span<const std::string_view> fieldSources() {
    return kFieldSources;
}
std::span<const std::string_view> Person::textFieldNames() {
    return kTextNames;
}

const std::optional<TextField>* Person::textField(std::string_view field) const {
    for (const auto& m : kTextMembers)
        if (m.name == field) return &(this->*(m.member));
    return nullptr;
}

std::optional<TextField>* Person::textField(std::string_view field) {
    for (const auto& m : kTextMembers)
        if (m.name == field) return &(this->*(m.member));
    return nullptr;
}

bool Person::needsCheck(std::string_view field) const {
    return contains(needs_check, field);
}

void Person::wipe() {
    auto wipeField = [](auto& f) {
        if (!f) return;
        if constexpr (std::is_same_v<std::decay_t<decltype(f->value)>, std::string>) {
            kakanai::wipe(f->value);
        } else {
            for (auto* s : {&f->value.prefecture, &f->value.municipality, &f->value.town, &f->value.block,
                            &f->value.building})
                kakanai::wipe(*s);
        }
        kakanai::wipe(f->raw);
        kakanai::wipe(f->note);
        f.reset();
    };
    for (const auto& m : kTextMembers)
        wipeField(this->*(m.member));
    wipeField(address_parts);
    for (auto& m : household)
        m.wipe();
    household.clear();
    needs_check.clear();
    flags.clear();
    head_of_household = false;
    source.clear();
}

Result<Person> parsePerson(std::string_view text) {
    auto j = parseJson(text, JsonLimits{32, kMiB});
    if (!j) return j.error();
    return PersonParser().parseRecord(*j, "", false);
}

Result<Person> readPersonFile(const std::string& path) {
    auto text = readTextFile(path, kMiB);
    if (!text) return text.error();
    auto p = parsePerson(*text);
    wipe(*text);
    return p;
}

std::string toJson(const Person& person, int indent) {
    return recordToJson(person, false).dump(indent);
}

} // namespace kakanai
