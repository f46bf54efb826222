#pragma once
// Images the QML shows from memory (preview pages, camera frames) through one image provider
// ("image://kiosk/<id>"). Nothing is written to disk; clear() drops them when the session ends.

#include <QImage>
#include <QMap>
#include <QQuickImageProvider>

#include <memory>
#include <mutex>

namespace kakanai::kiosk {

class ImageStore {
public:
    void put(const QString& id, const QImage& image);
    QImage get(const QString& id) const;
    void removePrefix(const QString& prefix);
    void clear();
    int count() const;

private:
    mutable std::mutex m_mutex;
    QMap<QString, QImage> m_images;
};

class StoreImageProvider final : public QQuickImageProvider {
public:
    explicit StoreImageProvider(std::shared_ptr<ImageStore> store)
        : QQuickImageProvider(QQuickImageProvider::Image), m_store(std::move(store)) {}
    QImage requestImage(const QString& id, QSize* size, const QSize& requestedSize) override;

private:
    std::shared_ptr<ImageStore> m_store;
};

} // namespace kakanai::kiosk
