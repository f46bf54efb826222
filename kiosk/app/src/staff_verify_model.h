#pragma once
// The staff screen "Verify a printout" ("staffVerify" in QML), inside staff mode: the page under the
// document camera (or a code typed by a USB keyboard-wedge scanner) checked against the trusted keys with
// core's HandoffVerifier — the same checks and the same report as `kakanai verify --json`. QML only shows
// what this model holds. Nothing of a code that did not verify is held; everything decoded is wiped when
// the screen is left, when staff mode closes, and after the idle timeout.

#include "kakanai/handoff/keys.h"
#include "kakanai/handoff/verification.h"

#include <QObject>
#include <QVariantList>
#include <QVariantMap>

#include <chrono>
#include <memory>
#include <optional>

namespace kakanai::kiosk {

class KioskController;

class StaffVerifyModel : public QObject {
    Q_OBJECT
    Q_PROPERTY(bool active READ active NOTIFY activeChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY changed)
    Q_PROPERTY(bool cameraAvailable READ cameraAvailable CONSTANT)
    Q_PROPERTY(QString result READ result NOTIFY changed)
    Q_PROPERTY(bool showFields READ showFields NOTIFY changed)
    Q_PROPERTY(QVariantList forms READ forms NOTIFY changed)
    Q_PROPERTY(QVariantList problems READ problems NOTIFY changed)
    Q_PROPERTY(QVariantMap report READ report NOTIFY changed)
    Q_PROPERTY(QString pageImage READ pageImage NOTIFY changed)
    Q_PROPERTY(QString cameraError READ cameraError NOTIFY changed)
    Q_PROPERTY(int trustedKeyCount READ trustedKeyCount NOTIFY changed)

public:
    explicit StaffVerifyModel(KioskController& kiosk);
    ~StaffVerifyModel() override;

    bool active() const { return m_active; }
    bool busy() const { return m_busy; }
    bool cameraAvailable() const;
    // "" until something was checked, else the verdict: valid, bad-signature, unknown-key, unreadable,
    // incomplete, unknown-template (handoff::Outcome).
    QString result() const { return m_result; }
    // Only verified data is ever shown: valid, incomplete (the parts read) or unknown-template.
    bool showFields() const { return !m_forms.isEmpty(); }
    QVariantList forms() const { return m_forms; }
    QVariantList problems() const { return m_problems; }
    QVariantMap report() const { return m_report; } // kakanai verify --json, as a map
    QString pageImage() const { return m_pageImage; }
    QString cameraError() const { return m_cameraError; }
    int trustedKeyCount() const { return static_cast<int>(m_trusted.size()); }
    double lastVerifyMs() const { return m_lastVerifyMs; } // find + decode + check of the last input

    Q_INVOKABLE void open();
    Q_INVOKABLE void close();   // leaves the screen: wipes
    Q_INVOKABLE void capture(); // takes a picture of the page under the camera and checks it
    Q_INVOKABLE void submitText(const QString& line); // a line typed by a hand scanner
    Q_INVOKABLE void clear();                         // next printout

    // Trusts one more public key (the demo's key; tests). The config's trusted_keys are read at start.
    void trust(const handoff::PublicKey& key);
    // Wipes everything decoded and the picture (also when staff mode closes or the session ends).
    void wipe();
    // Idle check, from the controller's 1 s tick: the idle timeout wipes and closes staff mode.
    void tick();
    void touched();

signals:
    void activeChanged();
    void changed();
    void idleTimedOut();

private:
    // A new printout starts a fresh check, unless a split form waits for its other pages.
    void beginInput();
    void addCodes(const std::vector<std::string>& codes, const std::string& source);
    void publish();
    void prepareDemoPage();

    KioskController& m_kiosk;
    std::vector<handoff::PublicKey> m_trusted;
    std::unique_ptr<handoff::TemplateShelf> m_shelf;
    std::unique_ptr<handoff::HandoffVerifier> m_verifier;
    bool m_active = false, m_busy = false;
    QString m_result, m_pageImage, m_cameraError;
    QVariantList m_forms, m_problems;
    QVariantMap m_report;
    int m_shots = 0;
    int m_typedLines = 0;
    double m_lastVerifyMs = 0;
    std::chrono::steady_clock::time_point m_lastActivity{};
    bool m_demoPagePrepared = false;
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);
};

} // namespace kakanai::kiosk
