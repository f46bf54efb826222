#include "staff_model.h"

#include "kiosk_controller.h"
#include "output_model.h"
#include "staff_verify_model.h"

#include "kakanai/forms/form_filler.h"
#include "kakanai/pdf/pdf_renderer.h"
#include "kakanai/sys/hardening.h"

#include <sodium.h>

#include <QFile>

#include <thread>

namespace kakanai::kiosk {

bool verifyStaffPin(const std::string& hash, std::string_view pin) {
    if (hash.empty() || sodium_init() < 0) return false;
    return crypto_pwhash_str_verify(hash.c_str(), pin.data(), pin.size()) == 0;
}

std::string hashStaffPin(std::string_view pin) {
    if (sodium_init() < 0) return {};
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, pin.data(), pin.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
        return {};
    return out;
}

StaffModel::StaffModel(KioskController& kiosk) : QObject(&kiosk), m_kiosk(kiosk) {}

StaffModel::~StaffModel() {
    *m_alive = false;
}

void StaffModel::open() {
    m_padOpen = true;
    m_error.clear();
    m_pin.reset();
    emit changed();
}

void StaffModel::pinDigit(int digit) {
    if (digit < 0 || digit > 9 || m_checking) return;
    if (!m_pin) m_pin = std::make_unique<SecureBuffer>(16);
    if (m_pin->size() >= 8) return;
    m_pin->push(static_cast<char>('0' + digit));
    emit changed();
}

void StaffModel::pinBackspace() {
    if (!m_pin || m_pin->size() == 0) return;
    auto shorter = std::make_unique<SecureBuffer>(16);
    for (std::size_t i = 0; i + 1 < m_pin->size(); ++i)
        shorter->push(m_pin->data()[i]);
    m_pin = std::move(shorter);
    emit changed();
}

void StaffModel::pinSubmit() {
    if (!m_pin || m_pin->size() < 4 || m_checking) return;
    if (m_failures >= 5) {
        m_error = QStringLiteral("staff.locked");
        emit changed();
        return;
    }
    m_checking = true;
    emit changed();
    std::shared_ptr<SecureBuffer> pin(m_pin.release());
    const std::string hash = m_kiosk.config().staff_pin_hash;
    auto alive = m_alive;
    // Argon2 takes a moment and 64 MiB: not on the UI thread.
    std::thread([this, pin, hash, alive] {
        const bool ok = verifyStaffPin(hash, pin->view());
        pin->clear();
        m_kiosk.postToUi([this, ok, alive] {
            if (!*alive) return;
            m_checking = false;
            if (ok) {
                m_failures = 0;
                m_unlocked = true;
                m_padOpen = false;
                m_error.clear();
                refresh();
            } else {
                ++m_failures;
                m_error = m_failures >= 5 ? QStringLiteral("staff.locked") : QStringLiteral("staff.wrong-pin");
            }
            emit changed();
        });
    }).detach();
}

void StaffModel::close() {
    m_kiosk.staffVerifyModel().close();
    m_padOpen = false;
    m_unlocked = false;
    m_pin.reset();
    m_error.clear();
    m_proofStatus.clear();
    emit changed();
}

void StaffModel::refresh() {
    Printer* printer = m_kiosk.devices().printer.get();
    CardReader* reader = m_kiosk.devices().card.get();
    const QString printerName = QString::fromStdString(m_kiosk.devices().printerDescription);
    const bool printerBuiltIn = m_kiosk.devices().printerBuiltIn, cardBuiltIn = m_kiosk.devices().cardBuiltIn;
    auto alive = m_alive;
    m_kiosk.deviceThread().post([this, printer, printerName, printerBuiltIn, alive] {
        QString text;
        if (!printerBuiltIn) {
            text = printerName + QStringLiteral(": not in this build");
        } else if (!printer) {
            text = QStringLiteral("no printer");
        } else if (auto st = printer->state(); !st.ok()) {
            text = printerName + QStringLiteral(": ") + QString::fromStdString(st.error().code);
        } else {
            text = printerName + QStringLiteral(": ") + (st->reachable ? QStringLiteral("ready") : QStringLiteral("unreachable"));
            for (const auto& r : st->reasons)
                text += QStringLiteral(" [") + QString::fromStdString(r) + QStringLiteral("]");
        }
        m_kiosk.postToUi([this, text, alive] {
            if (!*alive) return;
            m_printerStatus = text;
            emit statusChanged();
        });
    });
    m_kiosk.cardThread().post([this, reader, cardBuiltIn, alive] {
        QString text;
        if (!cardBuiltIn) {
            text = QStringLiteral("not in this build");
        } else if (!reader) {
            text = QStringLiteral("no reader");
        } else if (auto st = reader->status(); !st.ok()) {
            text = QString::fromStdString(st.error().code);
        } else {
            text = st->readers.empty() ? QStringLiteral("no reader") : QString::fromStdString(st->reader);
            text += st->cardPresent ? QStringLiteral(": card inserted") : QStringLiteral(": no card");
        }
        m_kiosk.postToUi([this, text, alive] {
            if (!*alive) return;
            m_readerStatus = text;
            emit statusChanged();
        });
    });
    emit statusChanged();
}

void StaffModel::runSelfTest() {
    QVariantList out;
    auto add = [&](const QString& name, bool ok, const QString& detail) {
        out << QVariantMap{{"name", name}, {"ok", ok}, {"detail", detail}};
    };
    const auto& catalog = m_kiosk.catalog();
    int valid = 0, broken = 0;
    for (const auto& e : catalog.entries())
        (e.form ? valid : broken)++;
    add(QStringLiteral("forms"), valid > 0 && broken == 0,
        QStringLiteral("%1 valid, %2 with problems").arg(valid).arg(broken));
    add(QStringLiteral("translations"), QFile::exists(QStringLiteral(":/i18n/kiosk_ja.qm")),
        QStringLiteral("%1 languages").arg(m_kiosk.config().languages.size()));
    add(QStringLiteral("dictionary"), m_kiosk.dictionary() != nullptr,
        m_kiosk.dictionary() ? QStringLiteral("%1 readings").arg(m_kiosk.dictionary()->size()) : QStringLiteral("skkdic missing"));
    add(QStringLiteral("core dumps off"), coreDumpsDisabled(), QString());
    add(QStringLiteral("staff PIN set"), !m_kiosk.config().staff_pin_hash.empty(), QString());
    add(QStringLiteral("camera"), m_kiosk.cameraAvailable(),
        !m_kiosk.devices().cameraBuiltIn   ? QStringLiteral("not in this build")
        : !m_kiosk.config().camera_enabled ? QStringLiteral("off in the config")
                                           : QString());
    m_selfTest = out;
    refresh();
}

QVariantList StaffModel::counters() const {
    const UsageCounters& c = m_kiosk.counters();
    QVariantList out;
    auto add = [&](const QString& name, const QString& value) { out << QVariantMap{{"name", name}, {"value", value}}; };
    add(QStringLiteral("sessions started"), QString::number(c.started()));
    add(QStringLiteral("sessions finished"), QString::number(c.finished()));
    add(QStringLiteral("sessions abandoned"), QString::number(c.abandoned()));
    for (int i = 0; i < kStepCount; ++i)
        if (int n = c.abandonedAt(static_cast<Step>(i)))
            add(QStringLiteral("  abandoned at ") + QString::fromUtf8(toString(static_cast<Step>(i)).data()), QString::number(n));
    add(QStringLiteral("forms printed"), QString::number(c.formsPrinted()));
    for (const auto& [id, n] : c.formsPrintedById())
        add(QStringLiteral("  ") + QString::fromStdString(id), QString::number(n));
    add(QStringLiteral("staff calls"), QString::number(c.staffCalls()));
    add(QStringLiteral("median session (s)"), QString::number(c.medianSessionSeconds(), 'f', 1));
    for (int i = 1; i < kStepCount; ++i)
        if (double m = c.medianSeconds(static_cast<Step>(i)); m > 0)
            add(QStringLiteral("  median ") + QString::fromUtf8(toString(static_cast<Step>(i)).data()) + QStringLiteral(" (s)"),
                QString::number(m, 'f', 1));
    return out;
}

QStringList StaffModel::forms() const {
    QStringList out;
    for (const auto& e : m_kiosk.catalog().entries())
        if (e.form) out << QString::fromStdString(e.form->id);
    return out;
}

void StaffModel::printProof(const QString& formId) {
    if (!m_unlocked) return;
    const FormTemplate* form = m_kiosk.catalog().find(formId.toStdString());
    Printer* printer = m_kiosk.devices().printer.get();
    if (!form || !printer) return;
    m_proofStatus = QStringLiteral("printing");
    emit statusChanged();
    const KioskConfig* config = &m_kiosk.config();
    auto alive = m_alive;
    m_kiosk.deviceThread().post([this, form, printer, config, alive] {
        const PrinterConfig* pc = config->activePrinter();
        FillRequest req;
        req.forms = {form};
        req.config = config;
        req.today = Date::today();
        req.proof = true;
        if (pc) req.calibration = pc->calibration;
        auto& fonts = m_kiosk.outputModel().fontsOnDevice();
        QString result;
        auto out = fillForms(req, fonts);
        if (!out) {
            result = QString::fromStdString(out.error().code);
        } else {
            appendCalibrationPage(out->document, fonts, req.calibration, pc ? pc->name : "(none)");
            pdf::PdfRenderer renderer(fonts);
            auto bytes = renderer.render(out->document);
            if (!bytes) {
                result = QString::fromStdString(bytes.error().code);
            } else {
                PrintOptions o;
                o.jobName = "kakanai-proof";
                Status st = printer->print(*bytes, o, 30, [](const JobProgress&) {});
                result = st.ok() ? QStringLiteral("printed") : QString::fromStdString(st.error().code);
            }
        }
        m_kiosk.postToUi([this, result, alive] {
            if (!*alive) return;
            m_proofStatus = result;
            emit statusChanged();
        });
    });
}

void StaffModel::setStaffOperated(bool on) {
    if (!m_unlocked) return;
    m_kiosk.setStaffOperated(on);
}

void StaffModel::clearStaffCall() {
    if (m_unlocked) m_kiosk.cancelStaffCall();
}

} // namespace kakanai::kiosk
