#include "kakanai/card/apdu.h"

#include <cassert>
#include <cstring>
#include <utility>

namespace kakanai::card {

void wipeBytes(Bytes& bytes) {
    if (!bytes.empty()) explicit_bzero(bytes.data(), bytes.size());
    bytes.clear();
}

namespace {

Bytes header(std::uint8_t ins, std::uint8_t p1, std::uint8_t p2, std::size_t extra) {
    Bytes b;
    b.reserve(4 + extra); // exact size: a reallocation would leave a copy of the PIN behind
    b.insert(b.end(), {0x00, ins, p1, p2});
    return b;
}

} // namespace

CommandApdu CommandApdu::selectAid(std::span<const std::uint8_t> aid) {
    assert(!aid.empty() && aid.size() <= 16);
    Bytes b = header(ins::kSelect, 0x04, 0x0C, 1 + aid.size());
    b.push_back(static_cast<std::uint8_t>(aid.size()));
    b.insert(b.end(), aid.begin(), aid.end());
    return CommandApdu(std::move(b));
}

CommandApdu CommandApdu::selectEf(std::uint16_t fid) {
    Bytes b = header(ins::kSelect, 0x02, 0x0C, 3);
    b.insert(b.end(), {0x02, static_cast<std::uint8_t>(fid >> 8), static_cast<std::uint8_t>(fid & 0xFF)});
    return CommandApdu(std::move(b));
}

CommandApdu CommandApdu::selectMasterFile() {
    // P1 00 with no data selects the MF (ISO 7816-4); this case-1 form is the one public licence readers
    // use on real cards (soft-studio/NFC_DriversLicenseReader, TRETJapanNFCReader).
    return CommandApdu(header(ins::kSelect, 0x00, 0x00, 0));
}

CommandApdu CommandApdu::verifyTriesQuery(std::uint8_t p2) {
    return CommandApdu(header(ins::kVerify, 0x00, p2, 0));
}

CommandApdu CommandApdu::verify(std::uint8_t p2, std::string_view pin) {
    assert(!pin.empty() && pin.size() < 256);
    Bytes b = header(ins::kVerify, 0x00, p2, 1 + pin.size());
    b.push_back(static_cast<std::uint8_t>(pin.size()));
    for (char c : pin)
        b.push_back(static_cast<std::uint8_t>(c));
    return CommandApdu(std::move(b));
}

CommandApdu CommandApdu::readBinary(std::uint16_t offset, std::uint16_t length) {
    assert(offset < 0x8000 && length >= 1 && length <= 256);
    Bytes b = header(ins::kReadBinary, static_cast<std::uint8_t>(offset >> 8),
                     static_cast<std::uint8_t>(offset & 0xFF), 1);
    b.push_back(static_cast<std::uint8_t>(length == 256 ? 0 : length));
    return CommandApdu(std::move(b));
}

CommandApdu CommandApdu::getResponse(std::uint8_t length) {
    Bytes b = header(ins::kGetResponse, 0x00, 0x00, 1);
    b.push_back(length);
    return CommandApdu(std::move(b));
}

CommandApdu CommandApdu::raw(Bytes bytes) {
    return CommandApdu(std::move(bytes));
}

CommandApdu::~CommandApdu() {
    wipeBytes(m_bytes);
}

CommandApdu::CommandApdu(CommandApdu&& other) noexcept : m_bytes(std::move(other.m_bytes)) {
    other.m_bytes.clear();
}

CommandApdu& CommandApdu::operator=(CommandApdu&& other) noexcept {
    if (this != &other) {
        wipeBytes(m_bytes);
        m_bytes = std::move(other.m_bytes);
        other.m_bytes.clear();
    }
    return *this;
}

bool CommandApdu::wellFormed() const {
    const std::size_t n = m_bytes.size();
    if (n < 4) return false;
    if (n == 4 || n == 5) return true; // case 1, case 2 (short Le)
    const std::size_t lc = m_bytes[4];
    return lc != 0 && (n == 5 + lc || n == 6 + lc); // case 3, case 4 (short); extended is never built
}

std::span<const std::uint8_t> CommandApdu::data() const {
    if (!wellFormed() || m_bytes.size() <= 5) return {};
    return std::span<const std::uint8_t>(m_bytes).subspan(5, m_bytes[4]);
}

std::size_t CommandApdu::expectedLength() const {
    if (!wellFormed() || m_bytes.size() == 4) return 0;
    std::uint8_t le;
    if (m_bytes.size() == 5)
        le = m_bytes[4];
    else if (m_bytes.size() == 6u + m_bytes[4])
        le = m_bytes.back();
    else
        return 0;
    return le == 0 ? 256 : le;
}

} // namespace kakanai::card
