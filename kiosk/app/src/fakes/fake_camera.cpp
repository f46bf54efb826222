#include "fake_camera.h"

#include "kakanai/person/sample_people.h"

#include <QPainter>

#include <cstring>

#include <thread>

namespace kakanai::kiosk {
namespace {

constexpr int kW = 960, kH = 600;

ImageData toImageData(const QImage& img) {
    const QImage bgr = img.convertToFormat(QImage::Format_RGB888).rgbSwapped();
    ImageData d;
    d.width = bgr.width();
    d.height = bgr.height();
    d.channels = 3;
    d.bytes.resize(static_cast<std::size_t>(d.width) * d.height * 3);
    for (int y = 0; y < d.height; ++y)
        std::memcpy(d.bytes.data() + static_cast<std::size_t>(y) * d.width * 3, bgr.constScanLine(y),
                    static_cast<std::size_t>(d.width) * 3);
    return d;
}

} // namespace

QImage sampleLicenceImage() {
    QImage img(540, 340, QImage::Format_RGB32);
    img.fill(QColor("#e9f3e4"));
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(QColor("#557a46"), 3));
    p.drawRoundedRect(QRectF(2, 2, 536, 336), 18, 18);
    QFont f("BIZ UDPGothic");
    f.setPixelSize(18);
    p.setFont(f);
    p.setPen(Qt::black);
    p.drawText(QPointF(24, 44), QStringLiteral("氏名　架空　太郎　　昭和６０年　４月　１日生"));
    p.drawText(QPointF(24, 84), QStringLiteral("住所　東京都千代田区九段南一丁目２番３号"));
    p.drawText(QPointF(24, 124), QStringLiteral("交付　令和　５年　６月　７日"));
    f.setPixelSize(22);
    f.setBold(true);
    p.setFont(f);
    p.drawText(QPointF(24, 300), QStringLiteral("運転免許証（見本・架空）"));
    p.fillRect(QRectF(390, 140, 120, 150), QColor("#b7c7d8"));
    p.setPen(QColor("#44556a"));
    p.drawEllipse(QPointF(450, 195), 30, 34);
    return img;
}

Status FakeDocumentCamera::open() {
    if (m_failOpen || m_unplugAfter == 0)
        return makeError("camera.unavailable", "the document camera cannot be opened");
    m_frame = 0;
    m_open = true;
    return {};
}

void FakeDocumentCamera::close() {
    m_open = false;
}

Result<CameraFrame> FakeDocumentCamera::grab(std::chrono::milliseconds timeout) {
    if (!m_open) return makeError("camera.closed", "the camera is not open");
    const int unplug = m_unplugAfter, stall = m_stallAfter;
    if (unplug >= 0 && m_frame >= unplug)
        return makeError("camera.unavailable", "the document camera was disconnected");
    if (stall >= 0 && m_frame >= stall) {
        std::this_thread::sleep_for(timeout);
        return makeError("camera.timeout", "the document camera delivered no frame");
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(30)); // a real camera delivers ~30 fps
    const int n = m_frame++;
    QImage frame(kW, kH, QImage::Format_RGB32);
    frame.fill(QColor("#5b5b5b")); // the desk under the camera
    CameraFrame out;
    if (n >= m_empty) {
        static const QImage card = sampleLicenceImage();
        const int moving = std::max(0, m_empty + m_moving - n);
        QPainter p(&frame);
        p.drawImage(QPointF(210 + moving * 40, 130 + moving * 12), card);
        out.cardPresent = true;
        out.still = moving == 0;
    }
    out.image = toImageData(frame);
    return out;
}

Result<Person> FakeIdPhotoReader::read(const ImageData& image, IdDocumentKind) {
    if (!m_failure.empty()) return makeError(m_failure, "the photo could not be read");
    if (image.bytes.empty() || image.width <= 0) return makeError("ocr.unreadable", "empty image");
    auto p = parsePerson(R"({
      "schema": "kakanai-person/1", "source": "ocr:driver-license",
      "name": {"value": "架空　太郎", "source": "ocr:driver-license", "confidence": 0.74},
      "birth_date": {"value": "1985-04-01", "source": "ocr:driver-license", "confidence": 0.97},
      "address": {"value": "東京都千代田区九段南一丁目２番３号", "source": "ocr:driver-license", "confidence": 0.91},
      "needs_check": ["name"]
    })");
    if (!p) return p.error();
    return std::move(p.value());
}

} // namespace kakanai::kiosk
