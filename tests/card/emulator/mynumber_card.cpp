#include "mynumber_card.h"

namespace kakanai::emulator {
namespace {

const Bytes kKenhojo = {0xD3, 0x92, 0x10, 0x00, 0x31, 0x00, 0x01, 0x01, 0x04, 0x08};
const Bytes kJpki = {0xD3, 0x92, 0xF0, 0x00, 0x26, 0x01, 0x00, 0x00, 0x00, 0x01};
const Bytes kKenkaku = {0xD3, 0x92, 0x10, 0x00, 0x31, 0x00, 0x01, 0x01, 0x04, 0x02};
const Bytes kJuki = {0xD3, 0x92, 0x10, 0x00, 0x31, 0x00, 0x01, 0x01, 0x01, 0x00};

Bytes tlv(Bytes tag, const Bytes& value) {
    const std::size_t n = value.size();
    if (n < 0x80) {
        tag.push_back(static_cast<std::uint8_t>(n));
    } else if (n < 0x100) {
        tag.insert(tag.end(), {0x81, static_cast<std::uint8_t>(n)});
    } else {
        tag.insert(tag.end(), {0x82, static_cast<std::uint8_t>(n >> 8), static_cast<std::uint8_t>(n)});
    }
    tag.insert(tag.end(), value.begin(), value.end());
    return tag;
}

Bytes bytesOf(const std::string& s) {
    return Bytes(s.begin(), s.end());
}

} // namespace

Bytes buildKenhojoAttributes(const std::string& name, const std::string& address, const std::string& birth,
                             const std::string& sex) {
    const Bytes fields[] = {tlv({0xDF, 0x22}, bytesOf(name)), tlv({0xDF, 0x23}, bytesOf(address)),
                            tlv({0xDF, 0x24}, bytesOf(birth)), tlv({0xDF, 0x25}, bytesOf(sex))};
    std::size_t bodyLength = 11;
    for (const auto& f : fields)
        bodyLength += f.size();
    // The offsets count from the start of the file, so they depend on the outer header's length form.
    const std::size_t header = tlv({0xFF, 0x20}, Bytes(bodyLength)).size() - bodyLength;
    Bytes offsets;
    std::size_t pos = header + 11;
    for (const auto& f : fields) {
        offsets.push_back(static_cast<std::uint8_t>(pos >> 8));
        offsets.push_back(static_cast<std::uint8_t>(pos & 0xFF));
        pos += f.size();
    }
    Bytes body = tlv({0xDF, 0x21}, offsets);
    for (const auto& f : fields)
        body.insert(body.end(), f.begin(), f.end());
    return tlv({0xFF, 0x20}, body);
}

MyNumberCard::MyNumberCard(MyNumberFixture f) : m_f(std::move(f)), m_tries(m_f.tries) {
    Bytes number = tlv({0xFF, 0x10}, bytesOf(m_f.myNumber));
    number.insert(number.end(), {0xFF, 0xFF});
    m_files[0x0001] = number;
    Bytes attributes = m_f.attributesOverride.empty()
                           ? buildKenhojoAttributes(m_f.name, m_f.address, m_f.birth, m_f.sex)
                           : m_f.attributesOverride;
    attributes.insert(attributes.end(), m_f.filler, 0xFF);
    m_files[0x0002] = attributes;
}

std::vector<std::pair<std::string, Bytes>> MyNumberCard::dataFiles() const {
    return {{"kenhojo-ef0002.bin", m_files.at(0x0002)}}; // EF 0001 holds the 個人番号: never
}

void MyNumberCard::reset() {
    m_df = Df::None;
    m_ef = 0;
    m_verified = false;
}

Bytes MyNumberCard::execute(const Apdu& a, Trace& trace) {
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

Bytes MyNumberCard::select(const Apdu& a, Trace& trace) {
    if (a.p1 == 0x04) {
        if (a.data == kKenhojo) {
            m_df = Df::Kenhojo;
        } else if (a.data == kJpki || a.data == kKenkaku || a.data == kJuki) {
            trace.forbidden("SELECT of a My Number card AP other than 券面事項入力補助AP");
            m_df = Df::Other;
        } else {
            return sw(0x6A82);
        }
        m_ef = 0;
        m_verified = false; // a new DF drops the security state
        return sw(0x9000);
    }
    if (a.p1 == 0x00) // SELECT MF: 6A86 after reset, 90 00 without changing anything inside an AP
        return sw(m_df == Df::None ? 0x6A86 : 0x9000);
    if (a.p1 == 0x02) {
        if (m_df != Df::Kenhojo) return sw(0x6A82);
        if (a.data.size() != 2) return sw(0x6700);
        const auto fid = static_cast<std::uint16_t>(a.data[0] << 8 | a.data[1]);
        if (fid == 0x0001) trace.forbidden("SELECT EF 0001 (個人番号)");
        if (fid == 0x0014 || fid == 0x0015) trace.forbidden("SELECT of a 照合番号 key EF");
        if (m_files.count(fid) || fid == 0x0011 || fid == 0x0014 || fid == 0x0015) {
            m_ef = fid;
            return sw(0x9000);
        }
        return sw(0x6A82);
    }
    return sw(0x6A86);
}

Bytes MyNumberCard::verify(const Apdu& a, Trace&) {
    if (a.p1 != 0x00 || a.p2 != 0x80) return sw(0x6A86);
    if (m_df != Df::Kenhojo || m_ef != 0x0011) return sw(0x6986);
    if (a.data.empty()) {
        if (m_verified && m_f.emptyVerifyAfterSuccessIs9000) return sw(0x9000);
        return sw(static_cast<std::uint16_t>(0x63C0 | m_tries));
    }
    if (m_tries == 0) return sw(0x6984);
    if (std::string(a.data.begin(), a.data.end()) == m_f.pin) {
        m_tries = 3;
        m_verified = true;
        return sw(0x9000);
    }
    --m_tries;
    m_verified = false;
    return sw(static_cast<std::uint16_t>(0x63C0 | m_tries));
}

Bytes MyNumberCard::read(const Apdu& a, Trace& trace) {
    if (a.p1 & 0x80) return sw(0x6A86);
    auto file = m_files.find(m_ef);
    if (m_df != Df::Kenhojo || file == m_files.end()) return sw(0x6986);
    if (m_ef == 0x0001) trace.forbidden("READ BINARY of EF 0001 (個人番号)");
    if (!m_verified) return sw(0x6982);
    const std::size_t offset = static_cast<std::size_t>(a.p1 << 8 | a.p2);
    const Bytes& content = file->second;
    if (offset >= content.size()) return sw(0x6B00);
    const std::size_t n = std::min(a.le ? a.le : 256, content.size() - offset);
    return withSw(
        Bytes(content.begin() + static_cast<long>(offset), content.begin() + static_cast<long>(offset + n)),
        0x9000);
}

} // namespace kakanai::emulator
