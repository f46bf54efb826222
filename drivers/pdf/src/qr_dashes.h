#pragma once
// A QR code as PDF content: one stroked line per row of modules whose dash array is the row's run
// lengths. Coordinates are in module units, y down, row r centred on r + 0.5 (the caller sets up the
// transformation matrix, a one-module line width and butt caps).

#include "kakanai/layout/document.h"

#include <string>

namespace kakanai::pdf {

std::string qrRowDashes(const QrOp& q);

} // namespace kakanai::pdf
