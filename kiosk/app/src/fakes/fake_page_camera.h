#pragma once
// Test double of the DocumentCamera port for the staff verification screen: "photographs" whatever page
// it was given (a rendered, signed printout in the demo and the UI tests), or an empty desk.

#include "kakanai/ports/id_photo_reader.h"

#include <QImage>

#include <functional>
#include <mutex>

namespace kakanai::kiosk {

class FakePageCamera final : public DocumentCamera {
public:
    Status open() override;
    void close() override;
    Result<CameraFrame> grab(std::chrono::milliseconds timeout) override;

    // The page under the camera (null image: an empty desk); replaces a page source. Thread-safe.
    void setPage(const QImage& page);
    // Called on the first grab while no page is set (the demo renders its printout lazily).
    void setPageSource(std::function<QImage()> source);
    void setFailOpen(bool fail) { m_failOpen = fail; }
    int grabs() const { return m_grabs; }

private:
    mutable std::mutex m_mutex;
    QImage m_page;
    std::function<QImage()> m_source;
    bool m_open = false, m_failOpen = false;
    int m_grabs = 0;
};

} // namespace kakanai::kiosk
