#pragma once
// The My Number card's 券面事項入力補助AP as the public implementations describe it (jpki/myna,
// soltia48/myna-card): five AIDs, EF 0001/0002 with FF filler, PIN EF 0011 (3 tries, 63 Cx, 69 84 when
// blocked), 照合番号 EFs, and the quirk that SELECT MF answers 90 00 without leaving an AP.

#include "card_model.h"

#include <map>

namespace kakanai::emulator {

struct MyNumberFixture {
    std::string name, address, birth, sex; // UTF-8 and ASCII as stored
    std::string myNumber = "123456789018"; // fictional, valid check digit; the kiosk must never read it
    std::string pin = "1234";
    int tries = 3;
    bool emptyVerifyAfterSuccessIs9000 = false;
    std::size_t filler = 16;
    Bytes atr = {0x3B, 0xE0, 0x00, 0xFF, 0x81, 0x31, 0xFE, 0x45, 0x14};
    Bytes attributesOverride; // raw EF 0002 instead of the built one (malformed-card tests)
};

// EF 0002 as the card stores it: FF 20 { DF 21 offsets, DF 22 … DF 25 }.
Bytes buildKenhojoAttributes(const std::string& name, const std::string& address, const std::string& birth,
                             const std::string& sex);

class MyNumberCard : public CardModel {
public:
    explicit MyNumberCard(MyNumberFixture f);
    Bytes atr() const override { return m_f.atr; }
    void reset() override;
    Bytes execute(const Apdu& a, Trace& trace) override;
    std::vector<std::pair<std::string, Bytes>> dataFiles() const override;

private:
    enum class Df { None, Kenhojo, Other };
    Bytes select(const Apdu& a, Trace& trace);
    Bytes verify(const Apdu& a, Trace& trace);
    Bytes read(const Apdu& a, Trace& trace);

    MyNumberFixture m_f;
    std::map<std::uint16_t, Bytes> m_files;
    int m_tries;
    Df m_df = Df::None;
    std::uint16_t m_ef = 0;
    bool m_verified = false;
};

} // namespace kakanai::emulator
