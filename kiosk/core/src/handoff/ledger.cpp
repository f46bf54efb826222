#include "kakanai/handoff/ledger.h"

#include "kakanai/handoff/verification.h"

#include <fcntl.h>
#include <sodium.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <nlohmann/json.hpp>

#include <cerrno>
#include <cstring>
#include <fstream>

namespace kakanai::handoff {
namespace {

const std::string kGenesis(64, '0');

std::string sha256Hex(std::string_view s) {
    (void)cryptoReady();
    std::array<std::uint8_t, crypto_hash_sha256_BYTES> h{};
    crypto_hash_sha256(h.data(), reinterpret_cast<const unsigned char*>(s.data()), s.size());
    return toHex(h);
}

// The last complete line of an open file (without its newline), read from the end.
std::string lastLine(int fd) {
    struct stat st {};
    if (fstat(fd, &st) != 0 || st.st_size == 0) return {};
    const off_t size = st.st_size;
    const off_t chunk = std::min<off_t>(size, 64 * 1024); // lines are ~350 bytes
    std::string buf(static_cast<std::size_t>(chunk), '\0');
    if (pread(fd, buf.data(), buf.size(), size - chunk) != chunk) return {};
    if (!buf.empty() && buf.back() == '\n') buf.pop_back();
    const auto nl = buf.rfind('\n');
    return nl == std::string::npos ? buf : buf.substr(nl + 1);
}

} // namespace

Status appendToLedger(const std::string& path, const SessionInfo& session, const PublicKey& key,
                      const std::vector<IssuedForm>& forms) {
    const int fd = ::open(path.c_str(), O_RDWR | O_APPEND | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0640);
    if (fd < 0)
        return makeError("ledger.io",
                         "cannot open the audit ledger (" + std::string(std::strerror(errno)) + ")", path);
    if (flock(fd, LOCK_EX) != 0) {
        ::close(fd);
        return makeError("ledger.io", "cannot lock the audit ledger", path);
    }
    std::string prev = lastLine(fd);
    prev = prev.empty() ? kGenesis : sha256Hex(prev);
    std::string lines;
    for (const auto& f : forms) {
        nlohmann::ordered_json j{{"schema", kLedgerSchema},
                                 {"time", isoTimeJst(session.printedAt)},
                                 {"kiosk_id", session.kioskId},
                                 {"session_id", toHex(session.sessionId)},
                                 {"form_id", f.formId},
                                 {"form_version", f.version},
                                 {"key_id", key.idHex()},
                                 {"parts", f.parts},
                                 {"payload_sha256", f.payloadSha256},
                                 {"prev_sha256", prev}};
        const std::string line = j.dump();
        prev = sha256Hex(line);
        lines += line + "\n";
    }
    struct stat before {};
    const bool sized = fstat(fd, &before) == 0;
    errno = 0;
    const bool ok =
        ::write(fd, lines.data(), lines.size()) == static_cast<ssize_t>(lines.size()) && ::fsync(fd) == 0;
    const int err = errno ? errno : ENOSPC; // a short write sets no errno
    // A full disk must not leave half a line: the next entry would chain onto it and break the ledger.
    if (!ok && sized) (void)::ftruncate(fd, before.st_size);
    ::close(fd); // also releases the lock
    if (!ok)
        return makeError("ledger.io",
                         "could not append to the audit ledger (" + std::string(std::strerror(err)) +
                             "): free disk space, then try again",
                         path);
    return {};
}

LedgerCheck checkLedger(const std::string& path) {
    LedgerCheck c;
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        c.problems.push_back(makeError("ledger.io", "cannot read the audit ledger", path));
        return c;
    }
    std::string line, prev = kGenesis;
    for (int n = 1; std::getline(in, line); ++n) {
        const std::string at = path + ":" + std::to_string(n);
        nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
        if (j.is_discarded() || !j.is_object() || j.value("schema", "") != kLedgerSchema) {
            c.problems.push_back(makeError("ledger.invalid", "not a ledger entry", at));
        } else if (j.value("prev_sha256", "") != prev) {
            c.problems.push_back(
                makeError("ledger.chain", "the line before this one was changed, removed or inserted", at));
        }
        prev = sha256Hex(line);
        ++c.entries;
    }
    return c;
}

} // namespace kakanai::handoff
