#include "kakanai/handoff/decimal_text.h"

#include "kakanai/base/utf8.h"

#include <array>
#include <cctype>

namespace kakanai::handoff {
namespace {

constexpr std::size_t kBlockBytes = 7;
// Digits for a block of k bytes: the fewest d with 10^d >= 256^k.
constexpr std::array<std::size_t, 8> kDigitsFor{0, 3, 5, 8, 10, 13, 15, 17};

} // namespace

std::string toDecimalText(std::span<const std::uint8_t> bytes) {
    std::string out(kCodePrefix);
    for (std::size_t i = 0; i < bytes.size(); i += kBlockBytes) {
        const std::size_t k = std::min(kBlockBytes, bytes.size() - i);
        std::uint64_t v = 0;
        for (std::size_t j = 0; j < k; ++j)
            v = (v << 8) | bytes[i + j];
        std::string digits(kDigitsFor[k], '0');
        for (std::size_t d = digits.size(); d-- > 0; v /= 10)
            digits[d] = static_cast<char>('0' + v % 10);
        out += digits;
    }
    return out;
}

std::string normalizeTyped(std::string_view text) {
    std::string out;
    for (char32_t c : utf8::decode(text)) {
        if (c >= 0xFF01 && c <= 0xFF5E) c -= 0xFEE0; // full-width ASCII
        if (c == 0x3000) c = U' ';
        if (c == 0x30FC || c == 0x2212 || c == 0xFF0D) c = U'-'; // ー and minus signs an IME may produce
        utf8::append(out, c);
    }
    const auto first = out.find_first_not_of(" \t\r\n");
    if (first == std::string::npos) return {};
    const auto last = out.find_last_not_of(" \t\r\n");
    return out.substr(first, last - first + 1);
}

Result<std::vector<std::uint8_t>> fromDecimalText(std::string_view typed) {
    const std::string text = normalizeTyped(typed);
    std::string head = text.substr(0, kCodePrefix.size());
    for (char& c : head)
        c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    if (head != kCodePrefix)
        return makeError("handoff.not-kakanai", "not a Kakanai hand-off code (it does not start with " +
                                                    std::string(kCodePrefix) + ")");
    const std::string_view digits = std::string_view(text).substr(kCodePrefix.size());
    const std::size_t rest = digits.size() % kDigitsFor[kBlockBytes];
    std::size_t lastBytes = 0;
    if (rest) {
        for (std::size_t k = 1; k < kBlockBytes; ++k)
            if (kDigitsFor[k] == rest) lastBytes = k;
        if (!lastBytes) return makeError("handoff.damaged", "the code has a wrong number of digits");
    }
    std::vector<std::uint8_t> out;
    out.reserve(digits.size() / 2);
    for (std::size_t i = 0; i < digits.size();) {
        const std::size_t n = std::min(kDigitsFor[kBlockBytes], digits.size() - i);
        const std::size_t k = n == kDigitsFor[kBlockBytes] ? kBlockBytes : lastBytes;
        std::uint64_t v = 0;
        for (std::size_t j = 0; j < n; ++j) {
            const char c = digits[i + j];
            if (c < '0' || c > '9')
                return makeError("handoff.damaged", "the code has a character that is not a digit");
            v = v * 10 + static_cast<std::uint64_t>(c - '0');
        }
        if (k < 8 && v >> (8 * k))
            return makeError("handoff.damaged", "the code has an impossible digit group");
        for (std::size_t j = k; j-- > 0;)
            out.push_back(static_cast<std::uint8_t>(v >> (8 * j)));
        i += n;
    }
    return out;
}

} // namespace kakanai::handoff
