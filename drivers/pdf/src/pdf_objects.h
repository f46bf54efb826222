#pragma once
// The objects of a PDF written by libharu, as the compaction pass (pdf_compact.h) holds them.

#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace kakanai::pdf {

struct PdfObject {
    std::string text;                  // the dictionary or value, without "N 0 obj" / "endobj"
    std::optional<std::string> stream; // its (unfiltered) stream data, if any
};
using PdfObjects = std::map<long, PdfObject>;

inline bool isPdfSpace(char c) {
    return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\0';
}
inline bool isPdfDelimiter(char c) {
    return isPdfSpace(c) || (c != '\0' && std::string_view("()<>[]{}/%").find(c) != std::string_view::npos);
}

// N of "<key> N 0 R" in a dictionary's text.
std::optional<long> refAfter(std::string_view text, std::string_view key);

} // namespace kakanai::pdf
