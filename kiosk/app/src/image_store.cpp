#include "image_store.h"

namespace kakanai::kiosk {

void ImageStore::put(const QString& id, const QImage& image) {
    std::lock_guard l(m_mutex);
    m_images.insert(id, image);
}

QImage ImageStore::get(const QString& id) const {
    std::lock_guard l(m_mutex);
    return m_images.value(id);
}

void ImageStore::removePrefix(const QString& prefix) {
    std::lock_guard l(m_mutex);
    for (auto it = m_images.begin(); it != m_images.end();)
        it = it.key().startsWith(prefix) ? m_images.erase(it) : std::next(it);
}

void ImageStore::clear() {
    std::lock_guard l(m_mutex);
    m_images.clear();
}

int ImageStore::count() const {
    std::lock_guard l(m_mutex);
    return static_cast<int>(m_images.size());
}

QImage StoreImageProvider::requestImage(const QString& id, QSize* size, const QSize& requestedSize) {
    QImage img = m_store->get(id);
    if (img.isNull()) {
        img = QImage(8, 8, QImage::Format_RGB32);
        img.fill(Qt::white);
    }
    if (size) *size = img.size();
    if (requestedSize.isValid() && requestedSize.width() > 0 && requestedSize.height() > 0)
        return img.scaled(requestedSize, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    return img;
}

} // namespace kakanai::kiosk
