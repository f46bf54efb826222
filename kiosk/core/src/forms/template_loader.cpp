#include "kakanai/forms/template_loader.h"

#include "kakanai/base/json_input.h"
#include "kakanai/forms/binding.h"
#include "kakanai_embedded.h"

#include <nlohmann/json.hpp>
#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validator.hpp>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <memory>
#include <set>
#include <utility>

namespace kakanai {
namespace {

using nlohmann::json;
namespace fs = std::filesystem;

Error problem(std::string where, std::string message, std::string code = "form.invalid") {
    return makeError(std::move(code), std::move(message), std::move(where));
}

// ---- JSON Schema -------------------------------------------------------------------------

const valijson::Schema& formSchema() {
    static const std::unique_ptr<valijson::Schema> schema = [] {
        auto s = std::make_unique<valijson::Schema>();
        const json doc = json::parse(formSchemaText());
        valijson::SchemaParser parser;
        valijson::adapters::NlohmannJsonAdapter adapter(doc);
        parser.populateSchema(adapter, *s);
        return s;
    }();
    return *schema;
}

// valijson reports context as {"<root>", "[pages]", "[0]", …}.
std::string pointerFromContext(const std::vector<std::string>& context) {
    std::string out;
    for (const auto& c : context) {
        if (c == "<root>") continue;
        std::string token = c;
        if (token.size() >= 2 && token.front() == '[' && token.back() == ']')
            token = token.substr(1, token.size() - 2);
        out += "/" + jsonPointerToken(token);
    }
    return out;
}

std::vector<Error> schemaProblems(const json& doc) {
    valijson::Validator validator;
    valijson::ValidationResults results;
    valijson::adapters::NlohmannJsonAdapter adapter(doc);
    std::vector<Error> out;
    if (validator.validate(formSchema(), adapter, &results)) return out;
    // valijson also reports every enclosing array item, allOf, if/then and oneOf as a failure of its own;
    // keep the specific messages and drop the wrappers unless nothing else explains the failure.
    std::vector<Error> wrappers;
    std::set<std::string> seen;
    valijson::ValidationResults::Error e;
    while (results.popError(e)) {
        std::string message = e.description;
        if (message == "Failed to match against any enum values.") message = "not one of the allowed values";
        Error err = problem(pointerFromContext(e.context), message, "form.schema");
        if (!seen.insert(err.where + "\n" + err.message).second) continue;
        const bool wrapper = e.description.rfind("Failed to validate", 0) == 0 ||
                             e.description.find("subschema") != std::string::npos;
        (wrapper ? wrappers : out).push_back(std::move(err));
    }
    if (out.empty()) out = std::move(wrappers);
    return out;
}

// ---- model ---------------------------------------------------------------------------------

I18nText i18n(const json& j) {
    I18nText t;
    if (j.is_object())
        for (auto it = j.begin(); it != j.end(); ++it)
            t[it.key()] = it->get<std::string>();
    return t;
}

Align align(const json& j, const char* key, Align def) {
    const std::string v = j.value(key, "");
    return v == "center" ? Align::Center : v == "right" ? Align::Right : v == "left" ? Align::Left : def;
}

VAlign valign(const json& j, VAlign def) {
    const std::string v = j.value("valign", "");
    return v == "top" ? VAlign::Top : v == "bottom" ? VAlign::Bottom : v == "middle" ? VAlign::Middle : def;
}

TextStyle style(const json& j, double defaultSize) {
    TextStyle s;
    s.size = j.value("size", defaultSize);
    s.font = j.value("font", "");
    s.align = align(j, "align", Align::Left);
    s.valign = valign(j, VAlign::Middle);
    s.gray = j.value("gray", 0.0);
    return s;
}

Rect rect(const json& j) {
    return Rect{j.value("x", 0.0), j.value("y", 0.0), j.value("w", 0.0), j.value("h", 0.0)};
}

Handwritten handwritten(const json& j) {
    const std::string v = j.value("handwritten", "");
    return v == "signature"   ? Handwritten::Signature
           : v == "my-number" ? Handwritten::MyNumber
           : v == "principal" ? Handwritten::Principal
           : v == "other"     ? Handwritten::Other
                              : Handwritten::No;
}

std::optional<AnswerCondition> condition(const json& j) {
    if (!j.is_object()) return std::nullopt;
    AnswerCondition c;
    c.question = j.value("question", "");
    if (auto it = j.find("equals"); it != j.end()) {
        if (it->is_string())
            c.values.push_back(it->get<std::string>());
        else if (it->is_boolean())
            c.values.push_back(it->get<bool>() ? "true" : "false");
        else
            c.values.push_back(std::to_string(it->get<long>()));
    }
    if (auto it = j.find("in"); it != j.end())
        for (const auto& v : *it)
            c.values.push_back(v.get<std::string>());
    return c;
}

Binding binding(const json& item) {
    Binding b;
    auto it = item.find("bind");
    if (it == item.end()) return b;
    if (it->is_string()) {
        b.path = it->get<std::string>();
        return b;
    }
    b.path = it->value("path", "");
    if (auto f = it->find("format"); f != it->end()) {
        if (f->is_string())
            b.format.push_back(f->get<std::string>());
        else
            for (const auto& name : *f)
                b.format.push_back(name.get<std::string>());
    }
    if (auto c = it->find("if"); c != it->end()) b.when = condition(*c);
    return b;
}

Item item(const json& j);

std::vector<Item> items(const json& arr) {
    std::vector<Item> out;
    for (const auto& j : arr)
        out.push_back(item(j));
    return out;
}

Item item(const json& j) {
    const std::string type = j.value("type", "");
    if (type == "text") {
        StaticText t;
        t.box = rect(j);
        t.text = j.value("text", "");
        t.style = style(j, 10.5);
        t.style.valign = valign(j, VAlign::Middle);
        t.vertical = j.value("vertical", false);
        return t;
    }
    if (type == "line") {
        return LineItem{j.value("x1", 0.0), j.value("y1", 0.0),    j.value("x2", 0.0),
                        j.value("y2", 0.0), j.value("width", 0.2), j.value("dash", false)};
    }
    if (type == "box") {
        BoxItem b{rect(j), j.value("width", 0.2), std::nullopt};
        if (j.contains("fill")) b.fill = j.value("fill", 0.9);
        return b;
    }
    if (type == "grid") {
        GridItem g;
        g.x = j.value("x", 0.0), g.y = j.value("y", 0.0);
        g.cols = j.value("cols", std::vector<double>{});
        g.rows = j.value("rows", std::vector<double>{});
        g.width = j.value("width", 0.2);
        return g;
    }
    if (type == "field") {
        FieldItem f;
        f.name = j.value("name", "");
        f.bind = binding(j);
        f.box = rect(j);
        f.style = style(j, 10.5);
        f.minSize = std::min(j.value("min_size", 6.0), f.style.size);
        f.lines = j.value("lines", 1);
        f.condense = j.value("condense", 0.8);
        f.sample = j.value("sample", "");
        f.signature = j.value("signature", false);
        f.handwritten = handwritten(j);
        f.cue = j.value("cue", "");
        return f;
    }
    if (type == "cells") {
        CellsItem c;
        c.name = j.value("name", "");
        c.bind = binding(j);
        c.x = j.value("x", 0.0), c.y = j.value("y", 0.0);
        c.cellW = j.value("cell_w", 5.0), c.cellH = j.value("cell_h", 7.0);
        c.count = j.value("count", 1);
        c.groups = j.value("groups", std::vector<int>{});
        c.separator = j.value("separator", "");
        c.groupGap =
            j.value("group_gap", c.groups.size() > 1 ? (c.separator.empty() ? 1.5 : c.cellW * 0.8) : 0.0);
        c.boxes = j.value("boxes", true);
        c.align = align(j, "align", Align::Left);
        c.style = style(j, 11);
        c.style.align = Align::Center;
        c.handwritten = handwritten(j);
        c.cue = j.value("cue", "");
        if (auto cb = j.find("cue_box"); cb != j.end() && cb->is_object()) c.cueBox = rect(*cb);
        return c;
    }
    if (type == "date") {
        DateItem d;
        d.name = j.value("name", "");
        d.bind = binding(j);
        d.x = j.value("x", 0.0), d.y = j.value("y", 0.0), d.h = j.value("h", 7.0);
        for (const auto& e : j.value("eras", std::vector<std::string>{}))
            if (auto era = eraFromId(e)) d.eras.push_back(*era);
        d.eraW = j.value("era_w", 6.0), d.yearW = j.value("year_w", 10.0);
        d.eraText = j.value("era_text", "");
        d.monthW = j.value("month_w", 8.0), d.dayW = j.value("day_w", 8.0);
        d.style = style(j, 10.5);
        d.handwritten = handwritten(j);
        return d;
    }
    if (type == "choice") {
        ChoiceItem c;
        c.name = j.value("name", "");
        c.bind = binding(j);
        const std::string mark = j.value("mark", "check");
        c.mark = mark == "circle" ? ChoiceItem::Mark::Circle
                 : mark == "fill" ? ChoiceItem::Mark::Fill
                                  : ChoiceItem::Mark::Check;
        c.squares = j.value("squares", c.mark != ChoiceItem::Mark::Circle);
        c.style = style(j, 9);
        for (const auto& o : j.value("options", json::array()))
            c.options.push_back(ChoiceOption{o.value("value", ""), rect(o), o.value("label", "")});
        return c;
    }
    if (type == "qr") return QrItem{j.value("x", 0.0), j.value("y", 0.0), j.value("size", 25.0)};
    if (type == "staff_area") return StaffArea{rect(j), j.value("title", "事務処理欄")};
    // repeat
    auto r = std::make_shared<RepeatItem>();
    r->name = j.value("name", "");
    r->includeSelf = j.value("include_self", false);
    r->filterSelf = j.value("filter_self", false);
    if (auto f = j.find("filter"); f != j.end()) {
        r->filter.relationships = f->value("relationship", std::vector<std::string>{});
        r->filter.flags = f->value("flags", std::vector<std::string>{});
    }
    r->maxRows = j.value("max_rows", 1);
    r->pitch = j.value("pitch", 10.0);
    r->items = items(j.value("items", json::array()));
    return r;
}

Question question(const json& j) {
    Question q;
    q.id = j.value("id", "");
    const std::string t = j.value("type", "text");
    using T = Question::Type;
    q.type = t == "count"    ? T::Count
             : t == "choice" ? T::Choice
             : t == "multi"  ? T::Multi
             : t == "date"   ? T::Date
             : t == "bool"   ? T::Bool
                             : T::Text;
    q.label = i18n(j.value("label", json::object()));
    q.help = i18n(j.value("help", json::object()));
    for (const auto& c : j.value("choices", json::array()))
        q.choices.push_back(Choice{c.value("value", ""), i18n(c.value("label", json::object()))});
    q.min = j.value("min", q.type == T::Count ? 1L : 0L);
    q.max = j.value("max", 99L);
    q.maxLength = j.value("max_length", 40);
    q.input = j.value("input", "text");
    q.required = j.value("required", q.type == T::Count || q.type == T::Choice);
    if (auto it = j.find("show_if"); it != j.end()) q.showIf = condition(*it);
    if (auto it = j.find("default"); it != j.end()) {
        if (it->is_boolean())
            q.defaultValue = it->get<bool>();
        else if (it->is_number_integer())
            q.defaultValue = it->get<long>();
        else if (it->is_string())
            q.defaultValue = it->get<std::string>();
        else if (it->is_array() &&
                 std::all_of(it->begin(), it->end(), [](const json& v) { return v.is_string(); }))
            q.defaultValue = it->get<std::vector<std::string>>();
    }
    return q;
}

FormTemplate buildModel(const json& doc, const std::string& path) {
    FormTemplate f;
    f.sourcePath = path;
    f.id = doc.value("id", "");
    f.version = doc.value("version", "");
    f.validFrom = Date::parseIso(doc.value("valid_from", "")).value_or(Date{});
    if (doc.contains("valid_to")) f.validTo = Date::parseIso(doc.value("valid_to", ""));
    f.title = i18n(doc.value("title", json::object()));
    f.description = i18n(doc.value("description", json::object()));
    f.categories = doc.value("categories", std::vector<std::string>{});
    const auto& paper = doc.at("paper");
    f.paper.size = paper.value("size", "A4");
    f.paper.landscape = paper.value("orientation", "portrait") == "landscape";
    f.duplex = doc.value("duplex", false);
    f.defaultFont = doc.value("default_font", "mincho");
    if (auto it = doc.find("fonts"); it != doc.end())
        for (auto r = it->begin(); r != it->end(); ++r)
            f.fonts[r.key()] = r->get<std::vector<std::string>>();
    for (const auto& q : doc.at("questions"))
        f.questions.push_back(question(q));
    for (const auto& p : doc.at("pages")) {
        TemplatePage page;
        page.items = items(p.at("items"));
        if (auto vm = p.find("version_mark"); vm != p.end())
            page.versionMark = {vm->value("x", 0.0), vm->value("y", 0.0)};
        f.pages.push_back(std::move(page));
    }
    return f;
}

// ---- semantic checks -------------------------------------------------------------------------

class Checker {
public:
    Checker(const FormTemplate& f, const json& doc, const TemplateLoadOptions& o, std::vector<Error>& out)
        : m_form(f), m_doc(doc), m_options(o), m_out(out) {}

    void run() {
        checkHeader();
        checkQuestions();
        checkFonts();
        for (std::size_t p = 0; p < m_form.pages.size(); ++p)
            checkPage(p);
    }

private:
    const FormTemplate& m_form;
    const json& m_doc;
    const TemplateLoadOptions& m_options;
    std::vector<Error>& m_out;
    std::set<std::string> m_names;

    struct Area {
        std::string name, where;
        Rect rect;
        bool staff = false;
    };

    void add(std::string where, std::string message) {
        m_out.push_back(problem(std::move(where), std::move(message)));
    }

    void translations(const I18nText& t, const std::string& where) {
        for (const char* lang : kRequiredLanguages)
            if (auto it = t.find(lang); it == t.end() || it->second.empty())
                add(where, std::string("missing translation \"") + lang + "\"");
    }

    void checkHeader() {
        if (!Date::parseIso(m_doc.value("valid_from", "")))
            add("/valid_from", "not a valid date (YYYY-MM-DD)");
        if (m_doc.contains("valid_to")) {
            if (!m_form.validTo)
                add("/valid_to", "not a valid date (YYYY-MM-DD)");
            else if (*m_form.validTo < m_form.validFrom)
                add("/valid_to", "is before valid_from");
        }
        translations(m_form.title, "/title");
        if (m_doc.contains("description")) translations(m_form.description, "/description");
    }

    void checkQuestions() {
        std::set<std::string> ids;
        for (std::size_t i = 0; i < m_form.questions.size(); ++i) {
            const Question& q = m_form.questions[i];
            const std::string at = "/questions/" + std::to_string(i);
            if (!ids.insert(q.id).second) add(at + "/id", "duplicate question id \"" + q.id + "\"");
            translations(q.label, at + "/label");
            if (!q.help.empty()) translations(q.help, at + "/help");
            const bool choosing = q.type == Question::Type::Choice || q.type == Question::Type::Multi;
            if (choosing && q.choices.empty()) add(at + "/choices", "a choice question needs choices");
            if (!choosing && !q.choices.empty())
                add(at + "/choices", "only choice and multi questions have choices");
            std::set<std::string> values;
            for (std::size_t c = 0; c < q.choices.size(); ++c) {
                const std::string cat = at + "/choices/" + std::to_string(c);
                if (!values.insert(q.choices[c].value).second) add(cat + "/value", "duplicate choice value");
                translations(q.choices[c].label, cat + "/label");
            }
            if (q.type == Question::Type::Count && q.min > q.max) add(at + "/min", "is larger than max");
            checkDefault(q, at + "/default", m_doc.at("questions")[i].contains("default"));
            if (q.showIf) {
                const Question* ref = m_form.question(q.showIf->question);
                if (!ref || ids.find(q.showIf->question) == ids.end() || ref == &q)
                    add(at + "/show_if/question", "must name an earlier question");
                else
                    checkConditionValues(*q.showIf, *ref, at + "/show_if");
            }
        }
    }

    void checkDefault(const Question& q, const std::string& at, bool given) {
        const auto& d = q.defaultValue;
        if (std::holds_alternative<std::monostate>(d)) {
            // A JSON default of a type no question takes (object, float …) leaves monostate.
            if (given) add(at, "has the wrong type for a " + typeName(q.type) + " question");
            return;
        }
        using T = Question::Type;
        auto inChoices = [&](const std::string& v) {
            return std::any_of(q.choices.begin(), q.choices.end(),
                               [&](const Choice& c) { return c.value == v; });
        };
        switch (q.type) {
        case T::Count:
            if (!std::holds_alternative<long>(d))
                add(at, "must be an integer");
            else if (std::get<long>(d) < q.min || std::get<long>(d) > q.max)
                add(at, "is outside min..max");
            break;
        case T::Choice:
            if (!std::holds_alternative<std::string>(d) || !inChoices(std::get<std::string>(d)))
                add(at, "must be one of the choice values");
            break;
        case T::Multi:
            if (!std::holds_alternative<std::vector<std::string>>(d))
                add(at, "must be an array of choice values");
            else
                for (const auto& v : std::get<std::vector<std::string>>(d))
                    if (!inChoices(v)) add(at, "\"" + v + "\" is not a choice value");
            break;
        case T::Bool:
            if (!std::holds_alternative<bool>(d)) add(at, "must be true or false");
            break;
        case T::Date:
            if (!std::holds_alternative<std::string>(d) ||
                (std::get<std::string>(d) != "today" && !Date::parseIso(std::get<std::string>(d))))
                add(at, "must be \"today\" or a date YYYY-MM-DD");
            break;
        case T::Text:
            if (!std::holds_alternative<std::string>(d)) add(at, "must be a string");
            break;
        }
    }

    static std::string typeName(Question::Type t) {
        switch (t) {
        case Question::Type::Count:
            return "count";
        case Question::Type::Choice:
            return "choice";
        case Question::Type::Multi:
            return "multi";
        case Question::Type::Date:
            return "date";
        case Question::Type::Bool:
            return "bool";
        case Question::Type::Text:
            return "text";
        }
        return "text";
    }

    void checkConditionValues(const AnswerCondition& c, const Question& ref, const std::string& at) {
        for (const auto& v : c.values) {
            bool ok = true;
            if (ref.type == Question::Type::Choice || ref.type == Question::Type::Multi)
                ok = std::any_of(ref.choices.begin(), ref.choices.end(),
                                 [&](const Choice& ch) { return ch.value == v; });
            else if (ref.type == Question::Type::Bool)
                ok = v == "true" || v == "false";
            if (!ok) add(at, "\"" + v + "\" is not a possible answer of question \"" + ref.id + "\"");
        }
    }

    void checkCondition(const std::optional<AnswerCondition>& c, const std::string& at) {
        if (!c) return;
        const Question* ref = m_form.question(c->question);
        if (!ref)
            add(at + "/question", "no question \"" + c->question + "\" in this template");
        else
            checkConditionValues(*c, *ref, at);
    }

    void checkFonts() {
        for (const auto& [role, files] : m_form.fonts)
            for (std::size_t i = 0; i < files.size(); ++i) {
                auto r = resolveFontFile(files[i], m_options.fontDirs);
                if (!r) add("/fonts/" + role + "/" + std::to_string(i), r.error().message);
            }
        if (!fontRoleKnown(m_form.defaultFont))
            add("/default_font", "unknown font role \"" + m_form.defaultFont + "\"");
    }

    bool fontRoleKnown(const std::string& role) const {
        return role.empty() || role == "mincho" || role == "gothic" || m_form.fonts.contains(role);
    }

    void checkStyle(const TextStyle& s, const std::string& at) {
        if (!fontRoleKnown(s.font))
            add(at + "/font",
                "unknown font role \"" + s.font + "\" (define it under \"fonts\" or use mincho/gothic)");
    }

    void checkName(const std::string& name, const std::string& at) {
        if (!m_names.insert(name).second) add(at + "/name", "duplicate name \"" + name + "\"");
        std::string lower = name;
        std::transform(lower.begin(), lower.end(), lower.begin(),
                       [](char c) { return static_cast<char>(std::tolower(c)); });
        m_myNumberName =
            lower.find("my_number") != std::string::npos || lower.find("mynumber") != std::string::npos ||
            lower.find("my-number") != std::string::npos || lower.find("kojin_bango") != std::string::npos;
    }
    bool m_myNumberName = false;

    void checkBinding(const Binding& b, Handwritten hw, bool signature, const std::string& at,
                      bool inRepeat) {
        if (m_myNumberName && hw != Handwritten::MyNumber)
            add(at, "個人番号 (My Number) boxes must be \"handwritten\": \"my-number\"; the kiosk never "
                    "prints one");
        if (hw != Handwritten::No) {
            if (!b.empty()) add(at + "/bind", "a handwritten area is never filled by the kiosk; remove bind");
            return;
        }
        if (b.empty()) {
            if (!signature) add(at + "/bind", "missing (or mark the area \"handwritten\")");
            return;
        }
        if (auto why = checkBindingPath(b.path, m_form, inRepeat)) add(at + "/bind", *why);
        for (const auto& f : b.format)
            if (!isFormatter(f)) add(at + "/bind/format", "unknown formatter \"" + f + "\"");
        checkCondition(b.when, at + "/bind/if");
    }

    static bool isDatePath(const std::string& path, const FormTemplate& form) {
        if (path == "today" || path.ends_with(".birth_date")) return true;
        if (path.rfind("answers.", 0) == 0)
            if (const Question* q = form.question(path.substr(8))) return q->type == Question::Type::Date;
        return false;
    }

    void checkInside(const Rect& r, const std::string& at, double paperW, double paperH) {
        if (r.x < 0 || r.y < 0 || r.right() > paperW + 0.01 || r.bottom() > paperH + 0.01)
            add(at, "outside the paper (" + fmt(paperW) + " × " + fmt(paperH) + " mm)");
    }

    static std::string fmt(double v) {
        std::string s = std::to_string(v);
        s.erase(s.find_last_not_of('0') + 1);
        if (!s.empty() && s.back() == '.') s.pop_back();
        return s;
    }

    void checkPage(std::size_t p) {
        const auto& page = m_form.pages[p];
        const double W = m_form.paper.widthMm(), H = m_form.paper.heightMm();
        std::vector<Area> areas;
        const std::string pageAt = "/pages/" + std::to_string(p);
        for (std::size_t i = 0; i < page.items.size(); ++i)
            checkItem(page.items[i], pageAt + "/items/" + std::to_string(i), W, H, areas, false, 0.0, "");
        if (page.versionMark) {
            const Rect vm{page.versionMark->first, page.versionMark->second, 60, 3};
            checkInside(vm, pageAt + "/version_mark", W, H);
        }
        // Bound areas must not overlap each other or a staff-only area.
        for (std::size_t a = 0; a < areas.size(); ++a)
            for (std::size_t b = a + 1; b < areas.size(); ++b) {
                if (areas[a].staff && areas[b].staff) continue;
                if (areas[a].name == areas[b].name) continue; // options of one choice may touch
                if (!areas[a].rect.intersects(areas[b].rect)) continue;
                if (areas[a].staff || areas[b].staff) {
                    const Area& bound = areas[a].staff ? areas[b] : areas[a];
                    add(bound.where,
                        "\"" + bound.name + "\" overlaps a staff-only area (staff areas stay empty)");
                } else {
                    add(areas[b].where, "\"" + areas[b].name + "\" overlaps \"" + areas[a].name + "\"");
                }
            }
    }

    // geometryOnly: later rows of a repeat item, whose names and bindings were checked with row 0.
    void checkItem(const Item& item, const std::string& at, double W, double H, std::vector<Area>& areas,
                   bool inRepeat, double dy, const std::string& prefix, bool geometryOnly = false) {
        auto shifted = [dy](Rect r) {
            r.y += dy;
            return r;
        };
        std::visit(
            [&](const auto& it) {
                using T = std::decay_t<decltype(it)>;
                if constexpr (std::is_same_v<T, StaticText>) {
                    if (!geometryOnly) checkStyle(it.style, at);
                    if (it.box.w > 0 && it.box.h > 0)
                        checkInside(shifted(it.box), at, W, H);
                    else if (it.box.x > W || it.box.y + dy > H)
                        add(at, "outside the paper");
                } else if constexpr (std::is_same_v<T, LineItem>) {
                    const Rect r{std::min(it.x1, it.x2), std::min(it.y1, it.y2) + dy, std::abs(it.x2 - it.x1),
                                 std::abs(it.y2 - it.y1)};
                    checkInside(r, at, W, H);
                } else if constexpr (std::is_same_v<T, BoxItem>) {
                    checkInside(shifted(it.box), at, W, H);
                } else if constexpr (std::is_same_v<T, GridItem>) {
                    checkInside(shifted(it.bounds()), at, W, H);
                } else if constexpr (std::is_same_v<T, FieldItem>) {
                    if (!geometryOnly) {
                        checkName(it.name, at);
                        checkStyle(it.style, at);
                        checkBinding(it.bind, it.handwritten, it.signature, at, inRepeat);
                        if (it.minSize > it.style.size) add(at + "/min_size", "is larger than size");
                    }
                    checkInside(shifted(it.box), at, W, H);
                    areas.push_back({prefix + it.name, at, shifted(it.box), false});
                } else if constexpr (std::is_same_v<T, CellsItem>) {
                    if (!geometryOnly) {
                        checkName(it.name, at);
                        checkStyle(it.style, at);
                        checkBinding(it.bind, it.handwritten, false, at, inRepeat);
                    }
                    if (!geometryOnly && !it.groups.empty()) {
                        int sum = 0;
                        for (int g : it.groups)
                            sum += g;
                        if (sum != it.count)
                            add(at + "/groups", "group sizes add up to " + std::to_string(sum) +
                                                    ", not count " + std::to_string(it.count));
                    }
                    checkInside(shifted(it.bounds()), at, W, H);
                    if (it.cueBox) checkInside(shifted(*it.cueBox), at + "/cue_box", W, H);
                    areas.push_back({prefix + it.name, at, shifted(it.bounds()), false});
                } else if constexpr (std::is_same_v<T, DateItem>) {
                    if (!geometryOnly) {
                        checkName(it.name, at);
                        checkStyle(it.style, at);
                        checkBinding(it.bind, it.handwritten, false, at, inRepeat);
                    }
                    if (!geometryOnly && !it.bind.empty() && !isDatePath(it.bind.path, m_form))
                        add(at + "/bind", "a date item needs a date: today, *.birth_date or a date question");
                    checkInside(shifted(it.bounds()), at, W, H);
                    areas.push_back({prefix + it.name, at, shifted(it.bounds()), false});
                } else if constexpr (std::is_same_v<T, ChoiceItem>) {
                    if (!geometryOnly) {
                        checkName(it.name, at);
                        checkStyle(it.style, at);
                        checkBinding(it.bind, Handwritten::No, false, at, inRepeat);
                        checkChoiceValues(it, at);
                    }
                    for (std::size_t o = 0; o < it.options.size(); ++o) {
                        checkInside(shifted(it.options[o].box), at + "/options/" + std::to_string(o), W, H);
                        areas.push_back({prefix + it.name, at + "/options/" + std::to_string(o),
                                         shifted(it.options[o].box), false});
                    }
                } else if constexpr (std::is_same_v<T, QrItem>) {
                    const Rect r{it.x, it.y, it.size, it.size};
                    checkInside(r, at, W, H);
                    areas.push_back({"qr", at, r, false});
                } else if constexpr (std::is_same_v<T, StaffArea>) {
                    checkInside(it.box, at, W, H);
                    areas.push_back({"staff", at, it.box, true});
                } else {
                    const RepeatItem& r = *it;
                    if (inRepeat) return add(at, "a repeat item cannot be nested in another");
                    checkName(r.name, at);
                    std::set<std::string> outer =
                        std::exchange(m_names, {}); // row names are scoped to the repeat
                    for (int row = 0; row < r.maxRows; ++row)
                        for (std::size_t i = 0; i < r.items.size(); ++i)
                            checkItem(r.items[i], at + "/items/" + std::to_string(i), W, H, areas, true,
                                      dy + r.pitch * row, r.name + "[" + std::to_string(row) + "].", row > 0);
                    m_names = std::move(outer);
                }
            },
            item);
    }

    void checkChoiceValues(const ChoiceItem& c, const std::string& at) {
        std::set<std::string> values;
        for (std::size_t o = 0; o < c.options.size(); ++o)
            if (!values.insert(c.options[o].value).second)
                add(at + "/options/" + std::to_string(o) + "/value", "duplicate option value");
        if (c.bind.path.rfind("answers.", 0) == 0) {
            const Question* q = m_form.question(c.bind.path.substr(8));
            if (!q) return;
            for (std::size_t o = 0; o < c.options.size(); ++o) {
                const std::string& v = c.options[o].value;
                bool ok = q->type == Question::Type::Bool ? (v == "true" || v == "false")
                          : q->type == Question::Type::Choice || q->type == Question::Type::Multi
                              ? std::any_of(q->choices.begin(), q->choices.end(),
                                            [&](const Choice& ch) { return ch.value == v; })
                              : true;
                if (!ok)
                    add(at + "/options/" + std::to_string(o) + "/value",
                        "\"" + v + "\" is not a possible answer of question \"" + q->id + "\"");
            }
        } else if (c.bind.path.ends_with(".sex")) {
            for (std::size_t o = 0; o < c.options.size(); ++o) {
                const auto& v = c.options[o].value;
                if (std::find(std::begin(kSexValues), std::end(kSexValues), v) == std::end(kSexValues))
                    add(at + "/options/" + std::to_string(o) + "/value",
                        "sex options are male, female, not-known, not-applicable");
            }
        }
    }
};

} // namespace

std::string_view formSchemaText() {
    return embedded::kFormSchema;
}

std::vector<std::string> systemFontDirs() {
    return {"/usr/share/fonts", "/usr/local/share/fonts"};
}

Result<std::string> resolveFontFile(const std::string& ref, const std::vector<std::string>& extraDirs) {
    std::vector<std::string> dirs = systemFontDirs();
    dirs.insert(dirs.end(), extraDirs.begin(), extraDirs.end());
    std::error_code ec;
    std::vector<fs::path> candidates;
    if (fs::path(ref).is_absolute())
        candidates.emplace_back(ref);
    else
        for (const auto& d : dirs)
            candidates.push_back(fs::path(d) / ref);
    for (const auto& c : candidates) {
        const fs::path real = fs::weakly_canonical(c, ec);
        if (ec) continue;
        const bool allowed = std::any_of(dirs.begin(), dirs.end(), [&](const std::string& d) {
            const fs::path base = fs::weakly_canonical(d, ec);
            const auto rel = real.lexically_relative(base);
            return !rel.empty() && *rel.begin() != "..";
        });
        if (!allowed)
            return makeError("form.font-path",
                             "font file is outside the font directories (" +
                                 std::string("/usr/share/fonts, /usr/local/share/fonts, fonts.dirs)"));
        if (fs::is_regular_file(real, ec)) return real.string();
    }
    return makeError("form.font-missing", "font file not found in the font directories");
}

TemplateLoad parseTemplate(std::string_view text, const std::string& sourcePath,
                           const TemplateLoadOptions& options) {
    TemplateLoad load;
    auto parsed = parseJson(text, JsonLimits{40, 4 * kMiB});
    if (!parsed) {
        load.problems.push_back(problem("", parsed.error().message, parsed.error().code));
        return load;
    }
    const json& doc = *parsed;
    if (!doc.is_object()) {
        load.problems.push_back(problem("", "a template must be a JSON object"));
        return load;
    }
    // The format decides how to read everything else, so check it first and alone.
    auto fmt = doc.find("format");
    if (fmt == doc.end() || !fmt->is_string()) {
        load.problems.push_back(problem("/format", "missing; expected \"kakanai-form/1\""));
        return load;
    }
    if (fmt->get<std::string>() != kFormFormat) {
        load.problems.push_back(problem("/format", "unsupported format version \"" + fmt->get<std::string>() +
                                                       "\"; this kiosk reads \"kakanai-form/1\""));
        return load;
    }
    load.problems = schemaProblems(doc);
    if (!load.problems.empty()) return load;

    FormTemplate form = buildModel(doc, sourcePath);
    Checker(form, doc, options, load.problems).run();
    if (load.problems.empty()) load.form = std::move(form);
    return load;
}

TemplateLoad loadTemplate(const std::string& path, const TemplateLoadOptions& options) {
    auto text = readTextFile(path, 4 * kMiB);
    if (!text) {
        TemplateLoad load;
        load.problems.push_back(problem("", text.error().message, text.error().code));
        return load;
    }
    return parseTemplate(*text, path, options);
}

} // namespace kakanai
