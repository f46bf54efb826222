#pragma once
// The only way protocol code talks to a card. transmit() is not virtual: every command passes the
// AccessPolicy before a transport (PC/SC, a scripted fake) sees it, and the answer updates the policy.

#include "kakanai/base/result.h"
#include "kakanai/card/access_policy.h"
#include "kakanai/card/apdu.h"

#include <cstddef>
#include <span>

namespace kakanai::card {

class CardChannel {
public:
    virtual ~CardChannel() = default;

    // Sends one command (and GET RESPONSE after 61 xx). Errors: card.forbidden from the policy, or the
    // transport's typed error (card.removed, card.reader-error …).
    Result<ResponseApdu> transmit(const CommandApdu& command);
    // Resets the card (drops its security state) and the policy with it.
    Status resetCard();

    // Commands sent to the card in this session (GET RESPONSE included).
    std::size_t commandsSent() const { return m_sent; }
    const AccessPolicy& policy() const { return m_policy; }

protected:
    // Sends raw bytes and returns the answer including SW1 SW2 (at least 2 bytes).
    virtual Result<Bytes> transmitRaw(std::span<const std::uint8_t> command) = 0;
    virtual Status resetRaw() = 0;

private:
    Result<ResponseApdu> exchange(const CommandApdu& command);

    AccessPolicy m_policy;
    std::size_t m_sent = 0;
};

} // namespace kakanai::card
