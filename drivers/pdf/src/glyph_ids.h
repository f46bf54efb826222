#pragma once
// libharu's UTF-8 encoder makes every character's CID its Unicode code point, so each font needs a
// CIDToGIDMap of all 65 536 CIDs (≈ 1 KB deflated). useGlyphIdsAsCids rewrites the text of every page to
// glyph ids instead, so the map becomes /Identity; the widths (/W) follow, and the ToUnicode map becomes
// glyph id → code point so text stays extractable. A font whose characters share a glyph is left as is.

#include "pdf_objects.h"

#include "kakanai/base/result.h"

namespace kakanai::pdf {

Status useGlyphIdsAsCids(PdfObjects& objects);

} // namespace kakanai::pdf
