#include "card_model.h"

#include <stdexcept>

namespace kakanai::emulator {

std::string hex(const Bytes& b, std::size_t from, std::size_t count) {
    static const char* digits = "0123456789ABCDEF";
    std::string s;
    for (std::size_t i = from; i < b.size() && i - from < count; ++i) {
        s.push_back(digits[b[i] >> 4]);
        s.push_back(digits[b[i] & 15]);
    }
    return s;
}

Bytes fromHex(const std::string& s) {
    Bytes b;
    auto val = [](char c) -> int {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return -1;
    };
    int hi = -1;
    for (char c : s) {
        const int v = val(c);
        if (v < 0) continue;
        if (hi < 0) {
            hi = v;
        } else {
            b.push_back(static_cast<std::uint8_t>(hi << 4 | v));
            hi = -1;
        }
    }
    if (hi >= 0) throw std::runtime_error("odd number of hex digits");
    return b;
}

Bytes sw(std::uint16_t s) {
    return {static_cast<std::uint8_t>(s >> 8), static_cast<std::uint8_t>(s & 0xFF)};
}

Bytes withSw(Bytes data, std::uint16_t s) {
    data.push_back(static_cast<std::uint8_t>(s >> 8));
    data.push_back(static_cast<std::uint8_t>(s & 0xFF));
    return data;
}

Trace::Trace(const std::string& path) {
    if (!path.empty()) m_file = std::fopen(path.c_str(), "a");
}

Trace::~Trace() {
    if (m_file) std::fclose(m_file);
}

void Trace::line(const std::string& text) {
    if (!m_file) return;
    std::fprintf(m_file, "%s\n", text.c_str());
    std::fflush(m_file);
}

void Trace::command(const Bytes& apdu) {
    // VERIFY carries the PIN: keep its header and Lc, mask the digits.
    if (apdu.size() > 5 && apdu[1] == 0x20)
        line("> " + hex(apdu, 0, 5) + std::string(2 * (apdu.size() - 5), '*'));
    else
        line("> " + hex(apdu));
}

void Trace::response(const Bytes& r) {
    if (r.size() < 2) return line("< (no status)");
    line("< " + hex(r, r.size() - 2) + " +" + std::to_string(r.size() - 2));
}

Apdu parseApdu(const Bytes& raw) {
    Apdu a;
    if (raw.size() < 4) return a;
    a.cla = raw[0], a.ins = raw[1], a.p1 = raw[2], a.p2 = raw[3];
    const std::size_t n = raw.size();
    if (n == 4) {
        a.valid = true;
    } else if (n == 5) {
        a.le = raw[4] ? raw[4] : 256;
        a.valid = true;
    } else if (raw[4] != 0) {
        const std::size_t lc = raw[4];
        if (n == 5 + lc || n == 6 + lc) {
            a.data.assign(raw.begin() + 5, raw.begin() + 5 + static_cast<long>(lc));
            if (n == 6 + lc) a.le = raw.back() ? raw.back() : 256;
            a.valid = true;
        }
    } else if (n >= 7) { // extended length: our kiosk never sends it, the card still understands it
        const std::size_t lc = static_cast<std::size_t>(raw[5] << 8 | raw[6]);
        if (n == 7) {
            a.le = lc ? lc : 65536;
            a.valid = true;
        } else if (n >= 7 + lc) {
            a.data.assign(raw.begin() + 7, raw.begin() + 7 + static_cast<long>(lc));
            a.valid = n == 7 + lc || n == 9 + lc;
            if (n == 9 + lc) a.le = static_cast<std::size_t>(raw[7 + lc] << 8 | raw[8 + lc]);
        }
    }
    return a;
}

} // namespace kakanai::emulator
