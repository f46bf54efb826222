#pragma once
// Font subsetting for the PDF: only the glyphs a document prints, without hinting, handed to libharu
// through an anonymous memory file (memfd) so the subset — which reveals the characters printed —
// never touches the disk.

#include "kakanai/base/result.h"

#include <set>
#include <string>

struct hb_face_t;

namespace kakanai::pdf {

class MemoryFontFile {
public:
    MemoryFontFile() = default;
    ~MemoryFontFile();
    MemoryFontFile(MemoryFontFile&& o) noexcept;
    MemoryFontFile& operator=(MemoryFontFile&&) = delete;
    MemoryFontFile(const MemoryFontFile&) = delete;

    // A path libharu can open (/proc/self/fd/N); valid while this object lives.
    const std::string& path() const { return m_path; }
    std::size_t size() const { return m_size; }

    static Result<MemoryFontFile> subset(hb_face_t* face, const std::set<char32_t>& codepoints);

private:
    int m_fd = -1;
    std::string m_path;
    std::size_t m_size = 0;
};

} // namespace kakanai::pdf
