#pragma once
// A second pass over the PDF libharu wrote, for size: libharu 2.3 deflates at the default level, writes
// every stream length as its own object, keeps the font's cmap table (PDF readers map CIDs to glyphs
// through CIDToGIDMap and never read it) and names itself in an Info dictionary. compactPdf rewrites the
// document with every stream deflated at level 9 and its length inline, the embedded TrueType font's cmap
// emptied, no Info dictionary, and the objects renumbered. The input must be libharu's uncompressed
// output (HPDF_COMP_NONE); anything else is an error and the caller keeps libharu's own bytes.

#include "kakanai/base/result.h"
#include "kakanai/layout/renderer.h"

namespace kakanai::pdf {

Result<Bytes> compactPdf(const Bytes& pdf);

// The TrueType font program with an empty cmap table (and the checksums that depend on it).
Result<std::string> withEmptyCmap(std::string font);

} // namespace kakanai::pdf
