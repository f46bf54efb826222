#pragma once
// The set of form templates a kiosk offers: every *.json in the forms directory, filtered by the
// config's enabled list and by validity dates.

#include "kakanai/config/config.h"
#include "kakanai/forms/template.h"
#include "kakanai/forms/template_loader.h"

#include <string>
#include <vector>

namespace kakanai {

struct CatalogEntry {
    std::string path;
    std::optional<FormTemplate> form; // empty when the file has problems
    std::vector<Error> problems;
};

class FormCatalog {
public:
    // Loads every template in `directory` (not recursing into schema/). Broken files are kept with their
    // problems so `form list` can show them; they are never offered to residents.
    static FormCatalog load(const std::string& directory, const TemplateLoadOptions& options = {});

    const std::vector<CatalogEntry>& entries() const { return m_entries; }
    // A valid template by id, or nullptr.
    const FormTemplate* find(const std::string& id) const;
    // Templates enabled by the config and valid on `day`, in file-name order.
    std::vector<const FormTemplate*> offered(const KioskConfig& config, const Date& day) const;

private:
    std::vector<CatalogEntry> m_entries;
};

// The forms directory: $KAKANAI_FORMS_DIR, else <share directory>/forms (kakanai/sys/share_dir.h).
std::string defaultFormsDirectory();

} // namespace kakanai
