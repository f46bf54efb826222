#pragma once
// One resident's visit: the steps they walk through and everything personal they leave behind, owned
// in one place so that ending the visit (done, idle timeout, "start over") wipes it all at once.
// The kiosk app shows this state; it holds no personal data of its own beyond what it displays.

#include "kakanai/forms/answers.h"
#include "kakanai/person/person.h"

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace kakanai {

// Screens of the resident flow, in order. The names are stable: usage counters and tests use them.
enum class Step {
    Welcome,    // attract screen, language buttons
    Needs,      // what do you need: life events or "by form"
    Forms,      // the forms of a life event (several may be chosen)
    Purpose,    // what will be read and why; nothing is kept
    Identify,   // choose: My Number card, licence, camera, staff
    Pin,        // PIN pad for the inserted card
    Camera,     // ID under the document camera
    StaffEntry, // staff type the details
    Check,      // check your details
    Household,  // other people the forms need
    Questions,  // one question per screen
    Summary,    // all answers
    Preview,    // every page as it will print
    Printing,   // progress, faults
    Done,       // take your forms to counter N
};

inline constexpr int kStepCount = static_cast<int>(Step::Done) + 1;
std::string_view toString(Step step);
std::optional<Step> stepFromString(std::string_view name);

enum class IdMethod { None, MyNumberCard, DriverLicenseCard, Camera, Staff };
// As the forms' session.id_method binding expects ("mynumber-card", "ocr:driver-license", "manual" …).
std::string idMethodText(IdMethod method, const Person* person);

class Session {
public:
    Step step() const { return m_stack.empty() ? Step::Welcome : m_stack.back(); }
    // Steps walked so far (for "back"), the current one last.
    std::span<const Step> history() const { return m_stack; }
    bool active() const { return m_stack.size() > 1 || step() != Step::Welcome; }

    void start(); // Welcome -> Needs; a fresh visit
    void go(Step next);
    // Returns to the previous screen. False on the welcome screen, and after printing started
    // (a printed form cannot be taken back).
    bool back();
    bool canGoBack() const;

    // The language the resident chose (a config language code).
    std::string language = "ja";
    std::vector<std::string> forms; // chosen form ids, in the order chosen
    std::optional<Person> person;
    IdMethod idMethod = IdMethod::None;
    AnswersDocument answers;
    int formsPrinted = 0;

    void toggleForm(const std::string& id);
    bool hasForm(const std::string& id) const;

    // Overwrites and drops everything personal and returns to the welcome screen.
    void wipe();
    // True when nothing personal is left (for tests and the self-check after a wipe).
    bool empty() const;

private:
    std::vector<Step> m_stack{Step::Welcome};
};

} // namespace kakanai
