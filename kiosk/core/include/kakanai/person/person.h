#pragma once
// The person record: the contract between capture (card, OCR, manual entry) and the forms.
// JSON shape "kakanai-person/1" is documented in docs/person-record.md.

#include "kakanai/base/result.h"

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace kakanai {

inline constexpr std::string_view kPersonSchema = "kakanai-person/1";

// Where a value came from. Top-level record sources, plus the per-field ones below them.
namespace sources {
inline constexpr std::string_view kMyNumberCard = "mynumber-card";
inline constexpr std::string_view kDriverLicenseCard = "driver-license-card";
inline constexpr std::string_view kOcrDriverLicense = "ocr:driver-license";
inline constexpr std::string_view kOcrMyNumberCard = "ocr:mynumber-card";
inline constexpr std::string_view kOcrResidenceCard = "ocr:residence-card";
inline constexpr std::string_view kManual = "manual";
// Field-level only:
inline constexpr std::string_view kResident = "resident"; // typed or corrected by the resident at the kiosk
inline constexpr std::string_view kStaff = "staff";       // entered or corrected by counter staff
inline constexpr std::string_view kDerived = "derived";   // computed from another field (split name, parts)
} // namespace sources

std::span<const std::string_view> recordSources();
std::span<const std::string_view> fieldSources();

template <class T> struct Field {
    T value{};
    std::string source;      // one of fieldSources()
    double confidence = 1.0; // 0..1; capture sets < 1 when unsure
    std::string raw;  // provenance: the text exactly as read (card bytes decoded, OCR text), if different
    std::string note; // provenance detail, e.g. "newest 追記 (change record) used"
};

using TextField = Field<std::string>;

struct AddressParts {
    std::string prefecture;   // 都道府県
    std::string municipality; // 市区町村 (incl. 政令市の区, 郡)
    std::string town;         // 町字 (incl. 丁目)
    std::string block;        // 番地以下
    std::string building;     // 方書 (building, room)
};

inline constexpr std::string_view kSexValues[] = {"male", "female", "not-known", "not-applicable"};

struct Person {
    std::string source; // one of recordSources()

    std::optional<TextField> name; // as on the card; family and given separated by U+3000 when known
    std::optional<TextField> family_name;
    std::optional<TextField> given_name;
    std::optional<TextField> name_kana; // registered reading (furigana), entered or confirmed by the resident
    std::optional<TextField> name_alias; // 通称 / 呼び名, when the card carries one
    std::optional<TextField> birth_date; // ISO YYYY-MM-DD
    std::optional<TextField> sex;        // kSexValues
    std::optional<TextField> address;    // exactly as printed on the card
    std::optional<Field<AddressParts>> address_parts;
    std::optional<TextField> postal_code; // 7 digits, "1234567" or "123-4567"
    std::optional<TextField> phone;
    std::optional<TextField> nationality; // 国籍・地域, for residence cards

    // Household members only (also allowed on the resident to state their own relation to the head).
    std::optional<TextField> relationship;         // 続柄 to the resident (妻, 子, 父 …)
    std::optional<TextField> relationship_to_head; // 続柄 to the 世帯主, as 住民異動届 asks
    bool head_of_household = false;                // this person is the 世帯主
    std::vector<std::string> flags;                // per-visit marks set by the UI, e.g. "moving"

    std::vector<std::string> needs_check; // field names a person must confirm (low confidence, 外字 …)
    std::vector<Person> household;        // other people the forms need; top-level record only

    // Text fields by JSON name ("name", "birth_date" …); nullptr for unknown names.
    const std::optional<TextField>* textField(std::string_view field) const;
    std::optional<TextField>* textField(std::string_view field);
    // The names textField() accepts, in document order.
    static std::span<const std::string_view> textFieldNames();

    bool needsCheck(std::string_view field) const;
    // Overwrites every string with zeros before releasing it (end of a session).
    void wipe();
};

// Parses and validates a kakanai-person/1 document. Errors name the JSON pointer of the bad key.
Result<Person> parsePerson(std::string_view json);
Result<Person> readPersonFile(const std::string& path);
// Serialises to kakanai-person/1 (fields always in the full {value, source, confidence} form).
std::string toJson(const Person& person, int indent = 2);

} // namespace kakanai
