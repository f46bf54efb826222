#pragma once
// The kiosk's composition of core pieces for QML ("Kiosk" singleton): the session state machine, the
// idle policy, usage counters, the forms catalog and the devices (each on its own DeviceThread). The
// screens' details live in small models (identify, details, editor, questions, output, staff) that this
// object owns and exposes as properties. Personal data lives in the core Session only; wipe() ends it.

#include "device_thread.h"
#include "devices.h"

#include "kakanai/config/config.h"
#include "kakanai/forms/catalog.h"
#include "kakanai/handoff/keys.h"
#include "kakanai/session/idle_policy.h"
#include "kakanai/session/session.h"
#include "kakanai/session/usage_counters.h"
#include "kakanai/text/kanji_dictionary.h"

#include <QObject>
#include <QTimer>
#include <QTranslator>
#include <QVariantList>

#include <chrono>
#include <functional>
#include <memory>

class QQmlEngine;

namespace kakanai::kiosk {

class ImageStore;
class IdentifyModel;
class DetailsModel;
class EditorModel;
class QuestionsModel;
class OutputModel;
class StaffModel;
class StaffVerifyModel;

class KioskController : public QObject {
    Q_OBJECT
    Q_PROPERTY(QString step READ step NOTIFY stepChanged)
    Q_PROPERTY(bool canGoBack READ canGoBack NOTIFY stepChanged)
    Q_PROPERTY(QString language READ language NOTIFY languageChanged)
    Q_PROPERTY(QVariantList languages READ languages CONSTANT)
    Q_PROPERTY(QString fontFamily READ fontFamily NOTIFY languageChanged)
    Q_PROPERTY(bool largeText READ largeText WRITE setLargeText NOTIFY largeTextChanged)
    Q_PROPERTY(double textScale READ textScale NOTIFY largeTextChanged)
    Q_PROPERTY(double pxPerMm READ pxPerMm CONSTANT)
    Q_PROPERTY(bool idleWarning READ idleWarning NOTIFY idleChanged)
    Q_PROPERTY(int idleSecondsLeft READ idleSecondsLeft NOTIFY idleChanged)
    Q_PROPERTY(bool staffCalled READ staffCalled NOTIFY staffCalledChanged)
    Q_PROPERTY(bool staffOperated READ staffOperated NOTIFY staffOperatedChanged)
    Q_PROPERTY(bool demo READ demo CONSTANT)
    Q_PROPERTY(bool demoControls READ demoControls CONSTANT)
    Q_PROPERTY(QString municipality READ municipality CONSTANT)
    Q_PROPERTY(QStringList lifeEvents READ lifeEvents CONSTANT)
    Q_PROPERTY(QString lifeEvent READ lifeEvent NOTIFY formsChanged)
    Q_PROPERTY(QVariantList formChoices READ formChoices NOTIFY formsChanged)
    Q_PROPERTY(int chosenFormCount READ chosenFormCount NOTIFY formsChanged)
    Q_PROPERTY(bool cameraAvailable READ cameraAvailable CONSTANT)
    Q_PROPERTY(bool confirmStartOver READ confirmStartOver NOTIFY confirmStartOverChanged)
    Q_PROPERTY(QObject* identify READ identifyObject CONSTANT)
    Q_PROPERTY(QObject* details READ detailsObject CONSTANT)
    Q_PROPERTY(QObject* editor READ editorObject CONSTANT)
    Q_PROPERTY(QObject* questions READ questionsObject CONSTANT)
    Q_PROPERTY(QObject* output READ outputObject CONSTANT)
    Q_PROPERTY(QObject* staff READ staffObject CONSTANT)
    Q_PROPERTY(QObject* staffVerify READ staffVerifyObject CONSTANT)

public:
    using Clock = std::chrono::steady_clock;
    struct Options {
        KioskConfig config;
        Devices devices;
        bool demo = false;
        std::string formsDirectory;               // empty: the config's
        std::function<Clock::time_point()> clock; // empty: steady_clock (tests inject a manual clock)
        bool idleTimer = true;                    // tests drive tick() themselves
        bool demoControls = false; // interactive demo: buttons that insert/remove the simulated card
        // Signs every printed page's code; null: unsigned codes (no [signing] key_path).
        std::shared_ptr<const handoff::SigningKey> signingKey;
    };

    explicit KioskController(Options options, QObject* parent = nullptr);
    ~KioskController() override;

    // Language switching needs the engine (retranslate()).
    void setEngine(QQmlEngine* engine) { m_engine = engine; }

    // ---- QML properties ----
    QString step() const;
    bool canGoBack() const;
    QString language() const { return QString::fromStdString(m_session.language); }
    QVariantList languages() const;
    QString fontFamily() const;
    bool largeText() const { return m_largeText; }
    void setLargeText(bool on);
    double textScale() const { return m_largeText ? 1.25 : 1.0; }
    double pxPerMm() const { return m_config.px_per_mm; }
    bool idleWarning() const { return m_idleWarning; }
    int idleSecondsLeft() const { return m_idleSecondsLeft; }
    bool staffCalled() const { return m_staffCalled; }
    bool staffOperated() const { return m_staffOperated; }
    void setStaffOperated(bool on);
    bool demo() const { return m_demo; }
    bool demoControls() const { return m_demoControls; }
    const std::shared_ptr<const handoff::SigningKey>& signingKey() const { return m_signingKey; }
    QString municipality() const { return QString::fromStdString(m_config.municipality_name); }
    QStringList lifeEvents() const;
    QString lifeEvent() const { return m_lifeEvent; }
    QVariantList formChoices() const;
    int chosenFormCount() const { return static_cast<int>(m_session.forms.size()); }
    bool cameraAvailable() const { return m_devices.camera && m_devices.ocr && m_config.camera_enabled; }
    bool confirmStartOver() const { return m_confirmStartOver; }
    QObject* identifyObject() const;
    QObject* detailsObject() const;
    QObject* editorObject() const;
    QObject* questionsObject() const;
    QObject* outputObject() const;
    QObject* staffObject() const;
    QObject* staffVerifyObject() const;

    // ---- resident actions ----
    Q_INVOKABLE void start();
    Q_INVOKABLE void back();
    Q_INVOKABLE void startOver(); // asks first
    Q_INVOKABLE void answerStartOver(bool yes);
    Q_INVOKABLE void callStaff();
    Q_INVOKABLE void cancelStaffCall();
    Q_INVOKABLE void setLanguage(const QString& code);
    Q_INVOKABLE void stillHere();
    Q_INVOKABLE void chooseLifeEvent(const QString& id); // "" = every form
    Q_INVOKABLE void toggleForm(const QString& id);
    Q_INVOKABLE void formsChosen();
    Q_INVOKABLE void purposeAccepted();
    Q_INVOKABLE void say(const QString& prompt); // voice guidance for a screen, if installed
    // Interactive demo only: "mynumber" | "licence" inserts the simulated card, "remove" takes it out.
    Q_INVOKABLE void demoCard(const QString& action);

    // ---- for the models ----
    Session& session() { return m_session; }
    const KioskConfig& config() const { return m_config; }
    const FormCatalog& catalog() const { return m_catalog; }
    Devices& devices() { return m_devices; }
    UsageCounters& counters() { return m_counters; }
    std::vector<const FormTemplate*> chosenForms() const;
    QString pick(const I18nText& text) const; // resident's language, then English (foreign), then Japanese
    void go(Step step);
    Clock::time_point now() const { return m_clock(); }
    bool movedForward() const { return m_movedForward; } // the last move was not "back"
    void postToUi(std::function<void()> fn);
    DeviceThread& cardThread() { return *m_cardThread; }
    DeviceThread& deviceThread() { return *m_deviceThread; }
    std::shared_ptr<const KanjiDictionary> dictionary() const;
    const std::shared_ptr<ImageStore>& images() const { return m_images; }
    IdentifyModel& identifyModel() { return *m_identify; }
    DetailsModel& detailsModel() { return *m_details; }
    EditorModel& editorModel() { return *m_editor; }
    QuestionsModel& questionsModel() { return *m_questions; }
    OutputModel& outputModel() { return *m_output; }
    StaffModel& staffModel() { return *m_staff; }
    StaffVerifyModel& staffVerifyModel() { return *m_staffVerify; }
    const std::string& formsDirectory() const { return m_formsDirectory; }

    // Ends the visit: every personal value overwritten and dropped, back to the welcome screen.
    Q_INVOKABLE void wipe();
    // Idle check (the 1 s timer calls it; tests call it after moving their clock).
    Q_INVOKABLE void tick();
    // Finishes the visit from the Done screen; false (and a message) while a card is still in the reader.
    Q_INVOKABLE bool finish();
    // Blocks until the device threads have run every job posted so far (tests).
    void drainDevices();

signals:
    void stepChanged();
    void languageChanged();
    void largeTextChanged();
    void idleChanged();
    void staffCalledChanged();
    void staffOperatedChanged();
    void formsChanged();
    void confirmStartOverChanged();
    void staffCallRaised(); // a resident asked for help: the staff see it (screen lamp, journal line)
    void sessionWiped();
    void notice(const QString& code); // a short message the UI shows (e.g. "take-card")

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void enterStep(Step step);
    void updateIdleActive();

    KioskConfig m_config;
    std::string m_formsDirectory;
    Devices m_devices;
    std::shared_ptr<const handoff::SigningKey> m_signingKey;
    bool m_demo = false;
    bool m_demoControls = false;
    FormCatalog m_catalog;
    std::vector<const FormTemplate*> m_offered;
    Session m_session;
    std::function<Clock::time_point()> m_clock;
    IdlePolicy m_idle;
    UsageCounters m_counters;
    QTimer m_idleTimer;
    QTranslator m_translator;
    QQmlEngine* m_engine = nullptr;
    bool m_largeText = false;
    bool m_movedForward = true;
    bool m_idleWarning = false;
    int m_idleSecondsLeft = 0;
    bool m_staffCalled = false;
    bool m_staffOperated = false;
    bool m_confirmStartOver = false;
    QString m_lifeEvent;
    std::shared_ptr<ImageStore> m_images;
    std::unique_ptr<DeviceThread> m_cardThread;   // card reader: status watch + reads
    std::unique_ptr<DeviceThread> m_deviceThread; // printer, camera, OCR, PDF rendering
    mutable std::mutex m_dictMutex;
    std::shared_ptr<const KanjiDictionary> m_dict;
    std::thread m_dictLoader;
    IdentifyModel* m_identify;
    DetailsModel* m_details;
    EditorModel* m_editor;
    QuestionsModel* m_questions;
    OutputModel* m_output;
    StaffModel* m_staff;
    StaffVerifyModel* m_staffVerify;
};

} // namespace kakanai::kiosk
