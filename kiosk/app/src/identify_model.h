#pragma once
// Identification ("identify" in QML): the card reader's state (watched on the card thread), the PIN pad
// (digits kept in locked memory, never in QML), the camera path with live view and auto-capture, and
// manual entry by staff. Reads run on device threads; results come back to the UI thread.

#include "kakanai/ports/card_reader.h"
#include "kakanai/session/session.h"
#include "kakanai/sys/secure_memory.h"

#include <QImage>
#include <QObject>

#include <memory>
#include <mutex>

namespace kakanai::kiosk {

class KioskController;

class IdentifyModel : public QObject {
    Q_OBJECT
    Q_PROPERTY(bool readerConnected READ readerConnected NOTIFY cardChanged)
    Q_PROPERTY(bool cardPresent READ cardPresent NOTIFY cardChanged)
    Q_PROPERTY(QString cardKind READ cardKind NOTIFY cardChanged) // mynumber | licence | unsupported | ""
    Q_PROPERTY(int triesLeft READ triesLeft NOTIFY cardChanged)  // -1 unknown
    Q_PROPERTY(int pinLength READ pinLength NOTIFY pinChanged)
    Q_PROPERTY(bool reading READ reading NOTIFY stateChanged)
    Q_PROPERTY(QString error READ error NOTIFY stateChanged) // error code of the last attempt, or ""
    Q_PROPERTY(bool pinRefused READ pinRefused NOTIFY cardChanged) // one try left or blocked: staff only
    Q_PROPERTY(QString cameraFrame READ cameraFrame NOTIFY cameraChanged) // image://camera/<n>
    Q_PROPERTY(bool cameraCard READ cameraCard NOTIFY cameraChanged)
    Q_PROPERTY(bool cameraStill READ cameraStill NOTIFY cameraChanged)
    Q_PROPERTY(int stillFrames READ stillFrames NOTIFY cameraChanged)
    Q_PROPERTY(int stillFramesNeeded READ stillFramesNeeded CONSTANT)

public:
    explicit IdentifyModel(KioskController& kiosk);
    ~IdentifyModel() override;

    bool readerConnected() const { return m_status.readers.size() > 0; }
    bool cardPresent() const { return m_status.cardPresent; }
    QString cardKind() const;
    int triesLeft() const { return m_status.pinTriesLeft; }
    int pinLength() const { return static_cast<int>(m_pin ? m_pin->size() : 0); }
    bool reading() const { return m_reading; }
    QString error() const { return m_error; }
    bool pinRefused() const { return m_status.cardPresent && m_status.pinTriesLeft >= 0 && m_status.pinTriesLeft <= 1; }
    QString cameraFrame() const;
    bool cameraCard() const { return m_cameraCard; }
    bool cameraStill() const { return m_cameraStill; }
    int stillFrames() const { return m_stillFrames; }
    int stillFramesNeeded() const { return 3; }

    Q_INVOKABLE void pinDigit(int digit);
    Q_INVOKABLE void pinBackspace();
    Q_INVOKABLE void pinClear();
    Q_INVOKABLE void pinSubmit();
    Q_INVOKABLE void dontKnowPin(); // licence PIN unknown: photo path
    Q_INVOKABLE void useCamera();
    Q_INVOKABLE void retryCamera();
    Q_INVOKABLE void useStaff(); // "staff will help": staff type the details
    Q_INVOKABLE void clearError();

    // The latest camera frame for the image provider (UI thread).
    QImage currentFrame() const;

    void startWatching();
    void stepEntered(Step step);
    void wipe();

signals:
    void cardChanged();
    void pinChanged();
    void stateChanged();
    void cameraChanged();

private:
    void onStatus(const CardStatus& status);
    void onRead(Result<Person> result);
    void grabNext();
    void capture(const QImage& frame);
    void stopCamera();
    KioskController& m_kiosk;
    CardStatus m_status;
    std::unique_ptr<SecureBuffer> m_pin;
    bool m_reading = false;
    QString m_error;
    // camera
    bool m_cameraOn = false;
    bool m_capturing = false;
    bool m_grabPending = false;
    int m_frameNo = 0;
    QImage m_frame;
    bool m_cameraCard = false, m_cameraStill = false;
    int m_stillFrames = 0;
    int m_grabFailures = 0; // consecutive grabs without a frame
    static constexpr int kGrabFailuresBeforeGivingUp = 3;
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);
};

} // namespace kakanai::kiosk
