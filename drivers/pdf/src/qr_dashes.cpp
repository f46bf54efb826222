#include "qr_dashes.h"

namespace kakanai::pdf {

std::string qrRowDashes(const QrOp& q) {
    const int n = q.modules;
    std::string s;
    for (int r = 0; r < n; ++r) {
        const auto* row = q.dark.data() + static_cast<std::size_t>(r) * static_cast<std::size_t>(n);
        int first = 0, last = n; // the row's dark modules lie in [first, last)
        while (first < n && !row[first])
            ++first;
        if (first == n) continue;
        while (!row[last - 1])
            --last;
        s += '[';
        for (int c = first; c < last;) { // alternating dark and light run lengths, starting dark
            const bool dark = row[c] != 0;
            int end = c;
            while (end < last && (row[end] != 0) == dark)
                ++end;
            if (c != first) s += ' ';
            s += std::to_string(end - c);
            c = end;
        }
        const std::string y = std::to_string(r) + ".5";
        s += "] 0 d " + std::to_string(first) + ' ' + y + " m " + std::to_string(last) + ' ' + y + " l S\n";
    }
    return s;
}

} // namespace kakanai::pdf
