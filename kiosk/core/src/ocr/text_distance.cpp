#include "kakanai/ocr/text_distance.h"

#include "kakanai/base/utf8.h"

#include <algorithm>
#include <vector>

namespace kakanai::ocr {

std::u32string foldForComparison(std::string_view text) {
    std::u32string out;
    for (char32_t c : utf8::decode(text)) {
        if (c >= 0xFF01 && c <= 0xFF5E) c -= 0xFEE0;
        if (c == U' ' || c == 0x3000 || c == U'\t' || c == U'\n' || c == U'\r') continue;
        out.push_back(c);
    }
    return out;
}

std::size_t editDistance(std::u32string_view a, std::u32string_view b) {
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j)
        row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

double characterErrorRate(std::string_view reference, std::string_view hypothesis) {
    const std::u32string ref = foldForComparison(reference);
    const std::u32string hyp = foldForComparison(hypothesis);
    if (ref.empty()) return hyp.empty() ? 0.0 : 1.0;
    return static_cast<double>(editDistance(ref, hyp)) / static_cast<double>(ref.size());
}

} // namespace kakanai::ocr
