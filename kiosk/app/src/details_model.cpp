#include "details_model.h"

#include "editor_model.h"
#include "kiosk_controller.h"

#include "kakanai/dates/wareki.h"
#include "kakanai/session/next_steps.h"
#include "kakanai/sys/secure_memory.h"
#include "kakanai/text/kana_width.h"

#include <algorithm>

namespace kakanai::kiosk {
namespace {

const char* const kFieldKeys[] = {"name",    "name_kana",   "birth_date", "sex",
                                  "address", "postal_code", "phone"};
const char* const kMemberKeys[] = {"name", "name_kana", "birth_date"};
const char* const kRelationships[] = {"夫", "妻", "子", "父", "母", "祖父",   "祖母",
                                      "兄", "姉", "弟", "妹", "孫", "世帯主", "同居人"};

QString editorMode(const std::string& key) {
    if (key == "name_kana") return QStringLiteral("katakana");
    if (key == "birth_date") return QStringLiteral("date");
    if (key == "postal_code" || key == "phone") return QStringLiteral("digits");
    return QStringLiteral("kana");
}

bool required(const std::string& key) {
    return key == "name" || key == "name_kana" || key == "birth_date" || key == "address";
}

QString displayValue(const std::string& key, const std::string& value) {
    if (key == "birth_date")
        if (auto d = Date::parseIso(value))
            return QString::fromStdString(formatWareki(*d)) + QStringLiteral("（%1年）").arg(d->year);
    if (key == "postal_code" && value.size() == 7)
        return QString::fromStdString(value.substr(0, 3) + "-" + value.substr(3));
    return QString::fromStdString(value);
}

void removeCheck(Person& p, const std::string& key) {
    p.needs_check.erase(std::remove(p.needs_check.begin(), p.needs_check.end(), key), p.needs_check.end());
}

} // namespace

QStringList checkFieldKeys() {
    QStringList out;
    for (const char* k : kFieldKeys)
        out << QString::fromLatin1(k);
    return out;
}

DetailsModel::DetailsModel(KioskController& kiosk) : QObject(&kiosk), m_kiosk(kiosk) {}

Person* DetailsModel::person() {
    auto& p = m_kiosk.session().person;
    return p ? &*p : nullptr;
}

const Person* DetailsModel::person() const {
    const auto& p = m_kiosk.session().person;
    return p ? &*p : nullptr;
}

QString DetailsModel::fieldSource(const std::string& source) const {
    // Codes the QML translates: card | photo | staff | you | derived | suggested
    if (source == sources::kMyNumberCard || source == sources::kDriverLicenseCard)
        return QStringLiteral("card");
    if (source.rfind("ocr:", 0) == 0) return QStringLiteral("photo");
    if (source == sources::kStaff || source == sources::kManual) return QStringLiteral("staff");
    if (source == sources::kResident) return QStringLiteral("you");
    return QStringLiteral("derived");
}

void DetailsModel::setPerson(Person p) {
    if (auto& old = m_kiosk.session().person) old->wipe();
    m_kiosk.session().person = std::move(p);
    m_headAnswer = -1;
    kakanai::wipe(m_kanaSuggestion);
    suggestReading();
    emit changed();
}

void DetailsModel::suggestReading() {
    kakanai::wipe(m_kanaSuggestion);
    Person* p = person();
    if (!p || p->name_kana || !p->name) return;
    if (auto dict = m_kiosk.dictionary()) m_kanaSuggestion = dict->suggestReading(p->name->value);
    // The reading is never on the card: the resident must confirm the registered one.
    if (std::find(p->needs_check.begin(), p->needs_check.end(), "name_kana") == p->needs_check.end())
        p->needs_check.push_back("name_kana");
}

void DetailsModel::dictionaryReady() {
    if (m_kanaSuggestion.empty()) {
        suggestReading();
        emit changed();
    }
}

QVariantList DetailsModel::fields() const {
    QVariantList out;
    const Person* p = person();
    if (!p) return out;
    for (const char* k : kFieldKeys) {
        const std::string key = k;
        const auto* f = p->textField(key);
        QVariantMap m{{"key", QString::fromStdString(key)}, {"required", required(key)}};
        bool suggested = false;
        if (f && *f) {
            m["value"] = QString::fromStdString((*f)->value);
            m["display"] = displayValue(key, (*f)->value);
            m["source"] = fieldSource((*f)->source);
        } else if (key == "name_kana" && !m_kanaSuggestion.empty()) {
            m["value"] = QString::fromStdString(m_kanaSuggestion);
            m["display"] = QString::fromStdString(m_kanaSuggestion);
            m["source"] = QStringLiteral("suggested");
            suggested = true;
        } else {
            m["value"] = QString();
            m["display"] = QString();
            m["source"] = QString();
        }
        m["suggested"] = suggested;
        m["needsCheck"] = p->needsCheck(key);
        out << m;
    }
    return out;
}

int DetailsModel::toCheck() const {
    const Person* p = person();
    if (!p) return 0;
    int n = 0;
    for (const char* k : kFieldKeys) {
        const auto* f = p->textField(k);
        if (p->needsCheck(k) || (required(k) && (!f || !*f || (*f)->value.empty()))) ++n;
    }
    return n;
}

bool DetailsModel::canContinue() const {
    return person() && toCheck() == 0;
}

bool DetailsModel::fromCard() const {
    const auto m = m_kiosk.session().idMethod;
    return m == IdMethod::MyNumberCard || m == IdMethod::DriverLicenseCard;
}

void DetailsModel::setText(Person& p, const std::string& key, const QString& value, std::string_view source) {
    auto* f = p.textField(key);
    if (!f) return;
    if (value.trimmed().isEmpty()) {
        if (*f) kakanai::wipe((*f)->value);
        f->reset();
        return;
    }
    if (!*f) *f = TextField{};
    // Keep what the card said as provenance when the resident corrects it.
    if ((*f)->raw.empty() && !(*f)->value.empty() && (*f)->source != std::string(source))
        (*f)->raw = (*f)->value;
    std::string v = value.toStdString();
    if (key == "name_kana") v = text::toKatakana(v);
    if (key == "postal_code" || key == "phone") v = text::digitsOnly(v);
    if (key == "phone" && v.empty()) v = value.toStdString();
    (*f)->value = std::move(v);
    (*f)->source = std::string(source);
    (*f)->confidence = 1.0;
}

void DetailsModel::confirmField(const QString& key) {
    Person* p = person();
    if (!p) return;
    const std::string k = key.toStdString();
    if (k == "name_kana" && !p->name_kana && !m_kanaSuggestion.empty())
        setText(*p, k, QString::fromStdString(m_kanaSuggestion), sources::kResident);
    const auto* f = p->textField(k);
    if (!f || !*f) return; // nothing to confirm: the resident must type it
    removeCheck(*p, k);
    emit changed();
}

void DetailsModel::editField(const QString& key) {
    Person* p = person();
    if (!p) return;
    const std::string k = key.toStdString();
    const auto* f = p->textField(k);
    QString initial = f && *f ? QString::fromStdString((*f)->value) : QString();
    if (k == "name_kana" && initial.isEmpty()) initial = QString::fromStdString(m_kanaSuggestion);
    const bool staff = m_kiosk.session().step() == Step::StaffEntry || m_kiosk.staffOperated();
    m_kiosk.editorModel().start(key, QString(), initial, editorMode(k), k == "address" ? 80 : 40,
                                [this, k, staff](const QString& text) {
                                    Person* pp = person();
                                    if (!pp) return;
                                    setText(*pp, k, text, staff ? sources::kStaff : sources::kResident);
                                    removeCheck(*pp, k);
                                    // A typed (or corrected) name gets its reading suggested like a card's.
                                    if (k == "name") suggestReading();
                                    emit changed();
                                });
}

void DetailsModel::setSex(const QString& value) {
    Person* p = person();
    if (!p) return;
    const std::string v = value.toStdString();
    if (std::find(std::begin(kSexValues), std::end(kSexValues), v) == std::end(kSexValues)) return;
    setText(*p, "sex", value,
            m_kiosk.session().step() == Step::StaffEntry ? sources::kStaff : sources::kResident);
    removeCheck(*p, "sex");
    emit changed();
}

void DetailsModel::confirmDetails() {
    if (!canContinue()) return;
    bool others = false;
    for (const FormTemplate* f : m_kiosk.chosenForms())
        others = others || formNeedsOtherPeople(*f);
    m_kiosk.go(others ? Step::Household : Step::Questions);
}

void DetailsModel::staffEntryDone() {
    if (!canContinue()) return;
    m_kiosk.go(Step::Check);
}

// ---- other people ----

QStringList DetailsModel::relationships() const {
    QStringList out;
    for (const char* r : kRelationships)
        out << QString::fromUtf8(r);
    return out;
}

QVariantList DetailsModel::members() const {
    QVariantList out;
    const Person* p = person();
    if (!p) return out;
    for (const auto& m : p->household) {
        out << QVariantMap{
            {"name", m.name ? QString::fromStdString(m.name->value) : QString()},
            {"kana", m.name_kana ? QString::fromStdString(m.name_kana->value) : QString()},
            {"birth", m.birth_date ? displayValue("birth_date", m.birth_date->value) : QString()},
            {"relationship", m.relationship ? QString::fromStdString(m.relationship->value) : QString()},
            {"head", m.head_of_household}};
    }
    return out;
}

void DetailsModel::setResidentIsHead(bool yes) {
    Person* p = person();
    if (!p) return;
    m_headAnswer = yes ? 1 : 0;
    p->head_of_household = yes;
    if (yes)
        for (auto& m : p->household)
            m.head_of_household = false;
    emit changed();
}

bool DetailsModel::householdComplete() const {
    const Person* p = person();
    if (!p || m_headAnswer < 0) return false;
    for (const auto& m : p->household)
        if (!m.name || !m.birth_date || !m.relationship) return false;
    if (m_headAnswer == 0)
        return std::any_of(p->household.begin(), p->household.end(),
                           [](const Person& m) { return m.head_of_household; });
    return true;
}

void DetailsModel::addMember() {
    Person* p = person();
    if (!p || p->household.size() >= 12) return;
    Person m;
    m.flags = {"moving", "requested"};
    p->household.push_back(std::move(m));
    m_editingMember = static_cast<int>(p->household.size()) - 1;
    emit changed();
}

void DetailsModel::editMember(int index) {
    Person* p = person();
    if (!p || index < 0 || index >= static_cast<int>(p->household.size())) return;
    m_editingMember = index;
    emit changed();
}

void DetailsModel::removeMember(int index) {
    Person* p = person();
    if (!p || index < 0 || index >= static_cast<int>(p->household.size())) return;
    p->household[static_cast<std::size_t>(index)].wipe();
    p->household.erase(p->household.begin() + index);
    m_editingMember = -1;
    emit changed();
}

QVariantList DetailsModel::memberFields() const {
    QVariantList out;
    const Person* p = person();
    if (!p || m_editingMember < 0 || m_editingMember >= static_cast<int>(p->household.size())) return out;
    const Person& m = p->household[static_cast<std::size_t>(m_editingMember)];
    for (const char* k : kMemberKeys) {
        const auto* f = m.textField(k);
        out << QVariantMap{{"key", QString::fromLatin1(k)},
                           {"display", f && *f ? displayValue(k, (*f)->value) : QString()}};
    }
    out << QVariantMap{
        {"key", QStringLiteral("relationship")},
        {"display", m.relationship ? QString::fromStdString(m.relationship->value) : QString()},
        {"head", m.head_of_household}};
    return out;
}

void DetailsModel::editMemberField(const QString& key) {
    Person* p = person();
    if (!p || m_editingMember < 0) return;
    const std::string k = key.toStdString();
    const int index = m_editingMember;
    const auto* f = p->household[static_cast<std::size_t>(index)].textField(k);
    const QString initial = f && *f ? QString::fromStdString((*f)->value) : QString();
    m_kiosk.editorModel().start(QStringLiteral("member_") + key, QString(), initial, editorMode(k), 40,
                                [this, k, index](const QString& text) {
                                    Person* pp = person();
                                    if (!pp || index >= static_cast<int>(pp->household.size())) return;
                                    setText(pp->household[static_cast<std::size_t>(index)], k, text,
                                            sources::kResident);
                                    emit changed();
                                });
}

void DetailsModel::setMemberRelationship(const QString& relationship) {
    Person* p = person();
    if (!p || m_editingMember < 0) return;
    Person& m = p->household[static_cast<std::size_t>(m_editingMember)];
    setText(m, "relationship", relationship, sources::kResident);
    if (relationship == QStringLiteral("世帯主")) setMemberHead(true);
    emit changed();
}

void DetailsModel::setMemberHead(bool head) {
    Person* p = person();
    if (!p || m_editingMember < 0) return;
    for (auto& m : p->household)
        m.head_of_household = false;
    p->household[static_cast<std::size_t>(m_editingMember)].head_of_household = head;
    if (head) {
        p->head_of_household = false;
        m_headAnswer = 0;
    }
    emit changed();
}

void DetailsModel::memberDone() {
    m_editingMember = -1;
    emit changed();
}

void DetailsModel::householdDone() {
    if (!householdComplete()) return;
    m_kiosk.go(Step::Questions);
}

void DetailsModel::stepEntered(Step step) {
    if (step != Step::Household) m_editingMember = -1;
    emit changed();
}

void DetailsModel::wipe() {
    kakanai::wipe(m_kanaSuggestion);
    m_headAnswer = -1;
    m_editingMember = -1;
    emit changed();
}

} // namespace kakanai::kiosk
