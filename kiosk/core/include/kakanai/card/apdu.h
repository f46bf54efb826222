#pragma once
// ISO 7816-4 command and response APDUs for the two cards the kiosk reads, built only through the named
// constructors below (short APDUs only: many contactless readers refuse extended length).
// Both types wipe their bytes on destruction: a VERIFY carries the PIN, a READ BINARY answer the resident.

#include <array>
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

namespace kakanai::card {

using Bytes = std::vector<std::uint8_t>;

// Wipes a byte buffer in a way the compiler cannot elide.
void wipeBytes(Bytes& bytes);

namespace ins {
inline constexpr std::uint8_t kSelect = 0xA4;
inline constexpr std::uint8_t kVerify = 0x20;
inline constexpr std::uint8_t kReadBinary = 0xB0;
inline constexpr std::uint8_t kGetResponse = 0xC0;
} // namespace ins

// Application identifiers and file identifiers (see docs/card.md for sources).
namespace ids {
// My Number card, 券面事項入力補助AP.
inline constexpr std::array<std::uint8_t, 10> kKenhojoAid{0xD3, 0x92, 0x10, 0x00, 0x31,
                                                          0x00, 0x01, 0x01, 0x04, 0x08};
inline constexpr std::uint16_t kKenhojoPinEf = 0x0011; // 券面事項入力補助用暗証番号 (key EF)
inline constexpr std::uint16_t kKenhojoAttributesEf = 0x0002; // 基本4情報
inline constexpr std::uint8_t kKenhojoPinReference = 0x80;    // VERIFY P2: the selected key EF

// Driver's licence (警察庁仕様): MF files and DF1 (記載事項).
inline constexpr std::array<std::uint8_t, 16> kLicenceDf1Aid{0xA0, 0x00, 0x00, 0x02, 0x31, 0x01, 0x00, 0x00,
                                                             0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00};
inline constexpr std::uint16_t kMasterFile = 0x3F00;
inline constexpr std::uint16_t kLicenceCommonDataEf = 0x2F01; // 共通データ要素 (free)
inline constexpr std::uint16_t kLicencePinSettingEf = 0x000A; // 暗証番号設定 (free)
inline constexpr std::uint16_t kLicenceMattersEf = 0x0001;    // DF1: 記載事項 (本籍除く), PIN 1
inline constexpr std::uint16_t kLicenceChangesEf = 0x0004; // DF1: 記載事項変更等 (本籍除く), PIN 1
inline constexpr std::uint8_t kLicencePin1Reference = 0x81; // VERIFY P2: MF IEF 0001 by short id
} // namespace ids

class CommandApdu {
public:
    static CommandApdu selectAid(std::span<const std::uint8_t> aid); // 00 A4 04 0C Lc AID
    static CommandApdu selectEf(std::uint16_t fid);                  // 00 A4 02 0C 02 FID
    static CommandApdu selectMasterFile();                           // 00 A4 00 00
    // 00 20 00 P2: asks for the tries left (answer 63 Cx) without using one.
    static CommandApdu verifyTriesQuery(std::uint8_t p2);
    static CommandApdu verify(std::uint8_t p2, std::string_view pin); // 00 20 00 P2 Lc PIN (ASCII)
    // 00 B0 P1 P2 Le with a 15-bit offset; `length` 1..256 (256 is sent as Le 00).
    static CommandApdu readBinary(std::uint16_t offset, std::uint16_t length);
    static CommandApdu getResponse(std::uint8_t length); // 00 C0 00 00 Le, after 61 xx
    // Any bytes: only for tests of the access policy, which must refuse what the builders never make.
    static CommandApdu raw(Bytes bytes);

    ~CommandApdu();
    CommandApdu(const CommandApdu&) = delete;
    CommandApdu& operator=(const CommandApdu&) = delete;
    CommandApdu(CommandApdu&& other) noexcept;
    CommandApdu& operator=(CommandApdu&& other) noexcept;

    std::span<const std::uint8_t> bytes() const { return m_bytes; }
    std::uint8_t cla() const { return at(0); }
    std::uint8_t ins() const { return at(1); }
    std::uint8_t p1() const { return at(2); }
    std::uint8_t p2() const { return at(3); }
    // The command data field (empty for case 1 and case 2 commands); nothing for malformed APDUs.
    std::span<const std::uint8_t> data() const;
    // The expected length (case 2 and case 4), 0 when absent; 256 for Le = 00.
    std::size_t expectedLength() const;
    bool wellFormed() const; // a valid short case 1–4 APDU

private:
    explicit CommandApdu(Bytes bytes) : m_bytes(std::move(bytes)) {}
    std::uint8_t at(std::size_t i) const { return i < m_bytes.size() ? m_bytes[i] : 0; }
    Bytes m_bytes;
};

struct ResponseApdu {
    Bytes data;
    std::uint16_t sw = 0;

    ResponseApdu() = default;
    ResponseApdu(Bytes d, std::uint16_t s) : data(std::move(d)), sw(s) {}
    ~ResponseApdu() { wipeBytes(data); }
    ResponseApdu(const ResponseApdu&) = delete;
    ResponseApdu& operator=(const ResponseApdu&) = delete;
    ResponseApdu(ResponseApdu&&) noexcept = default;
    ResponseApdu& operator=(ResponseApdu&&) noexcept = default;
};

} // namespace kakanai::card
