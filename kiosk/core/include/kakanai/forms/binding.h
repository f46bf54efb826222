#pragma once
// Resolving a template binding (path + named formatters) to the text printed on the form.
// Bindings stay declarative: a path into the person/answers/config and a list of formatter names.

#include "kakanai/config/config.h"
#include "kakanai/dates/date.h"
#include "kakanai/forms/answers.h"
#include "kakanai/forms/template.h"
#include "kakanai/person/person.h"

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace kakanai {

struct FillContext {
    const FormTemplate* form = nullptr;
    const Person* person = nullptr; // the resident (may be null: blank form)
    const FormAnswers* answers = nullptr;
    const KioskConfig* config = nullptr;
    Date today;
    std::string idMethod;        // how the resident was identified, e.g. "mynumber-card"
    const Person* row = nullptr; // current row inside a repeat item
};

struct BoundValue {
    bool present = false;         // the path had a value
    std::string text;             // formatted for print
    std::vector<std::string> raw; // unformatted value(s), for choice matching
    std::string sourcePath;       // "person.name", for reports
    bool needsCheck = false;      // the person record flags this field
};

BoundValue resolveBinding(const Binding& binding, const FillContext& ctx);

// Names of the formatters templates may use.
std::span<const std::string_view> formatterNames();
bool isFormatter(std::string_view name);

// Checks a path against what exists (person fields, the template's questions, config keys).
// Returns an explanation when the path is unknown.
std::optional<std::string> checkBindingPath(std::string_view path, const FormTemplate& form,
                                            bool insideRepeat);

// A long but realistic value for a path, used to check that boxes fit (validate, proof).
std::string longSample(std::string_view path, const FormTemplate& form);

} // namespace kakanai
