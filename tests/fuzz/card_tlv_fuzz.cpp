// Everything that parses bytes read from a card: BER-TLV, the My Number card's 券面事項入力補助 attributes
// (EF 0002) and the driver's licence files (共通データ, PIN 設定, 記載事項, 記載事項変更), then the person
// record made from them. Seeds: the virtual cards' files (card_emulator --dump-files).
#include "kakanai/base/utf8.h"
#include "kakanai/card/ber_tlv.h"
#include "kakanai/card/card_person.h"
#include "kakanai/card/kenhojo.h"
#include "kakanai/card/licence.h"

#include <cstdint>
#include <cstdlib>
#include <span>

namespace {

using namespace kakanai;
using namespace kakanai::card;

// A parsed value must point into the input: anything else is a read outside the card's bytes.
void requireInside(std::span<const std::uint8_t> part, std::span<const std::uint8_t> whole) {
    if (part.empty()) return;
    if (part.data() < whole.data() || part.data() + part.size() > whole.data() + whole.size()) std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* bytes, std::size_t size) {
    const std::span<const std::uint8_t> data(bytes, size);
    if (auto h = parseTlvHeader(data); h.ok() && h->headerLength > size) std::abort();
    for (std::size_t off : {std::size_t{0}, std::size_t{1}, size / 2})
        if (auto t = parseTlvAt(data, off); t.ok()) requireInside(t->value, data);
    if (auto seq = parseTlvSequence(data); seq.ok())
        for (const auto& t : *seq)
            requireInside(t.value, data);
    (void)isFiller(data);

    (void)kenhojoObjectSize(data);
    if (auto a = parseKenhojoAttributes(data); a.ok()) {
        if (a->name.empty() || !utf8::isValid(a->name) || a->birth.size() != 8) std::abort();
        (void)personFromKenhojo(*a);
    }

    for (bool partial : {false, true})
        if (auto tlvs = parseLicenceTlvs(data, partial); tlvs.ok())
            for (const auto& t : *tlvs)
                requireInside(t.value, data);
    (void)licenceHasTag(data, 0x17);
    (void)parseLicenceCommonData(data);
    (void)parseLicencePinSetting(data);
    auto matters = parseLicenceMatters(data);
    if (matters.ok() && !utf8::isValid(matters->name.utf8)) std::abort();
    auto changes = parseLicenceChanges(data);
    if (changes.ok())
        for (auto kind :
             {LicenceChangeKind::NewName, LicenceChangeKind::NewAddress, LicenceChangeKind::Other})
            (void)changes->newest(kind);
    if (matters.ok()) (void)personFromLicence(*matters, changes.ok() ? *changes : LicenceChanges{});
    return 0;
}
