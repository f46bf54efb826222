#pragma once
// Drives the real QML like a person: finds controls by objectName, taps their centre, waits for the UI,
// saves screenshots. Also the checks every screen must pass: no clipped text, an accessible name on
// every control, touch targets of at least 20 mm. Used by the UI tests and `kakanai-kiosk --walkthrough`.

#include <QQuickItem>
#include <QQuickWindow>
#include <QStringList>

#include <functional>

namespace kakanai::kiosk {

class UiDriver {
public:
    explicit UiDriver(QQuickWindow* window) : m_window(window) {}

    // The first visible item with this objectName (nullptr when none is on screen).
    QQuickItem* find(const QString& objectName) const;
    bool visible(const QString& objectName) const { return find(objectName) != nullptr; }
    // Taps the centre of a visible, enabled control; false when it is not there. Counts taps.
    bool tap(const QString& objectName);
    int taps() const { return m_taps; }
    void resetTaps() { m_taps = 0; }
    // Processes events until `done` or the timeout; true when done.
    bool waitFor(const std::function<bool()>& done, int timeoutMs = 5000);
    // Lets bindings, layouts and image loads settle (a few frames).
    void settle(int ms = 120);
    bool screenshot(const QString& path);

    // Problems on the current screen (empty when fine), one line each naming the item.
    QStringList clippedTexts() const;
    QStringList overlappingTexts() const;
    QStringList unnamedControls() const;
    QStringList smallTargets(double minPx) const;

private:
    QQuickWindow* m_window;
    int m_taps = 0;
};

} // namespace kakanai::kiosk
