#include "kakanai/forms/binding.h"

#include "kakanai/base/utf8.h"
#include "kakanai/dates/wareki.h"
#include "kakanai/normalize/address.h"
#include "kakanai/normalize/phone.h"
#include "kakanai/text/kana_width.h"

#include <algorithm>
#include <array>

namespace kakanai {
namespace {

constexpr std::array<std::string_view, 26> kFormatters{
    "text", "wareki", "wareki-spaced", "iso", "era", "era-short", "era-year", "year", "month", "day",
    "katakana", "hiragana", "fullwidth", "halfwidth", "digits", "postal", "sex", "label", "yen", "age",
    "family", "given", "id-method",
    // normalisation layer (docs/normalize.md)
    "wareki-kanji", "block-hyphen", "phone"};

constexpr std::array<std::string_view, 5> kAddressParts{"prefecture", "municipality", "town", "block",
                                                        "building"};

bool startsWith(std::string_view s, std::string_view p) {
    return s.substr(0, p.size()) == p;
}

const Person* householdHead(const Person* p) {
    if (!p) return nullptr;
    if (p->head_of_household) return p;
    for (const auto& m : p->household)
        if (m.head_of_household) return &m;
    return nullptr;
}

// Splits "山田　太郎" at the first ideographic (or ASCII) space.
std::pair<std::string, std::string> splitName(const std::string& name) {
    for (std::string_view sep : {"\u3000", " "}) {
        if (auto pos = name.find(sep); pos != std::string::npos)
            return {name.substr(0, pos), name.substr(pos + sep.size())};
    }
    return {name, ""};
}

void personValue(const Person* p, std::string_view field, BoundValue& out) {
    if (!p) return;
    if (startsWith(field, "address_parts.")) {
        if (!p->address_parts) return;
        const auto part = field.substr(14);
        const AddressParts& a = p->address_parts->value;
        const std::string* v = part == "prefecture"     ? &a.prefecture
                               : part == "municipality" ? &a.municipality
                               : part == "town"         ? &a.town
                               : part == "block"        ? &a.block
                                                        : &a.building;
        out.present = !v->empty();
        out.text = *v;
        out.needsCheck = p->needsCheck("address_parts") || p->needsCheck("address");
        return;
    }
    if (const auto* slot = p->textField(field); slot && *slot) {
        out.present = true;
        out.text = (*slot)->value;
        out.needsCheck = p->needsCheck(field);
        return;
    }
    // 異動届 and 国保 print each person's 続柄 to the 世帯主; the 世帯主's own is 「世帯主」.
    if (field == "relationship_to_head" && p->head_of_household) {
        out.present = true;
        out.text = "世帯主";
        return;
    }
    // The card gives "氏　名" in one string; forms with separate boxes take the halves.
    if ((field == "family_name" || field == "given_name") && p->name) {
        auto [family, given] = splitName(p->name->value);
        out.text = field == "family_name" ? family : given;
        out.present = !out.text.empty() && !given.empty();
        if (!out.present) out.text.clear();
        out.needsCheck = p->needsCheck("name");
    }
}

std::string joinLabels(const Question* q, const std::vector<std::string>& values) {
    std::string out;
    for (const auto& v : values) {
        std::string label = v;
        if (q)
            for (const auto& c : q->choices)
                if (c.value == v) label = pick(c.label, "ja");
        out += (out.empty() ? "" : "、") + label;
    }
    return out;
}

std::string applyFormatter(std::string_view f, const std::string& in, const BoundValue& v,
                           const FillContext& ctx) {
    if (f == "text" || in.empty()) return in;
    if (f == "katakana") return text::toKatakana(in);
    if (f == "hiragana") return text::toHiragana(in);
    if (f == "fullwidth") return text::toFullWidth(in);
    if (f == "halfwidth") return text::toHalfWidth(in);
    if (f == "digits") return text::digitsOnly(in);
    if (f == "family") return splitName(in).first;
    if (f == "given") return splitName(in).second;
    if (f == "postal") {
        const std::string d = text::digitsOnly(in);
        return d.size() == 7 ? d.substr(0, 3) + "-" + d.substr(3) : in;
    }
    if (f == "block-hyphen") return normalize::blockHyphenated(in);
    if (f == "phone") {
        const auto p = normalize::normalizePhone(in);
        return p.valid ? p.formatted : in;
    }
    if (f == "sex") return in == "male" ? "男" : in == "female" ? "女" : "";
    if (f == "yen") return in + "円";
    if (f == "id-method") {
        // How the kiosk identified the resident, for staff (information only: staff still check the ID).
        if (in == "mynumber-card") return "マイナンバーカード（IC読取）";
        if (in == "driver-license-card") return "運転免許証（IC読取）";
        if (in == "ocr:mynumber-card") return "マイナンバーカード（画像読取）";
        if (in == "ocr:driver-license") return "運転免許証（画像読取）";
        if (in == "ocr:residence-card") return "在留カード（画像読取）";
        if (in == "manual") return "職員による入力";
        return in;
    }
    if (f == "label") {
        const Question* q = nullptr;
        if (ctx.form && startsWith(v.sourcePath, "answers.")) q = ctx.form->question(v.sourcePath.substr(8));
        return joinLabels(q, v.raw.empty() ? std::vector<std::string>{in} : v.raw);
    }
    const auto date = Date::parseIso(in);
    if (!date) return in; // date formatters leave non-dates alone (validation reports the path instead)
    const auto w = toWareki(*date);
    if (f == "iso") return date->iso();
    if (f == "wareki") return formatWareki(*date, WarekiStyle::Compact);
    if (f == "wareki-spaced") return formatWareki(*date, WarekiStyle::FullWidthSpaced);
    if (f == "wareki-kanji") return formatWareki(*date, WarekiStyle::Kanji);
    if (f == "era") return w ? std::string(eraInfo(w->era).name) : "";
    if (f == "era-short") return w ? std::string(eraInfo(w->era).shortName) : "";
    if (f == "era-year") return w ? warekiYearText(w->year) : std::to_string(date->year);
    if (f == "year") return std::to_string(date->year);
    if (f == "month") return std::to_string(date->month);
    if (f == "day") return std::to_string(date->day);
    if (f == "age") return std::to_string(ageOn(*date, ctx.today));
    return in;
}

} // namespace

std::span<const std::string_view> formatterNames() {
    return kFormatters;
}

bool isFormatter(std::string_view name) {
    return std::find(kFormatters.begin(), kFormatters.end(), name) != kFormatters.end();
}

BoundValue resolveBinding(const Binding& b, const FillContext& ctx) {
    BoundValue v;
    v.sourcePath = b.path;
    if (b.when && (!ctx.answers || !ctx.answers->matches(*b.when))) return v;
    const std::string_view path = b.path;

    if (startsWith(path, "person.")) {
        personValue(ctx.person, path.substr(7), v);
    } else if (startsWith(path, "row.")) {
        personValue(ctx.row, path.substr(4), v);
        // The resident's own row in a list of people: 続柄 to the resident is 本人.
        if (!v.present && ctx.row && ctx.row == ctx.person && path == "row.relationship")
            v.text = "本人", v.present = true;
    } else if (startsWith(path, "household.head.")) {
        personValue(householdHead(ctx.person), path.substr(15), v);
    } else if (startsWith(path, "answers.")) {
        if (ctx.answers)
            if (const AnswerValue* a = ctx.answers->find(std::string(path.substr(8)))) {
                if (const auto* list = std::get_if<std::vector<std::string>>(a)) {
                    v.raw = *list;
                    v.text = joinLabels(nullptr, *list);
                    v.present = !list->empty();
                } else {
                    v.text = answerText(*a);
                    v.present = !v.text.empty();
                    if (const auto* s = std::get_if<std::string>(a); s && *s == "today")
                        v.text = ctx.today.iso();
                }
            }
    } else if (startsWith(path, "config.")) {
        if (ctx.config)
            if (auto s = ctx.config->lookup(path.substr(7))) v.text = *s, v.present = !s->empty();
    } else if (path == "today") {
        v.text = ctx.today.iso(), v.present = true;
    } else if (path == "form.id" && ctx.form) {
        v.text = ctx.form->id, v.present = true;
    } else if (path == "form.version" && ctx.form) {
        v.text = ctx.form->version, v.present = true;
    } else if (path == "form.title" && ctx.form) {
        v.text = pick(ctx.form->title, "ja"), v.present = true;
    } else if (path == "session.id_method") {
        v.text = ctx.idMethod, v.present = !ctx.idMethod.empty();
    }
    if (v.raw.empty() && v.present) v.raw.push_back(v.text);
    for (const auto& f : b.format)
        v.text = applyFormatter(f, v.text, v, ctx);
    return v;
}

std::optional<std::string> checkBindingPath(std::string_view path, const FormTemplate& form,
                                            bool insideRepeat) {
    auto personField = [](std::string_view field) -> std::optional<std::string> {
        if (startsWith(field, "address_parts.")) {
            const auto part = field.substr(14);
            if (std::find(kAddressParts.begin(), kAddressParts.end(), part) != kAddressParts.end())
                return std::nullopt;
            return "unknown address part \"" + std::string(part) +
                   "\" (prefecture, municipality, town, block, building)";
        }
        const auto names = Person::textFieldNames();
        if (std::find(names.begin(), names.end(), field) != names.end()) return std::nullopt;
        return "unknown person field \"" + std::string(field) + "\"";
    };
    if (startsWith(path, "person.")) return personField(path.substr(7));
    if (startsWith(path, "household.head.")) return personField(path.substr(15));
    if (startsWith(path, "row.")) {
        if (!insideRepeat) return std::string("row.* bindings only work inside a repeat item");
        return personField(path.substr(4));
    }
    if (startsWith(path, "answers.")) {
        if (form.question(std::string(path.substr(8)))) return std::nullopt;
        return "no question \"" + std::string(path.substr(8)) + "\" in this template";
    }
    if (startsWith(path, "config.")) {
        if (KioskConfig::isBindableKey(path.substr(7))) return std::nullopt;
        return "unknown config key (municipality.name, municipality.addressee, municipality.counter, "
               "municipality.code, kiosk.id, fees.<form-id>)";
    }
    if (path == "today" || path == "form.id" || path == "form.version" || path == "form.title" ||
        path == "session.id_method")
        return std::nullopt;
    return "unknown binding path \"" + std::string(path) +
           "\" (person.*, household.head.*, row.*, answers.*, config.*, today, form.*, session.id_method)";
}

std::string longSample(std::string_view path, const FormTemplate& form) {
    std::string_view field = path;
    for (std::string_view prefix : {"person.", "row.", "household.head."})
        if (startsWith(path, prefix)) field = path.substr(prefix.size());
    if (field == "name" || field == "name_alias") return "勅使河原　𠮷左衛門之丞";
    if (field == "family_name") return "勅使河原";
    if (field == "given_name") return "𠮷左衛門之丞";
    if (field == "name_kana") return "テシガワラ　キチザエモンノジョウ";
    if (field == "address")
        return "北海道札幌市中央区南二十条西十五丁目１２３４番地の５６　サンプルハイツ札幌中央第二１２３４号"
               "室";
    if (field == "address_parts.prefecture") return "神奈川県";
    if (field == "address_parts.municipality") return "札幌市中央区";
    if (field == "address_parts.town") return "南二十条西十五丁目";
    if (field == "address_parts.block") return "１２３４番地の５６";
    if (field == "address_parts.building") return "サンプルハイツ札幌中央第二１２３４号室";
    if (field == "birth_date" || path == "today") return "2018-12-31";
    if (field == "sex") return "female";
    if (field == "postal_code") return "0640920";
    if (field == "phone") return "090-1234-5678";
    if (field == "nationality") return "ボスニア・ヘルツェゴビナ";
    if (field == "relationship" || field == "relationship_to_head") return "妻の連れ子";
    if (startsWith(path, "answers.")) {
        const Question* q = form.question(std::string(path.substr(8)));
        if (!q) return {};
        if (q->type == Question::Type::Text) {
            std::string s;
            for (int i = 0; i < q->maxLength; ++i)
                s += q->input == "digits" ? "8" : "国";
            return s;
        }
        if (q->type == Question::Type::Count) return std::to_string(q->max);
        if (q->type == Question::Type::Date) return "2018-12-31";
        std::string longest;
        for (const auto& c : q->choices)
            if (c.value.size() > longest.size()) longest = c.value;
        return longest;
    }
    if (path == "config.municipality.addressee") return "いちき串木野市長";
    if (path == "config.municipality.name") return "いちき串木野市";
    if (path == "config.municipality.counter") return "市民課 戸籍住民係 1番窓口";
    if (startsWith(path, "config.fees.")) return "1450";
    if (path == "form.title") return pick(form.title, "ja");
    if (path == "session.id_method") return "driver-license-card";
    return "サンプル";
}

} // namespace kakanai
