#include "kakanai/handoff/signed_code.h"

#include "kakanai/handoff/decimal_text.h"

#include "deflate_dictionary.h"

#include <zlib.h>

#include <algorithm>
#include <cstring>

namespace kakanai::handoff {
namespace {

constexpr std::string_view kDomain{"kakanai-handoff/1\0", 18};
constexpr std::uint8_t kDeflated = 1, kDemo = 2;
constexpr std::size_t kSignatureBytes = 64;
constexpr std::size_t kMaxInflated = 64 * 1024; // a form is a few hundred bytes: refuse bombs

std::vector<std::uint8_t> signedMessage(std::span<const std::uint8_t> head,
                                        std::span<const std::uint8_t> body) {
    std::vector<std::uint8_t> m(kDomain.begin(), kDomain.end());
    m.insert(m.end(), head.begin(), head.end());
    m.insert(m.end(), body.begin(), body.end());
    return m;
}

std::vector<std::uint8_t> deflateRaw(std::span<const std::uint8_t> in) {
    z_stream z{};
    if (deflateInit2(&z, Z_BEST_COMPRESSION, Z_DEFLATED, -15, 9, Z_DEFAULT_STRATEGY) != Z_OK) return {};
    const auto& dict = deflateDictionary();
    deflateSetDictionary(&z, dict.data(), static_cast<uInt>(dict.size()));
    std::vector<std::uint8_t> out(deflateBound(&z, static_cast<uLong>(in.size())));
    z.next_in = const_cast<Bytef*>(in.data());
    z.avail_in = static_cast<uInt>(in.size());
    z.next_out = out.data();
    z.avail_out = static_cast<uInt>(out.size());
    const int rc = deflate(&z, Z_FINISH);
    out.resize(z.total_out);
    deflateEnd(&z);
    return rc == Z_STREAM_END ? out : std::vector<std::uint8_t>{};
}

std::optional<std::vector<std::uint8_t>> inflateRaw(std::span<const std::uint8_t> in) {
    z_stream z{};
    if (inflateInit2(&z, -15) != Z_OK) return std::nullopt;
    const auto& dict = deflateDictionary();
    inflateSetDictionary(&z, dict.data(), static_cast<uInt>(dict.size()));
    std::vector<std::uint8_t> out(kMaxInflated);
    z.next_in = const_cast<Bytef*>(in.data());
    z.avail_in = static_cast<uInt>(in.size());
    z.next_out = out.data();
    z.avail_out = static_cast<uInt>(out.size());
    const int rc = inflate(&z, Z_FINISH);
    const bool ok = rc == Z_STREAM_END && z.avail_in == 0;
    out.resize(z.total_out);
    inflateEnd(&z);
    if (!ok) return std::nullopt;
    return out;
}

} // namespace

std::string_view toString(CodeStatus s) {
    switch (s) {
    case CodeStatus::Valid:
        return "valid";
    case CodeStatus::BadSignature:
        return "bad-signature";
    case CodeStatus::Unsigned:
        return "unsigned";
    case CodeStatus::UnknownKey:
        return "unknown-key";
    case CodeStatus::Unreadable:
        break;
    }
    return "unreadable";
}

Result<SignedCode> signPayload(const Payload& payload, const SigningKey& key) {
    if (auto s = checkSchema(payload); !s) return s.error();
    SignedCode code;
    std::vector<std::uint8_t> body = encodeBody(payload);
    code.bodyBytes = body.size();
    std::uint8_t flags = key.publicKey().demo ? kDemo : 0;
    if (auto packed = deflateRaw(body); !packed.empty() && packed.size() < body.size()) {
        body = std::move(packed);
        flags |= kDeflated;
        code.deflated = true;
    }
    std::vector<std::uint8_t> bytes(key.publicKey().id.begin(), key.publicKey().id.end());
    bytes.push_back(flags);
    const auto signature = key.sign(signedMessage(bytes, body));
    bytes.insert(bytes.end(), body.begin(), body.end());
    bytes.insert(bytes.end(), signature.begin(), signature.end());
    code.bytes = bytes.size();
    code.text = toDecimalText(bytes);
    return code;
}

CodeCheck openCode(std::string_view typed, std::span<const PublicKey> trusted) {
    CodeCheck c;
    c.text = normalizeTyped(typed);
    if (c.text.rfind(kUnsignedPrefix, 0) == 0) {
        c.status = CodeStatus::Unsigned;
        c.message = "the kiosk printed this code without a signing key: the printout cannot be verified";
        return c;
    }
    auto bytes = fromDecimalText(c.text);
    if (!bytes) {
        c.message = bytes.error().message;
        return c;
    }
    // Uppercase the prefix so a code typed with Caps Lock hashes like the printed one.
    std::copy(kCodePrefix.begin(), kCodePrefix.end(), c.text.begin());
    if (bytes->size() < 5 + kSignatureBytes) {
        c.message = "the code is too short to be a signed hand-off code";
        return c;
    }
    const std::span<const std::uint8_t> all(*bytes);
    const auto head = all.first(5);
    const auto body = all.subspan(5, all.size() - 5 - kSignatureBytes);
    const auto signature = all.last(kSignatureBytes);
    KeyId id{};
    std::copy(head.begin(), head.begin() + 4, id.begin());
    c.keyId = id;
    c.demo = head[4] & kDemo;
    const auto key =
        std::find_if(trusted.begin(), trusted.end(), [&](const PublicKey& k) { return k.id == id; });
    if (key == trusted.end()) {
        c.status = CodeStatus::UnknownKey;
        c.message = "signed with key " + toHex(id) + (c.demo ? " (a DEMO key)" : "") +
                    ", which is not among the public keys given to this tool";
        return c;
    }
    if (!verifySignature(*key, signedMessage(head, body), signature)) {
        c.status = CodeStatus::BadSignature;
        c.message = "the signature does not match: the code was changed after printing or is not genuine";
        return c;
    }
    c.key = *key;
    c.demo = c.demo || key->demo;
    std::vector<std::uint8_t> plain(body.begin(), body.end());
    if (head[4] & kDeflated) {
        auto inflated = inflateRaw(body);
        if (!inflated) {
            c.message = "the signed payload does not decompress (a newer format?)";
            return c;
        }
        plain = std::move(*inflated);
    }
    auto payload = decodeBody(plain);
    if (!payload) {
        c.message = payload.error().message + " (a newer format?)";
        return c;
    }
    if (auto s = checkSchema(*payload); !s) {
        c.message = s.error().message;
        return c;
    }
    c.status = CodeStatus::Valid;
    c.message = "valid";
    c.payload = std::move(*payload);
    return c;
}

} // namespace kakanai::handoff
