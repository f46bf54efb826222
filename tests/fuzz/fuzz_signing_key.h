#pragma once
// The fixed Ed25519 key of the QR payload fuzz target and its seeds (qr_payload_seeds.cpp). A test key:
// its seed is in this file, so nothing it signs proves anything outside these tests.

#include "kakanai/handoff/keys.h"

#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

namespace kakanai::fuzz {

inline constexpr const char* kTestKeyFile =
    "kakanai-ed25519-secret a2FrYW5haS1mdXp6LXRlc3Qta2V5LW5vdC1yZWFsISE=\n"; // "kakanai-fuzz-test-key-not-real!!"

// SigningKey loads only from a private file: write one for a moment.
inline handoff::SigningKey loadTestKey() {
    std::string path = (std::filesystem::temp_directory_path() / "kakanai-fuzz-key-XXXXXX").string();
    const int fd = ::mkstemp(path.data());
    if (fd < 0 || ::fchmod(fd, 0600) != 0) std::abort();
    ::close(fd);
    std::ofstream(path) << kTestKeyFile;
    auto key = handoff::SigningKey::load(path, handoff::KeyUse::Office);
    ::unlink(path.c_str());
    if (!key) {
        std::fprintf(stderr, "fuzz test key: %s\n", key.error().describe().c_str());
        std::abort();
    }
    return std::move(*key);
}

} // namespace kakanai::fuzz
