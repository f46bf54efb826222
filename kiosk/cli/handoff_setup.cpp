#include "handoff_setup.h"

#include "kakanai/handoff/ledger.h"

#include <cstdio>
#include <filesystem>

namespace kakanai::cli {

bool loadConfiguredKey(const KioskConfig& config, std::optional<handoff::SigningKey>& key) {
    key.reset();
    if (config.signing_key_path.empty()) return true;
    const std::string path = config.resolvePath(config.signing_key_path);
    auto loaded = handoff::SigningKey::load(path, handoff::KeyUse::Office);
    if (!loaded) {
        std::fprintf(stderr, "kakanai: signing.key_path: %s\n", loaded.error().describe().c_str());
        return false;
    }
    key.emplace(std::move(*loaded));
    return true;
}

std::optional<handoff::SigningKey> demoKey(const std::string& dir) {
    const std::string path = (std::filesystem::path(dir) / "demo-signing.key").string();
    std::error_code ec;
    if (!std::filesystem::exists(path, ec)) {
        auto fresh = handoff::SigningKey::generate(/*demo=*/true);
        if (!fresh || !fresh->save(path)) {
            std::fprintf(stderr, "kakanai: cannot create the demo signing key %s\n", path.c_str());
            return std::nullopt;
        }
    }
    auto key = handoff::SigningKey::load(path, handoff::KeyUse::Demo);
    if (!key) {
        std::fprintf(stderr, "kakanai: %s\n", key.error().describe().c_str());
        return std::nullopt;
    }
    return std::move(*key);
}

std::optional<std::vector<handoff::PublicKey>> trustedKeys(const Args& args, const KioskConfig& config) {
    std::vector<std::string> files = args.values("--pubkey");
    if (files.empty())
        for (const auto& f : config.trusted_keys)
            files.push_back(config.resolvePath(f));
    std::vector<handoff::PublicKey> keys;
    for (const auto& f : files) {
        auto read = handoff::readPublicKeys(f);
        if (!read) {
            std::fprintf(stderr, "kakanai: %s\n", read.error().describe().c_str());
            return std::nullopt;
        }
        keys.insert(keys.end(), read->begin(), read->end());
    }
    return keys;
}

bool recordInLedger(const KioskConfig& config, const handoff::HandoffSigner& signer) {
    if (config.ledger_path.empty() || signer.issued().empty()) return true;
    const auto s = handoff::appendToLedger(config.resolvePath(config.ledger_path), signer.session(),
                                           signer.key(), signer.issued());
    if (!s) std::fprintf(stderr, "kakanai: audit.ledger: %s\n", s.error().describe().c_str());
    return s.ok();
}

} // namespace kakanai::cli
