#include "pcsc_session.h"

#include "kakanai/card/card_errors.h"
#include "kakanai/pcsc/pcsc_error.h"

#include <algorithm>
#include <cstring>
#include <thread>

namespace kakanai::pcsc {
namespace {

using Clock = std::chrono::steady_clock;

constexpr const char* kPnpReader = "\\\\?PnP?\\Notification";
// The bits that mean "a card came or went, or the reader did": not INUSE/EXCLUSIVE, which another
// program (or our own probe) toggles.
constexpr DWORD kInterestingStates = SCARD_STATE_PRESENT | SCARD_STATE_EMPTY | SCARD_STATE_MUTE |
                                     SCARD_STATE_UNAVAILABLE | SCARD_STATE_UNKNOWN;

DWORD remainingMs(Clock::time_point end) {
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(end - Clock::now()).count();
    return left <= 0 ? 0 : static_cast<DWORD>(left);
}

} // namespace

Result<std::unique_ptr<Context>> Context::establish() {
    SCARDCONTEXT c = 0;
    const LONG rv = SCardEstablishContext(SCARD_SCOPE_SYSTEM, nullptr, nullptr, &c);
    if (rv != SCARD_S_SUCCESS) return pcscError(rv, "connecting to the smart card service");
    return std::unique_ptr<Context>(new Context(c));
}

Context::~Context() {
    SCardReleaseContext(m_context);
}

Result<std::vector<std::string>> Context::readers() {
    DWORD length = 0;
    LONG rv = SCardListReaders(m_context, nullptr, nullptr, &length);
    if (rv == SCARD_E_NO_READERS_AVAILABLE) return std::vector<std::string>{};
    if (rv != SCARD_S_SUCCESS) return pcscError(rv, "listing card readers");
    std::vector<char> buffer(length + 1, '\0');
    rv = SCardListReaders(m_context, nullptr, buffer.data(), &length);
    if (rv == SCARD_E_NO_READERS_AVAILABLE) return std::vector<std::string>{};
    if (rv != SCARD_S_SUCCESS) return pcscError(rv, "listing card readers");
    std::vector<std::string> names;
    for (const char* p = buffer.data(); *p; p += std::strlen(p) + 1)
        names.emplace_back(p);
    return names;
}

Result<std::vector<ReaderState>> Context::states(const std::vector<std::string>& readers) {
    std::vector<SCARD_READERSTATE> rs(readers.size());
    for (std::size_t i = 0; i < readers.size(); ++i) {
        rs[i].szReader = readers[i].c_str();
        rs[i].dwCurrentState = SCARD_STATE_UNAWARE;
    }
    if (!rs.empty()) {
        const LONG rv = SCardGetStatusChange(m_context, 0, rs.data(), static_cast<DWORD>(rs.size()));
        if (rv != SCARD_S_SUCCESS && rv != SCARD_E_TIMEOUT)
            return pcscError(rv, "reading the readers' state");
    }
    std::vector<ReaderState> out;
    for (std::size_t i = 0; i < readers.size(); ++i)
        out.push_back({readers[i], (rs[i].dwEventState & SCARD_STATE_PRESENT) != 0,
                       (rs[i].dwEventState & SCARD_STATE_MUTE) != 0});
    return out;
}

Result<bool> Context::waitForCardOrReaderChange(std::chrono::milliseconds timeout) {
    const auto end = Clock::now() + timeout;
    auto names = readers();
    if (!names) return names.error();
    // The readers plus the PnP pseudo reader, which pcscd signals when a reader is plugged in or out.
    std::vector<SCARD_READERSTATE> rs(names->size() + 1);
    for (std::size_t i = 0; i < names->size(); ++i)
        rs[i].szReader = (*names)[i].c_str();
    rs.back().szReader = kPnpReader;
    for (auto& r : rs)
        r.dwCurrentState = SCARD_STATE_UNAWARE;
    LONG rv = SCardGetStatusChange(m_context, 0, rs.data(), static_cast<DWORD>(rs.size()));
    if (rv != SCARD_S_SUCCESS && rv != SCARD_E_TIMEOUT) return pcscError(rv, "reading the readers' state");
    for (;;) {
        for (auto& r : rs)
            r.dwCurrentState = r.dwEventState & ~static_cast<DWORD>(SCARD_STATE_CHANGED);
        rv = SCardGetStatusChange(m_context, remainingMs(end), rs.data(), static_cast<DWORD>(rs.size()));
        if (rv == SCARD_E_TIMEOUT) return false;
        if (rv != SCARD_S_SUCCESS) return pcscError(rv, "waiting for a card");
        if (rs.back().dwEventState & SCARD_STATE_CHANGED) return true; // a reader came or went
        for (std::size_t i = 0; i + 1 < rs.size(); ++i)
            if ((rs[i].dwEventState & kInterestingStates) != (rs[i].dwCurrentState & kInterestingStates))
                return true;
        if (remainingMs(end) == 0) return false;
    }
}

Result<std::unique_ptr<Connection>> Connection::open(Context& context, const std::string& reader,
                                                     std::chrono::milliseconds sharingRetry) {
    const auto giveUp = Clock::now() + sharingRetry;
    auto pause = std::chrono::milliseconds(25);
    for (;;) {
        SCARDHANDLE h = 0;
        DWORD protocol = 0;
        // Exclusive: no other program can interleave APDUs with ours (and see the verified card).
        const LONG rv = SCardConnect(context.handle(), reader.c_str(), SCARD_SHARE_EXCLUSIVE,
                                     SCARD_PROTOCOL_T0 | SCARD_PROTOCOL_T1, &h, &protocol);
        if (rv == SCARD_S_SUCCESS)
            return std::unique_ptr<Connection>(new Connection(context.handle(), reader, h, protocol));
        if (rv != SCARD_E_SHARING_VIOLATION || Clock::now() + pause > giveUp)
            return pcscError(rv, "connecting to the card");
        std::this_thread::sleep_for(pause);
        pause = std::min(pause * 2, std::chrono::milliseconds(200));
    }
}

Connection::~Connection() {
    // Never SCARD_LEAVE_CARD: the next program would find the PIN still verified.
    SCardDisconnect(m_card, SCARD_RESET_CARD);
}

bool Connection::cardGone(std::chrono::milliseconds wait) {
    SCARD_READERSTATE rs{};
    rs.szReader = m_reader.c_str();
    rs.dwCurrentState = SCARD_STATE_UNAWARE;
    if (SCardGetStatusChange(m_context, 0, &rs, 1) != SCARD_S_SUCCESS) return false;
    if (!(rs.dwEventState & SCARD_STATE_PRESENT)) return true;
    rs.dwCurrentState = rs.dwEventState & ~static_cast<DWORD>(SCARD_STATE_CHANGED);
    const LONG rv = SCardGetStatusChange(m_context, static_cast<DWORD>(wait.count()), &rs, 1);
    return rv == SCARD_S_SUCCESS && !(rs.dwEventState & SCARD_STATE_PRESENT);
}

Result<card::Bytes> Connection::transmitRaw(std::span<const std::uint8_t> command) {
    const SCARD_IO_REQUEST* pci = m_protocol == SCARD_PROTOCOL_T1 ? SCARD_PCI_T1 : SCARD_PCI_T0;
    std::uint8_t buffer[258 + 16];
    DWORD length = sizeof buffer;
    const LONG rv = SCardTransmit(m_card, pci, command.data(), static_cast<DWORD>(command.size()), nullptr,
                                  buffer, &length);
    // Readers report a card pulled out mid-command in different ways (removed, communication error, an
    // empty answer); what the resident did is what the kiosk must say.
    if (rv != SCARD_S_SUCCESS || length < 2) {
        explicit_bzero(buffer, sizeof buffer);
        if (rv != SCARD_W_REMOVED_CARD && cardGone(std::chrono::milliseconds(1500))) {
            Error e = pcscError(SCARD_W_REMOVED_CARD, "talking to the card");
            e.details["pcsc"] = pcscName(rv);
            return e;
        }
        if (rv != SCARD_S_SUCCESS) return pcscError(rv, "talking to the card");
        return makeError(card::codes::kMalformed, "the card answered without a status word");
    }
    card::Bytes out;
    out.reserve(length);
    out.assign(buffer, buffer + std::min<DWORD>(length, sizeof buffer));
    explicit_bzero(buffer, sizeof buffer);
    return out;
}

Status Connection::resetRaw() {
    DWORD protocol = 0;
    const LONG rv = SCardReconnect(m_card, SCARD_SHARE_EXCLUSIVE, SCARD_PROTOCOL_T0 | SCARD_PROTOCOL_T1,
                                   SCARD_RESET_CARD, &protocol);
    if (rv != SCARD_S_SUCCESS) return pcscError(rv, "resetting the card");
    m_protocol = protocol;
    return {};
}

} // namespace kakanai::pcsc
