#pragma once
// The resident's answers to a form's questions ("kakanai-answers/1"):
//   {"schema": "kakanai-answers/1",
//    "common": {"phone": "…"},                 // applies to every form that asks that question
//    "forms": {"juminhyo": {"copies": 2, "purpose": "license"}}}
// Values: count → integer, choice → string, multi → array of strings, text → string,
// date → "YYYY-MM-DD", bool → true/false. Unanswered questions take the template's default.

#include "kakanai/base/result.h"
#include "kakanai/forms/template.h"

#include <map>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace kakanai {

inline constexpr std::string_view kAnswersSchema = "kakanai-answers/1";

using AnswerValue = std::variant<long, std::string, std::vector<std::string>, bool>;
using AnswerMap = std::map<std::string, AnswerValue>;

// Parsed but not yet checked against a template.
struct AnswersDocument {
    AnswerMap common;
    std::map<std::string, AnswerMap> forms;
};

Result<AnswersDocument> parseAnswers(std::string_view json);
Result<AnswersDocument> readAnswersFile(const std::string& path);

struct FormAnswers {
    AnswerMap values; // question id -> answer, defaults applied
    const AnswerValue* find(const std::string& id) const;
    bool matches(const AnswerCondition& c) const;
};

// Checks the answers for one form against its questions (unknown question, wrong type, a choice that
// is not offered, a count out of range) and fills in defaults. Errors point at
// /forms/<id>/<question> (or /common/<question>).
Result<FormAnswers> answersFor(const FormTemplate& form, const AnswersDocument& doc);

// Text of an answer for print and for conditions: a choice's value, "true"/"false", the count.
std::string answerText(const AnswerValue& v);

} // namespace kakanai
