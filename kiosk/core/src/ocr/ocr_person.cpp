#include "kakanai/ocr/ocr_person.h"

#include <algorithm>

namespace kakanai::ocr {

Person makeOcrPerson(IdDocumentKind kind, const std::vector<FieldReading>& readings,
                     const CheckPolicy& policy) {
    Person p;
    p.source = std::string(ocrSource(kind));
    for (const auto& r : readings) {
        std::optional<TextField>* slot = p.textField(r.field);
        if (!slot) continue;
        const bool askResident = [&] {
            if (r.value.empty() || r.mustCheck || !r.doubts.empty()) return true;
            return std::clamp(r.confidence, 0.0, 1.0) < policy.minConfidence;
        }();
        if (askResident &&
            std::find(p.needs_check.begin(), p.needs_check.end(), r.field) == p.needs_check.end())
            p.needs_check.push_back(r.field);
        if (r.value.empty()) continue;
        TextField f;
        f.value = r.value;
        f.source = p.source;
        f.confidence = std::clamp(r.confidence, 0.0, 1.0);
        if (!r.doubts.empty()) f.confidence = std::min(f.confidence, policy.doubtCap);
        f.confidence = static_cast<double>(static_cast<int>(f.confidence * 100 + 0.5)) / 100; // 2 decimals
        if (r.raw != r.value) f.raw = r.raw;
        f.note = r.note;
        for (const auto& d : r.doubts)
            f.note += (f.note.empty() ? "check: " : "; check: ") + d;
        *slot = std::move(f);
    }
    return p;
}

} // namespace kakanai::ocr
