#pragma once
// The questions of the chosen forms ("questions" in QML), generated from the templates: one question per
// screen with the template's default preselected, conditions (show_if) applied, then a summary.

#include "kakanai/forms/answers.h"
#include "kakanai/session/session.h"

#include <QObject>
#include <QVariantList>
#include <QVariantMap>

namespace kakanai::kiosk {

class KioskController;

class QuestionsModel : public QObject {
    Q_OBJECT
    Q_PROPERTY(QVariantMap current READ current NOTIFY changed)
    Q_PROPERTY(int number READ number NOTIFY changed) // 1-based over all forms
    Q_PROPERTY(int total READ total NOTIFY changed)
    Q_PROPERTY(bool canNext READ canNext NOTIFY changed)
    Q_PROPERTY(QVariantList summary READ summary NOTIFY changed)

public:
    explicit QuestionsModel(KioskController& kiosk);

    QVariantMap current() const;
    int number() const;
    int total() const;
    bool canNext() const;
    QVariantList summary() const;

    Q_INVOKABLE void choose(const QString& value); // choice: answer and go on; multi: toggle
    Q_INVOKABLE void setCount(int value);
    Q_INVOKABLE void setBool(bool value);
    Q_INVOKABLE void editText();
    Q_INVOKABLE void next();
    Q_INVOKABLE void change(int form, const QString& questionId); // from the summary
    Q_INVOKABLE void summaryConfirmed();
    bool previous(); // false at the first question
    void goToLast(); // arriving back from the summary

    void stepEntered(Step step);
    void languageChanged() { emit changed(); }
    void wipe();

signals:
    void changed();

private:
    struct Position {
        int form = 0;
        int question = 0; // index into the form's visible questions
    };
    std::vector<const FormTemplate*> forms() const;
    std::vector<const Question*> visible(const FormTemplate& form) const;
    const Question* currentQuestion() const;
    const FormTemplate* currentForm() const;
    FormAnswers answersOf(const FormTemplate& form) const;
    QString answerDisplay(const Question& q, const AnswerValue* v) const;
    void set(AnswerValue value);
    KioskController& m_kiosk;
    Position m_pos;
    bool m_fromSummary = false;
    bool m_keepPosition = false;
};

} // namespace kakanai::kiosk
