#pragma once
// Splitting an address as printed on a card into the DS-442 parts forms with separate boxes need:
// 都道府県 / 市区町村 (incl. 政令市の区, 郡, 東京23区) / 町字 (incl. 丁目, 大字・字, 甲乙) / 番地以下 / 方書.
//
// Rules (counter-systems.md §3.7): the card's text stays the source. Every part is an exact piece of it
// (only the spaces between parts are dropped); normalised forms (1-2-3, full-width digits) are separate
// functions a form asks for. What cannot be split with confidence is returned whole, with a low confidence
// and a flag saying why — never forced into the four boxes (京都の通り名 are the classic case).

#include "kakanai/normalize/gazetteer.h"
#include "kakanai/person/person.h"

#include <string>
#include <string_view>
#include <vector>

namespace kakanai::normalize {

enum class SplitLevel {
    None,         // not split: `rest` holds the whole address
    Municipality, // 都道府県 and 市区町村 split; `rest` holds the remainder whole (京都の通り名 …)
    Full          // all parts
};

// Flags (stable ids: the UI and scripts key on them).
namespace address_flags {
inline constexpr std::string_view kStreetName =
    "street-name-address"; // 京都の通り名 (上る・下る・西入・東入)
inline constexpr std::string_view kUnknownMunicipality = "unknown-municipality";
inline constexpr std::string_view kAmbiguousMunicipality =
    "ambiguous-municipality"; // 府中市 without 都道府県
inline constexpr std::string_view kWardNotRecognised = "ward-not-recognised"; // 政令市 without a current 区
inline constexpr std::string_view kPrefectureAdded = "prefecture-added"; // not in the text: from the 市区町村
inline constexpr std::string_view kPrefectureMismatch = "prefecture-mismatch";
inline constexpr std::string_view kChomeInBlock = "chome-in-block"; // 霞が関2-1-6: 2 may be the 丁目
inline constexpr std::string_view kChomeOrBanchi = "chome-or-banchi"; // 紀尾井町1-2: 1丁目2番 or 1番2号
inline constexpr std::string_view kRoomFromBlock =
    "room-number-from-block";                                         // 1-2-3-405: 405 taken as the room
inline constexpr std::string_view kNoBlockNumber = "no-block-number"; // no 番地 found
inline constexpr std::string_view kNoTown = "no-town";
inline constexpr std::string_view kPostalCodePrefix = "postal-code-prefix"; // 〒100-0013 before the address
inline constexpr std::string_view kNotText = "not-an-address";              // empty, or not valid UTF-8
} // namespace address_flags

struct AddressSplit {
    std::string source; // the input, unchanged
    SplitLevel level = SplitLevel::None;
    AddressParts parts;           // Full: all parts; Municipality: prefecture and municipality only
    std::string rest;             // the unsplit remainder (Municipality) or the whole address (None)
    std::string postalCode;       // 7 digits when the text started with one (〒100-0013)
    std::string municipalityCode; // 6-digit 全国地方公共団体コード, when known
    std::string county;           // 北群馬郡, when the municipality is in a 郡
    std::string designatedCity;   // 札幌市, for a 政令市の区
    double confidence = 0;        // 0..1: below 0.5 the UI must not offer the split as is
    std::vector<std::string> flags;

    bool hasFlag(std::string_view f) const;
};

AddressSplit splitAddress(std::string_view address, const Gazetteer& gazetteer);

// 番地以下 in the DS-442 data form: half-width numbers joined by hyphens ("２番３号" → "2-3",
// "１２３番地の４" → "123-4", "千二百三十四番地" → "1234"). Returns the input unchanged when it is not
// a plain run of numbers (甲, 無番地, 地先 …).
std::string blockHyphenated(std::string_view block);

} // namespace kakanai::normalize
