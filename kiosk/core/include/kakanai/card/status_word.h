#pragma once
// Status words (SW1 SW2) the two cards answer, and what they mean for the kiosk.

#include <cstdint>
#include <optional>

namespace kakanai::card::sw {

inline constexpr std::uint16_t kOk = 0x9000;
inline constexpr std::uint16_t kEndOfFileWarning = 0x6282;     // fewer bytes than Le: end of file
inline constexpr std::uint16_t kBlocked = 0x6984;              // PIN blocked (after the last wrong try)
inline constexpr std::uint16_t kSecurityNotSatisfied = 0x6982; // read before VERIFY
inline constexpr std::uint16_t kFileNotFound = 0x6A82;
inline constexpr std::uint16_t kWrongParameters = 0x6A86;
inline constexpr std::uint16_t kOffsetBeyondEnd = 0x6B00;
inline constexpr std::uint16_t kWrongPinNoCounter = 0x6300;

inline bool isOk(std::uint16_t s) {
    return s == kOk;
}
// 61 xx: more data waits for GET RESPONSE (T=0).
inline bool hasMoreData(std::uint16_t s) {
    return (s & 0xFF00) == 0x6100;
}
// 63 Cx: x tries left (the answer to a tries query, or to a wrong PIN).
inline std::optional<int> triesLeft(std::uint16_t s) {
    if ((s & 0xFFF0) == 0x63C0) return static_cast<int>(s & 0x000F);
    return std::nullopt;
}
// The READ BINARY offset is at or past the end of the file.
inline bool isEndOfFile(std::uint16_t s) {
    return s == kOffsetBeyondEnd || s == kEndOfFileWarning;
}

} // namespace kakanai::card::sw
