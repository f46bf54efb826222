#pragma once
// Which characters of a text fall outside JIS X 0208 — the set driver's licences and most older systems
// encode. Such characters (髙, 﨑, 𠮷, anything with a variation selector) are kept exactly as read, but may
// be 外字 on the municipality's side, so the UI marks them for the counter to check (needs_check).

#include <string>
#include <string_view>
#include <vector>

namespace kakanai::text {

// Each distinct character (with its variation selector, if any) outside JIS X 0208 and ASCII, in order
// of first appearance. Uses the C library's Shift_JIS converter, which is exactly JIS X 0201 + 0208.
std::vector<std::string> outsideJisX0208(std::string_view text);

} // namespace kakanai::text
