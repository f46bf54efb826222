#pragma once
// Stable shapes of what `kakanai verify` prints, for scripts and for import into a core system
// (docs/handoff.md documents every key and column; extend, never rename).
//   reportJson: the whole verification (--json): every code read, every form, the outcome.
//   exportJson / exportCsv: one row per verified form (--export): only forms whose status is "valid".

#include "kakanai/handoff/verification.h"

#include <nlohmann/json.hpp>

#include <string>

namespace kakanai::handoff {

inline constexpr std::string_view kReportSchema = "kakanai-verify/1";
inline constexpr std::string_view kExportSchema = "kakanai-export/1";

nlohmann::json reportJson(const VerifyReport& report, int exitCode);
nlohmann::json exportJson(const VerifyReport& report);
// RFC 4180 (UTF-8, CRLF). Columns: the fixed ones, then every form's fields in template order (date
// fields add "<name>:iso", choices "<name>:values"). Cells starting with = + - @ get a leading ' so a
// spreadsheet never runs them as formulas.
std::string exportCsv(const VerifyReport& report);

} // namespace kakanai::handoff
