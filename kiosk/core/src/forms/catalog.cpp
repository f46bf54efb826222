#include "kakanai/forms/catalog.h"

#include "kakanai/sys/share_dir.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>

namespace kakanai {

FormCatalog FormCatalog::load(const std::string& directory, const TemplateLoadOptions& options) {
    namespace fs = std::filesystem;
    FormCatalog catalog;
    std::error_code ec;
    std::vector<fs::path> files;
    for (const auto& e : fs::directory_iterator(directory, ec))
        if (e.is_regular_file() && e.path().extension() == ".json") files.push_back(e.path());
    std::sort(files.begin(), files.end());
    for (const auto& f : files) {
        TemplateLoad load = loadTemplate(f.string(), options);
        CatalogEntry entry{f.string(), std::move(load.form), std::move(load.problems)};
        if (entry.form && entry.form->id != f.stem().string()) {
            entry.problems.push_back(
                makeError("form.id", "id \"" + entry.form->id + "\" does not match the file name", "/id"));
            entry.form.reset();
        }
        catalog.m_entries.push_back(std::move(entry));
    }
    return catalog;
}

const FormTemplate* FormCatalog::find(const std::string& id) const {
    for (const auto& e : m_entries)
        if (e.form && e.form->id == id) return &*e.form;
    return nullptr;
}

std::vector<const FormTemplate*> FormCatalog::offered(const KioskConfig& config, const Date& day) const {
    std::vector<const FormTemplate*> out;
    for (const auto& e : m_entries) {
        if (!e.form || !e.form->validOn(day)) continue;
        const auto& en = config.enabled_forms;
        if (!en.empty() && std::find(en.begin(), en.end(), e.form->id) == en.end()) continue;
        out.push_back(&*e.form);
    }
    return out;
}

std::string defaultFormsDirectory() {
    if (const char* env = std::getenv("KAKANAI_FORMS_DIR"); env && *env) return env;
    return sharePath("forms");
}

} // namespace kakanai
