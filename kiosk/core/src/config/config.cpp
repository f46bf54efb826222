#include "kakanai/config/config.h"

#include "kakanai/base/json_input.h"
#include "kakanai/print/printer_target.h"
#include "kakanai_embedded.h"

#include <toml++/toml.h>

#include <algorithm>
#include <filesystem>
#include <optional>
#include <set>

namespace kakanai {
namespace {

const std::set<std::string, std::less<>> kLanguages{"ja", "ja-easy", "en", "zh-Hans", "ko", "vi", "pt"};

std::string typeName(const toml::node& n) {
    switch (n.type()) {
    case toml::node_type::string:
        return "a string";
    case toml::node_type::integer:
        return "an integer";
    case toml::node_type::floating_point:
        return "a number";
    case toml::node_type::boolean:
        return "true/false";
    case toml::node_type::array:
        return "an array";
    case toml::node_type::table:
        return "a table";
    default:
        return "a date/time";
    }
}

bool isFormId(std::string_view s) {
    return !s.empty() && s.size() <= 64 && std::all_of(s.begin(), s.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
    });
}

// Walks the TOML tree with the list of known keys per table, collecting one problem per bad key.
class Reader {
public:
    std::vector<Error> problems;

    void problem(const std::string& key, std::string message) {
        problems.push_back(makeError("config.invalid", std::move(message), key));
    }

    void unknownKeys(const toml::table& t, const std::string& prefix,
                     std::initializer_list<std::string_view> known) {
        for (const auto& [k, v] : t) {
            if (std::find(known.begin(), known.end(), k.str()) == known.end())
                problem(prefix + std::string(k.str()), "unknown key");
        }
    }

    const toml::table* table(const toml::table& t, std::string_view k, const std::string& key) {
        const toml::node* n = t.get(k);
        if (!n) return nullptr;
        if (!n->is_table()) {
            problem(key, "must be a table, not " + typeName(*n));
            return nullptr;
        }
        return n->as_table();
    }

    void string(const toml::table& t, std::string_view k, const std::string& key, std::string& out,
                bool nonEmpty = false) {
        const toml::node* n = t.get(k);
        if (!n) return;
        if (!n->is_string()) return problem(key, "must be a string, not " + typeName(*n));
        out = n->as_string()->get();
        if (nonEmpty && out.empty()) problem(key, "must not be empty");
    }

    void boolean(const toml::table& t, std::string_view k, const std::string& key, bool& out) {
        const toml::node* n = t.get(k);
        if (!n) return;
        if (!n->is_boolean()) return problem(key, "must be true or false, not " + typeName(*n));
        out = n->as_boolean()->get();
    }

    void integer(const toml::table& t, std::string_view k, const std::string& key, int& out, int min,
                 int max) {
        const toml::node* n = t.get(k);
        if (!n) return;
        if (!n->is_integer()) return problem(key, "must be an integer, not " + typeName(*n));
        const auto v = n->as_integer()->get();
        if (v < min || v > max)
            return problem(key, "must be between " + std::to_string(min) + " and " + std::to_string(max));
        out = static_cast<int>(v);
    }

    void number(const toml::table& t, std::string_view k, const std::string& key, double& out, double min,
                double max) {
        const toml::node* n = t.get(k);
        if (!n) return;
        double v = 0;
        if (n->is_floating_point())
            v = n->as_floating_point()->get();
        else if (n->is_integer())
            v = static_cast<double>(n->as_integer()->get());
        else
            return problem(key, "must be a number, not " + typeName(*n));
        if (!(v >= min && v <= max)) // also rejects NaN
            return problem(key, "must be between " + trim(min) + " and " + trim(max));
        out = v;
    }

    void strings(const toml::table& t, std::string_view k, const std::string& key,
                 std::vector<std::string>& out) {
        const toml::node* n = t.get(k);
        if (!n) return;
        if (!n->is_array()) return problem(key, "must be an array of strings, not " + typeName(*n));
        out.clear();
        const auto& arr = *n->as_array();
        for (std::size_t i = 0; i < arr.size(); ++i) {
            if (!arr[i].is_string()) {
                problem(key + "[" + std::to_string(i) + "]", "must be a string, not " + typeName(arr[i]));
                continue;
            }
            out.push_back(arr[i].as_string()->get());
        }
    }

    std::optional<SignaturePolicy> policy(const toml::node& n, const std::string& key) {
        if (n.is_string()) {
            const std::string& v = n.as_string()->get();
            if (v == "self") return SignaturePolicy::Self;
            if (v == "printed") return SignaturePolicy::Printed;
        }
        problem(key,
                "must be \"self\" (the resident signs by hand) or \"printed\" (name printed, no signature)");
        return std::nullopt;
    }

    static std::string trim(double v) {
        std::string s = std::to_string(v);
        while (s.size() > 1 && s.back() == '0')
            s.pop_back();
        if (!s.empty() && s.back() == '.') s.pop_back();
        return s;
    }
};

void readConfig(const toml::table& root, KioskConfig& c, Reader& r) {
    r.unknownKeys(root, "",
                  {"kiosk", "municipality", "fees", "forms", "printer", "printers", "reader", "camera",
                   "timeouts", "staff", "signing", "audit", "fonts", "ui", "next_steps", "voice"});

    if (auto* t = r.table(root, "kiosk", "kiosk")) {
        r.unknownKeys(*t, "kiosk.", {"id", "languages", "default_language"});
        r.string(*t, "id", "kiosk.id", c.kiosk_id, true);
        if (c.kiosk_id.size() > 64 || c.kiosk_id.find_first_of(" \t/\\") != std::string::npos)
            r.problem("kiosk.id", "must be at most 64 characters without spaces or slashes");
        r.strings(*t, "languages", "kiosk.languages", c.languages);
        for (std::size_t i = 0; i < c.languages.size(); ++i)
            if (!kLanguages.contains(c.languages[i]))
                r.problem("kiosk.languages[" + std::to_string(i) + "]",
                          "unknown language; supported: ja, ja-easy, en, zh-Hans, ko, vi, pt");
        if (std::find(c.languages.begin(), c.languages.end(), "ja") == c.languages.end())
            r.problem("kiosk.languages", "must include \"ja\" (the forms are Japanese)");
        r.string(*t, "default_language", "kiosk.default_language", c.default_language);
        if (std::find(c.languages.begin(), c.languages.end(), c.default_language) == c.languages.end())
            r.problem("kiosk.default_language", "must be one of kiosk.languages");
    }

    if (auto* t = r.table(root, "municipality", "municipality")) {
        r.unknownKeys(*t, "municipality.", {"name", "code", "addressee", "counter"});
        r.string(*t, "name", "municipality.name", c.municipality_name, true);
        r.string(*t, "code", "municipality.code", c.municipality_code);
        if (!c.municipality_code.empty() &&
            (c.municipality_code.size() != 6 ||
             !std::all_of(c.municipality_code.begin(), c.municipality_code.end(),
                          [](char ch) { return ch >= '0' && ch <= '9'; })))
            r.problem("municipality.code", "must be the 6-digit 全国地方公共団体コード");
        r.string(*t, "addressee", "municipality.addressee", c.addressee, true);
        r.string(*t, "counter", "municipality.counter", c.counter_name);
    } else {
        r.problem("municipality", "missing; name and addressee (宛先) are printed on every form");
    }
    if (c.municipality_name.empty() && r.problems.empty()) r.problem("municipality.name", "missing");
    if (c.addressee.empty() && r.problems.empty())
        r.problem("municipality.addressee", "missing (宛先, e.g. \"○○市長\")");

    if (auto* t = r.table(root, "fees", "fees")) {
        for (const auto& [k, v] : *t) {
            const std::string key = "fees." + std::string(k.str());
            if (!isFormId(k.str())) {
                r.problem(key, "not a form id (lower-case letters, digits, '-')");
                continue;
            }
            int yen = 0;
            r.integer(*t, k.str(), key, yen, 0, 100000);
            c.fees[std::string(k.str())] = yen;
        }
    }

    if (auto* t = r.table(root, "forms", "forms")) {
        r.unknownKeys(*t, "forms.", {"directory", "enabled", "signature"});
        r.string(*t, "directory", "forms.directory", c.forms_directory, true);
        r.strings(*t, "enabled", "forms.enabled", c.enabled_forms);
        for (std::size_t i = 0; i < c.enabled_forms.size(); ++i)
            if (!isFormId(c.enabled_forms[i]))
                r.problem("forms.enabled[" + std::to_string(i) + "]",
                          "not a form id (lower-case letters, digits, '-')");
        if (auto* s = r.table(*t, "signature", "forms.signature")) {
            for (const auto& [k, v] : *s) {
                const std::string key = "forms.signature." + std::string(k.str());
                auto p = r.policy(v, key);
                if (!p) continue;
                if (k.str() == "default")
                    c.default_signature = *p;
                else if (isFormId(k.str()))
                    c.signature[std::string(k.str())] = *p;
                else
                    r.problem(key, "not a form id");
            }
        }
    }

    if (auto* t = r.table(root, "printers", "printers")) {
        for (const auto& [k, v] : *t) {
            const std::string name(k.str());
            const std::string prefix = "printers." + name + ".";
            if (!v.is_table()) {
                r.problem("printers." + name, "must be a table with target and calibration");
                continue;
            }
            const auto& pt = *v.as_table();
            PrinterConfig p;
            p.name = name;
            r.unknownKeys(pt, prefix, {"target", "calibration", "fault_wait_s"});
            r.string(pt, "target", prefix + "target", p.target, true);
            if (!pt.get("target"))
                r.problem(prefix + "target", "missing (ipp://…, ipps://…, file:DIR or a CUPS queue name)");
            else if (auto target = parsePrinterTarget(p.target); !target)
                r.problem(prefix + "target", target.error().message);
            r.integer(pt, "fault_wait_s", prefix + "fault_wait_s", p.fault_wait_s, 0, 3600);
            if (auto* cal = r.table(pt, "calibration", prefix + "calibration")) {
                const std::string cp = prefix + "calibration.";
                r.unknownKeys(*cal, cp, {"x_mm", "y_mm", "scale_x", "scale_y"});
                r.number(*cal, "x_mm", cp + "x_mm", p.calibration.x_mm, -20.0, 20.0);
                r.number(*cal, "y_mm", cp + "y_mm", p.calibration.y_mm, -20.0, 20.0);
                r.number(*cal, "scale_x", cp + "scale_x", p.calibration.scale_x, 0.9, 1.1);
                r.number(*cal, "scale_y", cp + "scale_y", p.calibration.scale_y, 0.9, 1.1);
            }
            c.printers[name] = p;
        }
    }
    if (auto* t = r.table(root, "printer", "printer")) {
        r.unknownKeys(*t, "printer.", {"use"});
        r.string(*t, "use", "printer.use", c.printer_use, true);
        if (!c.printer_use.empty() && !c.printers.contains(c.printer_use))
            r.problem("printer.use", "names no [printers." + c.printer_use + "] table");
    } else if (c.printers.size() == 1) {
        c.printer_use = c.printers.begin()->first;
    } else if (c.printers.size() > 1) {
        r.problem("printer.use", "missing: several printers are configured, say which one this kiosk uses");
    }

    if (auto* t = r.table(root, "reader", "reader")) {
        r.unknownKeys(*t, "reader.", {"name"});
        r.string(*t, "name", "reader.name", c.reader_name);
    }
    if (auto* t = r.table(root, "camera", "camera")) {
        r.unknownKeys(*t, "camera.", {"enabled", "device"});
        r.boolean(*t, "enabled", "camera.enabled", c.camera_enabled);
        r.string(*t, "device", "camera.device", c.camera_device);
    }
    if (auto* t = r.table(root, "ui", "ui")) {
        r.unknownKeys(*t, "ui.", {"life_events", "staff_operated", "px_per_mm"});
        r.strings(*t, "life_events", "ui.life_events", c.life_events);
        for (std::size_t i = 0; i < c.life_events.size(); ++i)
            if (std::find_if(std::begin(kLifeEvents), std::end(kLifeEvents),
                             [&](const char* e) { return c.life_events[i] == e; }) == std::end(kLifeEvents))
                r.problem(
                    "ui.life_events[" + std::to_string(i) + "]",
                    "unknown life event; supported: moving, childbirth, certificates, health-insurance, "
                    "proxy");
        r.boolean(*t, "staff_operated", "ui.staff_operated", c.staff_operated);
        r.number(*t, "px_per_mm", "ui.px_per_mm", c.px_per_mm, 1.0, 20.0);
    }
    if (auto* t = r.table(root, "next_steps", "next_steps")) {
        for (const auto& [k, v] : *t) {
            const std::string prefix = "next_steps." + std::string(k.str());
            if (!isFormId(k.str())) {
                r.problem(prefix, "not a form id (lower-case letters, digits, '-')");
                continue;
            }
            if (!v.is_table()) {
                r.problem(prefix, "must be a table with counter and bring");
                continue;
            }
            const auto& nt = *v.as_table();
            NextStepConfig n;
            r.unknownKeys(nt, prefix + ".", {"counter", "bring"});
            r.string(nt, "counter", prefix + ".counter", n.counter);
            r.strings(nt, "bring", prefix + ".bring", n.bring);
            for (std::size_t i = 0; i < n.bring.size(); ++i)
                if (std::find_if(std::begin(kBringItems), std::end(kBringItems),
                                 [&](const char* e) { return n.bring[i] == e; }) == std::end(kBringItems))
                    r.problem(
                        prefix + ".bring[" + std::to_string(i) + "]",
                        "unknown item; supported: id-document, letter-of-proxy, seal, health-insurance-card, "
                        "maternal-handbook, moving-out-certificate, bank-book, fee");
            c.next_steps[std::string(k.str())] = n;
        }
    }
    if (auto* t = r.table(root, "voice", "voice")) {
        r.unknownKeys(*t, "voice.", {"directory"});
        r.string(*t, "directory", "voice.directory", c.voice_directory);
    }
    if (auto* t = r.table(root, "timeouts", "timeouts")) {
        r.unknownKeys(*t, "timeouts.", {"idle_s", "warning_s", "card_s"});
        r.integer(*t, "idle_s", "timeouts.idle_s", c.idle_s, 15, 1800);
        r.integer(*t, "warning_s", "timeouts.warning_s", c.warning_s, 20, 300);
        r.integer(*t, "card_s", "timeouts.card_s", c.card_s, 2, 10);
    }
    if (auto* t = r.table(root, "staff", "staff")) {
        r.unknownKeys(*t, "staff.", {"pin_hash"});
        r.string(*t, "pin_hash", "staff.pin_hash", c.staff_pin_hash);
        if (!c.staff_pin_hash.empty() && c.staff_pin_hash.rfind("$argon2id$", 0) != 0 &&
            c.staff_pin_hash.rfind("$argon2i$", 0) != 0)
            r.problem("staff.pin_hash",
                      "must be a libsodium crypto_pwhash_str hash ($argon2id$…), never the PIN itself");
    }
    if (auto* t = r.table(root, "signing", "signing")) {
        r.unknownKeys(*t, "signing.", {"key_path", "trusted_keys"});
        r.string(*t, "key_path", "signing.key_path", c.signing_key_path, true);
        r.strings(*t, "trusted_keys", "signing.trusted_keys", c.trusted_keys);
    }
    if (auto* t = r.table(root, "audit", "audit")) {
        r.unknownKeys(*t, "audit.", {"ledger"});
        r.string(*t, "ledger", "audit.ledger", c.ledger_path, true);
    }
    if (auto* t = r.table(root, "fonts", "fonts")) {
        r.unknownKeys(*t, "fonts.", {"dirs"});
        r.strings(*t, "dirs", "fonts.dirs", c.font_dirs);
        for (std::size_t i = 0; i < c.font_dirs.size(); ++i)
            if (c.font_dirs[i].empty() || c.font_dirs[i][0] != '/')
                r.problem("fonts.dirs[" + std::to_string(i) + "]", "must be an absolute path");
    }
}

} // namespace

SignaturePolicy KioskConfig::signatureFor(std::string_view formId) const {
    auto it = signature.find(std::string(formId));
    return it == signature.end() ? default_signature : it->second;
}

const NextStepConfig* KioskConfig::nextStepFor(std::string_view formId) const {
    auto it = next_steps.find(std::string(formId));
    return it == next_steps.end() ? nullptr : &it->second;
}

const PrinterConfig* KioskConfig::activePrinter() const {
    auto it = printers.find(printer_use);
    return it == printers.end() ? nullptr : &it->second;
}

std::string KioskConfig::resolvePath(const std::string& path) const {
    namespace fs = std::filesystem;
    if (path.empty() || fs::path(path).is_absolute() || sourcePath.empty()) return path;
    return (fs::path(sourcePath).parent_path() / path).lexically_normal().string();
}

bool KioskConfig::isBindableKey(std::string_view key) {
    static constexpr std::string_view kKeys[] = {"municipality.name", "municipality.addressee",
                                                 "municipality.counter", "municipality.code", "kiosk.id"};
    if (std::find(std::begin(kKeys), std::end(kKeys), key) != std::end(kKeys)) return true;
    return key.rfind("fees.", 0) == 0 && isFormId(key.substr(5));
}

std::optional<std::string> KioskConfig::lookup(std::string_view key) const {
    if (key == "municipality.name") return municipality_name;
    if (key == "municipality.addressee") return addressee;
    if (key == "municipality.counter") return counter_name;
    if (key == "municipality.code") return municipality_code;
    if (key == "kiosk.id") return kiosk_id;
    if (key.rfind("fees.", 0) == 0) {
        auto it = fees.find(std::string(key.substr(5)));
        if (it != fees.end()) return std::to_string(it->second);
    }
    return std::nullopt;
}

// toml++ 3.3.0 (Debian 12) reaches TOML_UNREACHABLE — undefined behaviour — when its whitespace test meets
// some non-ASCII code points (U+00A1..U+0499, U+2C0E..U+3007 but U+3000, U+FB36..U+FEFE) outside a string,
// e.g. a bare key 「鍵」 (found by fuzz_config). TOML allows non-ASCII only inside quoted strings and
// comments, so refuse it anywhere else before the parser sees it: a clear error instead of UB.
namespace {

std::optional<Error> nonAsciiOutsideStrings(std::string_view text) {
    enum class In { Code, Comment, Basic, Literal, MultiBasic, MultiLiteral } in = In::Code;
    int line = 1;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char ch = text[i];
        const auto next = [&](std::string_view s) { return text.substr(i, s.size()) == s; };
        if (ch == '\n') {
            ++line;
            if (in == In::Comment || in == In::Basic || in == In::Literal)
                in = In::Code; // strings end at EOL
            continue;
        }
        switch (in) {
        case In::Code:
            if (ch == '#')
                in = In::Comment;
            else if (next("\"\"\""))
                in = In::MultiBasic, i += 2;
            else if (next("'''"))
                in = In::MultiLiteral, i += 2;
            else if (ch == '"')
                in = In::Basic;
            else if (ch == '\'')
                in = In::Literal;
            else if (static_cast<unsigned char>(ch) >= 0x80)
                return makeError("config.syntax",
                                 "text outside quotes: put non-ASCII text in a quoted string (\"…\")",
                                 "line " + std::to_string(line));
            break;
        case In::Basic:
            if (ch == '\\')
                ++i;
            else if (ch == '"')
                in = In::Code;
            break;
        case In::MultiBasic:
            if (ch == '\\')
                ++i;
            else if (next("\"\"\""))
                in = In::Code, i += 2;
            break;
        case In::Literal:
            if (ch == '\'') in = In::Code;
            break;
        case In::MultiLiteral:
            if (next("'''")) in = In::Code, i += 2;
            break;
        case In::Comment:
            break;
        }
    }
    return std::nullopt;
}

} // namespace

ConfigLoad parseConfig(std::string_view text, const std::string& sourcePath) {
    ConfigLoad load;
    if (auto bad = nonAsciiOutsideStrings(text)) {
        load.problems.push_back(std::move(*bad));
        return load;
    }
    toml::table root;
    try {
        root = toml::parse(text, sourcePath);
    } catch (const toml::parse_error& e) {
        const auto& b = e.source().begin;
        load.problems.push_back(
            makeError("config.syntax", std::string(e.description()),
                      "line " + std::to_string(b.line) + ", column " + std::to_string(b.column)));
        return load;
    }
    KioskConfig c;
    c.sourcePath = sourcePath;
    Reader r;
    readConfig(root, c, r);
    load.problems = std::move(r.problems);
    if (load.problems.empty()) load.config = std::move(c);
    return load;
}

ConfigLoad loadConfig(const std::string& path) {
    auto text = readTextFile(path, kMiB);
    if (!text) {
        ConfigLoad load;
        load.problems.push_back(text.error());
        return load;
    }
    return parseConfig(*text, path);
}

KioskConfig demoConfig(const std::string& sourceDir) {
    // The example config/kakanai.toml, built into the binary, read as if it were in sourceDir/config.
    ConfigLoad load = parseConfig(embedded::kExampleConfig, sourceDir + "/config/kakanai.toml");
    return load.config ? *load.config : KioskConfig{};
}

} // namespace kakanai
