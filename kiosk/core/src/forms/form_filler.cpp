#include "kakanai/forms/form_filler.h"

#include "kakanai/layout/sample_fill.h"

namespace kakanai {

Result<std::string> unsignedQrPayload(const FilledForm& form, int page) {
    return "KAKANAI-UNSIGNED:" + form.formId + ":" + form.version + ":" + std::to_string(page + 1);
}

bool FillOutput::needsHandwriting() const {
    for (const auto& f : forms)
        if (!f.problems().empty()) return true;
    return false;
}

Result<FillOutput> fillForms(const FillRequest& request, FontProvider& fonts) {
    FillOutput out;
    const AnswersDocument noAnswers;
    for (const FormTemplate* form : request.forms) {
        LayoutOptions options;
        options.proof = request.proof;
        options.signature = request.config ? request.config->signatureFor(form->id) : SignaturePolicy::Self;
        FilledForm filled;
        if (request.proof) {
            auto sample = makeSampleFill(*form, request.today);
            filled = layoutForm(*form, sample->context, fonts, options);
        } else {
            auto answers = answersFor(*form, request.answers ? *request.answers : noAnswers);
            if (!answers) return answers.error();
            FillContext ctx;
            ctx.form = form;
            ctx.person = request.person;
            ctx.answers = &*answers;
            ctx.config = request.config;
            ctx.today = request.today;
            ctx.idMethod =
                request.idMethod.empty() && request.person ? request.person->source : request.idMethod;
            filled = layoutForm(*form, ctx, fonts, options);
        }
        // QR per page, from the payload of the filled values (drawn after the fields are known).
        for (const QrSlot& slot : filled.qrSlots) {
            auto payload = request.qrPayload(filled, slot.page);
            if (!payload) return payload.error();
            if (auto s = placeQr(filled, slot, *payload); !s) return s.error();
        }
        // Page indexes in the report are relative to the whole document.
        const int offset = static_cast<int>(out.document.pages.size());
        for (auto& f : filled.fields)
            f.page += offset;
        for (auto& s : filled.qrSlots)
            s.page += offset;
        for (auto& p : filled.document.pages)
            out.document.pages.push_back(std::move(p));
        filled.document.pages.clear();
        out.forms.push_back(std::move(filled));
    }
    out.document.calibration = request.calibration;
    return out;
}

} // namespace kakanai
