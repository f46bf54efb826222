#pragma once
// A template's slots: every item that prints a value (field, cells, date, choice) in document order,
// repeat items' sub-items included once (their rows are told apart by a row number). A hand-off code
// names a field by its slot number; the fingerprint of the slot list tells the verifier whether its
// copy of the template (same id and version) has the same fields.

#include "kakanai/forms/template.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kakanai::handoff {

struct Slot {
    enum class Type { Field, Cells, Date, Choice };
    std::string name;   // "applicant.name"; in a repeat item "targets[].name"
    std::string repeat; // "targets" for a repeat item's sub-item, else empty
    Type type = Type::Field;
    const ChoiceItem* choice = nullptr; // Choice: the options, in printed order
    std::string bindPath;               // "person.name_kana", "row.birth_date" …
    int maxRows = 0;                    // rows per page of the repeat item

    // "targets[2].name" for row 2.
    std::string fieldName(std::optional<std::uint32_t> row) const;
};

std::vector<Slot> templateSlots(const FormTemplate& form);
std::array<std::uint8_t, 4> slotsFingerprint(const std::vector<Slot>& slots);

// Splits a filled field's name: "targets[2].name" -> ("targets[].name", 2); "applicant.name" -> (same, none).
std::pair<std::string, std::optional<std::uint32_t>> slotKey(std::string_view fieldName);

} // namespace kakanai::handoff
