#include "signed_printout.h"

#include "kakanai/handoff/form_codes.h"
#include "kakanai/pdf/pdf_renderer.h"

#include <poppler-qt6.h>

#include <QPainter>

namespace kakanai::kiosk {

Result<SignedPrintout> printSigned(const FormTemplate& form, const Person& person, const KioskConfig& config,
                                   const handoff::SigningKey& key, pdf::FontLibrary& fonts, double dpi) {
    SignedPrintout out;
    handoff::HandoffSigner signer(key, handoff::newSession(config, &person), {&form});
    auto sign = signer.payloadFn();
    FillRequest req;
    req.forms = {&form};
    req.person = &person;
    req.config = &config;
    req.today = Date::today();
    // Keeps each page's code: tests type them as a hand scanner would.
    req.qrPayload = [&](const FilledForm& f, int page) {
        auto text = sign(f, page);
        if (text) out.codes.push_back(*text);
        return text;
    };
    auto filled = fillForms(req, fonts);
    if (!filled) return filled.error();
    pdf::PdfRenderer renderer(fonts);
    auto bytes = renderer.render(filled->document);
    if (!bytes) return bytes.error();
    const QByteArray data(reinterpret_cast<const char*>(bytes->data()),
                          static_cast<qsizetype>(bytes->size()));
    std::unique_ptr<Poppler::Document> doc = Poppler::Document::loadFromData(data);
    if (!doc) return makeError("render.failed", "poppler could not open the rendered PDF");
    doc->setRenderHint(Poppler::Document::Antialiasing);
    doc->setRenderHint(Poppler::Document::TextAntialiasing);
    for (int i = 0; i < doc->numPages(); ++i)
        if (std::unique_ptr<Poppler::Page> page = doc->page(i)) {
            // The page comes with a transparent background: put it on white paper.
            const QImage rendered = page->renderToImage(dpi, dpi);
            QImage paper(rendered.size(), QImage::Format_RGB32);
            paper.fill(Qt::white);
            QPainter(&paper).drawImage(0, 0, rendered);
            out.pages.push_back(paper.convertToFormat(QImage::Format_Grayscale8));
        }
    out.form = std::move(filled->forms.at(0));
    return out;
}

} // namespace kakanai::kiosk
