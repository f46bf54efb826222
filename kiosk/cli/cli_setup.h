#pragma once
// Loading what most commands need: the config, the forms catalog, templates named on the command line.

#include "cli.h"

#include "kakanai/config/config.h"
#include "kakanai/forms/catalog.h"

#include <deque>
#include <optional>
#include <string>

namespace kakanai::cli {

// --config FILE, or the built-in example config (fictional city, file: printer). Prints the problems
// of an invalid config ("FILE: key: problem") and returns nullopt.
std::optional<KioskConfig> loadConfigOption(const Args& args);

// --forms-dir, else $KAKANAI_FORMS_DIR, else the config's forms.directory.
std::string formsDirectory(const Args& args, const KioskConfig& config);

// Templates named by id (from the catalog) or by file path; keeps loaded files alive.
class TemplateSet {
public:
    TemplateSet(FormCatalog catalog, KioskConfig config)
        : m_catalog(std::move(catalog)), m_config(std::move(config)) {}
    // Prints problems as "FILE: /pointer: message" and returns nullptr when the template is unusable.
    const FormTemplate* get(const std::string& idOrFile);
    const FormCatalog& catalog() const { return m_catalog; }

private:
    FormCatalog m_catalog;
    KioskConfig m_config;
    std::deque<FormTemplate> m_files;
};

TemplateLoadOptions loadOptions(const KioskConfig& config);

// Writes bytes to a file created with mode 0600 (or to stdout for "-"): all of them or, on failure (a full
// disk), none; the message says what to do.
bool writeOutput(const std::string& path, const void* data, std::size_t size);

void printProblems(const std::string& file, const std::vector<Error>& problems);

} // namespace kakanai::cli
