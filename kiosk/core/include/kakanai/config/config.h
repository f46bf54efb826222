#pragma once
// Kiosk configuration (config/kakanai.toml). Everything a city changes lives here, not in copies of
// templates: municipality name, 宛先, fees, enabled forms, devices, timeouts, keys, calibration.
// Documented key by key in config/kakanai.toml itself.

#include "kakanai/base/result.h"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kakanai {

// Per-printer correction applied to the whole page at render time (mm, factor).
struct Calibration {
    double x_mm = 0.0; // positive moves print to the right
    double y_mm = 0.0; // positive moves print down
    double scale_x = 1.0;
    double scale_y = 1.0;
    bool isIdentity() const { return x_mm == 0.0 && y_mm == 0.0 && scale_x == 1.0 && scale_y == 1.0; }
};

struct PrinterConfig {
    std::string name;
    std::string target; // ipp://… | ipps://… | file:DIR (demo only) | CUPS queue name
    Calibration calibration;
    int fault_wait_s = 120; // how long a fault may clear while the resident waits, then cancel
};

enum class SignaturePolicy {
    Self,    // the resident signs by hand; the signature box stays blank with a "sign here" cue
    Printed, // the name is printed (記名); the city accepts it without a handwritten signature
};

// Life events the kiosk offers on "what do you need?" (forms list them in their `categories`).
inline constexpr const char* kLifeEvents[] = {"moving", "childbirth", "certificates", "health-insurance", "proxy"};
// What a resident may be asked to bring to the counter (the UI and the next-steps slip translate them).
inline constexpr const char* kBringItems[] = {"id-document",       "letter-of-proxy", "seal",
                                              "health-insurance-card", "maternal-handbook", "moving-out-certificate",
                                              "bank-book",         "fee"};

// [next_steps.<form-id>]: where the printed form goes and what to bring (next-steps slip).
struct NextStepConfig {
    std::string counter;            // empty: municipality.counter
    std::vector<std::string> bring; // kBringItems
};

struct KioskConfig {
    std::string sourcePath; // the file it was read from; relative paths below resolve against its folder

    // [kiosk]
    std::string kiosk_id = "kakanai-kiosk";
    std::vector<std::string> languages{"ja", "ja-easy", "en"};
    std::string default_language = "ja";

    // [municipality]
    std::string municipality_name;
    std::string municipality_code; // 全国地方公共団体コード (6 digits with check digit), optional
    std::string addressee;         // 宛先, e.g. "架空市長"
    std::string counter_name;      // where residents take their forms, e.g. "市民課 1番窓口"

    // [fees] yen per copy, keyed by form id (estimate on the next-steps slip only)
    std::map<std::string, int> fees;

    // [forms]
    std::string forms_directory = "forms";
    std::vector<std::string> enabled_forms; // empty = all forms found in the directory
    SignaturePolicy default_signature = SignaturePolicy::Self;
    std::map<std::string, SignaturePolicy> signature; // per form id

    // [printer] / [printers.NAME]
    std::string printer_use;
    std::map<std::string, PrinterConfig> printers;

    // [reader], [camera]
    std::string reader_name; // empty: the first reader that holds a card
    bool camera_enabled = true;
    std::string camera_device = "/dev/video0";

    // [ui]
    std::vector<std::string> life_events{"moving", "childbirth", "certificates", "health-insurance", "proxy"};
    bool staff_operated = false; // start in staff-operated mode (staff drive the kiosk across the counter)
    double px_per_mm = 4.0;      // screen density: touch targets are sized in millimetres

    // [next_steps.<form-id>]
    std::map<std::string, NextStepConfig> next_steps;
    const NextStepConfig* nextStepFor(std::string_view formId) const;

    // [voice]
    std::string voice_directory; // <dir>/<language>/<prompt>.wav; empty or missing clips: silence

    // [timeouts] seconds
    int idle_s = 90;    // no touch for this long: warn
    int warning_s = 30; // the warning stays this long (>= 20 s to answer), then the session is wiped
    int card_s = 10;    // a card that stops answering is abandoned after this

    // [staff]
    std::string staff_pin_hash; // libsodium crypto_pwhash_str ($argon2id$…)

    // [signing]
    std::string signing_key_path; // Ed25519 private key of this kiosk (file mode 0600); empty: unsigned
    std::vector<std::string> trusted_keys; // public key files staff tools accept (several: key rotation)

    // [audit]
    std::string ledger_path; // append-only audit ledger of signed forms (no personal data); empty: none

    // [fonts]
    std::vector<std::string> font_dirs; // extra directories fonts may be loaded from

    SignaturePolicy signatureFor(std::string_view formId) const;
    const PrinterConfig* activePrinter() const;
    // Resolves a path from the config relative to the config file's folder.
    std::string resolvePath(const std::string& path) const;
    // Values templates may bind to with "config.<key>": municipality.name, municipality.addressee,
    // municipality.counter, municipality.code, kiosk.id, fees.<form-id>.
    std::optional<std::string> lookup(std::string_view key) const;
    static bool isBindableKey(std::string_view key);
};

struct ConfigLoad {
    std::optional<KioskConfig> config; // set only when there are no problems
    std::vector<Error> problems;       // each names the key (Error::where) and what is wrong
};

ConfigLoad loadConfig(const std::string& path);
ConfigLoad parseConfig(std::string_view toml, const std::string& sourcePath);

// Built-in configuration for the demo and for tests: a fictional city, file: printer.
KioskConfig demoConfig(const std::string& sourceDir);

} // namespace kakanai
