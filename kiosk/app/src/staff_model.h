#pragma once
// Staff mode ("staff" in QML), behind the staff PIN (libsodium crypto_pwhash_str hash in the config's
// [staff] pin_hash): printer and reader status, a self-test, a calibration proof print, staff-operated
// mode and the anonymous usage counters. It never shows a resident's data.

#include "kakanai/sys/secure_memory.h"

#include <QObject>
#include <QVariantList>

#include <memory>

namespace kakanai::kiosk {

class KioskController;

// crypto_pwhash_str_verify; false for an empty hash (staff mode disabled).
bool verifyStaffPin(const std::string& hash, std::string_view pin);
// crypto_pwhash_str with the interactive limits (kakanai-kiosk --hash-staff-pin).
std::string hashStaffPin(std::string_view pin);

class StaffModel : public QObject {
    Q_OBJECT
    Q_PROPERTY(bool pinPadOpen READ pinPadOpen NOTIFY changed)
    Q_PROPERTY(bool unlocked READ unlocked NOTIFY changed)
    Q_PROPERTY(bool checking READ checking NOTIFY changed)
    Q_PROPERTY(int pinLength READ pinLength NOTIFY changed)
    Q_PROPERTY(QString error READ error NOTIFY changed)
    Q_PROPERTY(QString printerStatus READ printerStatus NOTIFY statusChanged)
    Q_PROPERTY(QString readerStatus READ readerStatus NOTIFY statusChanged)
    Q_PROPERTY(QVariantList selfTest READ selfTest NOTIFY statusChanged)
    Q_PROPERTY(QVariantList counters READ counters NOTIFY statusChanged)
    Q_PROPERTY(QStringList forms READ forms CONSTANT)
    Q_PROPERTY(QString proofStatus READ proofStatus NOTIFY statusChanged)

public:
    explicit StaffModel(KioskController& kiosk);
    ~StaffModel() override;

    bool pinPadOpen() const { return m_padOpen; }
    bool unlocked() const { return m_unlocked; }
    bool checking() const { return m_checking; }
    int pinLength() const { return static_cast<int>(m_pin ? m_pin->size() : 0); }
    QString error() const { return m_error; }
    QString printerStatus() const { return m_printerStatus; }
    QString readerStatus() const { return m_readerStatus; }
    QVariantList selfTest() const { return m_selfTest; }
    QVariantList counters() const;
    QStringList forms() const;
    QString proofStatus() const { return m_proofStatus; }

    Q_INVOKABLE void open();
    Q_INVOKABLE void pinDigit(int digit);
    Q_INVOKABLE void pinBackspace();
    Q_INVOKABLE void pinSubmit();
    Q_INVOKABLE void close();
    Q_INVOKABLE void refresh();
    Q_INVOKABLE void runSelfTest();
    Q_INVOKABLE void printProof(const QString& formId);
    Q_INVOKABLE void setStaffOperated(bool on);
    Q_INVOKABLE void clearStaffCall();

signals:
    void changed();
    void statusChanged();

private:
    KioskController& m_kiosk;
    bool m_padOpen = false, m_unlocked = false, m_checking = false;
    std::unique_ptr<SecureBuffer> m_pin;
    QString m_error, m_printerStatus, m_readerStatus, m_proofStatus;
    QVariantList m_selfTest;
    int m_failures = 0;
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);
};

} // namespace kakanai::kiosk
