#pragma once
// A second pass over the PDF libharu wrote, for size. libharu 2.3 deflates at zlib's default level,
// writes every stream length as an object of its own, keeps the font's cmap table (PDF readers never read
// it), names itself in an Info dictionary, and — with its UTF-8 encoder — uses code points as CIDs, which
// needs a CIDToGIDMap of all 65 536 CIDs. compactPdf rewrites the document: glyph ids as CIDs
// (glyph_ids.h), the font's cmap emptied, every stream deflated with libdeflate at level 10 and its length
// inline, no Info, the other objects in one object stream and a cross-reference stream (PDF 1.5).
// The input must be libharu's uncompressed output (HPDF_COMP_NONE); anything else is an error, and the
// renderer then keeps libharu's own compressed output.

#include "kakanai/base/result.h"
#include "kakanai/layout/renderer.h"

namespace kakanai::pdf {

Result<Bytes> compactPdf(const Bytes& pdf);

// The TrueType font program with an empty cmap table (and the checksums that depend on it).
Result<std::string> withEmptyCmap(std::string font);

} // namespace kakanai::pdf
