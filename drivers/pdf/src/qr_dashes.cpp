#include "qr_dashes.h"

#include <vector>

namespace kakanai::pdf {
namespace {

// PostScript-derived interpreters in printers may take no more than 11 numbers in a dash array.
constexpr std::size_t kMaxDashes = 11;

void line(std::string& s, const std::vector<int>& dashes, int from, int to, const std::string& y) {
    s += '[';
    for (std::size_t i = 0; i < dashes.size(); ++i) {
        if (i) s += ' ';
        s += std::to_string(dashes[i]);
    }
    s += "] 0 d " + std::to_string(from) + ' ' + y + " m " + std::to_string(to) + ' ' + y + " l S\n";
}

} // namespace

std::string qrRowDashes(const QrOp& q) {
    const int n = q.modules;
    std::string s;
    for (int r = 0; r < n; ++r) {
        const auto* row = q.dark.data() + static_cast<std::size_t>(r) * static_cast<std::size_t>(n);
        const std::string y = std::to_string(r);
        std::vector<int> dashes; // alternating dark and light run lengths, starting and ending dark
        int from = 0, to = 0;
        for (int c = 0; c < n;) {
            int end = c;
            while (end < n && row[end] == row[c])
                ++end;
            if (row[c]) {
                if (dashes.size() + 2 > kMaxDashes) { // this dark run starts the next line
                    line(s, dashes, from, to, y);
                    dashes.clear();
                }
                if (dashes.empty())
                    from = c;
                else
                    dashes.push_back(c - to); // the light run before it
                dashes.push_back(end - c);
                to = end;
            }
            c = end;
        }
        if (!dashes.empty()) line(s, dashes, from, to, y);
    }
    return s;
}

} // namespace kakanai::pdf
