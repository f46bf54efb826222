#pragma once
// RAII over pcsc-lite: a context (reader list, reader states, waiting for changes without polling) and an
// exclusive connection to one card that is always left with SCARD_RESET_CARD, so nobody after us finds
// the card still verified.

#include "kakanai/base/result.h"
#include "kakanai/card/card_channel.h"

#include <winscard.h>

#include <chrono>
#include <memory>
#include <string>
#include <vector>

namespace kakanai::pcsc {

struct ReaderState {
    std::string name;
    bool present = false; // a card is in the reader (or on it)
    bool mute = false;    // present but it gave no ATR
};

class Context {
public:
    // Errors: card.reader-error (pcscd not running …).
    static Result<std::unique_ptr<Context>> establish();
    ~Context();
    Context(const Context&) = delete;
    Context& operator=(const Context&) = delete;

    SCARDCONTEXT handle() const { return m_context; }
    // Empty when no reader is connected.
    Result<std::vector<std::string>> readers();
    Result<std::vector<ReaderState>> states(const std::vector<std::string>& readers);
    // Blocks in SCardGetStatusChange until a reader gains or loses a card, a reader is plugged in or out,
    // or the timeout passes (false).
    Result<bool> waitForCardOrReaderChange(std::chrono::milliseconds timeout);

private:
    explicit Context(SCARDCONTEXT c) : m_context(c) {}
    SCARDCONTEXT m_context;
};

class Connection : public card::CardChannel {
public:
    // Connects exclusively, retrying a sharing violation (another client, or one that just died and pcscd
    // has not cleaned up yet) until `sharingRetry` has passed.
    static Result<std::unique_ptr<Connection>> open(Context& context, const std::string& reader,
                                                    std::chrono::milliseconds sharingRetry);
    ~Connection() override;

protected:
    Result<card::Bytes> transmitRaw(std::span<const std::uint8_t> command) override;
    Status resetRaw() override;

private:
    Connection(SCARDCONTEXT c, std::string reader, SCARDHANDLE h, DWORD protocol)
        : m_context(c), m_reader(std::move(reader)), m_card(h), m_protocol(protocol) {}
    // After a failed or empty exchange: whether the card has left the reader (waiting up to `wait` for
    // pcscd to notice, as it polls some readers).
    bool cardGone(std::chrono::milliseconds wait);

    SCARDCONTEXT m_context;
    std::string m_reader;
    SCARDHANDLE m_card;
    DWORD m_protocol;
};

} // namespace kakanai::pcsc
