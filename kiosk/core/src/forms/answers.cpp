#include "kakanai/forms/answers.h"

#include "kakanai/base/json_input.h"
#include "kakanai/base/utf8.h"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace kakanai {
namespace {

using nlohmann::json;

Result<AnswerMap> parseMap(const json& j, const std::string& where) {
    if (!j.is_object()) return makeError("answers.type", "must be an object of question id → answer", where);
    AnswerMap out;
    for (auto it = j.begin(); it != j.end(); ++it) {
        const std::string w = where + "/" + jsonPointerToken(it.key());
        const json& v = *it;
        if (v.is_boolean())
            out[it.key()] = v.get<bool>();
        else if (v.is_number_integer())
            out[it.key()] = v.get<long>();
        else if (v.is_string())
            out[it.key()] = v.get<std::string>();
        else if (v.is_array() && std::all_of(v.begin(), v.end(), [](const json& e) { return e.is_string(); }))
            out[it.key()] = v.get<std::vector<std::string>>();
        else
            return makeError("answers.type",
                             "must be an integer, a string, an array of strings or true/false", w);
    }
    return out;
}

std::string typeName(Question::Type t) {
    switch (t) {
    case Question::Type::Count:
        return "an integer";
    case Question::Type::Choice:
        return "one of the choice values (a string)";
    case Question::Type::Multi:
        return "an array of choice values";
    case Question::Type::Text:
        return "a string";
    case Question::Type::Date:
        return "a date YYYY-MM-DD";
    case Question::Type::Bool:
        return "true or false";
    }
    return "a value";
}

Status checkAnswer(const Question& q, const AnswerValue& v, const std::string& where) {
    auto bad = [&](std::string msg) -> Status { return makeError("answers.invalid", std::move(msg), where); };
    auto isChoice = [&](const std::string& s) {
        return std::any_of(q.choices.begin(), q.choices.end(), [&](const Choice& c) { return c.value == s; });
    };
    switch (q.type) {
    case Question::Type::Count: {
        const auto* n = std::get_if<long>(&v);
        if (!n) return bad("must be " + typeName(q.type));
        if (*n < q.min || *n > q.max)
            return bad("must be between " + std::to_string(q.min) + " and " + std::to_string(q.max));
        return {};
    }
    case Question::Type::Choice: {
        const auto* s = std::get_if<std::string>(&v);
        if (!s || !isChoice(*s)) return bad("must be " + typeName(q.type));
        return {};
    }
    case Question::Type::Multi: {
        const auto* l = std::get_if<std::vector<std::string>>(&v);
        if (!l) return bad("must be " + typeName(q.type));
        for (const auto& s : *l)
            if (!isChoice(s)) return bad("\"" + s + "\" is not a choice of this question");
        return {};
    }
    case Question::Type::Text: {
        const auto* s = std::get_if<std::string>(&v);
        if (!s) return bad("must be " + typeName(q.type));
        if (utf8::length(*s) > static_cast<std::size_t>(q.maxLength))
            return bad("longer than " + std::to_string(q.maxLength) + " characters");
        for (unsigned char c : *s)
            if (c < 0x20) return bad("contains a control character");
        return {};
    }
    case Question::Type::Date: {
        const auto* s = std::get_if<std::string>(&v);
        if (!s || (*s != "today" && !Date::parseIso(*s))) return bad("must be " + typeName(q.type));
        return {};
    }
    case Question::Type::Bool:
        if (!std::holds_alternative<bool>(v)) return bad("must be " + typeName(q.type));
        return {};
    }
    return {};
}

} // namespace

Result<AnswersDocument> parseAnswers(std::string_view text) {
    auto j = parseJson(text, JsonLimits{16, kMiB});
    if (!j) return j.error();
    if (!j->is_object()) return makeError("answers.type", "must be a JSON object", "");
    AnswersDocument doc;
    auto schema = j->find("schema");
    if (schema == j->end() || !schema->is_string() || schema->get<std::string>() != kAnswersSchema)
        return makeError("answers.schema", "missing or unsupported; expected \"kakanai-answers/1\"",
                         "/schema");
    for (auto it = j->begin(); it != j->end(); ++it) {
        const std::string w = "/" + jsonPointerToken(it.key());
        if (it.key() == "schema") continue;
        if (it.key() == "common") {
            auto m = parseMap(*it, w);
            if (!m) return m.error();
            doc.common = std::move(*m);
        } else if (it.key() == "forms") {
            if (!it->is_object())
                return makeError("answers.type", "must be an object of form id → answers", w);
            for (auto f = it->begin(); f != it->end(); ++f) {
                auto m = parseMap(*f, w + "/" + jsonPointerToken(f.key()));
                if (!m) return m.error();
                doc.forms[f.key()] = std::move(*m);
            }
        } else {
            return makeError("answers.unknown-key", "unknown key (expected schema, common, forms)", w);
        }
    }
    return doc;
}

Result<AnswersDocument> readAnswersFile(const std::string& path) {
    auto text = readTextFile(path, kMiB);
    if (!text) return text.error();
    return parseAnswers(*text);
}

const AnswerValue* FormAnswers::find(const std::string& id) const {
    auto it = values.find(id);
    return it == values.end() ? nullptr : &it->second;
}

bool FormAnswers::matches(const AnswerCondition& c) const {
    const AnswerValue* v = find(c.question);
    if (!v) return false;
    if (const auto* list = std::get_if<std::vector<std::string>>(v))
        return std::any_of(list->begin(), list->end(), [&](const std::string& s) {
            return std::find(c.values.begin(), c.values.end(), s) != c.values.end();
        });
    return std::find(c.values.begin(), c.values.end(), answerText(*v)) != c.values.end();
}

std::string answerText(const AnswerValue& v) {
    if (const auto* n = std::get_if<long>(&v)) return std::to_string(*n);
    if (const auto* s = std::get_if<std::string>(&v)) return *s;
    if (const auto* b = std::get_if<bool>(&v)) return *b ? "true" : "false";
    std::string out;
    for (const auto& s : std::get<std::vector<std::string>>(v))
        out += (out.empty() ? "" : ",") + s;
    return out;
}

Result<FormAnswers> answersFor(const FormTemplate& form, const AnswersDocument& doc) {
    FormAnswers out;
    for (const auto& q : form.questions) {
        std::visit(
            [&](const auto& d) {
                if constexpr (!std::is_same_v<std::decay_t<decltype(d)>, std::monostate>)
                    out.values[q.id] = d;
            },
            q.defaultValue);
    }
    // Common answers apply where the form asks that question; a form's own answers win.
    for (const auto& [id, v] : doc.common) {
        const Question* q = form.question(id);
        if (!q) continue;
        if (auto s = checkAnswer(*q, v, "/common/" + jsonPointerToken(id)); !s) return s.error();
        out.values[id] = v;
    }
    if (auto it = doc.forms.find(form.id); it != doc.forms.end()) {
        for (const auto& [id, v] : it->second) {
            const std::string where = "/forms/" + jsonPointerToken(form.id) + "/" + jsonPointerToken(id);
            const Question* q = form.question(id);
            if (!q)
                return makeError("answers.unknown-question",
                                 "form \"" + form.id + "\" has no question \"" + id + "\"", where);
            if (auto s = checkAnswer(*q, v, where); !s) return s.error();
            out.values[id] = v;
        }
    }
    return out;
}

} // namespace kakanai
