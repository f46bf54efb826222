#pragma once
// The on-screen keyboard's state ("editor" in QML): a large 50音 kana grid with 濁点/半濁点/小書き keys,
// kanji candidates for what was typed (from the SKK dictionary), an ABC grid and a number pad. Text is
// held here, not in QML, and wiped when the editor closes.

#include "kakanai/text/kanji_dictionary.h"

#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>
#include <mutex>

namespace kakanai::kiosk {

class EditorModel : public QObject {
    Q_OBJECT
    Q_PROPERTY(bool open READ isOpen NOTIFY openChanged)
    Q_PROPERTY(QString field READ field NOTIFY openChanged)     // what is edited: "name", "question" …
    Q_PROPERTY(QString label READ label NOTIFY openChanged)     // translated label from a template, or ""
    Q_PROPERTY(QString mode READ mode NOTIFY changed)           // kana | abc | digits | date
    Q_PROPERTY(bool katakana READ katakana NOTIFY changed)
    Q_PROPERTY(QString text READ text NOTIFY changed)           // committed text
    Q_PROPERTY(QString composing READ composing NOTIFY changed) // kana not yet converted
    Q_PROPERTY(QStringList candidates READ candidates NOTIFY changed)
    Q_PROPERTY(QString dateText READ dateText NOTIFY changed)   // date mode: the 和暦 reading of the digits
    Q_PROPERTY(bool valid READ valid NOTIFY changed)
    Q_PROPERTY(int maxLength READ maxLength NOTIFY openChanged)

public:
    explicit EditorModel(QObject* parent = nullptr);

    // Opens the editor; `done` receives the text when the resident presses OK (never on cancel).
    void start(const QString& field, const QString& label, const QString& initial, const QString& mode,
               int maxLength, std::function<void(const QString&)> done);
    void setDictionary(std::shared_ptr<const KanjiDictionary> dictionary);

    bool isOpen() const { return m_open; }
    QString field() const { return m_field; }
    QString label() const { return m_label; }
    QString mode() const { return m_mode; }
    bool katakana() const { return m_katakana; }
    QString text() const { return m_text; }
    QString composing() const { return m_composing; }
    QStringList candidates() const { return m_candidates; }
    QString dateText() const;
    bool valid() const;
    int maxLength() const { return m_maxLength; }

    Q_INVOKABLE void type(const QString& s);
    Q_INVOKABLE void modify(const QString& how); // "dakuten" | "handakuten" | "small"
    Q_INVOKABLE void backspace();
    Q_INVOKABLE void space();
    Q_INVOKABLE void clearAll();
    Q_INVOKABLE void chooseCandidate(int index);
    Q_INVOKABLE void setMode(const QString& mode);
    Q_INVOKABLE void setKatakana(bool on);
    Q_INVOKABLE void accept();
    Q_INVOKABLE void cancel();

    // The date typed in date mode as ISO YYYY-MM-DD (digits YYYYMMDD), or "".
    QString isoDate() const;

signals:
    void openChanged();
    void changed();

private:
    void commitComposing();
    void update();
    void close();
    int length() const;
    bool m_open = false;
    QString m_field, m_label, m_mode = QStringLiteral("kana"), m_text, m_composing;
    bool m_katakana = false;
    int m_maxLength = 40;
    QStringList m_candidates;
    std::function<void(const QString&)> m_done;
    std::shared_ptr<const KanjiDictionary> m_dict;
};

// 50音 helpers (exposed for tests): か+゛→が, は+゜→ぱ, つ→っ; returns the input when not applicable.
QString applyKanaModifier(const QString& kana, const QString& how);

} // namespace kakanai::kiosk
