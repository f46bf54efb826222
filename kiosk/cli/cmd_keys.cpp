// kakanai keys generate --out FILE [--demo] | keys show [--key FILE] [--pubkey FILE]... [--config FILE]
// [--json] The kiosk's Ed25519 signing key for hand-off codes, and the public keys staff tools accept.
#include "cli.h"
#include "cli_setup.h"
#include "handoff_setup.h"

#include "kakanai/handoff/keys.h"

#include <nlohmann/json.hpp>

#include <cstdio>

namespace kakanai::cli {
namespace {

using nlohmann::json;

int keysGenerate(Args& args) {
    args.option("--out").flag("--demo");
    if (!args.parse() || !args.positional().empty() || !args.value("--out"))
        return usageOf("keys", "generate");
    const std::string path = *args.value("--out");
    auto key = handoff::SigningKey::generate(args.has("--demo"));
    if (!key) return std::fprintf(stderr, "kakanai: %s\n", key.error().describe().c_str()), kFailure;
    if (auto s = key->save(path); !s)
        return std::fprintf(stderr, "kakanai: %s\n", s.error().describe().c_str()), kInvalid;
    const std::string pub = handoff::publicKeyPathFor(path);
    std::printf("wrote %s (private, mode 0600) and %s (public); key id %s\n", path.c_str(), pub.c_str(),
                key->publicKey().idHex().c_str());
    if (args.has("--demo"))
        std::printf("This is a DEMO key: codes it signs say DEMO, and kiosk configs refuse it.\n");
    else
        std::printf("On this kiosk set [signing] key_path = \"%s\"; give %s to staff tools ([signing] "
                    "trusted_keys, or kakanai verify --pubkey).\n",
                    path.c_str(), pub.c_str());
    return kOk;
}

json keyJson(const handoff::PublicKey& k, const std::string& path) {
    return json{{"path", path},
                {"key_id", k.idHex()},
                {"demo", k.demo},
                {"public_key", handoff::formatPublicKey(k)},
                {"comment", k.comment}};
}

int keysShow(Args& args) {
    args.option("--key").option("--pubkey").option("--config").flag("--json");
    if (!args.parse() || !args.positional().empty()) return usageOf("keys", "show");
    auto config = loadConfigOption(args);
    if (!config) return kInvalid;
    std::string keyPath = args.value("--key").value_or(config->resolvePath(config->signing_key_path));
    json out{{"signing_key", nullptr}, {"trusted_keys", json::array()}};
    int rc = kOk;
    if (!keyPath.empty()) {
        auto key = handoff::SigningKey::load(keyPath, handoff::KeyUse::Inspect);
        if (!key) {
            std::fprintf(stderr, "kakanai: %s\n", key.error().describe().c_str());
            rc = kInvalid;
        } else {
            out["signing_key"] = keyJson(key->publicKey(), keyPath);
        }
    }
    std::vector<std::string> pubFiles = args.values("--pubkey");
    if (pubFiles.empty())
        for (const auto& f : config->trusted_keys)
            pubFiles.push_back(config->resolvePath(f));
    for (const auto& f : pubFiles) {
        auto keys = handoff::readPublicKeys(f);
        if (!keys) {
            std::fprintf(stderr, "kakanai: %s\n", keys.error().describe().c_str());
            rc = kInvalid;
            continue;
        }
        for (const auto& k : *keys)
            out["trusted_keys"].push_back(keyJson(k, f));
    }
    if (args.has("--json")) {
        std::printf("%s\n", out.dump(2).c_str());
        return rc;
    }
    if (out["signing_key"].is_null())
        std::printf("signing key: %s\n",
                    keyPath.empty() ? "none configured: QR codes are UNSIGNED" : "unusable");
    else
        std::printf("signing key: %s  id %s%s\n  %s\n", keyPath.c_str(),
                    out["signing_key"]["key_id"].get<std::string>().c_str(),
                    out["signing_key"]["demo"].get<bool>() ? "  (DEMO)" : "",
                    out["signing_key"]["public_key"].get<std::string>().c_str());
    for (const auto& k : out["trusted_keys"])
        std::printf("trusted: id %s%s  %s\n", k["key_id"].get<std::string>().c_str(),
                    k["demo"].get<bool>() ? " (DEMO)" : "", k["path"].get<std::string>().c_str());
    return rc;
}

} // namespace

void registerKeysCommands() {
    addCommand({"keys", "generate", "--out FILE.key [--demo]",
                "make a hand-off signing key (private FILE.key, mode 0600, and public FILE.pub)",
                keysGenerate});
    addCommand({"keys", "show", "[--key FILE] [--pubkey FILE ...] [--config FILE] [--json]",
                "show the signing key's id and public key, and the keys staff tools trust", keysShow});
}

} // namespace kakanai::cli
