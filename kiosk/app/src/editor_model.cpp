#include "editor_model.h"

#include "kakanai/dates/wareki.h"
#include "kakanai/sys/secure_memory.h"
#include "kakanai/text/kana_width.h"

namespace kakanai::kiosk {
namespace {

const QString kDakutenFrom = QStringLiteral("かきくけこさしすせそたちつてとはひふへほうカキクケコサシスセソタチツテトハヒフヘホウ");
const QString kDakutenTo = QStringLiteral("がぎぐげござじずぜぞだぢづでどばびぶべぼゔガギグゲゴザジズゼゾダヂヅデドバビブベボヴ");
const QString kHandakutenFrom = QStringLiteral("はひふへほばびぶべぼハヒフヘホバビブベボ");
const QString kHandakutenTo = QStringLiteral("ぱぴぷぺぽぱぴぷぺぽパピプペポパピプペポ");
const QString kSmallFrom = QStringLiteral("あいうえおつやゆよわアイウエオツヤユヨワ");
const QString kSmallTo = QStringLiteral("ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮ");

void wipeQ(QString& s) {
    s.fill(QChar(u'\0'));
    s.clear();
}

QString convertKana(const QString& s, bool katakana) {
    const std::string u = s.toStdString();
    return QString::fromStdString(katakana ? text::toKatakana(u) : text::toHiragana(u));
}

} // namespace

QString applyKanaModifier(const QString& kana, const QString& how) {
    if (kana.size() != 1) return kana;
    const QChar c = kana.at(0);
    auto swap = [&](const QString& from, const QString& to) -> QString {
        if (int i = from.indexOf(c); i >= 0) return QString(to.at(i));
        if (int j = to.indexOf(c); j >= 0) return QString(from.at(j)); // pressing again undoes it
        return kana;
    };
    if (how == QLatin1String("dakuten")) return swap(kDakutenFrom, kDakutenTo);
    if (how == QLatin1String("handakuten")) {
        if (int i = kHandakutenFrom.indexOf(c); i >= 0) return QString(kHandakutenTo.at(i));
        if (int j = kHandakutenTo.indexOf(c); j >= 0) return QString(kHandakutenFrom.at(j));
        return kana;
    }
    if (how == QLatin1String("small")) return swap(kSmallFrom, kSmallTo);
    return kana;
}

EditorModel::EditorModel(QObject* parent) : QObject(parent) {}

void EditorModel::setDictionary(std::shared_ptr<const KanjiDictionary> dictionary) {
    m_dict = std::move(dictionary);
    update();
}

void EditorModel::start(const QString& field, const QString& label, const QString& initial, const QString& mode,
                        int maxLength, std::function<void(const QString&)> done) {
    wipeQ(m_text);
    wipeQ(m_composing);
    m_field = field;
    m_label = label;
    m_mode = mode.isEmpty() ? QStringLiteral("kana") : mode;
    m_katakana = false;
    m_text = initial;
    if (m_mode == QLatin1String("date")) m_text = QString(initial).remove(QLatin1Char('-'));
    if (m_mode == QLatin1String("katakana")) {
        m_mode = QStringLiteral("kana");
        m_katakana = true;
    }
    m_maxLength = maxLength > 0 ? maxLength : 40;
    m_done = std::move(done);
    m_open = true;
    update();
    emit openChanged();
}

int EditorModel::length() const {
    return static_cast<int>(m_text.toUcs4().size() + m_composing.toUcs4().size());
}

void EditorModel::type(const QString& s) {
    if (!m_open || s.isEmpty()) return;
    if (m_mode == QLatin1String("date") && length() >= 8) return;
    if (length() + static_cast<int>(s.toUcs4().size()) > m_maxLength) return;
    if (m_mode == QLatin1String("kana"))
        m_composing += convertKana(s, m_katakana);
    else
        m_text += s;
    update();
}

void EditorModel::modify(const QString& how) {
    if (m_composing.isEmpty()) return;
    const QString last = m_composing.right(1);
    m_composing.chop(1);
    m_composing += applyKanaModifier(last, how);
    update();
}

void EditorModel::backspace() {
    if (!m_composing.isEmpty())
        m_composing.chop(1);
    else if (!m_text.isEmpty())
        m_text.chop(m_text.back().isLowSurrogate() && m_text.size() > 1 ? 2 : 1);
    update();
}

void EditorModel::space() {
    commitComposing();
    if (length() < m_maxLength) m_text += (m_mode == QLatin1String("kana") ? QStringLiteral("\u3000") : QStringLiteral(" "));
    update();
}

void EditorModel::clearAll() {
    wipeQ(m_text);
    wipeQ(m_composing);
    update();
}

void EditorModel::chooseCandidate(int index) {
    if (index < 0 || index >= m_candidates.size()) return;
    m_text += m_candidates.at(index);
    wipeQ(m_composing);
    update();
}

void EditorModel::commitComposing() {
    m_text += m_composing;
    wipeQ(m_composing);
}

void EditorModel::setMode(const QString& mode) {
    commitComposing();
    m_mode = mode;
    update();
}

void EditorModel::setKatakana(bool on) {
    m_katakana = on;
    m_composing = convertKana(m_composing, on);
    update();
}

QString EditorModel::isoDate() const {
    if (m_text.size() != 8) return {};
    const QString iso = m_text.left(4) + QLatin1Char('-') + m_text.mid(4, 2) + QLatin1Char('-') + m_text.right(2);
    return Date::parseIso(iso.toStdString()) ? iso : QString();
}

QString EditorModel::dateText() const {
    if (m_mode != QLatin1String("date")) return {};
    const QString iso = isoDate();
    if (iso.isEmpty()) return {};
    return QString::fromStdString(formatWareki(*Date::parseIso(iso.toStdString())));
}

bool EditorModel::valid() const {
    if (m_mode == QLatin1String("date")) return !isoDate().isEmpty();
    return true;
}

void EditorModel::update() {
    m_candidates.clear();
    if (m_mode == QLatin1String("kana") && !m_composing.isEmpty()) {
        const std::string hira = text::toHiragana(m_composing.toStdString());
        if (m_dict)
            for (const auto& c : m_dict->convert(hira, 24))
                m_candidates << QString::fromStdString(c);
        const QString asTyped = m_composing;
        const QString other = convertKana(m_composing, !m_katakana);
        if (!m_candidates.contains(asTyped)) m_candidates.prepend(asTyped);
        if (!m_candidates.contains(other)) m_candidates.insert(1, other);
    }
    emit changed();
}

void EditorModel::accept() {
    if (!valid()) return;
    commitComposing();
    QString result = m_mode == QLatin1String("date") ? isoDate() : m_text.trimmed();
    auto done = std::move(m_done);
    close();
    if (done) done(result);
    wipeQ(result);
}

void EditorModel::cancel() {
    close();
}

void EditorModel::close() {
    wipeQ(m_text);
    wipeQ(m_composing);
    m_candidates.clear();
    m_done = nullptr;
    m_open = false;
    emit openChanged();
    emit changed();
}

} // namespace kakanai::kiosk
