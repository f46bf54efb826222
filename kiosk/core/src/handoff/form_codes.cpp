#include "kakanai/handoff/form_codes.h"

#include "kakanai/handoff/decimal_text.h"

#include "kakanai/dates/wareki.h"
#include "kakanai/person/person.h"

#include <qrencode.h>
#include <sodium.h>

#include <algorithm>
#include <cctype>
#include <ctime>
#include <map>
#include <numeric>

namespace kakanai::handoff {
namespace {

std::string choiceLabel(const ChoiceOption& o) {
    return o.label.empty() ? o.value : o.label;
}

// The chosen options of a choice item from its printed text ("label、label"); nullopt if the text is
// not exactly such a list (then the field is carried as text).
std::optional<std::uint64_t> choiceMask(const ChoiceItem& item, const std::string& text) {
    if (item.options.size() > 64) return std::nullopt;
    std::uint64_t mask = 0;
    std::string_view rest = text;
    const std::string_view sep = "、";
    for (std::size_t i = 0; i < item.options.size() && !rest.empty(); ++i) {
        const std::string label = choiceLabel(item.options[i]);
        if (label.empty() || rest.substr(0, label.size()) != label) continue;
        const std::string_view after = rest.substr(label.size());
        if (!after.empty() && after.substr(0, sep.size()) != sep) continue;
        mask |= std::uint64_t{1} << i;
        rest = after.empty() ? after : after.substr(sep.size());
    }
    if (!rest.empty()) return std::nullopt;
    std::string joined;
    for (std::size_t i = 0; i < item.options.size(); ++i)
        if (mask & (std::uint64_t{1} << i))
            joined += (joined.empty() ? "" : "、") + choiceLabel(item.options[i]);
    if (joined != text) return std::nullopt;
    return mask;
}

std::uint32_t correctedMask(const Person* person, std::string_view source) {
    if (!person) return 0;
    std::uint32_t mask = 0;
    const auto fields = correctableFields();
    for (std::size_t i = 0; i < fields.size(); ++i) {
        bool hit = false;
        if (fields[i] == "address_parts")
            hit = person->address_parts && person->address_parts->source == source;
        else if (const auto* f = person->textField(fields[i]))
            hit = f->has_value() && (*f)->source == source;
        if (hit) mask |= 1u << i;
    }
    return mask;
}

// A field meant for a 個人番号 (the loader already refuses to fill one; a hand-built template must not
// sneak one into a signed code either).
bool namesMyNumber(std::string name) {
    for (char& c : name)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    for (std::string_view word : {"my_number", "mynumber", "my-number", "kojin_bango", "個人番号"})
        if (name.find(word) != std::string::npos) return true;
    return false;
}

// Contiguous groups of fields, at most `groups`, minimising the largest group (by encoded size).
std::vector<std::vector<PayloadField>> balancedGroups(const std::vector<PayloadField>& fields,
                                                      std::size_t groups) {
    std::vector<std::size_t> sizes;
    Payload one;
    const std::size_t empty = encodeBody(one).size();
    for (const auto& f : fields) {
        one.fields = {f};
        sizes.push_back(encodeBody(one).size() - empty);
    }
    auto pack = [&](std::size_t cap) {
        std::vector<std::vector<PayloadField>> out(1);
        std::size_t used = 0;
        for (std::size_t i = 0; i < fields.size(); ++i) {
            if (used + sizes[i] > cap && !out.back().empty()) out.emplace_back(), used = 0;
            out.back().push_back(fields[i]);
            used += sizes[i];
        }
        return out;
    };
    std::size_t lo = sizes.empty() ? 0 : *std::max_element(sizes.begin(), sizes.end());
    std::size_t hi = std::accumulate(sizes.begin(), sizes.end(), std::size_t{0});
    while (lo < hi) {
        const std::size_t mid = (lo + hi) / 2;
        if (pack(mid).size() <= groups)
            hi = mid;
        else
            lo = mid + 1;
    }
    return pack(lo);
}

// The most code bytes whose QR code keeps modules of at least kMinReadableModuleMm in a slot.
std::size_t readableBytes(double slotSize) {
    auto fits = [&](std::size_t bytes) {
        const std::string probe = toDecimalText(std::vector<std::uint8_t>(bytes, 0));
        const int modules = qrModules(probe);
        return modules && slotSize / (modules + 8) >= kMinReadableModuleMm;
    };
    std::size_t lo = 0, hi = 4096;
    while (lo < hi) {
        const std::size_t mid = (lo + hi + 1) / 2;
        if (fits(mid))
            lo = mid;
        else
            hi = mid - 1;
    }
    return lo;
}

} // namespace

SessionInfo newSession(const KioskConfig& config, const Person* person, const std::string& idMethod) {
    (void)cryptoReady();
    SessionInfo s;
    s.kioskId = config.kiosk_id;
    s.printedAt = static_cast<std::int64_t>(std::time(nullptr));
    randombytes_buf(s.sessionId.data(), s.sessionId.size());
    s.idSource = idSourceFromName(!idMethod.empty() ? idMethod : person ? person->source : std::string());
    s.correctedByResident = correctedMask(person, sources::kResident);
    s.correctedByStaff = correctedMask(person, sources::kStaff);
    return s;
}

Result<Payload> payloadFor(const FilledForm& form, const FormTemplate& tmpl, const SessionInfo& session) {
    const std::vector<Slot> slots = templateSlots(tmpl);
    std::map<std::string, std::uint32_t, std::less<>> index;
    for (std::uint32_t i = 0; i < slots.size(); ++i)
        index.emplace(slots[i].name, i);
    Payload p;
    p.formId = form.formId;
    p.formVersion = form.version;
    p.templateFingerprint = slotsFingerprint(slots);
    p.kioskId = session.kioskId;
    p.printedAt = session.printedAt;
    p.sessionId = session.sessionId;
    p.idSource = session.idSource;
    p.correctedByResident = session.correctedByResident;
    p.correctedByStaff = session.correctedByStaff;
    for (const FilledField& f : form.fields) {
        const bool blankForHand =
            f.state == FilledField::State::Overflow || f.state == FilledField::State::MissingGlyph;
        if (f.state != FilledField::State::Filled && !blankForHand) continue;
        auto [key, row] = slotKey(f.name);
        auto it = index.find(key);
        if (it == index.end())
            return makeError("handoff.unknown-field", "the template has no field \"" + key + "\"",
                             f.templatePointer);
        if (namesMyNumber(key))
            return makeError("handoff.my-number",
                             "the field \"" + key + "\" is for a 個人番号: a hand-off code never carries one",
                             f.templatePointer);
        PayloadField pf;
        pf.slot = it->second;
        pf.row = row;
        const Slot& slot = slots[it->second];
        if (blankForHand) {
            pf.kind = FieldKind::Handwriting;
        } else if (slot.type == Slot::Type::Date) {
            auto d = parseJapaneseDate(f.text);
            if (d && formatWareki(*d) == f.text)
                pf.kind = FieldKind::Date, pf.date = *d;
            else
                pf.text = f.text;
        } else if (slot.type == Slot::Type::Choice) {
            if (auto mask = choiceMask(*slot.choice, f.text))
                pf.kind = FieldKind::Choice, pf.choices = *mask;
            else
                pf.text = f.text;
        } else {
            pf.text = f.text;
        }
        p.fields.push_back(std::move(pf));
    }
    return p;
}

int qrModules(const std::string& text) {
    QRcode* code = QRcode_encodeString(text.c_str(), 0, QR_ECLEVEL_M, QR_MODE_8, 1);
    if (!code) return 0;
    const int n = code->width;
    QRcode_free(code);
    return n;
}

int qrVersionFor(int modules) {
    return (modules - 17) / 4;
}

std::string payloadHash(const std::vector<std::string>& partTexts) {
    (void)cryptoReady();
    std::string joined;
    for (std::size_t i = 0; i < partTexts.size(); ++i)
        joined += (i ? "\n" : "") + partTexts[i];
    std::array<std::uint8_t, crypto_hash_sha256_BYTES> h{};
    crypto_hash_sha256(h.data(), reinterpret_cast<const unsigned char*>(joined.data()), joined.size());
    return toHex(h);
}

Result<FormCodes> codesFor(const FilledForm& form, const FormTemplate& tmpl, const SessionInfo& session,
                           const SigningKey& key) {
    auto whole = payloadFor(form, tmpl, session);
    if (!whole) return whole.error();
    auto single = signPayload(*whole, key);
    if (!single) return single.error();

    auto moduleMm = [](double slotSize, int modules) { return modules ? slotSize / (modules + 8) : 0.0; };
    FormCodes out;
    auto finish = [&]() -> Result<FormCodes> {
        std::vector<std::string> texts;
        out.smallestModuleMm = 1e9;
        for (const auto& part : out.parts) {
            texts.push_back(part.text);
            out.largestVersion = std::max(out.largestVersion, qrVersionFor(qrModules(part.text)));
        }
        for (std::size_t s = 0; s < form.qrSlots.size(); ++s)
            out.smallestModuleMm =
                std::min(out.smallestModuleMm,
                         moduleMm(form.qrSlots[s].size, qrModules(out.parts[out.partOfSlot[s]].text)));
        if (form.qrSlots.empty()) out.smallestModuleMm = 0;
        out.readableAt150Dpi = form.qrSlots.empty() || out.smallestModuleMm >= kMinReadableModuleMm;
        out.payloadSha256 = payloadHash(texts);
        return out;
    };

    double smallestSlot = 1e9;
    for (const auto& s : form.qrSlots)
        smallestSlot = std::min(smallestSlot, s.size);
    const std::size_t slots = form.qrSlots.size();
    if (slots <= 1 || moduleMm(smallestSlot, qrModules(single->text)) >= kMinReadableModuleMm) {
        out.parts = {std::move(*single)};
        out.partOfSlot.assign(slots, 0);
        return finish();
    }
    // Too dense for one code: fill parts up to the readable size, in field order, each signed on its own;
    // if that needs more parts than the form has pages, spread the fields evenly (denser codes).
    auto sign = [&](const std::vector<std::vector<PayloadField>>& groups) -> Status {
        out.parts.clear();
        for (std::size_t j = 0; j < groups.size(); ++j) {
            Payload part = *whole;
            part.part = static_cast<std::uint32_t>(j);
            part.parts = static_cast<std::uint32_t>(groups.size());
            part.fields = groups[j];
            auto code = signPayload(part, key);
            if (!code) return code.error();
            out.parts.push_back(std::move(*code));
        }
        return {};
    };
    const std::size_t limit = readableBytes(smallestSlot);
    std::vector<std::vector<PayloadField>> groups(1);
    Payload trial = *whole;
    trial.parts = static_cast<std::uint32_t>(slots); // the same varint size as the final count
    for (const auto& field : whole->fields) {
        trial.fields = groups.back();
        trial.fields.push_back(field);
        auto code = signPayload(trial, key);
        if (!code) return code.error();
        if (code->bytes > limit && !groups.back().empty()) groups.emplace_back();
        groups.back().push_back(field);
    }
    if (groups.size() > slots) groups = balancedGroups(whole->fields, slots);
    if (auto st = sign(groups); !st) return st.error();
    for (std::size_t s = 0; s < slots; ++s)
        out.partOfSlot.push_back(s % out.parts.size());
    return finish();
}

HandoffSigner::HandoffSigner(const SigningKey& key, SessionInfo session,
                             std::vector<const FormTemplate*> templates)
    : m_key(key), m_session(std::move(session)), m_templates(std::move(templates)) {}

QrPayloadFn HandoffSigner::payloadFn() {
    return [this](const FilledForm& form, int page) { return this->page(form, page); };
}

Result<std::string> HandoffSigner::page(const FilledForm& form, int page) {
    const auto t = std::find_if(m_templates.begin(), m_templates.end(), [&](const FormTemplate* f) {
        return f->id == form.formId && f->version == form.version;
    });
    if (t == m_templates.end())
        return makeError("handoff.unknown-form",
                         "no template " + form.formId + " " + form.version + " to sign");
    const std::string cacheKey =
        form.formId + "\n" + form.version + "\n" + std::to_string(form.fields.size());
    if (&form != m_lastForm || cacheKey != m_lastKey || !m_last) {
        auto fresh = codesFor(form, **t, m_session, m_key);
        if (!fresh) return fresh.error();
        m_last = std::move(*fresh);
        m_lastForm = &form;
        m_lastKey = cacheKey;
    }
    const FormCodes* codes = &*m_last;
    for (std::size_t s = 0; s < form.qrSlots.size(); ++s) {
        if (form.qrSlots[s].page != page) continue;
        if (s == 0) {
            std::size_t largest = 0;
            for (const auto& p : codes->parts)
                largest = std::max(largest, p.bytes);
            m_issued.push_back(IssuedForm{form.formId, form.version, codes->parts.size(), largest,
                                          codes->largestVersion, codes->readableAt150Dpi,
                                          codes->payloadSha256});
        }
        return codes->parts[codes->partOfSlot[s]].text;
    }
    return makeError("qr.slot", "no QR area on page " + std::to_string(page + 1));
}

} // namespace kakanai::handoff
