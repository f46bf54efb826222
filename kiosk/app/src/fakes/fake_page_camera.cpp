#include "fake_page_camera.h"

#include <cstring>

namespace kakanai::kiosk {

Status FakePageCamera::open() {
    std::lock_guard lock(m_mutex);
    if (m_failOpen) return makeError("camera.unavailable", "the document camera cannot be opened");
    m_open = true;
    return {};
}

void FakePageCamera::close() {
    std::lock_guard lock(m_mutex);
    m_open = false;
}

void FakePageCamera::setPage(const QImage& page) {
    std::lock_guard lock(m_mutex);
    m_page = page;
    m_source = nullptr; // an explicit page (or an empty desk) wins over the demo's
}

void FakePageCamera::setPageSource(std::function<QImage()> source) {
    std::lock_guard lock(m_mutex);
    m_source = std::move(source);
}

Result<CameraFrame> FakePageCamera::grab(std::chrono::milliseconds) {
    std::function<QImage()> source;
    {
        std::lock_guard lock(m_mutex);
        if (!m_open) return makeError("camera.closed", "the camera is not open");
        ++m_grabs;
        if (m_page.isNull()) source = m_source;
    }
    if (source) { // rendering takes a while: not under the lock
        QImage rendered = source();
        std::lock_guard lock(m_mutex);
        m_page = rendered;
    }
    std::lock_guard lock(m_mutex);
    CameraFrame out;
    // An empty desk when no page is there: grey, nothing to read.
    const QImage page = m_page.isNull() ? QImage(1240, 1754, QImage::Format_Grayscale8) : m_page;
    QImage gray = page.convertToFormat(QImage::Format_Grayscale8);
    if (m_page.isNull()) gray.fill(0x5b);
    out.image.width = gray.width();
    out.image.height = gray.height();
    out.image.channels = 1;
    out.image.bytes.resize(static_cast<std::size_t>(gray.width()) * gray.height());
    for (int y = 0; y < gray.height(); ++y)
        std::memcpy(out.image.bytes.data() + static_cast<std::size_t>(y) * gray.width(),
                    gray.constScanLine(y), static_cast<std::size_t>(gray.width()));
    out.cardPresent = !m_page.isNull();
    out.still = true;
    return out;
}

} // namespace kakanai::kiosk
