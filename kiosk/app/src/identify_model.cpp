#include "identify_model.h"

#include "details_model.h"
#include "image_store.h"
#include "kiosk_controller.h"

#include <QTimer>

#include <cstring>

namespace kakanai::kiosk {
namespace {

QImage toQImage(const ImageData& d) {
    if (d.channels != 3 || d.width <= 0) return {};
    QImage img(d.bytes.data(), d.width, d.height, d.width * 3, QImage::Format_RGB888);
    return img.rgbSwapped(); // BGR → RGB, and a deep copy
}

ImageData toImageData(const QImage& image) {
    const QImage bgr = image.convertToFormat(QImage::Format_RGB888).rgbSwapped();
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

void wipeImage(ImageData& d) {
    std::fill(d.bytes.begin(), d.bytes.end(), 0);
    d.bytes.clear();
}

} // namespace

IdentifyModel::IdentifyModel(KioskController& kiosk) : QObject(&kiosk), m_kiosk(kiosk) {}

IdentifyModel::~IdentifyModel() {
    *m_alive = false;
}

QString IdentifyModel::cardKind() const {
    if (!m_status.cardPresent) return {};
    switch (m_status.kind) {
    case CardKind::MyNumber:
        return QStringLiteral("mynumber");
    case CardKind::DriverLicense:
        return QStringLiteral("licence");
    case CardKind::Unsupported:
        return QStringLiteral("unsupported");
    case CardKind::None:
        break;
    }
    return {};
}

void IdentifyModel::startWatching() {
    CardReader* reader = m_kiosk.devices().card.get();
    if (!reader) return;
    auto first = std::make_shared<bool>(true);
    auto last = std::make_shared<CardStatus>();
    m_kiosk.cardThread().setIdle([this, reader, first, last] {
        // Wait (no polling) for an insert/remove; report only changes to the UI thread.
        auto st = *first ? reader->status() : reader->waitForChange(std::chrono::milliseconds(250));
        CardStatus now = st.ok() ? st.value() : CardStatus{};
        const bool changed = *first || now.cardPresent != last->cardPresent || now.kind != last->kind ||
                             now.pinTriesLeft != last->pinTriesLeft || now.readers.size() != last->readers.size();
        *first = false;
        *last = now;
        if (changed) m_kiosk.postToUi([this, now] { onStatus(now); });
    });
}

void IdentifyModel::onStatus(const CardStatus& status) {
    const bool wasPresent = m_status.cardPresent;
    m_status = status;
    emit cardChanged();
    const Step step = m_kiosk.session().step();
    if (m_status.cardPresent && !wasPresent && step == Step::Identify &&
        (m_status.kind == CardKind::MyNumber || m_status.kind == CardKind::DriverLicense)) {
        m_error.clear();
        emit stateChanged();
        m_kiosk.go(Step::Pin);
    } else if (!m_status.cardPresent && wasPresent && step == Step::Pin && !m_reading) {
        pinClear();
        m_error = QStringLiteral("card.removed");
        emit stateChanged();
        m_kiosk.go(Step::Identify);
    } else if (m_status.cardPresent && !wasPresent && step == Step::Identify &&
               m_status.kind == CardKind::Unsupported) {
        m_error = QStringLiteral("card.unsupported");
        emit stateChanged();
    }
}

void IdentifyModel::pinDigit(int digit) {
    if (digit < 0 || digit > 9 || m_reading) return;
    if (!m_pin) m_pin = std::make_unique<SecureBuffer>(16);
    if (m_pin->size() >= 4) return; // both cards' 券面/照会 PINs are 4 digits
    m_pin->push(static_cast<char>('0' + digit));
    emit pinChanged();
}

void IdentifyModel::pinBackspace() {
    if (!m_pin || m_pin->size() == 0) return;
    // SecureBuffer has no pop: rebuild without the last digit (both buffers are wiped).
    auto shorter = std::make_unique<SecureBuffer>(16);
    for (std::size_t i = 0; i + 1 < m_pin->size(); ++i)
        shorter->push(m_pin->data()[i]);
    m_pin = std::move(shorter);
    emit pinChanged();
}

void IdentifyModel::pinClear() {
    if (m_pin) m_pin->clear();
    m_pin.reset();
    emit pinChanged();
}

void IdentifyModel::pinSubmit() {
    if (!m_pin || m_pin->size() != 4 || m_reading) return;
    // Never spend the last try: the resident goes to staff instead (the card would lock).
    if (pinRefused()) return;
    m_reading = true;
    m_error.clear();
    emit stateChanged();
    std::shared_ptr<SecureBuffer> pin(m_pin.release());
    emit pinChanged();
    CardReader* reader = m_kiosk.devices().card.get();
    auto alive = m_alive;
    m_kiosk.cardThread().post([this, reader, pin, alive] {
        Result<Person> r = reader->read(pin->view());
        pin->clear();
        auto st = reader->status();
        CardStatus status = st.ok() ? st.value() : CardStatus{};
        m_kiosk.postToUi([this, r = std::move(r), status, alive]() mutable {
            if (!*alive) return;
            onStatus(status);
            onRead(std::move(r));
        });
    });
}

void IdentifyModel::onRead(Result<Person> result) {
    m_reading = false;
    if (!result.ok()) {
        m_error = QString::fromStdString(result.error().code);
        if (auto it = result.error().details.find("tries_left"); it != result.error().details.end())
            m_status.pinTriesLeft = std::stoi(it->second);
        emit cardChanged();
        emit stateChanged();
        if (m_error == QLatin1String("card.removed") || m_error == QLatin1String("card.no-card"))
            m_kiosk.go(Step::Identify);
        return;
    }
    emit stateChanged();
    Session& s = m_kiosk.session();
    if (s.step() != Step::Pin) {
        result.value().wipe();
        return; // the session ended while the card was read
    }
    s.idMethod = m_status.kind == CardKind::DriverLicense ? IdMethod::DriverLicenseCard : IdMethod::MyNumberCard;
    m_kiosk.detailsModel().setPerson(std::move(result.value()));
    m_kiosk.go(Step::Check);
}

void IdentifyModel::dontKnowPin() {
    pinClear();
    useCamera();
}

void IdentifyModel::useCamera() {
    if (!m_kiosk.cameraAvailable()) return;
    m_error.clear();
    emit stateChanged();
    m_kiosk.go(Step::Camera);
}

void IdentifyModel::retryCamera() {
    m_error.clear();
    m_stillFrames = 0;
    emit stateChanged();
    stopCamera();
    stepEntered(Step::Camera);
}

void IdentifyModel::useStaff() {
    m_kiosk.callStaff();
    m_kiosk.session().idMethod = IdMethod::Staff;
    Person p;
    p.source = std::string(sources::kManual);
    m_kiosk.detailsModel().setPerson(std::move(p));
    m_kiosk.go(Step::StaffEntry);
}

void IdentifyModel::clearError() {
    m_error.clear();
    emit stateChanged();
}

QString IdentifyModel::cameraFrame() const {
    return m_frame.isNull() ? QString() : QStringLiteral("image://kiosk/camera/%1").arg(m_frameNo);
}

QImage IdentifyModel::currentFrame() const {
    return m_frame;
}

void IdentifyModel::stepEntered(Step step) {
    if (step != Step::Pin) pinClear();
    // A card inserted before this screen (residents insert it on sight) counts as inserted now.
    if (step == Step::Identify && m_kiosk.movedForward() && m_status.cardPresent &&
        (m_status.kind == CardKind::MyNumber || m_status.kind == CardKind::DriverLicense))
        QTimer::singleShot(0, this, [this] {
            if (m_kiosk.session().step() == Step::Identify && m_status.cardPresent) m_kiosk.go(Step::Pin);
        });
    if (step == Step::Camera && !m_cameraOn) {
        DocumentCamera* cam = m_kiosk.devices().camera.get();
        if (!cam) return;
        m_cameraOn = true;
        m_capturing = false;
        m_stillFrames = 0;
        auto alive = m_alive;
        m_kiosk.deviceThread().post([this, cam, alive] {
            Status st = cam->open();
            m_kiosk.postToUi([this, st, alive] {
                if (!*alive) return;
                if (!st.ok()) {
                    m_error = QString::fromStdString(st.error().code);
                    m_cameraOn = false;
                    emit stateChanged();
                    return;
                }
                grabNext();
            });
        });
    } else if (step != Step::Camera && m_cameraOn) {
        stopCamera();
    }
}

void IdentifyModel::grabNext() {
    if (!m_cameraOn || m_capturing || m_grabPending) return;
    DocumentCamera* cam = m_kiosk.devices().camera.get();
    m_grabPending = true;
    auto alive = m_alive;
    m_kiosk.deviceThread().post([this, cam, alive] {
        auto frame = cam->grab(std::chrono::milliseconds(500));
        QImage img;
        bool present = false, still = false;
        const bool grabbed = frame.ok();
        if (grabbed) {
            img = toQImage(frame->image);
            present = frame->cardPresent;
            still = frame->still;
            wipeImage(frame->image);
        }
        m_kiosk.postToUi([this, img, present, still, grabbed, alive] {
            if (!*alive) return;
            m_grabPending = false;
            if (!m_cameraOn) return;
            // A camera unplugged or no longer delivering frames: say so (and offer staff or a retry)
            // instead of showing a frozen picture. One lost frame is not a fault.
            m_grabFailures = grabbed ? 0 : m_grabFailures + 1;
            if (m_grabFailures >= kGrabFailuresBeforeGivingUp) {
                stopCamera();
                m_error = QStringLiteral("camera.unavailable");
                emit stateChanged();
                return;
            }
            if (!grabbed) {
                QTimer::singleShot(60, this, [this] { grabNext(); });
                return;
            }
            m_frame = img;
            ++m_frameNo;
            m_kiosk.images()->removePrefix(QStringLiteral("camera/"));
            m_kiosk.images()->put(QStringLiteral("camera/%1").arg(m_frameNo), img);
            m_cameraCard = present;
            m_cameraStill = still;
            m_stillFrames = still ? m_stillFrames + 1 : 0;
            emit cameraChanged();
            // Auto-capture once the card has rested for a few frames: no button to find or press.
            if (m_stillFrames >= stillFramesNeeded())
                capture(img);
            else
                QTimer::singleShot(60, this, [this] { grabNext(); });
        });
    });
}

void IdentifyModel::capture(const QImage& frame) {
    m_capturing = true;
    emit stateChanged();
    IdPhotoReader* ocr = m_kiosk.devices().ocr.get();
    auto data = std::make_shared<ImageData>(toImageData(frame));
    auto alive = m_alive;
    m_kiosk.deviceThread().post([this, ocr, data, alive] {
        Result<Person> r = ocr->read(*data, IdDocumentKind::Auto);
        wipeImage(*data);
        m_kiosk.postToUi([this, r = std::move(r), alive]() mutable {
            if (!*alive) return;
            stopCamera();
            if (m_kiosk.session().step() != Step::Camera) {
                if (r.ok()) r.value().wipe();
                return;
            }
            if (!r.ok()) {
                m_error = QString::fromStdString(r.error().code);
                emit stateChanged();
                return;
            }
            m_kiosk.session().idMethod = IdMethod::Camera;
            m_kiosk.detailsModel().setPerson(std::move(r.value()));
            m_kiosk.go(Step::Check);
        });
    });
}

void IdentifyModel::stopCamera() {
    m_cameraOn = false;
    m_capturing = false;
    m_frame = QImage(); // the frame showed the resident's ID: drop it
    m_kiosk.images()->removePrefix(QStringLiteral("camera/"));
    m_cameraCard = m_cameraStill = false;
    m_stillFrames = 0;
    m_grabFailures = 0;
    if (DocumentCamera* cam = m_kiosk.devices().camera.get()) m_kiosk.deviceThread().post([cam] { cam->close(); });
    emit cameraChanged();
}

void IdentifyModel::wipe() {
    pinClear();
    stopCamera();
    m_error.clear();
    m_reading = false;
    emit stateChanged();
}

} // namespace kakanai::kiosk
