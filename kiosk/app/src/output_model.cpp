#include "output_model.h"

#include "image_store.h"
#include "kiosk_controller.h"

#include "kakanai/forms/form_filler.h"
#include "kakanai/handoff/ledger.h"
#include "kakanai/pdf/pdf_renderer.h"

#include <poppler-qt6.h>

#include <QBuffer>
#include <QCoreApplication>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

namespace kakanai::kiosk {
namespace {

struct Rendered {
    Bytes pdf;
    std::shared_ptr<handoff::HandoffSigner> signer;
    std::vector<QImage> pages;
    int handwriting = 0;
    std::string error;
};

QString faultCode(PrinterFault f) {
    switch (f) {
    case PrinterFault::MediaEmpty:
        return QStringLiteral("print.media-empty");
    case PrinterFault::MediaJam:
        return QStringLiteral("print.media-jam");
    case PrinterFault::DoorOpen:
        return QStringLiteral("print.door-open");
    case PrinterFault::Offline:
        return QStringLiteral("print.offline");
    case PrinterFault::Stopped:
        return QStringLiteral("print.stopped");
    case PrinterFault::Unreachable:
        return QStringLiteral("print.unreachable");
    case PrinterFault::TonerLow:
    case PrinterFault::None:
        return {};
    default:
        return QStringLiteral("print.failed");
    }
}

std::vector<QImage> renderPages(const Bytes& pdf, double dpi) {
    std::vector<QImage> out;
    const QByteArray data = QByteArray::fromRawData(reinterpret_cast<const char*>(pdf.data()),
                                                    static_cast<qsizetype>(pdf.size()));
    std::unique_ptr<Poppler::Document> doc = Poppler::Document::loadFromData(data);
    if (!doc || doc->isLocked()) return out;
    doc->setRenderHint(Poppler::Document::Antialiasing);
    doc->setRenderHint(Poppler::Document::TextAntialiasing);
    for (int i = 0; i < doc->numPages(); ++i)
        if (std::unique_ptr<Poppler::Page> page = doc->page(i)) out.push_back(page->renderToImage(dpi, dpi));
    return out;
}

} // namespace

OutputModel::OutputModel(KioskController& kiosk) : QObject(&kiosk), m_kiosk(kiosk) {}

OutputModel::~OutputModel() {
    *m_alive = false;
}

pdf::FontLibrary& OutputModel::fontsOnDevice() {
    if (!m_fonts) m_fonts = std::make_unique<pdf::FontLibrary>(m_kiosk.config().font_dirs);
    return *m_fonts;
}

void OutputModel::stepEntered(Step step) {
    if (step == Step::Preview) {
        buildPreview();
    } else if (step != Step::Printing && step != Step::Done) {
        // Anything changed before the preview is rendered again from scratch.
        if (m_pdf) wipe();
    }
}

void OutputModel::buildPreview() {
    m_previewError.clear();
    m_pages.clear();
    m_phase = QStringLiteral("idle");
    emit previewChanged();
    emit printChanged();
    const Session& s = m_kiosk.session();
    if (!s.person) return;
    // The device thread works on its own copy of the record, wiped when the job ends.
    auto person = std::make_shared<Person>(*s.person);
    auto answers = std::make_shared<AnswersDocument>(s.answers);
    const auto forms = m_kiosk.chosenForms();
    const std::string idMethod = idMethodText(s.idMethod, &*s.person);
    const int generation = ++m_generation;
    const KioskConfig* config = &m_kiosk.config();
    auto alive = m_alive;
    auto key = m_kiosk.signingKey();
    m_kiosk.deviceThread().post([this, person, answers, forms, idMethod, generation, config, alive, key] {
        auto r = std::make_shared<Rendered>();
        FillRequest req;
        req.forms = forms;
        req.person = person.get();
        req.answers = answers.get();
        req.config = config;
        req.today = Date::today();
        req.idMethod = idMethod;
        if (const PrinterConfig* p = config->activePrinter()) req.calibration = p->calibration;
        if (key) {
            // The signer refers to the key: it shares the key's lifetime through this lambda's copy.
            r->signer = std::shared_ptr<handoff::HandoffSigner>(
                new handoff::HandoffSigner(*key, handoff::newSession(*config, person.get(), idMethod), forms),
                [key](handoff::HandoffSigner* signer) { delete signer; });
            req.qrPayload = r->signer->payloadFn();
        }
        auto filled = fillForms(req, fontsOnDevice());
        if (!filled) {
            r->error = filled.error().code;
        } else {
            for (const auto& f : filled->forms)
                r->handwriting += static_cast<int>(f.problems().size());
            pdf::PdfRenderer renderer(fontsOnDevice());
            auto bytes = renderer.render(filled->document);
            if (!bytes)
                r->error = bytes.error().code;
            else
                r->pdf = std::move(bytes.value());
            r->pages = renderPages(r->pdf, 72);
            if (r->pages.empty() && r->error.empty()) r->error = "render.preview-failed";
        }
        person->wipe();
        m_kiosk.postToUi([this, r, generation, alive] {
            if (!*alive || generation != m_generation || m_kiosk.session().step() != Step::Preview) {
                kakanai::wipe(r->pdf);
                return;
            }
            m_previewError = QString::fromStdString(r->error);
            m_pdf = std::make_shared<Bytes>(std::move(r->pdf));
            m_signer = std::move(r->signer);
            m_inLedger = false;
            m_handwriting = r->handwriting;
            m_pageCount = static_cast<int>(r->pages.size());
            m_kiosk.images()->removePrefix(QStringLiteral("preview/"));
            for (std::size_t i = 0; i < r->pages.size(); ++i) {
                const QString id = QStringLiteral("preview/%1-%2").arg(generation).arg(i);
                m_kiosk.images()->put(id, r->pages[i]);
                m_pages << QStringLiteral("image://kiosk/") + id;
            }
            r->pages.clear();
            emit previewChanged();
        });
    });
}

void OutputModel::print() {
    if (!m_pdf || m_pdf->empty() || m_phase == QLatin1String("submitting") ||
        m_phase == QLatin1String("printing") || m_phase == QLatin1String("queued") ||
        m_phase == QLatin1String("fault") || m_phase == QLatin1String("done"))
        return;
    Printer* printer = m_kiosk.devices().printer.get();
    if (!printer) return;
    // A signed form is traceable or not handed out: its ledger line is written before it prints.
    const KioskConfig& config = m_kiosk.config();
    if (m_signer && !m_inLedger && !config.ledger_path.empty() && !m_signer->issued().empty()) {
        const Status st = handoff::appendToLedger(config.resolvePath(config.ledger_path), m_signer->session(),
                                                  m_signer->key(), m_signer->issued());
        if (!st.ok()) {
            m_phase = QStringLiteral("failed");
            m_printError = QString::fromStdString(st.error().code);
            emit printChanged();
            m_kiosk.callStaff();
            return;
        }
        m_inLedger = true;
    }
    m_phase = QStringLiteral("submitting");
    m_pagesDone = 0;
    m_fault.clear();
    m_printError.clear();
    emit printChanged();
    if (m_kiosk.session().step() != Step::Printing) m_kiosk.go(Step::Printing);
    auto pdf = m_pdf;
    auto slip = std::make_shared<Bytes>(slipPdf());
    const int faultWait =
        m_kiosk.config().activePrinter() ? m_kiosk.config().activePrinter()->fault_wait_s : 120;
    auto alive = m_alive;
    m_kiosk.deviceThread().post([this, printer, pdf, slip, faultWait, alive] {
        auto progress = [this, alive](const JobProgress& p) {
            m_kiosk.postToUi([this, p, alive] {
                if (*alive) onProgress(p);
            });
        };
        PrintOptions options; // job name stays neutral: never the resident's name
        Status st = printer->print(*pdf, options, faultWait, progress);
        if (st.ok() && !slip->empty()) {
            PrintOptions slipOptions;
            slipOptions.jobName = "kakanai-next-steps";
            st = printer->print(*slip, slipOptions, faultWait, [](const JobProgress&) {});
        }
        kakanai::wipe(*slip);
        m_kiosk.postToUi([this, st, alive] {
            if (!*alive) return;
            if (!st.ok()) {
                m_phase = QStringLiteral("failed");
                m_printError = QString::fromStdString(st.error().code);
                m_fault.clear();
                emit printChanged();
                m_kiosk.callStaff();
                return;
            }
            m_phase = QStringLiteral("done");
            for (const FormTemplate* f : m_kiosk.chosenForms())
                m_kiosk.counters().formPrinted(f->id);
            m_kiosk.session().formsPrinted = static_cast<int>(m_kiosk.session().forms.size());
            emit printChanged();
            if (m_kiosk.session().step() == Step::Printing) m_kiosk.go(Step::Done);
        });
    });
}

void OutputModel::retryPrint() {
    if (m_phase != QLatin1String("failed")) return;
    m_phase = QStringLiteral("idle");
    print();
}

void OutputModel::onProgress(const JobProgress& p) {
    switch (p.phase) {
    case JobPhase::Submitting:
        m_phase = QStringLiteral("submitting");
        break;
    case JobPhase::Queued:
        m_phase = QStringLiteral("queued");
        break;
    case JobPhase::Printing:
        m_phase = QStringLiteral("printing");
        m_fault.clear();
        break;
    case JobPhase::WaitingForFault:
        m_phase = QStringLiteral("fault");
        m_fault = faultCode(p.fault);
        m_kiosk.callStaff(); // the resident cannot fix a printer: staff are called at once
        break;
    case JobPhase::Completed:
    case JobPhase::Canceled:
    case JobPhase::Failed:
        break; // the final status decides
    }
    m_pagesDone = p.pagesDone;
    emit printChanged();
}

std::vector<NextStep> OutputModel::steps() const {
    return nextSteps(m_kiosk.config(), m_kiosk.chosenForms(), m_kiosk.session().answers);
}

QString OutputModel::bringLabel(const std::string& code) {
    if (code == "id-document")
        return QCoreApplication::translate("Bring", "An ID document (the card you used)");
    if (code == "letter-of-proxy") return QCoreApplication::translate("Bring", "Letter of proxy");
    if (code == "seal") return QCoreApplication::translate("Bring", "Personal seal (inkan)");
    if (code == "health-insurance-card") return QCoreApplication::translate("Bring", "Health insurance card");
    if (code == "maternal-handbook")
        return QCoreApplication::translate("Bring", "Maternal and child health handbook");
    if (code == "moving-out-certificate")
        return QCoreApplication::translate("Bring", "Moving-out certificate");
    if (code == "bank-book") return QCoreApplication::translate("Bring", "Bank book or bank card");
    if (code == "fee") return QCoreApplication::translate("Bring", "Money for the fee");
    return QString::fromStdString(code);
}

QVariantList OutputModel::nextStepsList() const {
    QVariantList out;
    const auto forms = m_kiosk.chosenForms();
    for (const NextStep& s : steps()) {
        QString title;
        for (const FormTemplate* f : forms)
            if (f->id == s.formId) title = m_kiosk.pick(f->title);
        QStringList bring;
        for (const auto& b : s.bring)
            bring << bringLabel(b);
        out << QVariantMap{{"form", title},
                           {"counter", QString::fromStdString(s.counter)},
                           {"bring", bring},
                           {"copies", s.copies},
                           {"fee", s.feeYen ? *s.feeYen : -1}};
    }
    return out;
}

QStringList OutputModel::counters() const {
    QStringList out;
    for (const auto& c : countersOf(steps()))
        out << QString::fromStdString(c);
    return out;
}

int OutputModel::totalFeeYen() const {
    auto t = totalFee(steps());
    return t ? *t : -1;
}

Bytes OutputModel::slipPdf() const {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A5));
        writer.setResolution(150);
        writer.setTitle(QStringLiteral("kakanai-next-steps"));
        writer.setCreator(QStringLiteral("Kakanai"));
        QPainter p(&writer);
        QFont title(m_kiosk.fontFamily());
        title.setPixelSize(40);
        title.setBold(true);
        QFont body(m_kiosk.fontFamily());
        body.setPixelSize(26);
        const int w = writer.width() - 60;
        int y = 30;
        auto line = [&](const QFont& f, const QString& text, int gap = 10) {
            p.setFont(f);
            const QRect r = p.boundingRect(QRect(30, y, w, 2000), Qt::TextWordWrap, text);
            p.drawText(r, Qt::TextWordWrap, text);
            y = r.bottom() + gap;
        };
        line(title, QCoreApplication::translate("Slip", "Next steps"), 24);
        const QStringList counterList = counters();
        line(body,
             QCoreApplication::translate("Slip", "Take your forms to: %1")
                 .arg(counterList.join(QStringLiteral(", "))),
             20);
        for (const QVariant& v : nextStepsList()) {
            const QVariantMap m = v.toMap();
            QFont bold = body;
            bold.setBold(true);
            line(bold, m.value("form").toString(), 4);
            line(body, QCoreApplication::translate("Slip", "Copies: %1").arg(m.value("copies").toInt()), 4);
            if (m.value("fee").toInt() >= 0)
                line(
                    body,
                    QCoreApplication::translate("Slip", "Fee (estimate): %1 yen").arg(m.value("fee").toInt()),
                    4);
            const QStringList bring = m.value("bring").toStringList();
            if (!bring.isEmpty())
                line(body,
                     QCoreApplication::translate("Slip", "Please bring: %1")
                         .arg(bring.join(QStringLiteral(", "))),
                     16);
        }
        line(body, QCoreApplication::translate("Slip", "Nothing you entered is kept on this machine."), 4);
    }
    buffer.close();
    Bytes out(bytes.begin(), bytes.end());
    bytes.fill('\0');
    return out;
}

void OutputModel::languageChanged() {
    emit printChanged();
}

void OutputModel::wipe() {
    ++m_generation;
    if (m_pdf) kakanai::wipe(*m_pdf);
    m_pdf.reset();
    m_signer.reset();
    m_inLedger = false;
    m_pages.clear();
    m_kiosk.images()->removePrefix(QStringLiteral("preview/"));
    m_previewError.clear();
    m_handwriting = 0;
    m_pageCount = 0;
    m_phase = QStringLiteral("idle");
    m_pagesDone = 0;
    m_fault.clear();
    m_printError.clear();
    emit previewChanged();
    emit printChanged();
}

} // namespace kakanai::kiosk
