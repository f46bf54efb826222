#pragma once
// The guard in front of every card: an allow-list of the only commands the kiosk needs, checked against
// the file the card has selected. Everything else is refused before it reaches the reader, so the kiosk
// cannot select or read the 個人番号 (EF 0001 of the 券面事項入力補助AP), the licence's 本籍, photo or
// signature files, or present PIN 2 — whatever a bug or a future change in the protocol code asks for.
//
//   券面事項入力補助AP: SELECT EF 0011 (PIN), VERIFY P2 80 on it, SELECT/READ EF 0002 (基本4情報)
//   licence MF:         SELECT EF 2F01 (common data) and 000A (PIN set), READ them, VERIFY P2 81 (PIN 1)
//   licence DF1:        SELECT/READ EF 0001 (記載事項) and 0004 (記載事項変更)
//   SELECT by AID: only those two applications, and never both in one session (a My Number card that
//   answered the licence AID could otherwise be walked into its EF 0001); SELECT MF only on a licence;
//   GET RESPONSE only right after 61 xx.

#include "kakanai/base/result.h"
#include "kakanai/card/apdu.h"

#include <cstdint>
#include <optional>

namespace kakanai::card {

class AccessPolicy {
public:
    enum class Df { Unknown, MasterFile, Kenhojo, LicenceDf1 };

    // Ok, or a card.forbidden error naming the rule (never the data).
    Status check(const CommandApdu& command) const;
    // Follows the card's answer: a successful SELECT changes the current file; a failed one keeps the
    // DF (ISO 7816-4) but forgets the EF.
    void observe(const CommandApdu& command, std::uint16_t sw);
    // After a card reset the card is back at its MF with nothing selected or verified.
    void reset();

    Df currentDf() const { return m_df; }
    std::optional<std::uint16_t> currentEf() const { return m_ef; }

private:
    Status checkSelect(const CommandApdu& c) const;
    Status checkVerify(const CommandApdu& c) const;
    Status checkRead(const CommandApdu& c) const;

    Df m_df = Df::Unknown;
    std::optional<std::uint16_t> m_ef;
    bool m_kenhojoSeen = false; // the 券面事項入力補助AP answered: this is a My Number card
    bool m_licenceSeen = false; // the licence DF1 answered: this is a driver's licence
    bool m_moreDataPending = false;
};

} // namespace kakanai::card
