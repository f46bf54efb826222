#include "kakanai/card/card_session.h"

#include "kakanai/card/card_errors.h"
#include "kakanai/card/card_person.h"
#include "kakanai/card/kenhojo.h"
#include "kakanai/card/licence.h"
#include "kakanai/card/status_word.h"

#include <algorithm>
#include <cstdio>

namespace kakanai::card {
namespace {

constexpr std::size_t kMaxChunk = 255;                 // short APDUs; some readers choke on Le 00
constexpr std::size_t kMaxFileBytes = 0x7FFF;          // READ BINARY offsets are 15 bits
constexpr std::string_view kNoPinPlaceholder = "****"; // what a licence without a PIN accepts

std::string swText(std::uint16_t s) {
    char buf[8];
    std::snprintf(buf, sizeof buf, "%04X", s);
    return buf;
}

Error unexpected(std::string_view step, std::uint16_t s) {
    return makeError(codes::kMalformed,
                     "the card answered " + std::string(step) + " with status " + swText(s));
}

Status expectOk(CardChannel& ch, const CommandApdu& c, std::string_view step) {
    auto r = ch.transmit(c);
    if (!r) return r.error();
    if (!sw::isOk(r->sw)) return unexpected(step, r->sw);
    return {};
}

// Reads `length` bytes from `offset` of the selected EF (fewer if the file ends first). `stop` may end
// the read early once it has what it needs.
template <class Stop>
Result<Bytes> readBinary(CardChannel& ch, std::size_t offset, std::size_t length, Stop stop) {
    Bytes out;
    out.reserve(std::min(length, kMaxFileBytes));
    while (out.size() < length && offset + out.size() < kMaxFileBytes) {
        auto chunk = static_cast<std::uint16_t>(std::min(length - out.size(), kMaxChunk));
        const auto at = static_cast<std::uint16_t>(offset + out.size());
        auto r = ch.transmit(CommandApdu::readBinary(at, chunk));
        if (r && (r->sw & 0xFF00) == 0x6C00 && (r->sw & 0xFF) != 0) // "wrong Le, use xx": the file ends
            r = ch.transmit(CommandApdu::readBinary(at, static_cast<std::uint16_t>(r->sw & 0xFF)));
        if (!r) {
            wipeBytes(out);
            return r.error();
        }
        if (r->sw == sw::kOffsetBeyondEnd) break;
        if (!sw::isOk(r->sw) && r->sw != sw::kEndOfFileWarning) {
            wipeBytes(out);
            return unexpected("READ BINARY", r->sw);
        }
        out.insert(out.end(), r->data.begin(), r->data.end());
        if (r->sw == sw::kEndOfFileWarning || r->data.size() < chunk || r->data.empty()) break;
        if (stop(out)) break;
    }
    return out;
}

Result<Bytes> readBinary(CardChannel& ch, std::size_t offset, std::size_t length) {
    return readBinary(ch, offset, length, [](const Bytes&) { return false; });
}

// Tries left from the answer to an empty VERIFY: 63 Cx, or 69 84 when blocked.
std::optional<int> triesFrom(std::uint16_t s) {
    if (auto t = sw::triesLeft(s)) return *t;
    if (s == sw::kBlocked) return 0;
    return std::nullopt;
}

Result<std::uint16_t> queryTries(CardChannel& ch, std::uint8_t reference) {
    auto r = ch.transmit(CommandApdu::verifyTriesQuery(reference));
    if (!r) return r.error();
    return r->sw;
}

Result<CardProbe> probeOnce(CardChannel& ch, bool& askedAgain) {
    CardProbe probe;
    auto aid = ch.transmit(CommandApdu::selectAid(ids::kKenhojoAid));
    if (!aid) return aid.error();
    if (sw::isOk(aid->sw)) {
        probe.kind = CardKind::MyNumber;
        if (auto s = expectOk(ch, CommandApdu::selectEf(ids::kKenhojoPinEf), "SELECT of the PIN EF"); !s)
            return s.error();
        auto q = queryTries(ch, ids::kKenhojoPinReference);
        if (!q) return q.error();
        if (auto t = triesFrom(*q)) {
            probe.triesLeft = *t;
        } else if (*q == sw::kOk && !askedAgain) {
            // "Already verified": someone left the card open. Reset it rather than read without the PIN.
            askedAgain = true;
            if (auto s = ch.resetCard(); !s) return s.error();
            return probeOnce(ch, askedAgain);
        } else {
            return unexpected("the PIN tries query", *q);
        }
        return probe;
    }

    auto df1 = ch.transmit(CommandApdu::selectAid(ids::kLicenceDf1Aid));
    if (!df1) return df1.error();
    if (!sw::isOk(df1->sw)) return probe; // neither application: unsupported
    probe.kind = CardKind::DriverLicense;
    if (auto s = expectOk(ch, CommandApdu::selectMasterFile(), "SELECT MF"); !s) return s.error();
    if (auto s = expectOk(ch, CommandApdu::selectEf(ids::kLicenceCommonDataEf), "SELECT EF 2F01"); !s)
        return s.error();
    auto common = readBinary(ch, 0, 17);
    if (!common) return common.error();
    if (auto c = parseLicenceCommonData(*common); !c) return c.error();
    if (auto s = expectOk(ch, CommandApdu::selectEf(ids::kLicencePinSettingEf), "SELECT EF 000A"); !s)
        return s.error();
    auto setting = readBinary(ch, 0, 3);
    if (!setting) return setting.error();
    auto pinSet = parseLicencePinSetting(*setting);
    if (!pinSet) return pinSet.error();
    probe.pinSet = *pinSet;
    auto q = queryTries(ch, ids::kLicencePin1Reference);
    if (!q) return q.error();
    if (auto t = triesFrom(*q)) {
        probe.triesLeft = *t;
    } else if (*q == sw::kOk && !askedAgain) {
        askedAgain = true;
        if (auto s = ch.resetCard(); !s) return s.error();
        return probeOnce(ch, askedAgain);
    } else {
        return unexpected("the PIN tries query", *q);
    }
    return probe;
}

// Sends the PIN unless that could lock the card; maps the answer to the errors the kiosk shows.
Status verifyPin(CardChannel& ch, const CardProbe& probe, std::uint8_t reference, std::string_view pin) {
    if (probe.triesLeft == 0) return blockedError(probe.kind);
    if (probe.triesLeft == 1) return oneTryLeftError(probe.kind);
    if (probe.triesLeft < 0)
        return makeError(codes::kMalformed, "the card does not report how many PIN tries are left");
    auto r = ch.transmit(CommandApdu::verify(reference, pin));
    if (!r) return r.error();
    if (sw::isOk(r->sw)) return {};
    if (auto t = sw::triesLeft(r->sw))
        return *t == 0 ? blockedError(probe.kind) : wrongPinError(probe.kind, *t);
    if (r->sw == sw::kBlocked || r->sw == 0x6983) return blockedError(probe.kind);
    return unexpected("VERIFY", r->sw);
}

Result<Person> readMyNumber(CardChannel& ch, const CardProbe& probe, std::string_view pin) {
    if (pin.size() != 4) return makeError(codes::kPinRequired, "this card needs its 4-digit PIN");
    if (auto s = verifyPin(ch, probe, ids::kKenhojoPinReference, pin); !s) return s.error();
    if (auto s = expectOk(ch, CommandApdu::selectEf(ids::kKenhojoAttributesEf), "SELECT EF 0002"); !s)
        return s.error();
    // The header first, then exactly the rest: no READ beyond the object, no retry.
    auto data = readBinary(ch, 0, kKenhojoHeadBytes);
    if (!data) return data.error();
    auto size = kenhojoObjectSize(*data);
    if (!size) {
        wipeBytes(*data);
        return size.error();
    }
    if (*size > data->size()) {
        auto rest = readBinary(ch, data->size(), *size - data->size());
        if (!rest) {
            wipeBytes(*data);
            return rest.error();
        }
        data->insert(data->end(), rest->begin(), rest->end());
        wipeBytes(*rest);
    }
    auto attributes = parseKenhojoAttributes(*data);
    wipeBytes(*data);
    if (!attributes) return attributes.error();
    if (!attributes->offsetsMatched)
        std::fprintf(stderr,
                     "kakanai card: note: the 基本4情報 offset table disagrees with the data; read by "
                     "position\n");
    return personFromKenhojo(*attributes);
}

Result<Person> readLicence(CardChannel& ch, const CardProbe& probe, std::string_view pin) {
    if (probe.pinSet && pin.size() != 4)
        return makeError(codes::kPinRequired, "this licence has a PIN: enter PIN 1 (4 digits)");
    // A licence without a PIN accepts only the placeholder; a typed PIN is ignored.
    const std::string_view sent = probe.pinSet ? pin : kNoPinPlaceholder;
    if (auto s = verifyPin(ch, probe, ids::kLicencePin1Reference, sent); !s) return s.error();
    if (auto s = expectOk(ch, CommandApdu::selectAid(ids::kLicenceDf1Aid), "SELECT DF1"); !s)
        return s.error();
    if (auto s = expectOk(ch, CommandApdu::selectEf(ids::kLicenceMattersEf), "SELECT EF 0001"); !s)
        return s.error();
    auto matters = readBinary(ch, 0, kMaxFileBytes,
                              [](const Bytes& b) { return licenceHasTag(b, kLicenceLastTagRead); });
    if (!matters) return matters.error();
    auto parsedMatters = parseLicenceMatters(*matters);
    wipeBytes(*matters);
    if (!parsedMatters) return parsedMatters.error();

    LicenceChanges changes;
    auto selectChanges = ch.transmit(CommandApdu::selectEf(ids::kLicenceChangesEf));
    if (!selectChanges) return selectChanges.error();
    if (sw::isOk(selectChanges->sw)) { // older cards may lack the file: no changes then
        auto raw = readBinary(ch, 0, kMaxFileBytes, [](const Bytes& b) {
            // 追記の有無 = 00: nothing else to read.
            auto tlvs = parseLicenceTlvs(b, true);
            return tlvs && !tlvs->empty() && (*tlvs)[0].tag == 0x50 && !(*tlvs)[0].value.empty() &&
                   (*tlvs)[0].value[0] == 0;
        });
        if (!raw) return raw.error();
        auto parsed = parseLicenceChanges(*raw);
        wipeBytes(*raw);
        if (!parsed) return parsed.error();
        changes = std::move(*parsed);
    }
    return personFromLicence(*parsedMatters, changes);
}

} // namespace

Result<CardProbe> probeCard(CardChannel& channel) {
    bool askedAgain = false;
    return probeOnce(channel, askedAgain);
}

Result<Person> readCard(CardChannel& channel, std::string_view pin) {
    auto probe = probeCard(channel);
    if (!probe) return probe.error();
    switch (probe->kind) {
    case CardKind::MyNumber:
        return readMyNumber(channel, *probe, pin);
    case CardKind::DriverLicense:
        return readLicence(channel, *probe, pin);
    default:
        return makeError(codes::kUnsupported,
                         "this card is neither a My Number card nor a driver's licence the kiosk can read");
    }
}

} // namespace kakanai::card
