#include "kakanai/card/kenhojo.h"

#include "kakanai/base/utf8.h"
#include "kakanai/card/ber_tlv.h"
#include "kakanai/sys/secure_memory.h"

#include <array>
#include <optional>

namespace kakanai::card {
namespace {

constexpr std::uint32_t kAttributesTag = 0xFF20;
constexpr std::uint32_t kOffsetsTag = 0xDF21;
constexpr std::uint32_t kNameTag = 0xDF22;
constexpr std::uint32_t kAddressTag = 0xDF23;
constexpr std::uint32_t kBirthTag = 0xDF24;
constexpr std::uint32_t kSexTag = 0xDF25;

Error malformed(const std::string& what) {
    return makeError("card.malformed", "the card's 基本4情報 are malformed: " + what);
}

bool hasControlCharacter(std::string_view s) {
    for (char32_t c : utf8::decode(s))
        if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) return true;
    return false;
}

// Text as the record may hold it: valid UTF-8 without control characters.
Result<std::string> text(std::span<const std::uint8_t> value, const char* field) {
    std::string s(value.begin(), value.end());
    if (!utf8::isValid(s)) {
        wipe(s);
        return malformed(std::string(field) + " is not valid UTF-8");
    }
    if (hasControlCharacter(s)) {
        wipe(s);
        return malformed(std::string(field) + " contains a control character");
    }
    return s;
}

} // namespace

void KenhojoAttributes::wipe() {
    kakanai::wipe(name);
    kakanai::wipe(address);
    kakanai::wipe(birth);
    sex = 0;
}

Result<std::size_t> kenhojoObjectSize(std::span<const std::uint8_t> head) {
    auto h = parseTlvHeader(head);
    if (!h) return h.error();
    if (h->tag != kAttributesTag) return malformed("EF 0002 does not start with the FF 20 object");
    return h->totalLength();
}

Result<KenhojoAttributes> parseKenhojoAttributes(std::span<const std::uint8_t> ef0002) {
    auto outer = parseTlvAt(ef0002, 0);
    if (!outer) return outer.error();
    if (outer->tag != kAttributesTag) return malformed("EF 0002 does not start with the FF 20 object");
    const std::size_t valueStart = outer->totalLength - outer->value.size();
    auto children = parseTlvSequence(outer->value);
    if (!children) return children.error();

    KenhojoAttributes a;
    std::optional<std::array<std::size_t, 4>> table;
    std::array<std::optional<std::size_t>, 4> actual; // file offsets of DF22…DF25 as found
    for (const Tlv& t : *children) {
        const std::size_t fileOffset = valueStart + t.offset;
        switch (t.tag) {
        case kOffsetsTag:
            if (table) return malformed("the offset table appears twice");
            if (t.value.size() != 8) return malformed("the offset table is not 8 bytes");
            table.emplace();
            for (std::size_t i = 0; i < 4; ++i)
                (*table)[i] = static_cast<std::size_t>(t.value[2 * i] << 8 | t.value[2 * i + 1]);
            break;
        case kNameTag:
        case kAddressTag: {
            const bool isName = t.tag == kNameTag;
            const std::size_t idx = isName ? 0 : 1;
            if (actual[idx])
                return malformed(std::string(isName ? "the name" : "the address") + " appears twice");
            auto s = text(t.value, isName ? "the name" : "the address");
            if (!s) return s.error();
            (isName ? a.name : a.address) = std::move(*s);
            actual[idx] = fileOffset;
            break;
        }
        case kBirthTag:
            if (actual[2]) return malformed("the birth date appears twice");
            if (t.value.size() != 8) return malformed("the birth date is not 8 characters");
            for (std::uint8_t b : t.value)
                if (b < '0' || b > '9') return malformed("the birth date is not all digits");
            a.birth.assign(t.value.begin(), t.value.end());
            actual[2] = fileOffset;
            break;
        case kSexTag:
            if (actual[3]) return malformed("the sex code appears twice");
            if (t.value.size() != 1) return malformed("the sex code is not 1 character");
            a.sex = static_cast<char>(t.value[0]);
            actual[3] = fileOffset;
            break;
        default:
            break; // fields a later card generation may add
        }
    }
    if (!actual[0] || a.name.empty()) return malformed("the name is missing");
    if (!actual[2]) return malformed("the birth date is missing");
    if (!actual[3]) return malformed("the sex code is missing");
    // The table is redundant; a card whose table disagrees is read by position and flagged.
    if (table)
        for (std::size_t i = 0; i < 4; ++i)
            if (actual[i] && (*table)[i] != *actual[i]) a.offsetsMatched = false;
    return a;
}

} // namespace kakanai::card
