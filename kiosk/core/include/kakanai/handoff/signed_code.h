#pragma once
// One hand-off code: a payload, deflated when that is shorter, signed with Ed25519 and written as
// decimal text for the QR numeric mode. Bytes before the text encoding:
//   key id (4) | flags (1: bit 0 deflated, bit 1 demo key) | body | Ed25519 signature (64)
// The signature covers "kakanai-handoff/1\0" | key id | flags | body, so nothing but the signature
// itself can change without the code being rejected.

#include "kakanai/handoff/keys.h"
#include "kakanai/handoff/payload.h"

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace kakanai::handoff {

// The placeholder a kiosk without a signing key prints (form_filler.h: unsignedQrPayload).
inline constexpr std::string_view kUnsignedPrefix = "KAKANAI-UNSIGNED:";

struct SignedCode {
    std::string text;          // what goes into the QR code
    std::size_t bytes = 0;     // binary size before the decimal encoding
    std::size_t bodyBytes = 0; // payload body before deflate
    bool deflated = false;
};

// Fails when the payload breaks the schema (checkSchema): nothing is signed then.
Result<SignedCode> signPayload(const Payload& payload, const SigningKey& key);

enum class CodeStatus {
    Valid,
    BadSignature, // changed after signing, or signed by a different key with the same id
    Unsigned,     // a kiosk without a signing key printed it: nothing to verify
    UnknownKey,   // signed by a key this verifier does not hold (another kiosk, a rotated or demo key)
    Unreadable,   // not a Kakanai code, damaged, or a format this version does not understand
};
std::string_view toString(CodeStatus s); // "valid", "bad-signature", "unsigned", "unknown-key", "unreadable"

struct CodeCheck {
    CodeStatus status = CodeStatus::Unreadable;
    std::string message;            // what happened, for staff (English; never field values)
    std::string text;               // the code as read, normalised (what the payload hash covers)
    std::optional<KeyId> keyId;     // when the code names one
    std::optional<PublicKey> key;   // the trusted key that verified it
    bool demo = false;              // signed with a demo key
    std::optional<Payload> payload; // set only when Valid
};

CodeCheck openCode(std::string_view text, std::span<const PublicKey> trusted);

} // namespace kakanai::handoff
