#include "kakanai/handoff/verification.h"

#include "kakanai/dates/wareki.h"
#include "kakanai/handoff/decimal_text.h"
#include "kakanai/handoff/form_codes.h"
#include "kakanai/sys/secure_memory.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <map>
#include <set>
#include <tuple>

namespace kakanai::handoff {
namespace {

// The person field a binding path reads from the resident's own record ("person.address_parts.town" ->
// "address_parts"); empty for anything else.
std::string personField(const std::string& path) {
    const std::string prefix = "person.";
    if (path.rfind(prefix, 0) != 0) return {};
    const std::string rest = path.substr(prefix.size());
    return rest.substr(0, rest.find('.'));
}

bool inMask(std::uint32_t mask, const std::string& field) {
    const auto names = correctableFields();
    for (std::size_t i = 0; i < names.size(); ++i)
        if (names[i] == field) return mask & (1u << i);
    return false;
}

int severity(Outcome o) {
    switch (o) {
    case Outcome::BadSignature:
        return 5;
    case Outcome::UnknownKey:
        return 4;
    case Outcome::Unreadable:
        return 3;
    case Outcome::Incomplete:
        return 2;
    case Outcome::UnknownTemplate:
        return 1;
    case Outcome::Valid:
        break;
    }
    return 0;
}

} // namespace

TemplateShelf::TemplateShelf(const std::vector<std::string>& directories,
                             const TemplateLoadOptions& options) {
    namespace fs = std::filesystem;
    for (const auto& dir : directories) {
        std::error_code ec;
        std::vector<fs::path> files;
        for (const auto& e : fs::directory_iterator(dir, ec))
            if (e.is_regular_file() && e.path().extension() == ".json") files.push_back(e.path());
        std::sort(files.begin(), files.end());
        for (const auto& f : files) {
            TemplateLoad load = loadTemplate(f.string(), options);
            if (load.form && !find(load.form->id, load.form->version)) add(std::move(*load.form));
        }
    }
}

void TemplateShelf::add(FormTemplate form) {
    m_forms.push_back(std::move(form));
}

const FormTemplate* TemplateShelf::find(std::string_view id, std::string_view version) const {
    for (const auto& f : m_forms)
        if (f.id == id && f.version == version) return &f;
    return nullptr;
}

std::vector<std::string> shelfDirectories(const std::string& formsDirectory) {
    return {formsDirectory, (std::filesystem::path(formsDirectory) / "retired").string()};
}

std::string_view toString(FormStatus s) {
    switch (s) {
    case FormStatus::Incomplete:
        return "incomplete";
    case FormStatus::UnknownTemplate:
        return "unknown-template";
    case FormStatus::Valid:
        break;
    }
    return "valid";
}

std::string_view toString(Outcome o) {
    switch (o) {
    case Outcome::BadSignature:
        return "bad-signature";
    case Outcome::UnknownKey:
        return "unknown-key";
    case Outcome::Unreadable:
        return "unreadable";
    case Outcome::Incomplete:
        return "incomplete";
    case Outcome::UnknownTemplate:
        return "unknown-template";
    case Outcome::Valid:
        break;
    }
    return "valid";
}

std::string isoTimeJst(std::int64_t unixSeconds) {
    const std::int64_t local = unixSeconds + 9 * 3600;
    const std::int64_t days = local >= 0 ? local / 86400 : (local - 86399) / 86400;
    const std::int64_t secs = local - days * 86400;
    const Date d = Date::fromDaysSinceEpoch(static_cast<long>(days));
    char buf[48];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d+09:00", d.year, d.month, d.day,
                  static_cast<int>(secs / 3600), static_cast<int>(secs / 60 % 60),
                  static_cast<int>(secs % 60));
    return buf;
}

Outcome VerifyReport::outcome() const {
    Outcome worst = Outcome::Valid;
    auto note = [&](Outcome o) {
        if (severity(o) > severity(worst)) worst = o;
    };
    if (codes.empty() && nothingFound.empty()) note(Outcome::Unreadable);
    if (!nothingFound.empty()) note(Outcome::Unreadable);
    for (const auto& c : codes) {
        switch (c.check.status) {
        case CodeStatus::BadSignature:
        case CodeStatus::Unsigned:
            note(Outcome::BadSignature);
            break;
        case CodeStatus::UnknownKey:
            note(Outcome::UnknownKey);
            break;
        case CodeStatus::Unreadable:
            note(Outcome::Unreadable);
            break;
        case CodeStatus::Valid:
            break;
        }
    }
    for (const auto& f : forms)
        note(f.status == FormStatus::Incomplete        ? Outcome::Incomplete
             : f.status == FormStatus::UnknownTemplate ? Outcome::UnknownTemplate
                                                       : Outcome::Valid);
    return worst;
}

void HandoffVerifier::addCode(const std::string& source, std::string_view text) {
    m_codes.push_back(ScannedCode{source, openCode(text, m_trusted)});
}

void HandoffVerifier::wipe() {
    for (auto& c : m_codes) {
        kakanai::wipe(c.check.text);
        if (!c.check.payload) continue;
        kakanai::wipe(c.check.payload->kioskId);
        for (auto& f : c.check.payload->fields)
            kakanai::wipe(f.text);
    }
    clear();
}

int addTypedLine(HandoffVerifier& verifier, std::string_view line, const std::string& source) {
    int codes = 0;
    for (std::size_t start = 0; start <= line.size();) {
        std::size_t end = line.find('\t', start);
        if (end == std::string_view::npos) end = line.size();
        std::string code = normalizeTyped(line.substr(start, end - start));
        if (!code.empty()) verifier.addCode(source, code), ++codes;
        kakanai::wipe(code);
        start = end + 1;
    }
    return codes;
}

int verifyExitCode(Outcome o) {
    switch (o) {
    case Outcome::BadSignature:
        return 41;
    case Outcome::UnknownKey:
        return 42;
    case Outcome::Unreadable:
        return 40;
    case Outcome::Incomplete:
        return 43;
    case Outcome::UnknownTemplate:
        return 44;
    case Outcome::Valid:
        break;
    }
    return 0;
}

void HandoffVerifier::addNothingFound(const std::string& source, const std::string& why) {
    m_nothing.emplace_back(source, why);
}

std::vector<VerifiedField> decodeFields(const Payload& payload, const FormTemplate* tmpl) {
    std::vector<Slot> slots;
    if (tmpl) slots = templateSlots(*tmpl);
    std::vector<VerifiedField> out;
    for (const auto& f : payload.fields) {
        VerifiedField v;
        v.kind = f.kind;
        const Slot* slot = f.slot < slots.size() ? &slots[f.slot] : nullptr;
        v.name = slot ? slot->fieldName(f.row)
                      : "#" + std::to_string(f.slot) + (f.row ? "[" + std::to_string(*f.row) + "]" : "");
        switch (f.kind) {
        case FieldKind::Text:
            v.text = f.text;
            break;
        case FieldKind::Date:
            v.text = formatWareki(f.date);
            v.isoDate = f.date.iso();
            break;
        case FieldKind::Choice:
            for (std::size_t i = 0; i < 64; ++i) {
                if (!(f.choices & (std::uint64_t{1} << i))) continue;
                if (slot && slot->choice && i < slot->choice->options.size()) {
                    const auto& o = slot->choice->options[i];
                    v.text += (v.text.empty() ? "" : "、") + (o.label.empty() ? o.value : o.label);
                    v.choiceValues.push_back(o.value);
                } else {
                    v.choiceValues.push_back("#" + std::to_string(i));
                }
            }
            break;
        case FieldKind::Handwriting:
            break;
        }
        if (slot && slot->repeat.empty()) {
            const std::string field = personField(slot->bindPath);
            if (!field.empty() && inMask(payload.correctedByStaff, field))
                v.correctedBy = "staff";
            else if (!field.empty() && inMask(payload.correctedByResident, field))
                v.correctedBy = "resident";
        }
        out.push_back(std::move(v));
    }
    return out;
}

VerifyReport HandoffVerifier::report() const {
    VerifyReport r;
    r.codes = m_codes;
    r.nothingFound = m_nothing;
    // Parts of one form share the key, session, form, time and kiosk.
    using GroupKey = std::tuple<KeyId, std::array<std::uint8_t, 8>, std::string, std::string, std::int64_t,
                                std::string, std::uint32_t>;
    std::map<GroupKey, std::size_t> groupOf;
    struct Group {
        std::map<std::uint32_t, const ScannedCode*> parts;
        std::vector<std::string> seenIn;
    };
    std::vector<Group> groups;
    for (const auto& c : m_codes) {
        if (c.check.status != CodeStatus::Valid) continue;
        const Payload& p = *c.check.payload;
        GroupKey key{*c.check.keyId, p.sessionId, p.formId, p.formVersion, p.printedAt, p.kioskId, p.parts};
        auto [it, fresh] = groupOf.emplace(key, groups.size());
        if (fresh) groups.emplace_back();
        Group& g = groups[it->second];
        g.parts.emplace(p.part, &c); // the same part read twice (a page scanned twice) counts once
        if (std::find(g.seenIn.begin(), g.seenIn.end(), c.source) == g.seenIn.end())
            g.seenIn.push_back(c.source);
    }
    for (const auto& g : groups) {
        const ScannedCode& first = *g.parts.begin()->second;
        const Payload& head = *first.check.payload;
        VerifiedForm f;
        f.formId = head.formId;
        f.formVersion = head.formVersion;
        f.kioskId = head.kioskId;
        f.printedAt = head.printedAt;
        f.sessionId = toHex(head.sessionId);
        f.keyId = toHex(*first.check.keyId);
        f.demo = first.check.demo;
        f.idSource = head.idSource;
        f.correctedByResident = correctedNames(head.correctedByResident);
        f.correctedByStaff = correctedNames(head.correctedByStaff);
        f.parts = head.parts;
        f.seenIn = g.seenIn;
        for (std::uint32_t i = 0; i < head.parts; ++i)
            if (!g.parts.count(i)) f.missingParts.push_back(i + 1);
        const FormTemplate* tmpl = m_templates.find(head.formId, head.formVersion);
        if (tmpl && slotsFingerprint(templateSlots(*tmpl)) != head.templateFingerprint) {
            f.status = FormStatus::UnknownTemplate;
            f.message = "the template " + head.formId + " " + head.formVersion +
                        " here has different fields from the one the kiosk used: fields are shown by number";
            tmpl = nullptr;
        } else if (!tmpl) {
            f.status = FormStatus::UnknownTemplate;
            f.message = "no template " + head.formId + " version " + head.formVersion +
                        " here (keep old versions in forms/retired/): fields are shown by number";
        }
        if (tmpl) {
            f.title = pick(tmpl->title, "ja");
            // A repeat item's rows one after the other: targets[0].name, targets[0].birth_date,
            // targets[1].name …
            const std::vector<Slot> slots = templateSlots(*tmpl);
            for (std::size_t i = 0; i < slots.size();) {
                std::size_t end = i + 1;
                while (!slots[i].repeat.empty() && end < slots.size() && slots[end].repeat == slots[i].repeat)
                    ++end;
                const int rows = slots[i].repeat.empty() ? 1 : std::max(1, slots[i].maxRows);
                for (int row = 0; row < rows; ++row)
                    for (std::size_t k = i; k < end; ++k) {
                        const Slot& s = slots[k];
                        const std::string name =
                            s.repeat.empty() ? s.name : s.fieldName(static_cast<std::uint32_t>(row));
                        f.columns.push_back(name);
                        if (s.type == Slot::Type::Date) f.columns.push_back(name + ":iso");
                        if (s.type == Slot::Type::Choice) f.columns.push_back(name + ":values");
                    }
                i = end;
            }
        }
        std::vector<std::string> texts;
        for (const auto& [part, code] : g.parts) {
            auto fields = decodeFields(*code->check.payload, tmpl);
            f.fields.insert(f.fields.end(), fields.begin(), fields.end());
            texts.push_back(code->check.text);
        }
        // Rows beyond the template's rows per page (continuation pages) add columns.
        for (const auto& field : f.fields)
            if (tmpl && std::find(f.columns.begin(), f.columns.end(), field.name) == f.columns.end()) {
                f.columns.push_back(field.name);
                if (field.kind == FieldKind::Date) f.columns.push_back(field.name + ":iso");
                if (field.kind == FieldKind::Choice) f.columns.push_back(field.name + ":values");
            }
        if (!f.missingParts.empty()) {
            f.status = FormStatus::Incomplete;
            std::string list;
            for (auto m : f.missingParts)
                list += (list.empty() ? "" : ", ") + std::to_string(m);
            f.message = "this form's data is split over " + std::to_string(head.parts) +
                        " codes; not read yet: part " + list + " (scan the other pages)";
        } else {
            f.payloadSha256 = payloadHash(texts);
        }
        r.forms.push_back(std::move(f));
    }
    return r;
}

} // namespace kakanai::handoff
