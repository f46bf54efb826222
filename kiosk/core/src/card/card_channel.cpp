#include "kakanai/card/card_channel.h"

#include "kakanai/card/status_word.h"

namespace kakanai::card {

Result<ResponseApdu> CardChannel::exchange(const CommandApdu& command) {
    if (auto s = m_policy.check(command); !s) return s.error();
    ++m_sent;
    auto raw = transmitRaw(command.bytes());
    if (!raw) return raw.error();
    Bytes& bytes = *raw;
    if (bytes.size() < 2) {
        wipeBytes(bytes);
        return makeError("card.malformed", "the card answered without a status word");
    }
    const auto sw = static_cast<std::uint16_t>(bytes[bytes.size() - 2] << 8 | bytes[bytes.size() - 1]);
    bytes.resize(bytes.size() - 2);
    m_policy.observe(command, sw);
    return ResponseApdu(std::move(bytes), sw);
}

Result<ResponseApdu> CardChannel::transmit(const CommandApdu& command) {
    auto first = exchange(command);
    if (!first || !sw::hasMoreData(first->sw)) return first;
    // T=0 cards hand longer answers out in pieces; collect them (the policy allows only this).
    Bytes data = std::move(first->data);
    std::uint16_t status = first->sw;
    for (int pieces = 0; sw::hasMoreData(status); ++pieces) {
        if (pieces == 64) { // a card that never stops: no card file is that long
            wipeBytes(data);
            return makeError("card.malformed", "the card kept announcing more data");
        }
        auto next = exchange(CommandApdu::getResponse(static_cast<std::uint8_t>(status & 0xFF)));
        if (!next) {
            wipeBytes(data);
            return next.error();
        }
        data.insert(data.end(), next->data.begin(), next->data.end());
        status = next->sw;
    }
    m_policy.observe(command, status); // the command's real outcome (a SELECT may only now have succeeded)
    return ResponseApdu(std::move(data), status);
}

Status CardChannel::resetCard() {
    m_policy.reset();
    return resetRaw();
}

} // namespace kakanai::card
