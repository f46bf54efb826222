#pragma once
// A QR code as PDF content: each row of modules as stroked lines whose dash arrays are the row's run
// lengths, at most 11 numbers per array (the limit of PostScript-derived printer interpreters). Coordinates
// are in module units, y down, row r centred on y = r (the caller sets up the transformation matrix, shifted
// by half a module, a line width of about one module and butt caps).

#include "kakanai/layout/document.h"

#include <string>

namespace kakanai::pdf {

std::string qrRowDashes(const QrOp& q);

} // namespace kakanai::pdf
