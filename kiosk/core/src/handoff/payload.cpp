#include "kakanai/handoff/payload.h"

#include "kakanai/base/utf8.h"

#include <algorithm>

namespace kakanai::handoff {
namespace {

constexpr std::string_view kCorrectable[] = {
    "name",       "family_name", "given_name",   "name_kana",           "name_alias",
    "birth_date", "sex",         "address",      "address_parts",       "postal_code",
    "phone",      "nationality", "relationship", "relationship_to_head"};

constexpr std::size_t kMaxString = 4096;
constexpr std::size_t kMaxFields = 2000;

// Wire kinds: text is stored as UTF-8 or UTF-16 (whichever is shorter; kanji take 2 bytes instead of 3).
enum Wire : std::uint8_t { kUtf8 = 0, kUtf16 = 1, kDate = 2, kChoice = 3, kHandwriting = 4 };

class Writer {
public:
    std::vector<std::uint8_t> out;
    void u8(std::uint8_t v) { out.push_back(v); }
    void varint(std::uint64_t v) {
        while (v >= 0x80) {
            out.push_back(static_cast<std::uint8_t>(v | 0x80));
            v >>= 7;
        }
        out.push_back(static_cast<std::uint8_t>(v));
    }
    void signedVarint(std::int64_t v) {
        varint((static_cast<std::uint64_t>(v) << 1) ^ static_cast<std::uint64_t>(v >> 63));
    }
    void bytes(std::span<const std::uint8_t> b) { out.insert(out.end(), b.begin(), b.end()); }
    void str(std::string_view s) {
        varint(s.size());
        out.insert(out.end(), s.begin(), s.end());
    }
};

class Reader {
public:
    explicit Reader(std::span<const std::uint8_t> in) : m_in(in) {}
    bool failed() const { return m_failed; }
    bool atEnd() const { return m_pos == m_in.size(); }
    std::uint8_t u8() {
        if (m_pos >= m_in.size()) return fail(), 0;
        return m_in[m_pos++];
    }
    std::uint64_t varint() {
        std::uint64_t v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            const std::uint8_t b = u8();
            v |= static_cast<std::uint64_t>(b & 0x7F) << shift;
            if (!(b & 0x80)) return v;
        }
        return fail(), 0;
    }
    std::int64_t signedVarint() {
        const std::uint64_t v = varint();
        return static_cast<std::int64_t>((v >> 1) ^ (~(v & 1) + 1));
    }
    std::span<const std::uint8_t> bytes(std::size_t n) {
        if (n > m_in.size() - m_pos) return fail(), std::span<const std::uint8_t>{};
        auto s = m_in.subspan(m_pos, n);
        m_pos += n;
        return s;
    }
    std::string str() {
        const std::uint64_t n = varint();
        if (n > kMaxString) return fail(), std::string{};
        auto b = bytes(static_cast<std::size_t>(n));
        return std::string(b.begin(), b.end());
    }

private:
    void fail() { m_failed = true, m_pos = m_in.size(); }
    std::span<const std::uint8_t> m_in;
    std::size_t m_pos = 0;
    bool m_failed = false;
};

std::vector<std::uint8_t> toUtf16(std::string_view text) {
    std::vector<std::uint8_t> out;
    auto unit = [&](char32_t u) {
        out.push_back(static_cast<std::uint8_t>(u >> 8));
        out.push_back(static_cast<std::uint8_t>(u));
    };
    for (char32_t c : utf8::decode(text)) {
        if (c >= 0x10000) {
            unit(0xD800 + ((c - 0x10000) >> 10));
            unit(0xDC00 + ((c - 0x10000) & 0x3FF));
        } else {
            unit(c);
        }
    }
    return out;
}

std::optional<std::string> fromUtf16(std::span<const std::uint8_t> b) {
    if (b.size() % 2) return std::nullopt;
    std::u32string cps;
    for (std::size_t i = 0; i < b.size(); i += 2) {
        char32_t u = static_cast<char32_t>(b[i] << 8 | b[i + 1]);
        if (u >= 0xD800 && u < 0xDC00) {
            if (i + 3 >= b.size()) return std::nullopt;
            const char32_t lo = static_cast<char32_t>(b[i + 2] << 8 | b[i + 3]);
            if (lo < 0xDC00 || lo >= 0xE000) return std::nullopt;
            u = 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00);
            i += 2;
        } else if (u >= 0xDC00 && u < 0xE000) {
            return std::nullopt;
        }
        cps.push_back(u);
    }
    return utf8::encode(cps);
}

bool validMyNumberCheckDigit(const std::string& d) {
    // 行政手続における特定の個人を識別するための番号の利用等に関する法律施行令 第八条.
    int sum = 0;
    for (int n = 1; n <= 11; ++n) {
        const int p = d[static_cast<std::size_t>(11 - n)] - '0';
        const int q = n <= 6 ? n + 1 : n - 5;
        sum += p * q;
    }
    const int r = sum % 11;
    const int check = r <= 1 ? 0 : 11 - r;
    return check == d[11] - '0';
}

} // namespace

std::span<const std::string_view> correctableFields() {
    return kCorrectable;
}

std::vector<std::string> correctedNames(std::uint32_t mask) {
    std::vector<std::string> out;
    for (std::size_t i = 0; i < std::size(kCorrectable); ++i)
        if (mask & (1u << i)) out.emplace_back(kCorrectable[i]);
    return out;
}

std::string_view idSourceName(IdSource s) {
    switch (s) {
    case IdSource::MyNumberCard:
        return "mynumber-card";
    case IdSource::DriverLicenseCard:
        return "driver-license-card";
    case IdSource::OcrMyNumberCard:
        return "ocr:mynumber-card";
    case IdSource::OcrDriverLicense:
        return "ocr:driver-license";
    case IdSource::OcrResidenceCard:
        return "ocr:residence-card";
    case IdSource::Manual:
        return "manual";
    case IdSource::None:
        break;
    }
    return "none";
}

std::string_view idSourceCategory(IdSource s) {
    switch (s) {
    case IdSource::MyNumberCard:
    case IdSource::DriverLicenseCard:
        return "card";
    case IdSource::OcrMyNumberCard:
    case IdSource::OcrDriverLicense:
    case IdSource::OcrResidenceCard:
        return "ocr";
    case IdSource::Manual:
        return "manual";
    case IdSource::None:
        break;
    }
    return "none";
}

IdSource idSourceFromName(std::string_view name) {
    for (auto s : {IdSource::MyNumberCard, IdSource::DriverLicenseCard, IdSource::OcrMyNumberCard,
                   IdSource::OcrDriverLicense, IdSource::OcrResidenceCard, IdSource::Manual})
        if (idSourceName(s) == name) return s;
    return IdSource::None;
}

std::vector<std::uint8_t> encodeBody(const Payload& p) {
    Writer w;
    w.str(p.formId);
    w.str(p.formVersion);
    w.bytes(p.templateFingerprint);
    w.str(p.kioskId);
    w.signedVarint(p.printedAt);
    w.bytes(p.sessionId);
    w.u8(static_cast<std::uint8_t>(p.idSource));
    w.varint(p.correctedByResident);
    w.varint(p.correctedByStaff);
    w.varint(p.part);
    w.varint(p.parts);
    w.varint(p.fields.size());
    for (const auto& f : p.fields) {
        std::uint8_t wire = kHandwriting;
        std::vector<std::uint8_t> utf16;
        if (f.kind == FieldKind::Text) {
            utf16 = toUtf16(f.text);
            wire = utf16.size() < f.text.size() ? kUtf16 : kUtf8;
        } else if (f.kind == FieldKind::Date) {
            wire = kDate;
        } else if (f.kind == FieldKind::Choice) {
            wire = kChoice;
        }
        w.varint(static_cast<std::uint64_t>(f.slot) << 4 | (f.row ? 8u : 0u) | wire);
        if (f.row) w.varint(*f.row);
        switch (wire) {
        case kUtf8:
            w.str(f.text);
            break;
        case kUtf16:
            w.varint(utf16.size());
            w.bytes(utf16);
            break;
        case kDate:
            w.signedVarint(f.date.daysSinceEpoch());
            break;
        case kChoice:
            w.varint(f.choices);
            break;
        default:
            break;
        }
    }
    return std::move(w.out);
}

Result<Payload> decodeBody(std::span<const std::uint8_t> body) {
    Reader r(body);
    Payload p;
    auto bad = [](const std::string& what) { return makeError("handoff.malformed", "the payload " + what); };
    p.formId = r.str();
    p.formVersion = r.str();
    auto fp = r.bytes(4);
    std::copy(fp.begin(), fp.end(), p.templateFingerprint.begin());
    p.kioskId = r.str();
    p.printedAt = r.signedVarint();
    auto sid = r.bytes(8);
    std::copy(sid.begin(), sid.end(), p.sessionId.begin());
    const std::uint8_t source = r.u8();
    if (source > static_cast<std::uint8_t>(IdSource::Manual))
        return bad("names an unknown identification source");
    p.idSource = static_cast<IdSource>(source);
    p.correctedByResident = static_cast<std::uint32_t>(r.varint());
    p.correctedByStaff = static_cast<std::uint32_t>(r.varint());
    p.part = static_cast<std::uint32_t>(r.varint());
    p.parts = static_cast<std::uint32_t>(r.varint());
    const std::uint64_t count = r.varint();
    if (r.failed()) return bad("header is cut short");
    if (p.parts == 0 || p.part >= p.parts || p.parts > 64) return bad("has an impossible part number");
    if (count > kMaxFields) return bad("has too many fields");
    for (std::uint64_t i = 0; i < count && !r.failed(); ++i) {
        PayloadField f;
        const std::uint64_t head = r.varint();
        f.slot = static_cast<std::uint32_t>(head >> 4);
        if (head & 8) f.row = static_cast<std::uint32_t>(r.varint());
        switch (head & 7) {
        case kUtf8:
            f.text = r.str();
            if (!utf8::isValid(f.text)) return bad("has text that is not UTF-8");
            break;
        case kUtf16: {
            const std::uint64_t n = r.varint();
            if (n > kMaxString) return bad("has a field that is too long");
            auto t = fromUtf16(r.bytes(static_cast<std::size_t>(n)));
            if (!t) return bad("has text that is not UTF-16");
            f.text = std::move(*t);
            break;
        }
        case kDate: {
            const std::int64_t days = r.signedVarint();
            if (days < -200000 || days > 200000) return bad("has an impossible date");
            f.kind = FieldKind::Date;
            f.date = Date::fromDaysSinceEpoch(static_cast<long>(days));
            break;
        }
        case kChoice:
            f.kind = FieldKind::Choice;
            f.choices = r.varint();
            break;
        case kHandwriting:
            f.kind = FieldKind::Handwriting;
            break;
        default:
            return bad("has an unknown field kind");
        }
        p.fields.push_back(std::move(f));
    }
    if (r.failed()) return bad("is cut short");
    if (!r.atEnd()) return bad("has trailing bytes");
    return p;
}

bool looksLikeMyNumber(std::string_view text) {
    // Runs of digits, allowing one separator (space, hyphen) between digits.
    std::string run;
    bool separated = false;
    auto flush = [&]() {
        const bool hit = run.size() == 12 && validMyNumberCheckDigit(run);
        run.clear();
        return hit;
    };
    for (char32_t c : utf8::decode(text)) {
        if (c >= 0xFF10 && c <= 0xFF19) c -= 0xFF10 - U'0';
        if (c >= U'0' && c <= U'9') {
            run.push_back(static_cast<char>(c));
            separated = false;
        } else if (!run.empty() && !separated &&
                   (c == U' ' || c == U'-' || c == 0x3000 || c == 0x2010 || c == 0x2212 || c == 0xFF0D ||
                    c == 0x30FC)) {
            separated = true;
        } else {
            if (flush()) return true;
            separated = false;
        }
    }
    return flush();
}

Status checkSchema(const Payload& p) {
    if (p.formId.empty() || p.formVersion.empty() || p.kioskId.empty())
        return makeError("handoff.invalid", "form id, form version and kiosk id must not be empty");
    for (const auto& f : p.fields)
        if (f.kind == FieldKind::Text && looksLikeMyNumber(f.text))
            return makeError("handoff.my-number",
                             "a field holds what looks like a 個人番号 (12 digits with a valid check digit); "
                             "a hand-off code never carries one",
                             "slot " + std::to_string(f.slot));
    return {};
}

} // namespace kakanai::handoff
