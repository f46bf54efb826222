#pragma once
// Builds the whole kiosk UI (controller, image provider, QML engine, Main.qml) the same way for the
// binary, the walkthrough and the UI tests.

#include "kiosk_controller.h"

#include <QQmlApplicationEngine>
#include <QQuickWindow>

#include <memory>

namespace kakanai::kiosk {

class KioskApp {
public:
    explicit KioskApp(KioskController::Options options);
    ~KioskApp();
    // Loads Main.qml; false (with the QML errors on stderr) when it fails.
    bool load();
    KioskController& kiosk() { return *m_kiosk; }
    QQmlApplicationEngine& engine() { return *m_engine; }
    QQuickWindow* window() const;

private:
    std::unique_ptr<KioskController> m_kiosk;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
};

// Process settings for every kiosk process: software scene graph where there is no GPU, no core dumps.
void prepareProcess();

} // namespace kakanai::kiosk
