#pragma once
// Preview, printing and next steps ("output" in QML). The forms are filled and rendered to a PDF in
// memory on the device thread; the preview pages are rendered from that PDF itself (poppler), so the
// resident sees exactly what prints. Printing follows the job with progress and fault messages, then a
// short next-steps slip in the resident's language. PDF bytes are wiped when the session ends.

#include "kakanai/handoff/form_codes.h"
#include "kakanai/layout/renderer.h"
#include "kakanai/ports/printer.h"
#include "kakanai/session/next_steps.h"
#include "kakanai/session/session.h"

#include <QObject>
#include <QStringList>
#include <QVariantList>

#include <memory>

namespace kakanai::pdf {
class FontLibrary;
}

namespace kakanai::kiosk {

class KioskController;

class OutputModel : public QObject {
    Q_OBJECT
    Q_PROPERTY(bool previewReady READ previewReady NOTIFY previewChanged)
    Q_PROPERTY(QString previewError READ previewError NOTIFY previewChanged)
    Q_PROPERTY(QStringList pages READ pages NOTIFY previewChanged) // image://kiosk/preview/…
    Q_PROPERTY(int handwritingCount READ handwritingCount NOTIFY previewChanged)
    Q_PROPERTY(
        QString phase READ phase NOTIFY printChanged) // idle|submitting|queued|printing|fault|done|failed
    Q_PROPERTY(int pagesDone READ pagesDone NOTIFY printChanged)
    Q_PROPERTY(int pageCount READ pageCount NOTIFY previewChanged)
    Q_PROPERTY(QString fault READ fault NOTIFY printChanged) // print.media-empty …, or ""
    Q_PROPERTY(QString printError READ printError NOTIFY printChanged)
    Q_PROPERTY(QVariantList nextSteps READ nextStepsList NOTIFY printChanged)
    Q_PROPERTY(QStringList counters READ counters NOTIFY printChanged)
    Q_PROPERTY(int totalFee READ totalFeeYen NOTIFY printChanged) // -1 when unknown

public:
    explicit OutputModel(KioskController& kiosk);
    ~OutputModel() override;

    bool previewReady() const { return !m_pages.isEmpty(); }
    QString previewError() const { return m_previewError; }
    QStringList pages() const { return m_pages; }
    int handwritingCount() const { return m_handwriting; }
    QString phase() const { return m_phase; }
    int pagesDone() const { return m_pagesDone; }
    int pageCount() const { return m_pageCount; }
    QString fault() const { return m_fault; }
    QString printError() const { return m_printError; }
    QVariantList nextStepsList() const;
    QStringList counters() const;
    int totalFeeYen() const;

    Q_INVOKABLE void print();
    Q_INVOKABLE void retryPrint();

    // Device thread only: the fonts and the renderer (built on first use).
    pdf::FontLibrary& fontsOnDevice();
    // Translated label of a "bring" code (kBringItems).
    static QString bringLabel(const std::string& code);
    // The next-steps slip as a one-page PDF (in the resident's language).
    Bytes slipPdf() const;
    // The PDF that will print (tests; empty before the preview).
    std::size_t pdfSize() const { return m_pdf ? m_pdf->size() : 0; }

    void stepEntered(Step step);
    void languageChanged();
    void wipe();

signals:
    void previewChanged();
    void printChanged();

private:
    void buildPreview();
    void onProgress(const JobProgress& p);
    std::vector<NextStep> steps() const;
    KioskController& m_kiosk;
    std::unique_ptr<pdf::FontLibrary> m_fonts; // device thread only
    std::shared_ptr<Bytes> m_pdf;
    // The codes' signer for m_pdf (null: unsigned); its forms go into the audit ledger before printing.
    std::shared_ptr<handoff::HandoffSigner> m_signer;
    bool m_inLedger = false;
    QStringList m_pages;
    QString m_previewError;
    int m_handwriting = 0;
    int m_generation = 0;
    int m_pageCount = 0;
    QString m_phase = QStringLiteral("idle");
    int m_pagesDone = 0;
    QString m_fault, m_printError;
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);
};

} // namespace kakanai::kiosk
