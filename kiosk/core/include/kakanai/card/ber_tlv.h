#pragma once
// A lenient BER-TLV reader for card files: multi-byte tags (including non-minimal ones such as FF 20),
// definite lengths in short form or 81 / 82 / 83 long form, and FF / 00 filler after the data. Every
// length is checked against the bytes present, so truncated or hostile input gives an error, never an
// over-read. Values are views into the caller's buffer.

#include "kakanai/base/result.h"

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace kakanai::card {

struct TlvHeader {
    std::uint32_t tag = 0;        // the tag bytes big-endian, e.g. 0xFF20, 0xDF22, 0x45
    bool constructed = false;     // bit 6 of the first tag byte
    std::size_t headerLength = 0; // tag + length bytes
    std::size_t valueLength = 0;
    std::size_t totalLength() const { return headerLength + valueLength; }
};

struct Tlv {
    std::uint32_t tag = 0;
    std::size_t offset = 0;      // of the tag, from the start of the buffer given to the parser
    std::size_t totalLength = 0; // tag + length + value bytes
    std::span<const std::uint8_t> value;
    std::size_t end() const { return offset + totalLength; }
};

// The header at the start of `data`; the value may extend past `data` (so a caller can read the header
// first and then fetch exactly the rest). Errors: card.malformed (truncated header, indefinite length,
// tag longer than 4 bytes, length beyond 1 MiB).
Result<TlvHeader> parseTlvHeader(std::span<const std::uint8_t> data);

// One complete TLV at `offset`; its value must lie inside `data`.
Result<Tlv> parseTlvAt(std::span<const std::uint8_t> data, std::size_t offset);

// The TLVs that follow each other in `data` until its end or until only filler (00 or FF bytes) is left.
Result<std::vector<Tlv>> parseTlvSequence(std::span<const std::uint8_t> data);

// True when every byte is 00 or FF (the padding cards leave after their data).
bool isFiller(std::span<const std::uint8_t> data);

} // namespace kakanai::card
