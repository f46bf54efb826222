#pragma once
// Loading and checking form templates. Every problem is reported as an Error whose `where` is a JSON
// pointer into the template, so `kakanai form validate` can print "FILE: /pointer: what is wrong".

#include "kakanai/base/result.h"
#include "kakanai/forms/template.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kakanai {

inline constexpr std::string_view kFormFormat = "kakanai-form/1";

struct TemplateLoadOptions {
    // Directories template font files may come from (besides the system font directories).
    std::vector<std::string> fontDirs;
};

struct TemplateLoad {
    std::optional<FormTemplate> form; // set when the template can be used (no problems)
    std::vector<Error> problems;
};

TemplateLoad loadTemplate(const std::string& path, const TemplateLoadOptions& options = {});
TemplateLoad parseTemplate(std::string_view json, const std::string& sourcePath,
                           const TemplateLoadOptions& options = {});

// The JSON Schema text (forms/schema/kakanai-form-1.schema.json, built into the binary).
std::string_view formSchemaText();

// System directories fonts may be loaded from.
std::vector<std::string> systemFontDirs();
// Resolves a font file reference: absolute path, or a path relative to a font directory. Fails for
// anything outside the allowed directories (after resolving symlinks and "..").
Result<std::string> resolveFontFile(const std::string& ref, const std::vector<std::string>& extraDirs);

} // namespace kakanai
