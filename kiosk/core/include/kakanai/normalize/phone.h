#pragma once
// Japanese telephone numbers as forms print them (電話 in 3 hyphenated groups).

#include <string>
#include <string_view>

namespace kakanai::normalize {

enum class PhoneKind { Mobile, IpPhone, TollFree, Navidial, Landline };
std::string_view phoneKindId(PhoneKind k); // "mobile", "ip", "toll-free", "navidial", "landline"

struct PhoneNumber {
    bool valid = false;
    std::string digits;    // national form, "0312345678" (+81 turned into 0)
    std::string formatted; // "03-1234-5678"; the digits alone when the grouping is not known
    PhoneKind kind = PhoneKind::Landline;
    bool groupingKnown = false; // false: a landline typed without hyphens outside 03/06 — ask for them
    std::string problem;        // why it is not valid (never contains the number)
};

// Accepts digits (half or full width), hyphens, spaces, parentheses (03(1234)5678) and +81.
// Landline area codes are 2–5 digits and need the 市外局番 table to split, which the kiosk does not carry:
// a grouping the resident typed is kept (when it adds up), 03/06 are known, anything else stays ungrouped.
PhoneNumber normalizePhone(std::string_view typed);

} // namespace kakanai::normalize
