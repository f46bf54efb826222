#include "ui_driver.h"

#include <QAccessible>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QQuickItemGrabResult>
#include <QTest>
#include <QThread>

#include <algorithm>

namespace kakanai::kiosk {
namespace {

bool effectivelyVisible(const QQuickItem* item) {
    if (!item->isVisible() || item->opacity() <= 0.001) return false;
    for (const QQuickItem* p = item->parentItem(); p; p = p->parentItem())
        if (!p->isVisible() || p->opacity() <= 0.001) return false;
    return true;
}

void walk(QQuickItem* item, const std::function<void(QQuickItem*)>& fn) {
    if (!item || !item->isVisible()) return;
    fn(item);
    for (QQuickItem* child : item->childItems())
        walk(child, fn);
}

QString describe(const QQuickItem* item) {
    QString name = item->objectName();
    if (name.isEmpty() && item->inherits("QQuickText"))
        name = "\"" + item->property("text").toString().left(40) + "\"";
    return QStringLiteral("%1 %2").arg(QString::fromLatin1(item->metaObject()->className()), name);
}

bool isButton(const QQuickItem* item) {
    return item->inherits("QQuickAbstractButton");
}

// The visible rectangle of an item after clipping by its ancestors (Flickables), in scene coordinates.
QRectF visibleRect(const QQuickItem* item) {
    QRectF r = item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
    for (const QQuickItem* p = item->parentItem(); p; p = p->parentItem())
        if (p->clip()) r &= p->mapRectToScene(QRectF(0, 0, p->width(), p->height()));
    return r;
}

// Scrolls every Flickable around the item so that the item is in view, as a person would flick the list.
void scrollIntoView(QQuickItem* item) {
    for (QQuickItem* p = item->parentItem(); p; p = p->parentItem()) {
        if (!p->inherits("QQuickFlickable")) continue;
        auto* content = p->property("contentItem").value<QQuickItem*>();
        if (!content) continue;
        const QRectF r = item->mapRectToItem(content, QRectF(0, 0, item->width(), item->height()));
        const double y = p->property("contentY").toDouble();
        const double maxY = std::max(0.0, p->property("contentHeight").toDouble() - p->height());
        double to = y;
        if (r.bottom() > y + p->height()) to = r.bottom() - p->height();
        if (r.top() < to) to = r.top();
        to = std::clamp(to, 0.0, maxY);
        if (to != y) p->setProperty("contentY", to);
    }
}

} // namespace

QQuickItem* UiDriver::find(const QString& objectName) const {
    QQuickItem* found = nullptr;
    walk(m_window->contentItem(), [&](QQuickItem* item) {
        if (!found && item->objectName() == objectName && effectivelyVisible(item)) found = item;
    });
    return found;
}

bool UiDriver::tap(const QString& objectName) {
    QQuickItem* item = find(objectName);
    if (!item || !item->isEnabled()) return false;
    scrollIntoView(item);
    // A person cannot touch what is off the screen.
    const QRectF r = visibleRect(item) & QRectF(0, 0, m_window->width(), m_window->height());
    if (r.isEmpty()) return false;
    ++m_taps;
    QTest::mouseClick(m_window, Qt::LeftButton, {}, r.center().toPoint());
    settle(25);
    return true;
}

bool UiDriver::waitFor(const std::function<bool()>& done, int timeoutMs) {
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs) return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(5);
    }
    return true;
}

void UiDriver::settle(int ms) {
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        QThread::msleep(2);
    }
}

bool UiDriver::screenshot(const QString& path) {
    settle(30);
    return m_window->grabWindow().save(path);
}

QStringList UiDriver::clippedTexts() const {
    QStringList out;
    const QRectF window(0, 0, m_window->width(), m_window->height());
    walk(m_window->contentItem(), [&](QQuickItem* item) {
        if (!item->inherits("QQuickText") || !effectivelyVisible(item)) return;
        if (item->property("text").toString().isEmpty()) return;
        const double cw = item->property("contentWidth").toDouble();
        const double ch = item->property("contentHeight").toDouble();
        const bool noWrap = item->property("wrapMode").toInt() == 0;
        const QString what = describe(item);
        if (item->property("truncated").toBool()) out << what + ": elided";
        if (noWrap && cw > item->width() + 1.5)
            out << what + QStringLiteral(": %1 px wide in %2").arg(cw).arg(item->width());
        if (ch > item->height() + 1.5)
            out << what + QStringLiteral(": %1 px high in %2").arg(ch).arg(item->height());
        const QRectF r = item->mapRectToScene(QRectF(0, 0, noWrap ? cw : item->width(), ch));
        // Inside a scrolled area, the part outside the viewport can be scrolled to: not clipped.
        bool inFlickable = false;
        for (const QQuickItem* p = item->parentItem(); p; p = p->parentItem())
            if (p->inherits("QQuickFlickable")) inFlickable = true;
        if (!inFlickable && !window.adjusted(-1, -1, 1, 1).contains(r)) out << what + ": outside the window";
        // Text must stay inside its button.
        for (const QQuickItem* p = item->parentItem(); p; p = p->parentItem())
            if (isButton(p)) {
                const QRectF b = p->mapRectToScene(QRectF(0, 0, p->width(), p->height()));
                const QRectF tr = item->mapRectToScene(QRectF(0, 0, noWrap ? cw : item->width(), ch));
                if (!b.adjusted(-1, -1, 1, 1).contains(tr)) out << what + ": sticks out of its button";
                break;
            }
    });
    return out;
}

QStringList UiDriver::overlappingTexts() const {
    // Two texts drawn over each other (a layout that did not make room for wrapped lines).
    std::vector<std::pair<QQuickItem*, QRectF>> texts;
    // With a modal panel open, only its texts count (the screen behind is dimmed, not read).
    QQuickItem* root = m_window->contentItem();
    for (const char* modal : {"startOverDialog", "idleWarning", "editorOverlay", "staffPanel"})
        if (QQuickItem* m = find(QString::fromLatin1(modal))) root = m;
    walk(root, [&](QQuickItem* item) {
        if (!item->inherits("QQuickText") || !effectivelyVisible(item)) return;
        if (item->property("text").toString().trimmed().isEmpty()) return;
        const double cw = item->property("contentWidth").toDouble();
        const double ch = item->property("contentHeight").toDouble();
        const bool noWrap = item->property("wrapMode").toInt() == 0;
        const int align = item->property("horizontalAlignment").toInt();
        double x = 0;
        const double w = noWrap ? cw : std::min(cw, item->width());
        if (align == Qt::AlignHCenter) x = (item->width() - w) / 2;
        if (align == Qt::AlignRight) x = item->width() - w;
        QRectF r = item->mapRectToScene(QRectF(x, 0, w, ch)) & visibleRect(item).adjusted(-1, -1, 1, 1);
        if (!r.isEmpty()) texts.emplace_back(item, r);
    });
    QStringList out;
    for (std::size_t i = 0; i < texts.size(); ++i)
        for (std::size_t j = i + 1; j < texts.size(); ++j) {
            const QRectF both = texts[i].second & texts[j].second;
            if (both.width() > 3 && both.height() > 3)
                out << describe(texts[i].first) + " overlaps " + describe(texts[j].first);
        }
    return out;
}

QStringList UiDriver::unnamedControls() const {
    QStringList out;
    walk(m_window->contentItem(), [&](QQuickItem* item) {
        if (!isButton(item) || !effectivelyVisible(item)) return;
        QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(item);
        const QString name = iface ? iface->text(QAccessible::Name) : QString();
        if (name.trimmed().isEmpty()) out << describe(item);
    });
    return out;
}

QStringList UiDriver::smallTargets(double minPx) const {
    QStringList out;
    walk(m_window->contentItem(), [&](QQuickItem* item) {
        if (!isButton(item) || !effectivelyVisible(item)) return;
        if (item->width() + 0.5 < minPx || item->height() + 0.5 < minPx)
            out << describe(item) + QStringLiteral(": %1×%2 px").arg(item->width()).arg(item->height());
    });
    return out;
}

} // namespace kakanai::kiosk
