#pragma once
// "Check your details" and "other people" ("details" in QML): the values read, each with its source,
// needs_check fields highlighted until the resident confirms or corrects them, the furigana (registered
// reading) with a suggestion, and the household members the chosen forms need.

#include "kakanai/person/person.h"
#include "kakanai/session/session.h"

#include <QObject>
#include <QVariantList>

namespace kakanai::kiosk {

class KioskController;

class DetailsModel : public QObject {
    Q_OBJECT
    Q_PROPERTY(QVariantList fields READ fields NOTIFY changed)
    Q_PROPERTY(bool canContinue READ canContinue NOTIFY changed)
    Q_PROPERTY(int toCheck READ toCheck NOTIFY changed)
    Q_PROPERTY(bool fromCard READ fromCard NOTIFY changed)
    Q_PROPERTY(QVariantList members READ members NOTIFY changed)
    Q_PROPERTY(int headAnswer READ headAnswer NOTIFY changed) // -1 not answered, 1 resident is 世帯主, 0 not
    Q_PROPERTY(bool householdComplete READ householdComplete NOTIFY changed)
    Q_PROPERTY(int editingMember READ editingMember NOTIFY changed) // -1: none
    Q_PROPERTY(QVariantList memberFields READ memberFields NOTIFY changed)
    Q_PROPERTY(QStringList relationships READ relationships CONSTANT)

public:
    explicit DetailsModel(KioskController& kiosk);

    QVariantList fields() const;
    bool canContinue() const;
    int toCheck() const;
    bool fromCard() const;
    QVariantList members() const;
    int headAnswer() const { return m_headAnswer; }
    bool householdComplete() const;
    int editingMember() const { return m_editingMember; }
    QVariantList memberFields() const;
    QStringList relationships() const;

    Q_INVOKABLE void confirmField(const QString& key); // "this is correct"
    Q_INVOKABLE void editField(const QString& key);    // opens the keyboard
    Q_INVOKABLE void setSex(const QString& value);
    Q_INVOKABLE void confirmDetails();                 // → other people or questions
    Q_INVOKABLE void staffEntryDone();
    // other people
    Q_INVOKABLE void setResidentIsHead(bool yes);
    Q_INVOKABLE void addMember();
    Q_INVOKABLE void editMember(int index);
    Q_INVOKABLE void removeMember(int index);
    Q_INVOKABLE void editMemberField(const QString& key);
    Q_INVOKABLE void setMemberRelationship(const QString& relationship);
    Q_INVOKABLE void setMemberHead(bool head);
    Q_INVOKABLE void memberDone();
    Q_INVOKABLE void householdDone();

    void setPerson(Person person);
    void dictionaryReady();
    void languageChanged() { emit changed(); }
    void stepEntered(Step step);
    void wipe();

signals:
    void changed();

private:
    Person* person();
    const Person* person() const;
    QString fieldSource(const std::string& source) const;
    void setText(Person& p, const std::string& key, const QString& value, std::string_view source);
    void suggestReading();
    KioskController& m_kiosk;
    std::string m_kanaSuggestion; // not the registered reading until the resident confirms it
    int m_headAnswer = -1;
    int m_editingMember = -1;
};

// Field keys shown on the check screen, in order.
QStringList checkFieldKeys();

} // namespace kakanai::kiosk
