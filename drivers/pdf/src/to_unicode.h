#pragma once
// A valid ToUnicode CMap for libharu's UTF-8 CID fonts. libharu 2.3 writes one with a `cidrange` (an
// Encoding-CMap operator), which poppler rejects ("Invalid 'begincidrange' operator in ToUnicode CMap")
// and other readers may too, so copying or searching text could fail. Its CIDs are Unicode code points,
// so the right map is the identity, written as one 256-code `bfrange` per high byte the font uses.

#include "kakanai/base/result.h"

#include <hpdf.h>

#include <set>
#include <string>

namespace kakanai::pdf {

std::string identityToUnicodeCMap(const std::set<char32_t>& codePoints);

// Replaces the content of the font's /ToUnicode stream (before the document is saved).
Status replaceToUnicode(HPDF_Font font, const std::set<char32_t>& codePoints);

} // namespace kakanai::pdf
