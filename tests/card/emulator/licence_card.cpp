#include "licence_card.h"

#include <iconv.h>

#include <cstdio>
#include <stdexcept>

namespace kakanai::emulator {
namespace {

const Bytes kDf1 = {0xA0, 0x00, 0x00, 0x02, 0x31, 0x01, 0x00, 0x00,
                    0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00};
const Bytes kDf2 = {0xA0, 0x00, 0x00, 0x02, 0x31, 0x02, 0x00, 0x00,
                    0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00};
const Bytes kDf3 = {0xA0, 0x00, 0x00, 0x02, 0x48, 0x03, 0x00, 0x00,
                    0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00};

// One-byte tag, BER length (81 xx from 128 bytes).
Bytes tlv(std::uint8_t tag, const Bytes& value) {
    Bytes out{tag};
    if (value.size() < 0x80)
        out.push_back(static_cast<std::uint8_t>(value.size()));
    else
        out.insert(out.end(), {0x81, static_cast<std::uint8_t>(value.size())});
    out.insert(out.end(), value.begin(), value.end());
    return out;
}

Bytes ascii(const std::string& s) {
    return Bytes(s.begin(), s.end());
}

Bytes bcd(const std::string& yyyymmdd) {
    Bytes b;
    for (std::size_t i = 0; i + 1 < yyyymmdd.size(); i += 2)
        b.push_back(static_cast<std::uint8_t>((yyyymmdd[i] - '0') << 4 | (yyyymmdd[i + 1] - '0')));
    return b;
}

Bytes padded(Bytes b, std::size_t size) {
    if (b.size() < size) b.resize(size, 0xFF);
    return b;
}

Bytes jisChar(const std::string& utf8Char) {
    // U+FF0D is how Japanese address data writes the hyphen; JIS has it as 1-61 (glibc maps that to U+2212).
    const std::string in = utf8Char == "\xEF\xBC\x8D" ? "\xE2\x88\x92" : utf8Char;
    iconv_t cd = iconv_open("EUC-JP", "UTF-8");
    if (cd == reinterpret_cast<iconv_t>(-1)) throw std::runtime_error("iconv has no EUC-JP");
    char out[8];
    char* inp = const_cast<char*>(in.data());
    char* outp = out;
    std::size_t inLeft = in.size(), outLeft = sizeof out;
    const std::size_t r = iconv(cd, &inp, &inLeft, &outp, &outLeft);
    iconv_close(cd);
    if (r == static_cast<std::size_t>(-1) || sizeof out - outLeft != 2 || !(out[0] & 0x80))
        throw std::runtime_error("a fixture character is not in JIS X 0208: " + utf8Char);
    return {static_cast<std::uint8_t>(out[0] & 0x7F), static_cast<std::uint8_t>(out[1] & 0x7F)};
}

} // namespace

Bytes jisText(const std::string& s) {
    Bytes out;
    for (std::size_t i = 0; i < s.size();) {
        if (s.compare(i, 7, "{gaiji:") == 0 && i + 8 < s.size() && s[i + 8] == '}') {
            out.insert(out.end(), {0xFF, static_cast<std::uint8_t>(0xF0 + (s[i + 7] - '0'))});
            i += 9;
            continue;
        }
        if (s.compare(i, 7, "{kekji}") == 0) {
            out.insert(out.end(), {0xFF, 0xFA});
            i += 7;
            continue;
        }
        const auto lead = static_cast<std::uint8_t>(s[i]);
        const std::size_t n = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
        const Bytes c = jisChar(s.substr(i, n));
        out.insert(out.end(), c.begin(), c.end());
        i += n;
    }
    return out;
}

LicenceCard::LicenceCard(LicenceFixture f) : m_f(std::move(f)) {
    m_tries[1] = m_f.tries1;
    m_tries[2] = m_f.tries2;
    Bytes common = tlv(0x45, [&] {
        Bytes v = ascii(m_f.specVersion);
        for (const auto& d : {m_f.issued, m_f.expires}) {
            const Bytes b = bcd(d);
            v.insert(v.end(), b.begin(), b.end());
        }
        return v;
    }());
    const Bytes makerIds = tlv(0x46, {0x01, 0x01});
    common.insert(common.end(), makerIds.begin(), makerIds.end());
    m_files[{Df::Mf, 0x2F01}] = common;
    m_files[{Df::Mf, 0x000A}] = tlv(0x05, {static_cast<std::uint8_t>(m_f.pinSet ? 1 : 0)});

    Bytes matters;
    auto add = [&](const Bytes& b) { matters.insert(matters.end(), b.begin(), b.end()); };
    add(tlv(0x11, {0x03}));
    add(tlv(0x12, jisText(m_f.name)));
    add(tlv(0x13, jisText(m_f.callName)));
    add(tlv(0x14, jisText(m_f.alias)));
    add(tlv(0x15, {}));
    add(tlv(0x16, ascii(m_f.birth)));
    add(tlv(0x17, jisText(m_f.address)));
    add(tlv(0x18, ascii("5050401")));
    add(tlv(0x19, ascii("00000")));
    add(tlv(0x1A, jisText("優良")));
    add(tlv(0x1B, ascii("5100505")));
    add(tlv(0x1C, jisText("眼鏡等")));
    for (std::uint8_t t = 0x1D; t <= 0x1F; ++t)
        add(tlv(t, {}));
    add(tlv(0x20, jisText("架空公安委")));
    add(tlv(0x21, ascii(m_f.licenceNumber))); // the kiosk reads up to the address and stops
    for (std::uint8_t t = 0x22; t <= 0x33; ++t)
        add(tlv(t, t == 0x26 ? ascii("5020301") : Bytes{}));
    m_files[{Df::Df1, 0x0001}] = padded(matters, 880);
    m_files[{Df::Df1, 0x0002}] = padded(tlv(0x41, jisText("架空県架空市")), 82); // 本籍: never read
    m_files[{Df::Df1, 0x0003}] = padded({}, 264);

    if (!m_f.changesFileMissing) {
        Bytes changes = tlv(0x50, {static_cast<std::uint8_t>(m_f.changes.empty() ? 0 : 1)});
        for (const auto& c : m_f.changes) {
            Bytes v{0x03};
            for (char d : c.date) // 変更年月日 in full-width digits
                v.insert(v.end(), {0x23, static_cast<std::uint8_t>(d)});
            const Bytes text = jisText(c.text);
            v.insert(v.end(), text.begin(), text.end());
            Bytes commission = jisText(c.commission);
            commission.resize(10, 0x21); // five characters, padded with 　 (0x2121)
            v.insert(v.end(), commission.begin(), commission.end());
            const Bytes t = tlv(c.tag, v);
            changes.insert(changes.end(), t.begin(), t.end());
        }
        m_files[{Df::Df1, 0x0004}] = padded(changes, 640);
        m_files[{Df::Df1, 0x0005}] = padded({}, 663);
        m_files[{Df::Df1, 0x0006}] = padded(tlv(0x50, {0x00}), 256);
    }
    m_files[{Df::Df1, 0x0007}] = padded({}, 578);
    m_files[{Df::Df2, 0x0001}] = padded({0x5F, 0x40}, 2000);
}

std::vector<std::pair<std::string, Bytes>> LicenceCard::dataFiles() const {
    std::vector<std::pair<std::string, Bytes>> out;
    for (const auto& [key, bytes] : m_files) {
        if (key.first == Df::Df2) continue; // the photo
        static const char* const kDf[] = {"mf", "df1", "df2"};
        char name[32];
        std::snprintf(name, sizeof name, "%s-ef%04x.bin", kDf[static_cast<int>(key.first)], key.second);
        out.emplace_back(name, bytes);
    }
    out.emplace_back("text-name.jis", jisText(m_f.name));
    out.emplace_back("text-address.jis", jisText(m_f.address));
    for (std::size_t i = 0; i < m_f.changes.size(); ++i)
        out.emplace_back("text-change" + std::to_string(i) + ".jis", jisText(m_f.changes[i].text));
    return out;
}

void LicenceCard::reset() {
    m_df = Df::Mf;
    m_ef = 0;
    m_verified[1] = m_verified[2] = false;
}

Bytes LicenceCard::execute(const Apdu& a, Trace& trace) {
    if (!a.valid) return sw(0x6700);
    if (a.cla != 0x00) return sw(0x6E00);
    switch (a.ins) {
    case 0xA4:
        return select(a, trace);
    case 0x20:
        return verify(a, trace);
    case 0xB0:
        return read(a, trace);
    default:
        return sw(0x6D00);
    }
}

Bytes LicenceCard::select(const Apdu& a, Trace& trace) {
    if (a.p1 == 0x04) {
        if (a.data == kDf1)
            m_df = Df::Df1;
        else if (a.data == kDf2) {
            trace.forbidden("SELECT DF2 (photo)");
            m_df = Df::Df2;
        } else if (a.data == kDf3)
            return sw(0x9000);
        else
            return sw(0x6A82);
        m_ef = 0;
        return sw(0x9000);
    }
    if (a.p1 == 0x00) { // MF, with or without its identifier 3F00
        if (!a.data.empty() && a.data != Bytes{0x3F, 0x00}) return sw(0x6A82);
        m_df = Df::Mf;
        m_ef = 0;
        return sw(0x9000);
    }
    if (a.p1 == 0x02) {
        if (a.data.size() != 2) return sw(0x6700);
        const auto fid = static_cast<std::uint16_t>(a.data[0] << 8 | a.data[1]);
        const bool pinEf = m_df == Df::Mf && (fid == 0x0001 || fid == 0x0002);
        if (m_df == Df::Df1 && (fid == 0x0002 || fid == 0x0006)) trace.forbidden("SELECT of a 本籍 EF");
        if (m_df == Df::Df1 && fid == 0x0003) trace.forbidden("SELECT EF 0003 (外字 images)");
        if (pinEf && fid == 0x0002) trace.forbidden("SELECT IEF 0002 (PIN 2)");
        if (!pinEf && !m_files.count({m_df, fid})) return sw(0x6A82);
        m_ef = fid;
        return sw(0x9000);
    }
    return sw(0x6A86);
}

Bytes LicenceCard::checkPin(int which, const Bytes& data) {
    if (data.empty()) return sw(static_cast<std::uint16_t>(0x63C0 | m_tries[which]));
    if (m_tries[which] == 0) return sw(0x6984);
    const std::string given(data.begin(), data.end());
    const std::string expected = m_f.pinSet ? (which == 1 ? m_f.pin1 : m_f.pin2) : "****";
    if (given == expected) {
        m_tries[which] = 3;
        m_verified[which] = true;
        return sw(0x9000);
    }
    --m_tries[which];
    m_verified[which] = false;
    return sw(static_cast<std::uint16_t>(0x63C0 | m_tries[which]));
}

Bytes LicenceCard::verify(const Apdu& a, Trace& trace) {
    if (a.p1 != 0x00) return sw(0x6A86);
    int which = 0;
    if (a.p2 == 0x81 || a.p2 == 0x82)
        which = a.p2 & 0x0F;
    else if (a.p2 == 0x80 && m_df == Df::Mf && (m_ef == 0x0001 || m_ef == 0x0002))
        which = m_ef; // VERIFY on the selected IEF, as TRETJapanNFCReader does
    else
        return sw(0x6A86);
    if (which == 2) trace.forbidden("VERIFY PIN 2");
    return checkPin(which, a.data);
}

Bytes LicenceCard::read(const Apdu& a, Trace& trace) {
    if (a.p1 & 0x80) return sw(0x6A86);
    auto file = m_files.find({m_df, m_ef});
    if (file == m_files.end()) return sw(0x6986);
    const bool free = m_df == Df::Mf || (m_df == Df::Df1 && m_ef == 0x0007);
    const bool needsPin2 = m_df == Df::Df2 || (m_df == Df::Df1 && (m_ef == 0x0002 || m_ef == 0x0006));
    if (needsPin2) trace.forbidden("READ BINARY of 本籍 or photo");
    if (!free && (!m_verified[1] || (needsPin2 && !m_verified[2]))) return sw(0x6982);
    const std::size_t offset = static_cast<std::size_t>(a.p1 << 8 | a.p2);
    const Bytes& content = file->second;
    if (offset >= content.size()) return sw(0x6B00);
    const std::size_t n = std::min(a.le ? a.le : 256, content.size() - offset);
    return withSw(
        Bytes(content.begin() + static_cast<long>(offset), content.begin() + static_cast<long>(offset + n)),
        0x9000);
}

} // namespace kakanai::emulator
