#pragma once
// Ed25519 keys for hand-off codes (libsodium). The kiosk holds one private key (config
// [signing] key_path, a file only its owner may read); staff tools hold public keys, several at a time so
// a key can be rotated without rejecting forms printed before. Key files: docs/handoff.md.

#include "kakanai/base/result.h"

#include <array>
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <vector>

namespace kakanai::handoff {

using KeyId = std::array<std::uint8_t, 4>; // first 4 bytes of SHA-256 of the public key

struct PublicKey {
    std::array<std::uint8_t, 32> bytes{};
    KeyId id{};
    bool demo = false;   // a demo key: codes it signs are labelled DEMO and real configs refuse it
    std::string comment; // free text after the key in the file (e.g. "kiosk 3, 2026-04")
    std::string idHex() const;
};

std::string toHex(std::span<const std::uint8_t> bytes);

// One line of a public key file: "kakanai-ed25519-public <base64> [comment]" (demo keys:
// "kakanai-DEMO-ed25519-public …").
std::string formatPublicKey(const PublicKey& key);
// Reads every key of a public key file (blank lines and # comments allowed). Errors name the line.
Result<std::vector<PublicKey>> readPublicKeys(const std::string& path);
Result<std::vector<PublicKey>> parsePublicKeys(std::string_view text, const std::string& where);

enum class KeyUse {
    Office, // a real kiosk: demo keys are refused
    Demo,   // `kakanai demo`: only demo keys are accepted
    Inspect // `kakanai keys show`: either (the file mode is still checked)
};

// The private key, kept in libsodium's guarded memory (locked, wiped on destruction).
class SigningKey {
public:
    ~SigningKey();
    SigningKey(SigningKey&&) noexcept;
    SigningKey& operator=(SigningKey&&) noexcept;

    static Result<SigningKey> generate(bool demo);
    // Refuses a file that is not a regular file owned by this user (or root), is readable or writable by
    // group or others, or is a demo key for KeyUse::Office (and the reverse).
    static Result<SigningKey> load(const std::string& path, KeyUse use);
    // Writes the private key (mode 0600, never overwriting) and its public key next to it
    // (<path without .key>.pub, mode 0644).
    Status save(const std::string& path) const;

    const PublicKey& publicKey() const { return m_public; }
    std::array<std::uint8_t, 64> sign(std::span<const std::uint8_t> message) const;

private:
    SigningKey() = default;
    struct Secret;
    std::unique_ptr<Secret> m_secret;
    PublicKey m_public;
};

bool verifySignature(const PublicKey& key, std::span<const std::uint8_t> message,
                     std::span<const std::uint8_t> signature);

// Where the public key of a private key file goes: "signing.key" -> "signing.pub".
std::string publicKeyPathFor(const std::string& privateKeyPath);

// Initialises libsodium once; false if it cannot (the caller reports "handoff.crypto").
bool cryptoReady();

} // namespace kakanai::handoff
