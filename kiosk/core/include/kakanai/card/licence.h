#pragma once
// Driver's licence IC files (警察庁「運転免許証及び運転免許証作成システム等仕様書」): one-byte tags with
// BER lengths, text as 2-byte JIS X 0208, dates as 7 ASCII digits (era digit 1 明治 … 5 令和 + YYMMDD).
//
//   MF/EF 2F01 共通データ要素: 45 0B <spec version 3><交付 BCD YYYYMMDD><有効期限 BCD YYYYMMDD> 46 …
//   MF/EF 000A 暗証番号設定:   05 01 <01 PIN set | 00 no PIN>
//   DF1/EF 0001 記載事項:      11 JIS 制定年, 12 氏名, 13 呼び名, 14 通称名, 15 統一氏名, 16 生年月日,
//                              17 住所, 18 交付年月日 … (the kiosk reads only up to 17)
//   DF1/EF 0004 記載事項変更:  50 01 <追記の有無>, then one TLV per change, newest last. Each value is
//                              <JIS 制定年 1 byte><変更年月日: 7 JIS X 0208 digits><text><公安委員会名: 5
//                              JIS> Tags (unverified on a real card, see docs/card.md): 51 住所地公安委員会,
//                              52 新氏名, 53 新呼び名, 54 新住所, 55 新条件, 56 条件解除, 57 備考, 58 予備.

#include "kakanai/base/result.h"
#include "kakanai/card/jis_x0208.h"
#include "kakanai/dates/date.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace kakanai::card {

inline constexpr std::uint8_t kLicenceLastTagRead = 0x17; // 住所: nothing after it is needed

struct LicenceTlv {
    std::uint8_t tag = 0;
    std::span<const std::uint8_t> value;
};

// The TLVs of a licence file, up to padding (tag byte 00 or FF). With `partial`, a TLV cut off at the
// end of the data ends the list instead of being an error (for a file read in pieces).
Result<std::vector<LicenceTlv>> parseLicenceTlvs(std::span<const std::uint8_t> data, bool partial = false);

// Whether the complete TLV with `tag` is already in `data` (a prefix of the file).
bool licenceHasTag(std::span<const std::uint8_t> data, std::uint8_t tag);

struct LicenceCommonData {
    std::string specVersion; // e.g. "008"
    std::optional<Date> issued, expires;
};
// Errors: card.unsupported when tag 45 is missing (not a licence).
Result<LicenceCommonData> parseLicenceCommonData(std::span<const std::uint8_t> ef2f01);

// true: a PIN is set; false: the holder set no PIN (the card accepts "****").
Result<bool> parseLicencePinSetting(std::span<const std::uint8_t> ef000a);

struct LicenceMatters {
    jis::DecodedText name;     // 氏名
    jis::DecodedText callName; // 呼び名 (foreign residents)
    jis::DecodedText alias;    // 通称名
    jis::DecodedText address;  // 住所
    std::string birthDigits;   // era digit + YYMMDD as stored
    std::optional<Date> birth; // nothing when the digits are not a real date

    LicenceMatters() = default;
    LicenceMatters(const LicenceMatters&) = default;
    LicenceMatters(LicenceMatters&&) noexcept = default;
    LicenceMatters& operator=(const LicenceMatters&) = default;
    LicenceMatters& operator=(LicenceMatters&&) noexcept = default;
    ~LicenceMatters() { wipe(); }
    void wipe();
};
Result<LicenceMatters> parseLicenceMatters(std::span<const std::uint8_t> ef0001);

enum class LicenceChangeKind { NewName, NewCallName, NewAddress, Other };

struct LicenceChange {
    LicenceChangeKind kind = LicenceChangeKind::Other;
    std::uint8_t tag = 0;
    std::optional<Date> date; // 変更年月日
    jis::DecodedText text;
    jis::DecodedText commission; // 公安委員会名
    std::size_t order = 0;       // position in the file
};

struct LicenceChanges {
    bool present = false;               // 追記の有無
    std::vector<LicenceChange> entries; // as stored
    std::size_t unreadable = 0;         // entries whose layout did not parse
    // The newest change of a kind (latest date; the later entry on the same day), if any.
    const LicenceChange* newest(LicenceChangeKind kind) const;
    LicenceChanges() = default;
    LicenceChanges(const LicenceChanges&) = default;
    LicenceChanges(LicenceChanges&&) noexcept = default;
    LicenceChanges& operator=(const LicenceChanges&) = default;
    LicenceChanges& operator=(LicenceChanges&&) noexcept = default;
    ~LicenceChanges() { wipe(); }
    void wipe();
};
Result<LicenceChanges> parseLicenceChanges(std::span<const std::uint8_t> ef0004);

} // namespace kakanai::card
