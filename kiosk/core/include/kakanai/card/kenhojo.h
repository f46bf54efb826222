#pragma once
// EF 0002 (基本4情報) of the My Number card's 券面事項入力補助AP:
//
//   FF 20 L { DF 21 08 <4 × u16 offsets>  DF 22 L 氏名  DF 23 L 住所  DF 24 08 YYYYMMDD  DF 25 01 sex }
//   followed by FF filler up to the file's physical size.
//
// Names and addresses are UTF-8 (family and given name separated by U+3000, or a single name; alphabetic
// names of foreign residents); the birth date is Gregorian.

#include "kakanai/base/result.h"
#include "kakanai/card/apdu.h"

#include <cstddef>
#include <span>
#include <string>

namespace kakanai::card {

// Bytes to read first: enough for the FF 20 header in every length form (FF 20 83 xx xx xx).
inline constexpr std::size_t kKenhojoHeadBytes = 7;

// The size of the whole FF 20 object from its first bytes (at least the header), so the rest can be
// read in exactly the APDUs needed. Errors: card.malformed, card.unsupported (not a 基本4情報 object).
Result<std::size_t> kenhojoObjectSize(std::span<const std::uint8_t> head);

struct KenhojoAttributes {
    std::string name;           // 氏名, UTF-8 as on the chip
    std::string address;        // 住所
    std::string birth;          // YYYYMMDD
    char sex = 0;               // '1' male, '2' female, '9' not applicable, '0' not known
    bool offsetsMatched = true; // the DF 21 offset table agreed with the fields' positions

    KenhojoAttributes() = default;
    KenhojoAttributes(const KenhojoAttributes&) = default;
    KenhojoAttributes(KenhojoAttributes&&) noexcept = default;
    KenhojoAttributes& operator=(const KenhojoAttributes&) = default;
    KenhojoAttributes& operator=(KenhojoAttributes&&) noexcept = default;
    ~KenhojoAttributes() { wipe(); }
    void wipe();
};

// Parses the object (filler after it is ignored). Lenient about order, unknown tags and a wrong offset
// table; strict about what reaches the record: valid UTF-8, no control characters, a real date, a known
// sex code. Errors: card.malformed (what is wrong, never the value).
Result<KenhojoAttributes> parseKenhojoAttributes(std::span<const std::uint8_t> ef0002);

} // namespace kakanai::card
