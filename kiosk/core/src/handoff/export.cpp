#include "kakanai/handoff/export.h"

#include <algorithm>
#include <map>

namespace kakanai::handoff {
namespace {

using nlohmann::json;

std::string_view kindName(FieldKind k) {
    switch (k) {
    case FieldKind::Date:
        return "date";
    case FieldKind::Choice:
        return "choice";
    case FieldKind::Handwriting:
        return "handwriting";
    case FieldKind::Text:
        break;
    }
    return "text";
}

json formMeta(const VerifiedForm& f) {
    return json{{"form_id", f.formId},
                {"form_version", f.formVersion},
                {"form_title", f.title},
                {"printed_at", isoTimeJst(f.printedAt)},
                {"kiosk_id", f.kioskId},
                {"session_id", f.sessionId},
                {"key_id", f.keyId},
                {"demo", f.demo},
                {"id_source", idSourceName(f.idSource)},
                {"id_category", idSourceCategory(f.idSource)},
                {"corrected_by_resident", f.correctedByResident},
                {"corrected_by_staff", f.correctedByStaff},
                {"payload_sha256", f.payloadSha256}};
}

std::string joined(const std::vector<std::string>& v, const std::string& sep) {
    std::string out;
    for (std::size_t i = 0; i < v.size(); ++i)
        out += (i ? sep : "") + v[i];
    return out;
}

std::string csvCell(std::string v) {
    if (!v.empty() &&
        (v[0] == '=' || v[0] == '+' || v[0] == '-' || v[0] == '@' || v[0] == '\t' || v[0] == '\r'))
        v.insert(v.begin(), '\'');
    if (v.find_first_of(",\"\r\n") == std::string::npos) return v;
    std::string out = "\"";
    for (char c : v)
        out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

const std::vector<std::string> kMetaColumns{"form_id",
                                            "form_version",
                                            "form_title",
                                            "printed_at",
                                            "kiosk_id",
                                            "session_id",
                                            "key_id",
                                            "demo",
                                            "id_source",
                                            "id_category",
                                            "corrected_by_resident",
                                            "corrected_by_staff",
                                            "payload_sha256"};

} // namespace

json reportJson(const VerifyReport& report, int exitCode) {
    json codes = json::array();
    for (const auto& c : report.codes) {
        json j{{"source", c.source}, {"status", toString(c.check.status)}, {"message", c.check.message}};
        j["key_id"] = c.check.keyId ? json(toHex(*c.check.keyId)) : json(nullptr);
        if (c.check.payload) {
            j["form_id"] = c.check.payload->formId;
            j["form_version"] = c.check.payload->formVersion;
            j["part"] = c.check.payload->part + 1;
            j["parts"] = c.check.payload->parts;
        }
        codes.push_back(std::move(j));
    }
    for (const auto& [source, why] : report.nothingFound)
        codes.push_back(
            {{"source", source}, {"status", "unreadable"}, {"message", why}, {"key_id", nullptr}});
    json forms = json::array();
    for (const auto& f : report.forms) {
        json j = formMeta(f);
        j["status"] = toString(f.status);
        j["message"] = f.message;
        j["parts"] = f.parts;
        j["missing_parts"] = f.missingParts;
        j["seen_in"] = f.seenIn;
        json fields = json::array();
        for (const auto& v : f.fields) {
            json fj{{"name", v.name}, {"text", v.text}, {"kind", kindName(v.kind)}};
            if (v.kind == FieldKind::Date) fj["iso"] = v.isoDate;
            if (v.kind == FieldKind::Choice) fj["values"] = v.choiceValues;
            fj["corrected_by"] = v.correctedBy.empty() ? json(nullptr) : json(v.correctedBy);
            fields.push_back(std::move(fj));
        }
        j["fields"] = std::move(fields);
        forms.push_back(std::move(j));
    }
    return json{{"schema", kReportSchema},
                {"result", toString(report.outcome())},
                {"exit_code", exitCode},
                {"codes", std::move(codes)},
                {"forms", std::move(forms)}};
}

json exportJson(const VerifyReport& report) {
    json rows = json::array();
    for (const auto& f : report.forms) {
        if (f.status != FormStatus::Valid) continue;
        json row = formMeta(f);
        json fields = json::object(), dates = json::object(), choices = json::object();
        json handwritten = json::array();
        for (const auto& v : f.fields) {
            fields[v.name] = v.text;
            if (v.kind == FieldKind::Date) dates[v.name] = v.isoDate;
            if (v.kind == FieldKind::Choice) choices[v.name] = v.choiceValues;
            if (v.kind == FieldKind::Handwriting) handwritten.push_back(v.name);
        }
        row["fields"] = std::move(fields);
        row["dates"] = std::move(dates);
        row["choices"] = std::move(choices);
        row["handwritten"] = std::move(handwritten);
        rows.push_back(std::move(row));
    }
    return json{{"schema", kExportSchema}, {"forms", std::move(rows)}};
}

std::string exportCsv(const VerifyReport& report) {
    // Columns: meta, then each form type's fields in template order (first appearance wins).
    std::vector<std::string> columns = kMetaColumns;
    std::map<std::string, std::size_t> at;
    for (std::size_t i = 0; i < columns.size(); ++i)
        at[columns[i]] = i;
    auto addColumn = [&](const std::string& c) {
        if (at.emplace(c, columns.size()).second) columns.push_back(c);
    };
    std::vector<const VerifiedForm*> rows;
    for (const auto& f : report.forms) {
        if (f.status != FormStatus::Valid) continue;
        rows.push_back(&f);
        for (const auto& c : f.columns)
            addColumn(c);
    }
    std::string out;
    for (std::size_t i = 0; i < columns.size(); ++i)
        out += (i ? "," : "") + csvCell(columns[i]);
    out += "\r\n";
    for (const VerifiedForm* f : rows) {
        std::vector<std::string> cells(columns.size());
        const json meta = formMeta(*f);
        for (std::size_t i = 0; i < kMetaColumns.size(); ++i) {
            const json& v = meta[kMetaColumns[i]];
            cells[i] = v.is_string()    ? v.get<std::string>()
                       : v.is_boolean() ? (v.get<bool>() ? "true" : "false")
                       : v.is_array()   ? joined(v.get<std::vector<std::string>>(), ";")
                                        : v.dump();
        }
        auto put = [&](const std::string& column, std::string value) {
            if (auto it = at.find(column); it != at.end()) cells[it->second] = std::move(value);
        };
        for (const auto& v : f->fields) {
            put(v.name, v.text);
            if (v.kind == FieldKind::Date) put(v.name + ":iso", v.isoDate);
            if (v.kind == FieldKind::Choice) put(v.name + ":values", joined(v.choiceValues, ";"));
        }
        for (std::size_t i = 0; i < cells.size(); ++i)
            out += (i ? "," : "") + csvCell(cells[i]);
        out += "\r\n";
    }
    return out;
}

} // namespace kakanai::handoff
