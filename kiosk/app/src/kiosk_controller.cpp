#include "kiosk_controller.h"

#include "details_model.h"
#include "editor_model.h"
#include "fakes/fake_card_reader.h"
#include "identify_model.h"
#include "image_store.h"
#include "output_model.h"
#include "questions_model.h"
#include "staff_model.h"
#include "staff_verify_model.h"

#include <QCoreApplication>
#include <QEvent>
#include <QQmlEngine>

#include <cstdio>

namespace kakanai::kiosk {
namespace {

struct LanguageInfo {
    const char* code;
    const char* name; // in its own language
    const char* font;
};
constexpr LanguageInfo kLanguageInfo[] = {
    {"ja", "日本語", "BIZ UDPGothic"},    {"ja-easy", "やさしい にほんご", "BIZ UDPGothic"},
    {"en", "English", "BIZ UDPGothic"},   {"zh-Hans", "中文", "Noto Sans CJK SC"},
    {"ko", "한국어", "Noto Sans CJK KR"}, {"vi", "Tiếng Việt", "Noto Sans CJK JP"},
    {"pt", "Português", "BIZ UDPGothic"},
};

const LanguageInfo* languageInfo(const std::string& code) {
    for (const auto& l : kLanguageInfo)
        if (code == l.code) return &l;
    return nullptr;
}

} // namespace

KioskController::KioskController(Options options, QObject* parent)
    : QObject(parent), m_config(std::move(options.config)),
      m_formsDirectory(options.formsDirectory.empty() ? m_config.resolvePath(m_config.forms_directory)
                                                      : options.formsDirectory),
      m_devices(std::move(options.devices)), m_signingKey(std::move(options.signingKey)),
      m_demo(options.demo), m_demoControls(options.demo && options.demoControls),
      m_catalog(FormCatalog::load(m_formsDirectory, TemplateLoadOptions{m_config.font_dirs})),
      m_clock(options.clock ? options.clock : [] { return Clock::now(); }),
      m_idle(std::chrono::seconds(m_config.idle_s), std::chrono::seconds(m_config.warning_s)) {
    m_offered = m_catalog.offered(m_config, Date::today());
    m_session.language = m_config.default_language;
    m_staffOperated = m_config.staff_operated;

    m_images = std::make_shared<ImageStore>();
    m_editor = new EditorModel(this);
    m_identify = new IdentifyModel(*this);
    m_details = new DetailsModel(*this);
    m_questions = new QuestionsModel(*this);
    m_output = new OutputModel(*this);
    m_staff = new StaffModel(*this);
    m_staffVerify = new StaffVerifyModel(*this);
    // Staff who walked away: the decoded printout is wiped and staff mode locks again.
    connect(m_staffVerify, &StaffVerifyModel::idleTimedOut, m_staff, &StaffModel::close);

    m_deviceThread = std::make_unique<DeviceThread>("kiosk-devices");
    m_cardThread = std::make_unique<DeviceThread>("kiosk-card");
    m_identify->startWatching();

    // The dictionary (a few MB of text) loads in the background; the keyboard offers kanji once it is in.
    m_dictLoader = std::thread([this] {
        auto d = KanjiDictionary::load(defaultKanjiDictionaryFiles());
        if (!d) return;
        auto shared = std::make_shared<const KanjiDictionary>(std::move(d.value()));
        {
            std::lock_guard l(m_dictMutex);
            m_dict = shared;
        }
        postToUi([this, shared] {
            m_editor->setDictionary(shared);
            m_details->dictionaryReady();
        });
    });

    qApp->installEventFilter(this);
    connect(&m_idleTimer, &QTimer::timeout, this, &KioskController::tick);
    m_idleTimer.setInterval(1000);
    if (options.idleTimer) m_idleTimer.start();
    setLanguage(QString::fromStdString(m_config.default_language));
}

KioskController::~KioskController() {
    qApp->removeEventFilter(this);
    if (m_dictLoader.joinable()) m_dictLoader.join();
    m_cardThread.reset(); // joins: no job posts back into a half-destroyed controller
    m_deviceThread.reset();
    m_session.wipe();
}

QObject* KioskController::identifyObject() const {
    return m_identify;
}
QObject* KioskController::detailsObject() const {
    return m_details;
}
QObject* KioskController::editorObject() const {
    return m_editor;
}
QObject* KioskController::questionsObject() const {
    return m_questions;
}
QObject* KioskController::outputObject() const {
    return m_output;
}
QObject* KioskController::staffObject() const {
    return m_staff;
}

QObject* KioskController::staffVerifyObject() const {
    return m_staffVerify;
}

std::shared_ptr<const KanjiDictionary> KioskController::dictionary() const {
    std::lock_guard l(m_dictMutex);
    return m_dict;
}

void KioskController::postToUi(std::function<void()> fn) {
    QMetaObject::invokeMethod(this, std::move(fn), Qt::QueuedConnection);
}

void KioskController::drainDevices() {
    m_cardThread->drain();
    m_deviceThread->drain();
}

QString KioskController::step() const {
    return QString::fromUtf8(toString(m_session.step()).data(),
                             static_cast<qsizetype>(toString(m_session.step()).size()));
}

bool KioskController::canGoBack() const {
    return m_session.canGoBack();
}

QVariantList KioskController::languages() const {
    QVariantList out;
    for (const auto& code : m_config.languages)
        if (const LanguageInfo* l = languageInfo(code))
            out << QVariantMap{{"code", QString::fromStdString(code)},
                               {"name", QString::fromUtf8(l->name)},
                               {"font", QString::fromUtf8(l->font)}};
    return out;
}

QString KioskController::fontFamily() const {
    const LanguageInfo* l = languageInfo(m_session.language);
    return QString::fromUtf8(l ? l->font : "BIZ UDPGothic");
}

void KioskController::setLargeText(bool on) {
    if (on == m_largeText) return;
    m_largeText = on;
    emit largeTextChanged();
}

void KioskController::setStaffOperated(bool on) {
    if (on == m_staffOperated) return;
    m_staffOperated = on;
    emit staffOperatedChanged();
}

QStringList KioskController::lifeEvents() const {
    QStringList out;
    for (const auto& e : m_config.life_events)
        out << QString::fromStdString(e);
    return out;
}

QString KioskController::pick(const I18nText& text) const {
    const std::string& lang = m_session.language;
    if (auto it = text.find(lang); it != text.end() && !it->second.empty())
        return QString::fromStdString(it->second);
    if (lang != "ja" && lang != "ja-easy")
        if (auto it = text.find("en"); it != text.end()) return QString::fromStdString(it->second);
    return QString::fromStdString(kakanai::pick(text, "ja"));
}

QVariantList KioskController::formChoices() const {
    QVariantList out;
    const std::string event = m_lifeEvent.toStdString();
    for (const FormTemplate* f : m_offered) {
        if (!event.empty() &&
            std::find(f->categories.begin(), f->categories.end(), event) == f->categories.end())
            continue;
        out << QVariantMap{{"id", QString::fromStdString(f->id)},
                           {"title", pick(f->title)},
                           {"titleJa", QString::fromStdString(kakanai::pick(f->title, "ja"))},
                           {"description", pick(f->description)},
                           {"chosen", m_session.hasForm(f->id)}};
    }
    return out;
}

std::vector<const FormTemplate*> KioskController::chosenForms() const {
    std::vector<const FormTemplate*> out;
    for (const auto& id : m_session.forms)
        if (const FormTemplate* f = m_catalog.find(id)) out.push_back(f);
    return out;
}

void KioskController::go(Step next) {
    m_movedForward = true;
    m_session.go(next);
    enterStep(m_session.step());
}

void KioskController::enterStep(Step s) {
    m_counters.stepEntered(s, now());
    updateIdleActive();
    m_identify->stepEntered(s);
    m_output->stepEntered(s);
    m_questions->stepEntered(s);
    m_details->stepEntered(s);
    emit stepChanged();
    say(step());
}

void KioskController::updateIdleActive() {
    // No timeout on the attract screen, nor while the resident watches their forms print.
    const bool active = m_session.active() && m_session.step() != Step::Printing;
    if (active != m_idle.active()) m_idle.setActive(active, now());
    if (!active && m_idleWarning) {
        m_idleWarning = false;
        emit idleChanged();
    }
}

void KioskController::start() {
    m_session.start();
    m_counters.sessionStarted(now());
    m_lifeEvent.clear();
    emit formsChanged();
    enterStep(m_session.step());
}

void KioskController::back() {
    if (m_session.step() == Step::Questions && m_questions->previous()) return;
    if (!m_session.back()) return;
    m_movedForward = false;
    if (m_session.step() == Step::Questions) m_questions->goToLast();
    enterStep(m_session.step());
}

void KioskController::startOver() {
    if (!m_session.active()) return;
    m_confirmStartOver = true;
    emit confirmStartOverChanged();
}

void KioskController::answerStartOver(bool yes) {
    m_confirmStartOver = false;
    emit confirmStartOverChanged();
    if (!yes) return;
    m_counters.sessionAbandoned(m_session.step(), now());
    wipe();
}

void KioskController::callStaff() {
    m_counters.staffCalled();
    if (!m_staffCalled) {
        m_staffCalled = true;
        emit staffCalledChanged();
    }
    // The journal line staff dashboards watch: kiosk and screen only, never who is there.
    std::printf("kakanai-kiosk: staff-call kiosk=%s step=%s\n", m_config.kiosk_id.c_str(),
                std::string(toString(m_session.step())).c_str());
    std::fflush(stdout);
    emit staffCallRaised();
}

void KioskController::cancelStaffCall() {
    if (!m_staffCalled) return;
    m_staffCalled = false;
    emit staffCalledChanged();
}

void KioskController::setLanguage(const QString& code) {
    const std::string c = code.toStdString();
    if (std::find(m_config.languages.begin(), m_config.languages.end(), c) == m_config.languages.end())
        return;
    m_session.language = c;
    QCoreApplication::removeTranslator(&m_translator);
    if (m_translator.load(QStringLiteral(":/i18n/kiosk_") + code + QStringLiteral(".qm")))
        QCoreApplication::installTranslator(&m_translator);
    if (m_engine) m_engine->retranslate();
    emit languageChanged();
    emit formsChanged();
    m_details->languageChanged();
    m_questions->languageChanged();
    m_output->languageChanged();
}

void KioskController::stillHere() {
    m_idle.touched(now());
    tick();
}

void KioskController::chooseLifeEvent(const QString& id) {
    m_lifeEvent = id;
    emit formsChanged();
    go(Step::Forms);
}

void KioskController::toggleForm(const QString& id) {
    if (!m_catalog.find(id.toStdString())) return;
    m_session.toggleForm(id.toStdString());
    emit formsChanged();
}

void KioskController::formsChosen() {
    if (m_session.forms.empty()) return;
    go(Step::Purpose);
}

void KioskController::purposeAccepted() {
    go(Step::Identify);
}

void KioskController::demoCard(const QString& action) {
    FakeCardReader* card = m_devices.fakeCard;
    if (!m_demoControls || !card) return;
    if (action == QLatin1String("remove"))
        card->remove();
    else
        card->insert(action == QLatin1String("licence") ? CardKind::DriverLicense : CardKind::MyNumber, 3);
}

void KioskController::say(const QString& prompt) {
    if (m_devices.voice) m_devices.voice->say(prompt.toStdString(), m_session.language);
}

bool KioskController::finish() {
    if (m_identify->cardPresent()) {
        emit notice(QStringLiteral("take-card"));
        return false;
    }
    m_counters.sessionFinished(now());
    wipe();
    return true;
}

void KioskController::wipe() {
    m_editor->cancel();
    m_identify->wipe();
    m_details->wipe();
    m_questions->wipe();
    m_output->wipe();
    m_staffVerify->wipe();
    m_session.wipe();
    m_images->clear();
    m_lifeEvent.clear();
    m_confirmStartOver = false;
    if (m_idleWarning) {
        m_idleWarning = false;
        emit idleChanged();
    }
    if (m_devices.voice) m_devices.voice->stop();
    setLanguage(QString::fromStdString(m_config.default_language));
    setLargeText(false);
    emit confirmStartOverChanged();
    emit formsChanged();
    enterStep(Step::Welcome);
    emit sessionWiped();
}

void KioskController::tick() {
    m_staffVerify->tick();
    updateIdleActive();
    const auto t = now();
    switch (m_idle.check(t)) {
    case IdleAction::None:
        if (m_idleWarning) {
            m_idleWarning = false;
            emit idleChanged();
        }
        break;
    case IdleAction::Warn:
        if (!m_idleWarning || m_idleSecondsLeft != m_idle.secondsLeft(t)) {
            m_idleWarning = true;
            m_idleSecondsLeft = m_idle.secondsLeft(t);
            emit idleChanged();
        }
        break;
    case IdleAction::Wipe:
        m_counters.sessionAbandoned(m_session.step(), t);
        wipe();
        break;
    }
}

bool KioskController::eventFilter(QObject* watched, QEvent* event) {
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::TouchBegin:
    case QEvent::KeyPress:
        m_idle.touched(now());
        if (m_staffVerify->active()) m_staffVerify->touched();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace kakanai::kiosk
