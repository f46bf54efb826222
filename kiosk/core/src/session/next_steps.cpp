#include "kakanai/session/next_steps.h"

#include <algorithm>

namespace kakanai {
namespace {

bool bindsHousehold(const Binding& b) {
    return b.path.rfind("household.", 0) == 0;
}

bool itemNeedsOthers(const Item& item) {
    return std::visit(
        [](const auto& it) -> bool {
            using T = std::decay_t<decltype(it)>;
            if constexpr (std::is_same_v<T, std::shared_ptr<RepeatItem>>) {
                return it && (it->maxRows > (it->includeSelf ? 1 : 0));
            } else if constexpr (requires { it.bind; }) {
                return bindsHousehold(it.bind);
            } else {
                return false;
            }
        },
        item);
}

} // namespace

std::vector<NextStep> nextSteps(const KioskConfig& config, const std::vector<const FormTemplate*>& forms,
                                const AnswersDocument& answers) {
    std::vector<NextStep> out;
    for (const FormTemplate* f : forms) {
        if (!f) continue;
        NextStep s;
        s.formId = f->id;
        s.counter = config.counter_name;
        if (const NextStepConfig* n = config.nextStepFor(f->id)) {
            if (!n->counter.empty()) s.counter = n->counter;
            s.bring = n->bring;
        } else {
            s.bring = {"id-document"};
        }
        if (s.counter.empty()) s.counter = config.municipality_name;
        if (auto res = answersFor(*f, answers); res.ok())
            if (const AnswerValue* v = res->find("copies"))
                if (const long* n = std::get_if<long>(v)) s.copies = static_cast<int>(*n);
        if (auto fee = config.fees.find(f->id); fee != config.fees.end()) s.feeYen = fee->second * s.copies;
        out.push_back(std::move(s));
    }
    return out;
}

std::vector<std::string> countersOf(const std::vector<NextStep>& steps) {
    std::vector<std::string> out;
    for (const auto& s : steps)
        if (std::find(out.begin(), out.end(), s.counter) == out.end()) out.push_back(s.counter);
    return out;
}

std::optional<int> totalFee(const std::vector<NextStep>& steps) {
    std::optional<int> total;
    for (const auto& s : steps)
        if (s.feeYen) total = total.value_or(0) + *s.feeYen;
    return total;
}

bool formNeedsOtherPeople(const FormTemplate& form) {
    for (const auto& page : form.pages)
        for (const auto& item : page.items)
            if (itemNeedsOthers(item)) return true;
    return false;
}

} // namespace kakanai
