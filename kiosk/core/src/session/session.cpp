#include "kakanai/session/session.h"

#include "kakanai/sys/secure_memory.h"

#include <algorithm>
#include <array>

namespace kakanai {
namespace {

constexpr std::array<std::string_view, kStepCount> kStepNames{
    "welcome", "needs",   "forms",     "purpose",   "identify", "pin",     "camera",  "staff-entry",
    "check",   "household", "questions", "summary", "preview",  "printing", "done"};

void wipeAnswer(AnswerValue& v) {
    if (auto* s = std::get_if<std::string>(&v)) wipe(*s);
    if (auto* list = std::get_if<std::vector<std::string>>(&v))
        for (auto& s : *list)
            wipe(s);
}

void wipeAnswers(AnswersDocument& doc) {
    for (auto& [k, v] : doc.common)
        wipeAnswer(v);
    for (auto& [id, map] : doc.forms)
        for (auto& [k, v] : map)
            wipeAnswer(v);
    doc = {};
}

} // namespace

std::string_view toString(Step step) {
    return kStepNames[static_cast<std::size_t>(step)];
}

std::optional<Step> stepFromString(std::string_view name) {
    for (std::size_t i = 0; i < kStepNames.size(); ++i)
        if (kStepNames[i] == name) return static_cast<Step>(i);
    return std::nullopt;
}

std::string idMethodText(IdMethod method, const Person* person) {
    switch (method) {
    case IdMethod::MyNumberCard:
        return std::string(sources::kMyNumberCard);
    case IdMethod::DriverLicenseCard:
        return std::string(sources::kDriverLicenseCard);
    case IdMethod::Camera:
        return person && !person->source.empty() ? person->source : std::string(sources::kOcrDriverLicense);
    case IdMethod::Staff:
        return std::string(sources::kManual);
    case IdMethod::None:
        break;
    }
    return {};
}

void Session::start() {
    wipe();
    m_stack = {Step::Welcome, Step::Needs};
}

void Session::go(Step next) {
    if (next == Step::Welcome) {
        wipe();
        return;
    }
    // Going to a screen already in the history (e.g. "change" from the summary) returns to it.
    auto it = std::find(m_stack.begin(), m_stack.end(), next);
    if (it != m_stack.end()) {
        m_stack.erase(it + 1, m_stack.end());
        return;
    }
    m_stack.push_back(next);
}

bool Session::canGoBack() const {
    const Step s = step();
    return m_stack.size() > 1 && s != Step::Printing && s != Step::Done;
}

bool Session::back() {
    if (!canGoBack()) return false;
    m_stack.pop_back();
    return true;
}

void Session::toggleForm(const std::string& id) {
    auto it = std::find(forms.begin(), forms.end(), id);
    if (it == forms.end())
        forms.push_back(id);
    else
        forms.erase(it);
}

bool Session::hasForm(const std::string& id) const {
    return std::find(forms.begin(), forms.end(), id) != forms.end();
}

void Session::wipe() {
    if (person) person->wipe();
    person.reset();
    wipeAnswers(answers);
    forms.clear();
    forms.shrink_to_fit();
    idMethod = IdMethod::None;
    formsPrinted = 0;
    m_stack = {Step::Welcome};
}

bool Session::empty() const {
    return !person && forms.empty() && answers.common.empty() && answers.forms.empty() &&
           idMethod == IdMethod::None && m_stack.size() == 1;
}

} // namespace kakanai
