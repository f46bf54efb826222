#include "questions_model.h"

#include "editor_model.h"
#include "kiosk_controller.h"

#include "kakanai/dates/wareki.h"

namespace kakanai::kiosk {

QuestionsModel::QuestionsModel(KioskController& kiosk) : QObject(&kiosk), m_kiosk(kiosk) {}

std::vector<const FormTemplate*> QuestionsModel::forms() const {
    std::vector<const FormTemplate*> out;
    for (const FormTemplate* f : m_kiosk.chosenForms())
        if (!f->questions.empty()) out.push_back(f);
    return out;
}

FormAnswers QuestionsModel::answersOf(const FormTemplate& form) const {
    auto r = answersFor(form, m_kiosk.session().answers);
    return r.ok() ? r.value() : FormAnswers{};
}

std::vector<const Question*> QuestionsModel::visible(const FormTemplate& form) const {
    const FormAnswers a = answersOf(form);
    std::vector<const Question*> out;
    for (const auto& q : form.questions)
        if (!q.showIf || a.matches(*q.showIf)) out.push_back(&q);
    return out;
}

const FormTemplate* QuestionsModel::currentForm() const {
    const auto f = forms();
    return m_pos.form < static_cast<int>(f.size()) ? f[static_cast<std::size_t>(m_pos.form)] : nullptr;
}

const Question* QuestionsModel::currentQuestion() const {
    const FormTemplate* f = currentForm();
    if (!f) return nullptr;
    const auto v = visible(*f);
    return m_pos.question < static_cast<int>(v.size()) ? v[static_cast<std::size_t>(m_pos.question)] : nullptr;
}

int QuestionsModel::total() const {
    int n = 0;
    for (const FormTemplate* f : forms())
        n += static_cast<int>(visible(*f).size());
    return n;
}

int QuestionsModel::number() const {
    const auto f = forms();
    int n = 0;
    for (int i = 0; i < m_pos.form && i < static_cast<int>(f.size()); ++i)
        n += static_cast<int>(visible(*f[static_cast<std::size_t>(i)]).size());
    return n + m_pos.question + 1;
}

static QString typeName(Question::Type t) {
    switch (t) {
    case Question::Type::Count:
        return QStringLiteral("count");
    case Question::Type::Choice:
        return QStringLiteral("choice");
    case Question::Type::Multi:
        return QStringLiteral("multi");
    case Question::Type::Text:
        return QStringLiteral("text");
    case Question::Type::Date:
        return QStringLiteral("date");
    case Question::Type::Bool:
        return QStringLiteral("bool");
    }
    return {};
}

QString QuestionsModel::answerDisplay(const Question& q, const AnswerValue* v) const {
    if (!v) return {};
    auto label = [&](const std::string& value) {
        for (const auto& c : q.choices)
            if (c.value == value) return m_kiosk.pick(c.label);
        return QString::fromStdString(value);
    };
    if (const long* n = std::get_if<long>(v)) return QString::number(*n);
    if (const bool* b = std::get_if<bool>(v)) return *b ? QStringLiteral("✓") : QStringLiteral("—");
    if (const auto* list = std::get_if<std::vector<std::string>>(v)) {
        QStringList parts;
        for (const auto& s : *list)
            parts << label(s);
        return parts.join(QStringLiteral("、"));
    }
    const std::string& s = std::get<std::string>(*v);
    if (q.type == Question::Type::Choice) return label(s);
    if (q.type == Question::Type::Date)
        if (auto d = Date::parseIso(s)) return QString::fromStdString(formatWareki(*d));
    return QString::fromStdString(s);
}

QVariantMap QuestionsModel::current() const {
    const FormTemplate* f = currentForm();
    const Question* q = currentQuestion();
    if (!f || !q) return {};
    const FormAnswers a = answersOf(*f);
    const AnswerValue* v = a.find(q->id);
    QVariantList choices;
    for (const auto& c : q->choices) {
        bool selected = false;
        if (v) {
            if (const auto* s = std::get_if<std::string>(v)) selected = *s == c.value;
            if (const auto* l = std::get_if<std::vector<std::string>>(v))
                selected = std::find(l->begin(), l->end(), c.value) != l->end();
        }
        choices << QVariantMap{{"value", QString::fromStdString(c.value)}, {"label", m_kiosk.pick(c.label)},
                               {"selected", selected}};
    }
    QVariantMap m{{"id", QString::fromStdString(q->id)},
                  {"type", typeName(q->type)},
                  {"form", m_kiosk.pick(f->title)},
                  {"label", m_kiosk.pick(q->label)},
                  {"help", m_kiosk.pick(q->help)},
                  {"choices", choices},
                  {"min", static_cast<int>(q->min)},
                  {"max", static_cast<int>(q->max)},
                  {"required", q->required},
                  {"display", answerDisplay(*q, v)}};
    if (v) {
        if (const long* n = std::get_if<long>(v)) m["count"] = static_cast<int>(*n);
        if (const bool* b = std::get_if<bool>(v)) m["bool"] = *b;
    }
    if (!m.contains("count")) m["count"] = static_cast<int>(q->min);
    return m;
}

bool QuestionsModel::canNext() const {
    const FormTemplate* f = currentForm();
    const Question* q = currentQuestion();
    if (!f || !q) return false;
    if (!q->required) return true;
    const FormAnswers a = answersOf(*f);
    const AnswerValue* v = a.find(q->id);
    if (!v) return false;
    if (const auto* s = std::get_if<std::string>(v)) return !s->empty();
    return true;
}

void QuestionsModel::set(AnswerValue value) {
    const FormTemplate* f = currentForm();
    const Question* q = currentQuestion();
    if (!f || !q) return;
    m_kiosk.session().answers.forms[f->id][q->id] = std::move(value);
    emit changed();
}

void QuestionsModel::choose(const QString& value) {
    const Question* q = currentQuestion();
    if (!q) return;
    const std::string v = value.toStdString();
    if (std::none_of(q->choices.begin(), q->choices.end(), [&](const Choice& c) { return c.value == v; })) return;
    if (q->type == Question::Type::Multi) {
        const FormAnswers a = answersOf(*currentForm());
        std::vector<std::string> list;
        if (const AnswerValue* cur = a.find(q->id))
            if (const auto* l = std::get_if<std::vector<std::string>>(cur)) list = *l;
        auto it = std::find(list.begin(), list.end(), v);
        if (it == list.end())
            list.push_back(v);
        else
            list.erase(it);
        set(list);
        return;
    }
    set(v);
    next(); // one tap answers and moves on
}

void QuestionsModel::setCount(int value) {
    const Question* q = currentQuestion();
    if (!q) return;
    set(static_cast<long>(std::clamp<long>(value, q->min, q->max)));
}

void QuestionsModel::setBool(bool value) {
    set(value);
    next();
}

void QuestionsModel::editText() {
    const Question* q = currentQuestion();
    const FormTemplate* f = currentForm();
    if (!q || !f) return;
    const FormAnswers a = answersOf(*f);
    QString initial;
    if (const AnswerValue* v = a.find(q->id))
        if (const auto* s = std::get_if<std::string>(v)) initial = QString::fromStdString(*s);
    QString mode = QStringLiteral("kana");
    if (q->type == Question::Type::Date) mode = QStringLiteral("date");
    else if (q->input == "digits" || q->input == "phone") mode = QStringLiteral("digits");
    else if (q->input == "kana") mode = QStringLiteral("katakana");
    else if (m_kiosk.session().language != "ja" && m_kiosk.session().language != "ja-easy") mode = QStringLiteral("abc");
    m_kiosk.editorModel().start(QStringLiteral("question"), m_kiosk.pick(q->label), initial, mode, q->maxLength,
                                [this](const QString& text) { set(text.toStdString()); });
}

void QuestionsModel::next() {
    if (!canNext()) return;
    if (m_fromSummary) {
        m_fromSummary = false;
        m_kiosk.go(Step::Summary);
        return;
    }
    const auto f = forms();
    const FormTemplate* form = currentForm();
    if (form && m_pos.question + 1 < static_cast<int>(visible(*form).size())) {
        ++m_pos.question;
    } else if (m_pos.form + 1 < static_cast<int>(f.size())) {
        ++m_pos.form;
        m_pos.question = 0;
    } else {
        m_kiosk.go(Step::Summary);
        return;
    }
    emit changed();
}

bool QuestionsModel::previous() {
    m_fromSummary = false;
    if (m_pos.question > 0) {
        --m_pos.question;
    } else if (m_pos.form > 0) {
        --m_pos.form;
        const FormTemplate* form = currentForm();
        m_pos.question = form ? std::max(0, static_cast<int>(visible(*form).size()) - 1) : 0;
    } else {
        return false;
    }
    emit changed();
    return true;
}

void QuestionsModel::change(int form, const QString& questionId) {
    const auto f = forms();
    if (form < 0 || form >= static_cast<int>(f.size())) return;
    const auto v = visible(*f[static_cast<std::size_t>(form)]);
    for (std::size_t i = 0; i < v.size(); ++i)
        if (QString::fromStdString(v[i]->id) == questionId) {
            m_pos = {form, static_cast<int>(i)};
            m_fromSummary = true;
            m_kiosk.go(Step::Questions);
            emit changed();
            return;
        }
}

QVariantList QuestionsModel::summary() const {
    QVariantList out;
    const auto f = forms();
    for (std::size_t i = 0; i < f.size(); ++i) {
        const FormAnswers a = answersOf(*f[i]);
        QVariantList items;
        for (const Question* q : visible(*f[i]))
            items << QVariantMap{{"id", QString::fromStdString(q->id)},
                                 {"label", m_kiosk.pick(q->label)},
                                 {"answer", answerDisplay(*q, a.find(q->id))}};
        out << QVariantMap{{"form", static_cast<int>(i)}, {"title", m_kiosk.pick(f[i]->title)}, {"items", items}};
    }
    return out;
}

void QuestionsModel::summaryConfirmed() {
    m_kiosk.go(Step::Preview);
}

void QuestionsModel::stepEntered(Step step) {
    if (step == Step::Questions && !m_fromSummary) {
        if (m_keepPosition) {
            m_keepPosition = false;
        } else {
            m_pos = {};
        }
        if (total() == 0) {
            m_kiosk.go(Step::Summary);
            return;
        }
    }
    emit changed();
}

void QuestionsModel::goToLast() {
    const auto f = forms();
    if (f.empty()) return;
    m_pos.form = static_cast<int>(f.size()) - 1;
    m_pos.question = std::max(0, static_cast<int>(visible(*f.back()).size()) - 1);
    m_keepPosition = true;
}

void QuestionsModel::wipe() {
    m_pos = {};
    m_fromSummary = false;
    emit changed();
}

} // namespace kakanai::kiosk
