#include "kakanai/card/access_policy.h"

#include "kakanai/card/status_word.h"

#include <algorithm>
#include <cstdio>

namespace kakanai::card {
namespace {

Error forbidden(const std::string& rule) {
    return makeError("card.forbidden", "refused a card command the kiosk never needs: " + rule);
}

std::string hex4(std::uint16_t v) {
    char buf[8];
    std::snprintf(buf, sizeof buf, "%04X", v);
    return buf;
}

bool sameBytes(std::span<const std::uint8_t> a, std::span<const std::uint8_t> b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin());
}

std::optional<std::uint16_t> fidOf(const CommandApdu& c) {
    const auto d = c.data();
    if (d.size() != 2) return std::nullopt;
    return static_cast<std::uint16_t>(d[0] << 8 | d[1]);
}

bool isSelectEf(const CommandApdu& c) {
    return c.ins() == ins::kSelect && c.p1() == 0x02;
}
bool isSelectMf(const CommandApdu& c) {
    // 00 A4 00 00 (what the kiosk sends) or with the MF identifier 3F 00.
    return c.ins() == ins::kSelect && c.p1() == 0x00 && (c.data().empty() || fidOf(c) == ids::kMasterFile);
}
bool isSelectAid(const CommandApdu& c) {
    return c.ins() == ins::kSelect && c.p1() == 0x04;
}

// Only the PIN a resident types (4 digits) or the licence's "no PIN set" placeholder (****).
bool isPinData(std::span<const std::uint8_t> d, bool allowStars) {
    if (d.size() != 4) return false;
    const bool digits = std::all_of(d.begin(), d.end(), [](std::uint8_t b) { return b >= '0' && b <= '9'; });
    const bool stars = std::all_of(d.begin(), d.end(), [](std::uint8_t b) { return b == '*'; });
    return digits || (allowStars && stars);
}

} // namespace

Status AccessPolicy::check(const CommandApdu& c) const {
    if (!c.wellFormed()) return forbidden("malformed APDU");
    if (c.cla() != 0x00) return forbidden("class byte other than 00");
    switch (c.ins()) {
    case ins::kSelect:
        return checkSelect(c);
    case ins::kVerify:
        return checkVerify(c);
    case ins::kReadBinary:
        return checkRead(c);
    case ins::kGetResponse:
        if (m_moreDataPending && c.p1() == 0 && c.p2() == 0 && c.data().empty()) return {};
        return forbidden("GET RESPONSE without pending data");
    default:
        return forbidden("instruction outside SELECT, VERIFY, READ BINARY");
    }
}

Status AccessPolicy::checkSelect(const CommandApdu& c) const {
    if (isSelectAid(c)) {
        if (c.p2() != 0x0C) return forbidden("SELECT by AID must not ask for FCI");
        if (sameBytes(c.data(), ids::kKenhojoAid)) {
            if (m_licenceSeen) return forbidden("券面事項入力補助AP after a licence DF");
            return {};
        }
        if (sameBytes(c.data(), ids::kLicenceDf1Aid)) {
            if (m_kenhojoSeen) return forbidden("licence DF1 after the 券面事項入力補助AP");
            return {};
        }
        return forbidden("SELECT of an application other than 券面事項入力補助AP and licence DF1");
    }
    if (isSelectMf(c)) {
        if (m_licenceSeen && !m_kenhojoSeen) return {};
        return forbidden("SELECT MF before the card is known to be a licence");
    }
    if (isSelectEf(c) && c.p2() == 0x0C) {
        const auto fid = fidOf(c);
        if (!fid) return forbidden("SELECT EF without a 2-byte file identifier");
        switch (m_df) {
        case Df::Kenhojo:
            if (*fid == ids::kKenhojoPinEf || *fid == ids::kKenhojoAttributesEf) return {};
            return forbidden("EF " + hex4(*fid) + " of the 券面事項入力補助AP (only 0011 and 0002)");
        case Df::MasterFile:
            if (*fid == ids::kLicenceCommonDataEf || *fid == ids::kLicencePinSettingEf) return {};
            return forbidden("EF " + hex4(*fid) + " under the licence MF (only 2F01 and 000A)");
        case Df::LicenceDf1:
            if (*fid == ids::kLicenceMattersEf || *fid == ids::kLicenceChangesEf) return {};
            return forbidden("EF " + hex4(*fid) + " of licence DF1 (only 0001 and 0004)");
        case Df::Unknown:
            break;
        }
        return forbidden("SELECT EF before an application is selected");
    }
    return forbidden("SELECT form the kiosk never uses");
}

Status AccessPolicy::checkVerify(const CommandApdu& c) const {
    if (c.p1() != 0x00) return forbidden("VERIFY with P1 other than 00");
    if (c.expectedLength() != 0) return forbidden("VERIFY with Le");
    if (m_df == Df::Kenhojo && m_ef == ids::kKenhojoPinEf && c.p2() == ids::kKenhojoPinReference) {
        if (c.data().empty() || isPinData(c.data(), false)) return {};
        return forbidden("VERIFY data other than a 4-digit PIN");
    }
    if (m_df == Df::MasterFile && m_licenceSeen && c.p2() == ids::kLicencePin1Reference) {
        if (c.data().empty() || isPinData(c.data(), true)) return {};
        return forbidden("VERIFY data other than a 4-digit PIN");
    }
    return forbidden("VERIFY of a key other than the 券面事項入力補助用暗証番号 or licence PIN 1");
}

Status AccessPolicy::checkRead(const CommandApdu& c) const {
    if (c.p1() & 0x80) return forbidden("READ BINARY by short file identifier");
    if (!c.data().empty() || c.expectedLength() == 0) return forbidden("READ BINARY without Le or with data");
    if (!m_ef) return forbidden("READ BINARY with no EF selected");
    const std::uint16_t ef = *m_ef;
    const bool allowed =
        (m_df == Df::Kenhojo && ef == ids::kKenhojoAttributesEf) ||
        (m_df == Df::MasterFile && (ef == ids::kLicenceCommonDataEf || ef == ids::kLicencePinSettingEf)) ||
        (m_df == Df::LicenceDf1 && (ef == ids::kLicenceMattersEf || ef == ids::kLicenceChangesEf));
    if (!allowed) return forbidden("READ BINARY of EF " + hex4(ef));
    return {};
}

void AccessPolicy::observe(const CommandApdu& c, std::uint16_t status) {
    m_moreDataPending = sw::hasMoreData(status);
    if (c.ins() != ins::kSelect) return;
    if (!sw::isOk(status)) {
        m_ef.reset();
        return;
    }
    if (isSelectAid(c)) {
        m_ef.reset();
        if (sameBytes(c.data(), ids::kKenhojoAid)) {
            m_df = Df::Kenhojo;
            m_kenhojoSeen = true;
        } else if (sameBytes(c.data(), ids::kLicenceDf1Aid)) {
            m_df = Df::LicenceDf1;
            m_licenceSeen = true;
        }
    } else if (isSelectMf(c)) {
        m_df = Df::MasterFile;
        m_ef.reset();
    } else if (isSelectEf(c)) {
        m_ef = fidOf(c);
    }
}

void AccessPolicy::reset() {
    *this = AccessPolicy{};
}

} // namespace kakanai::card
