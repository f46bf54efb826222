#include "kiosk_app.h"

#include "image_store.h"

#include "kakanai/sys/hardening.h"

#include <QQmlContext>
#include <QtQml>

namespace kakanai::kiosk {

void prepareProcess() {
    (void)disableCoreDumps(); // a crash must not write a resident's data to disk
}

KioskApp::KioskApp(KioskController::Options options)
    : m_kiosk(std::make_unique<KioskController>(std::move(options))),
      m_engine(std::make_unique<QQmlApplicationEngine>()) {
    m_kiosk->setEngine(m_engine.get());
    qmlRegisterSingletonInstance("Kakanai", 1, 0, "Kiosk", m_kiosk.get());
    m_engine->addImageProvider(QStringLiteral("kiosk"), new StoreImageProvider(m_kiosk->images()));
}

KioskApp::~KioskApp() {
    m_engine.reset(); // QML goes first: it binds to the controller
    m_kiosk.reset();
}

bool KioskApp::load() {
    m_engine->load(QUrl(QStringLiteral("qrc:/kakanai/qml/Main.qml")));
    return !m_engine->rootObjects().isEmpty();
}

QQuickWindow* KioskApp::window() const {
    const auto roots = m_engine->rootObjects();
    return roots.isEmpty() ? nullptr : qobject_cast<QQuickWindow*>(roots.first());
}

} // namespace kakanai::kiosk
