#pragma once
// Long, fictional sample data for a template: the longest realistic values for every binding, enough
// household rows for every repeat item. Used by `form proof` and by the fit checks of `form validate`.

#include "kakanai/forms/binding.h"

#include <memory>

namespace kakanai {

struct SampleFill {
    Person person;
    FormAnswers answers;
    KioskConfig config;
    FillContext context; // points into the members above: do not copy a SampleFill
    SampleFill() = default;
    SampleFill(const SampleFill&) = delete;
    SampleFill& operator=(const SampleFill&) = delete;
};

std::unique_ptr<SampleFill> makeSampleFill(const FormTemplate& form, const Date& today);

} // namespace kakanai
