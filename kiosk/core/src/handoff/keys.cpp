#include "kakanai/handoff/keys.h"

#include <fcntl.h>
#include <sodium.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

namespace kakanai::handoff {
namespace {

constexpr std::string_view kSecretTag = "kakanai-ed25519-secret";
constexpr std::string_view kDemoSecretTag = "kakanai-DEMO-ed25519-secret";
constexpr std::string_view kPublicTag = "kakanai-ed25519-public";
constexpr std::string_view kDemoPublicTag = "kakanai-DEMO-ed25519-public";

KeyId keyIdOf(const std::array<std::uint8_t, 32>& pk) {
    std::array<std::uint8_t, crypto_hash_sha256_BYTES> h{};
    crypto_hash_sha256(h.data(), pk.data(), pk.size());
    return KeyId{h[0], h[1], h[2], h[3]};
}

std::string base64(std::span<const std::uint8_t> b) {
    std::string out(sodium_base64_ENCODED_LEN(b.size(), sodium_base64_VARIANT_ORIGINAL), '\0');
    sodium_bin2base64(out.data(), out.size(), b.data(), b.size(), sodium_base64_VARIANT_ORIGINAL);
    out.resize(std::strlen(out.c_str()));
    return out;
}

bool fromBase64(std::string_view text, std::span<std::uint8_t> out) {
    std::size_t len = 0;
    return sodium_base642bin(out.data(), out.size(), text.data(), text.size(), nullptr, &len, nullptr,
                             sodium_base64_VARIANT_ORIGINAL) == 0 &&
           len == out.size();
}

Error keyError(const std::string& path, std::string message) {
    return makeError("handoff.key", std::move(message), path);
}

} // namespace

bool cryptoReady() {
    static const bool ready = sodium_init() >= 0;
    return ready;
}

std::string toHex(std::span<const std::uint8_t> bytes) {
    static constexpr char kHex[] = "0123456789abcdef";
    std::string out;
    for (auto b : bytes)
        out += kHex[b >> 4], out += kHex[b & 15];
    return out;
}

std::string PublicKey::idHex() const {
    return toHex(id);
}

std::string formatPublicKey(const PublicKey& key) {
    std::string line = std::string(key.demo ? kDemoPublicTag : kPublicTag) + " " + base64(key.bytes);
    if (!key.comment.empty()) line += " " + key.comment;
    return line;
}

Result<std::vector<PublicKey>> parsePublicKeys(std::string_view text, const std::string& where) {
    if (!cryptoReady()) return makeError("handoff.crypto", "libsodium could not be initialised");
    std::vector<PublicKey> keys;
    std::istringstream in{std::string(text)};
    std::string line;
    for (int n = 1; std::getline(in, line); ++n) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        const auto first = line.find_first_not_of(" \t");
        if (first == std::string::npos || line[first] == '#') continue;
        std::istringstream words(line.substr(first));
        std::string tag, b64;
        words >> tag >> b64;
        const std::string at = where + ":" + std::to_string(n);
        if (tag == kSecretTag || tag == kDemoSecretTag)
            return makeError("handoff.key", "this is a PRIVATE key: give staff tools the .pub file", at);
        if (tag != kPublicTag && tag != kDemoPublicTag)
            return makeError("handoff.key",
                             "expected \"" + std::string(kPublicTag) + " <base64 key> [comment]\"", at);
        PublicKey k;
        if (!fromBase64(b64, k.bytes))
            return makeError("handoff.key", "the key is not 32 bytes of base64", at);
        k.demo = tag == kDemoPublicTag;
        k.id = keyIdOf(k.bytes);
        std::getline(words >> std::ws, k.comment);
        keys.push_back(std::move(k));
    }
    if (keys.empty()) return makeError("handoff.key", "no public key in the file", where);
    return keys;
}

Result<std::vector<PublicKey>> readPublicKeys(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return makeError("handoff.key", "cannot read the public key file", path);
    std::ostringstream s;
    s << in.rdbuf();
    if (s.str().size() > 64 * 1024)
        return makeError("handoff.key", "not a public key file (too large)", path);
    return parsePublicKeys(s.str(), path);
}

struct SigningKey::Secret {
    unsigned char* sk = nullptr; // crypto_sign_SECRETKEYBYTES in sodium_malloc'd memory
    Secret() : sk(static_cast<unsigned char*>(sodium_malloc(crypto_sign_SECRETKEYBYTES))) {}
    ~Secret() {
        if (sk) sodium_free(sk); // zeroes first
    }
    Secret(const Secret&) = delete;
    Secret& operator=(const Secret&) = delete;
};

SigningKey::~SigningKey() = default;
SigningKey::SigningKey(SigningKey&&) noexcept = default;
SigningKey& SigningKey::operator=(SigningKey&&) noexcept = default;

Result<SigningKey> SigningKey::generate(bool demo) {
    if (!cryptoReady()) return makeError("handoff.crypto", "libsodium could not be initialised");
    SigningKey key;
    key.m_secret = std::make_unique<Secret>();
    if (!key.m_secret->sk) return makeError("handoff.crypto", "no guarded memory for the key");
    crypto_sign_keypair(key.m_public.bytes.data(), key.m_secret->sk);
    key.m_public.id = keyIdOf(key.m_public.bytes);
    key.m_public.demo = demo;
    return key;
}

Result<SigningKey> SigningKey::load(const std::string& path, KeyUse use) {
    if (!cryptoReady()) return makeError("handoff.crypto", "libsodium could not be initialised");
    const int fd = ::open(path.c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0)
        return keyError(path, errno == ELOOP
                                  ? "the signing key must not be a symbolic link"
                                  : "cannot open the signing key (" + std::string(std::strerror(errno)) +
                                        "); create one with: kakanai keys generate --out " + path);
    struct stat st {};
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        return keyError(path, "the signing key is not a regular file");
    }
    if (st.st_uid != geteuid() && st.st_uid != 0) {
        ::close(fd);
        return keyError(path, "the signing key belongs to another user");
    }
    if (st.st_mode & 077) {
        ::close(fd);
        char mode[8];
        std::snprintf(mode, sizeof mode, "%04o", static_cast<unsigned>(st.st_mode & 07777));
        return keyError(path, "the signing key may be read by others (mode " + std::string(mode) +
                                  "); run: chmod 600 " + path);
    }
    // Read into guarded memory; the file is one short line plus comments.
    constexpr std::size_t kMax = 4096;
    char* buf = static_cast<char*>(sodium_malloc(kMax));
    if (!buf) return ::close(fd), makeError("handoff.crypto", "no guarded memory for the key");
    std::size_t len = 0;
    for (ssize_t n; len < kMax && (n = ::read(fd, buf + len, kMax - len)) > 0;)
        len += static_cast<std::size_t>(n);
    ::close(fd);
    std::string_view text(buf, len);
    std::array<std::uint8_t, crypto_sign_SEEDBYTES> seed{};
    bool found = false, demo = false;
    for (std::size_t pos = 0; pos < text.size() && !found;) {
        std::size_t end = text.find('\n', pos);
        if (end == std::string_view::npos) end = text.size();
        std::string_view line = text.substr(pos, end - pos);
        pos = end + 1;
        for (auto tag : {kSecretTag, kDemoSecretTag})
            if (line.substr(0, tag.size() + 1) == std::string(tag) + " ") {
                std::string_view b64 = line.substr(tag.size() + 1);
                while (!b64.empty() && (b64.back() == '\r' || b64.back() == ' '))
                    b64.remove_suffix(1);
                found = fromBase64(b64, seed);
                demo = tag == kDemoSecretTag;
            }
    }
    sodium_free(buf);
    if (!found) {
        sodium_memzero(seed.data(), seed.size());
        return keyError(path, "not a Kakanai signing key (expected a line \"" + std::string(kSecretTag) +
                                  " <base64 seed>\")");
    }
    if (demo && use == KeyUse::Office) {
        sodium_memzero(seed.data(), seed.size());
        return keyError(path, "this is a DEMO key; a kiosk must sign with its own key: kakanai keys generate "
                              "--out /etc/kakanai/signing.key");
    }
    if (!demo && use == KeyUse::Demo) {
        sodium_memzero(seed.data(), seed.size());
        return keyError(path, "the demo refuses a real signing key");
    }
    SigningKey key;
    key.m_secret = std::make_unique<Secret>();
    if (!key.m_secret->sk) return makeError("handoff.crypto", "no guarded memory for the key");
    crypto_sign_seed_keypair(key.m_public.bytes.data(), key.m_secret->sk, seed.data());
    sodium_memzero(seed.data(), seed.size());
    key.m_public.id = keyIdOf(key.m_public.bytes);
    key.m_public.demo = demo;
    return key;
}

Status SigningKey::save(const std::string& path) const {
    std::array<std::uint8_t, crypto_sign_SEEDBYTES> seed{};
    crypto_sign_ed25519_sk_to_seed(seed.data(), m_secret->sk);
    const bool demo = m_public.demo;
    std::string text = demo ? "# Kakanai DEMO signing key — for `kakanai demo` only. Codes it signs say "
                              "DEMO; real kiosks refuse "
                              "it.\n"
                            : "# Kakanai hand-off signing key (Ed25519). SECRET: keep mode 0600, never copy "
                              "it off this kiosk.\n";
    text += "# key id " + m_public.idHex() + ", public key in " + publicKeyPathFor(path) + "\n";
    text += std::string(demo ? kDemoSecretTag : kSecretTag) + " " + base64(seed) + "\n";
    sodium_memzero(seed.data(), seed.size());
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd < 0) {
        sodium_memzero(text.data(), text.size());
        return keyError(path, errno == EEXIST
                                  ? "a file already exists there; a key is never overwritten"
                                  : "cannot create the key file (" + std::string(std::strerror(errno)) + ")");
    }
    const bool ok =
        ::write(fd, text.data(), text.size()) == static_cast<ssize_t>(text.size()) && ::fsync(fd) == 0;
    ::close(fd);
    sodium_memzero(text.data(), text.size());
    if (!ok) {
        ::unlink(path.c_str());
        return keyError(path, "could not write the key file");
    }
    const std::string pubPath = publicKeyPathFor(path);
    const std::string pub = std::string(demo ? "# Kakanai DEMO public key (not an office key)\n"
                                             : "# Kakanai hand-off public key: give it to staff tools\n") +
                            formatPublicKey(m_public) + "\n";
    const int pfd = ::open(pubPath.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0644);
    if (pfd < 0 || ::write(pfd, pub.data(), pub.size()) != static_cast<ssize_t>(pub.size())) {
        if (pfd >= 0) ::close(pfd);
        return keyError(pubPath, "could not write the public key file");
    }
    ::close(pfd);
    return {};
}

std::array<std::uint8_t, 64> SigningKey::sign(std::span<const std::uint8_t> message) const {
    std::array<std::uint8_t, 64> sig{};
    crypto_sign_detached(sig.data(), nullptr, message.data(), message.size(), m_secret->sk);
    return sig;
}

bool verifySignature(const PublicKey& key, std::span<const std::uint8_t> message,
                     std::span<const std::uint8_t> signature) {
    if (!cryptoReady() || signature.size() != crypto_sign_BYTES) return false;
    return crypto_sign_verify_detached(signature.data(), message.data(), message.size(), key.bytes.data()) ==
           0;
}

std::string publicKeyPathFor(const std::string& privateKeyPath) {
    const std::string ext = ".key";
    if (privateKeyPath.size() > ext.size() &&
        privateKeyPath.compare(privateKeyPath.size() - ext.size(), ext.size(), ext) == 0)
        return privateKeyPath.substr(0, privateKeyPath.size() - ext.size()) + ".pub";
    return privateKeyPath + ".pub";
}

} // namespace kakanai::handoff
