#include "kakanai/card/ber_tlv.h"

#include <algorithm>

namespace kakanai::card {
namespace {

constexpr std::size_t kMaxTagBytes = 4;
constexpr std::size_t kMaxLength = 1u << 20; // card files are at most 32 KiB; guards size arithmetic

Error malformed(const std::string& what) {
    return makeError("card.malformed", "the card data is malformed: " + what);
}

} // namespace

bool isFiller(std::span<const std::uint8_t> data) {
    return std::all_of(data.begin(), data.end(), [](std::uint8_t b) { return b == 0x00 || b == 0xFF; });
}

Result<TlvHeader> parseTlvHeader(std::span<const std::uint8_t> data) {
    TlvHeader h;
    std::size_t i = 0;
    if (data.empty()) return malformed("a TLV is cut off before its tag");
    const std::uint8_t first = data[i++];
    h.tag = first;
    h.constructed = (first & 0x20) != 0;
    if ((first & 0x1F) == 0x1F) {
        // High tag number form: continuation bytes have bit 8 set. Cards use non-minimal forms (FF 10,
        // FF 20) that strict DER readers reject, so accept any subsequent byte.
        for (;;) {
            if (i >= data.size()) return malformed("a TLV tag is cut off");
            if (i >= kMaxTagBytes) return malformed("a TLV tag is longer than 4 bytes");
            const std::uint8_t b = data[i++];
            h.tag = (h.tag << 8) | b;
            if ((b & 0x80) == 0) break;
        }
    }
    if (i >= data.size()) return malformed("a TLV is cut off before its length");
    const std::uint8_t l = data[i++];
    if (l < 0x80) {
        h.valueLength = l;
    } else if (l == 0x80) {
        return malformed("indefinite length");
    } else {
        const std::size_t n = l & 0x7F;
        if (n > 3) return malformed("a TLV length field is longer than 3 bytes");
        if (data.size() - i < n) return malformed("a TLV length is cut off");
        std::size_t len = 0;
        for (std::size_t k = 0; k < n; ++k)
            len = (len << 8) | data[i++];
        if (len > kMaxLength) return malformed("a TLV length is implausibly large");
        h.valueLength = len;
    }
    h.headerLength = i;
    return h;
}

Result<Tlv> parseTlvAt(std::span<const std::uint8_t> data, std::size_t offset) {
    if (offset > data.size()) return malformed("a TLV offset points past the data");
    auto h = parseTlvHeader(data.subspan(offset));
    if (!h) return h.error();
    const std::size_t available = data.size() - offset - h->headerLength;
    if (h->valueLength > available) return malformed("a TLV value runs past the end of the data");
    return Tlv{h->tag, offset, h->totalLength(), data.subspan(offset + h->headerLength, h->valueLength)};
}

Result<std::vector<Tlv>> parseTlvSequence(std::span<const std::uint8_t> data) {
    std::vector<Tlv> out;
    std::size_t offset = 0;
    while (offset < data.size()) {
        const auto rest = data.subspan(offset);
        // Tag 00 does not exist in BER; both it and trailing FF are padding.
        if (rest[0] == 0x00 || isFiller(rest)) break;
        auto t = parseTlvAt(data, offset);
        if (!t) return t.error();
        offset = t->end();
        out.push_back(*t);
    }
    return out;
}

} // namespace kakanai::card
