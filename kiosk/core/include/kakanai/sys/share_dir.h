#pragma once
// Where the read-only files live (form templates, normalisation tables, OCR data): one "share"
// directory with the same layout installed (/usr/bin/kakanai → /usr/share/kakanai) and in the build
// tree (build/bin → build/share/kakanai, links into the source tree made by CMake). Nothing compiled in
// names the source tree, so an installed or relocated binary (dpkg-deb -x into any root) finds its own
// files.

#include <string>
#include <string_view>

namespace kakanai {

// $KAKANAI_SHARE_DIR when set, else <directory of this program>/../share/kakanai.
std::string shareDirectory();

// shareDirectory()/relative.
std::string sharePath(std::string_view relative);

} // namespace kakanai
