#pragma once
// What the resident does after printing (the next-steps slip and the Done screen): which counter each
// form goes to, what to bring, the fee estimate. Built from the config and the answers; no personal data.

#include "kakanai/config/config.h"
#include "kakanai/forms/answers.h"
#include "kakanai/forms/template.h"

#include <string>
#include <vector>

namespace kakanai {

struct NextStep {
    std::string formId;
    std::string counter;            // never empty: the form's counter or municipality.counter
    std::vector<std::string> bring; // kBringItems codes
    int copies = 1;                 // from a "copies" count question, else 1
    std::optional<int> feeYen;      // fees.<form-id> × copies, when the config has a fee
};

std::vector<NextStep> nextSteps(const KioskConfig& config, const std::vector<const FormTemplate*>& forms,
                                const AnswersDocument& answers);
// Distinct counters in order of first appearance (the Done screen: "take your forms to …").
std::vector<std::string> countersOf(const std::vector<NextStep>& steps);
std::optional<int> totalFee(const std::vector<NextStep>& steps);

// Whether a form has rows or fields for people other than the resident (世帯主, household members,
// children), so the kiosk asks about them ("other people" step).
bool formNeedsOtherPeople(const FormTemplate& form);

} // namespace kakanai
