#pragma once
// A driver's licence IC after the 警察庁 specification as public readers use it (TRETJapanNFCReader,
// soft-studio NFC_DriversLicenseReader, hmpow DLC_Starter): MF with EF 2F01 / 000A and IEF PIN 1 / PIN 2,
// DF1 with 記載事項 (EF 0001), 本籍 (EF 0002), 外字 (EF 0003), 記載事項変更 (EF 0004–0006), DF2 photo.
// Text files hold 2-byte JIS X 0208; the fixture's "{gaiji:N}" and "{kekji}" become FF FN / FF FA.

#include "card_model.h"

#include <map>

namespace kakanai::emulator {

struct LicenceChangeFixture {
    std::uint8_t tag = 0x54; // 52 新氏名, 53 新呼び名, 54 新住所, 55 新条件 …
    std::string date;        // era digit + YYMMDD
    std::string text;
    std::string commission = "架空公安委";
};

struct LicenceFixture {
    bool pinSet = true;
    std::string pin1 = "1234", pin2 = "5678";
    int tries1 = 3, tries2 = 3;
    std::string specVersion = "008", issued = "20230401", expires = "20280505"; // YYYYMMDD → BCD
    std::string name, callName, alias, birth, address;
    std::string licenceNumber = "990000000000";
    std::vector<LicenceChangeFixture> changes;
    bool changesFileMissing = false;
    Bytes atr = {0x3B, 0x88, 0x80, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x09};
};

// UTF-8 → 2-byte JIS X 0208 via glibc iconv (EUC-JP − 0x8080), with the markers above. Throws on a
// character JIS X 0208 lacks (a fixture mistake).
Bytes jisText(const std::string& utf8);

class LicenceCard : public CardModel {
public:
    explicit LicenceCard(LicenceFixture f);
    Bytes atr() const override { return m_f.atr; }
    void reset() override;
    Bytes execute(const Apdu& a, Trace& trace) override;
    std::vector<std::pair<std::string, Bytes>> dataFiles() const override;

private:
    enum class Df { Mf, Df1, Df2 };
    Bytes select(const Apdu& a, Trace& trace);
    Bytes verify(const Apdu& a, Trace& trace);
    Bytes read(const Apdu& a, Trace& trace);
    Bytes checkPin(int which, const Bytes& data);

    LicenceFixture m_f;
    std::map<std::pair<Df, std::uint16_t>, Bytes> m_files;
    int m_tries[3] = {0, 3, 3};
    bool m_verified[3] = {false, false, false};
    Df m_df = Df::Mf;
    std::uint16_t m_ef = 0;
};

} // namespace kakanai::emulator
