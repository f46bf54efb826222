#include "kakanai/normalize/my_number.h"

#include <algorithm>

namespace kakanai::normalize {

std::optional<int> myNumberCheckDigit(std::string_view d) {
    if (d.size() != 11 || !std::all_of(d.begin(), d.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return std::nullopt;
    // P_n: the n-th digit counted from the right of the 11; Q_n = n + 1 for n ≤ 6, n − 5 for n ≥ 7.
    int sum = 0;
    for (int n = 1; n <= 11; ++n) {
        const int p = d[static_cast<std::size_t>(11 - n)] - '0';
        const int q = n <= 6 ? n + 1 : n - 5;
        sum += p * q;
    }
    const int r = sum % 11;
    return r <= 1 ? 0 : 11 - r;
}

bool isValidMyNumber(std::string_view d) {
    if (d.size() != 12) return false;
    const auto check = myNumberCheckDigit(d.substr(0, 11));
    return check && d[11] - '0' == *check;
}

} // namespace kakanai::normalize
