#include "kakanai/card/licence.h"

#include "kakanai/dates/wareki.h"
#include "kakanai/sys/secure_memory.h"

#include <algorithm>

namespace kakanai::card {
namespace {

Error malformed(const std::string& what) {
    return makeError("card.malformed", "the licence data is malformed: " + what);
}

std::string_view asText(std::span<const std::uint8_t> v) {
    return {reinterpret_cast<const char*>(v.data()), v.size()};
}

const LicenceTlv* find(const std::vector<LicenceTlv>& tlvs, std::uint8_t tag) {
    for (const auto& t : tlvs)
        if (t.tag == tag) return &t;
    return nullptr;
}

std::optional<Date> bcdDate(std::span<const std::uint8_t> b) {
    int digits[8];
    for (std::size_t i = 0; i < 4; ++i) {
        digits[2 * i] = b[i] >> 4;
        digits[2 * i + 1] = b[i] & 0x0F;
    }
    for (int d : digits)
        if (d > 9) return std::nullopt;
    Date date{digits[0] * 1000 + digits[1] * 100 + digits[2] * 10 + digits[3], digits[4] * 10 + digits[5],
              digits[6] * 10 + digits[7]};
    if (!date.valid()) return std::nullopt;
    return date;
}

// 変更年月日 in a change record: 7 full-width digits (JIS 0x2330–0x2339), or 7 ASCII digits.
// Returns the digits and how many bytes they took.
std::optional<std::pair<std::string, std::size_t>> changeDate(std::span<const std::uint8_t> v) {
    std::string digits;
    if (v.size() >= 14 && v[0] == 0x23) {
        for (std::size_t i = 0; i < 14; i += 2) {
            if (v[i] != 0x23 || v[i + 1] < 0x30 || v[i + 1] > 0x39) return std::nullopt;
            digits.push_back(static_cast<char>(v[i + 1]));
        }
        return std::pair{digits, std::size_t{14}};
    }
    if (v.size() >= 7) {
        for (std::size_t i = 0; i < 7; ++i) {
            if (v[i] < '0' || v[i] > '9') return std::nullopt;
            digits.push_back(static_cast<char>(v[i]));
        }
        return std::pair{digits, std::size_t{7}};
    }
    return std::nullopt;
}

LicenceChangeKind kindOf(std::uint8_t tag) {
    switch (tag) {
    case 0x52:
        return LicenceChangeKind::NewName;
    case 0x53:
        return LicenceChangeKind::NewCallName;
    case 0x54:
        return LicenceChangeKind::NewAddress;
    default:
        return LicenceChangeKind::Other;
    }
}

constexpr std::size_t kCommissionBytes = 10; // 公安委員会名: 5 JIS X 0208 characters

} // namespace

Result<std::vector<LicenceTlv>> parseLicenceTlvs(std::span<const std::uint8_t> d, bool partial) {
    std::vector<LicenceTlv> out;
    std::size_t i = 0;
    while (i < d.size()) {
        const std::uint8_t tag = d[i];
        if (tag == 0x00 || tag == 0xFF) break; // padding up to the file's physical size
        const std::size_t left = d.size() - i;
        if (left < 2) {
            if (partial) break;
            return malformed("a field is cut off before its length");
        }
        std::size_t header = 2, length = d[i + 1];
        if (length == 0x81 || length == 0x82) {
            header = length == 0x81 ? 3 : 4;
            if (left < header) {
                if (partial) break;
                return malformed("a field length is cut off");
            }
            length = header == 3 ? d[i + 2] : static_cast<std::size_t>(d[i + 2] << 8 | d[i + 3]);
        } else if (length > 0x80) {
            return malformed("a field has an unsupported length form");
        }
        if (left - header < length) {
            if (partial) break;
            return malformed("a field runs past the end of the file");
        }
        out.push_back({tag, d.subspan(i + header, length)});
        i += header + length;
    }
    return out;
}

bool licenceHasTag(std::span<const std::uint8_t> data, std::uint8_t tag) {
    auto tlvs = parseLicenceTlvs(data, true);
    return tlvs && find(*tlvs, tag) != nullptr;
}

Result<LicenceCommonData> parseLicenceCommonData(std::span<const std::uint8_t> ef) {
    auto tlvs = parseLicenceTlvs(ef, true);
    if (!tlvs) return tlvs.error();
    const LicenceTlv* t = find(*tlvs, 0x45);
    if (!t || t->value.size() < 11)
        return makeError("card.unsupported", "the card has a licence application but no licence common data");
    LicenceCommonData c;
    for (std::size_t i = 0; i < 3; ++i) {
        const char ch = static_cast<char>(t->value[i]);
        if (ch < 0x20 || ch > 0x7E) return malformed("the specification version is not text");
        c.specVersion.push_back(ch);
    }
    c.issued = bcdDate(t->value.subspan(3, 4));
    c.expires = bcdDate(t->value.subspan(7, 4));
    return c;
}

Result<bool> parseLicencePinSetting(std::span<const std::uint8_t> ef) {
    auto tlvs = parseLicenceTlvs(ef, true);
    if (!tlvs) return tlvs.error();
    for (const auto& t : *tlvs)
        if (t.value.size() == 1 && t.value[0] <= 1) return t.value[0] == 1;
    return malformed("the PIN setting is neither 00 nor 01");
}

void LicenceMatters::wipe() {
    for (auto* t : {&name, &callName, &alias, &address})
        kakanai::wipe(t->utf8);
    kakanai::wipe(birthDigits);
    birth.reset();
}

Result<LicenceMatters> parseLicenceMatters(std::span<const std::uint8_t> ef) {
    auto tlvs = parseLicenceTlvs(ef, true);
    if (!tlvs) return tlvs.error();
    LicenceMatters m;
    const LicenceTlv* name = find(*tlvs, 0x12);
    if (!name || name->value.empty()) return malformed("the name (tag 12) is missing");
    m.name = jis::decodeLicenceText(asText(name->value));
    if (const auto* t = find(*tlvs, 0x13)) m.callName = jis::decodeLicenceText(asText(t->value));
    if (const auto* t = find(*tlvs, 0x14)) m.alias = jis::decodeLicenceText(asText(t->value));
    const LicenceTlv* birth = find(*tlvs, 0x16);
    if (!birth) return malformed("the birth date (tag 16) is missing");
    if (birth->value.size() != 7) return malformed("the birth date is not 7 characters");
    m.birthDigits.assign(birth->value.begin(), birth->value.end());
    m.birth = parseLicenceDate(m.birthDigits);
    const LicenceTlv* address = find(*tlvs, 0x17);
    if (!address) return malformed("the address (tag 17) is missing");
    m.address = jis::decodeLicenceText(asText(address->value));
    return m;
}

void LicenceChanges::wipe() {
    for (auto& e : entries) {
        kakanai::wipe(e.text.utf8);
        kakanai::wipe(e.commission.utf8);
    }
    entries.clear();
}

const LicenceChange* LicenceChanges::newest(LicenceChangeKind kind) const {
    const LicenceChange* best = nullptr;
    for (const auto& e : entries) {
        if (e.kind != kind) continue;
        const Date d = e.date.value_or(Date{});
        if (!best || d > best->date.value_or(Date{}) ||
            (d == best->date.value_or(Date{}) && e.order > best->order))
            best = &e;
    }
    return best;
}

Result<LicenceChanges> parseLicenceChanges(std::span<const std::uint8_t> ef) {
    auto tlvs = parseLicenceTlvs(ef, true);
    if (!tlvs) return tlvs.error();
    LicenceChanges c;
    std::size_t order = 0;
    for (const auto& t : *tlvs) {
        if (t.tag == 0x50) {
            c.present = !t.value.empty() && t.value[0] != 0;
            continue;
        }
        if (t.tag < 0x51 || t.tag > 0x5F || t.value.empty()) continue;
        LicenceChange e;
        e.tag = t.tag;
        e.kind = kindOf(t.tag);
        e.order = order++;
        const auto rest = t.value.subspan(1); // JIS X 0208 制定年番号
        const auto date = changeDate(rest);
        if (!date || rest.size() < date->second + kCommissionBytes || (rest.size() - date->second) % 2 != 0) {
            ++c.unreadable;
            continue;
        }
        e.date = parseLicenceDate(date->first);
        const auto body = rest.subspan(date->second);
        e.text = jis::decodeLicenceText(asText(body.first(body.size() - kCommissionBytes)));
        e.commission = jis::decodeLicenceText(asText(body.last(kCommissionBytes)));
        c.entries.push_back(std::move(e));
    }
    return c;
}

} // namespace kakanai::card
