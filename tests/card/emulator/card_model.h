#pragma once
// A virtual card for vpcd: the test double of a real chip, behind a real pcscd. Models answer the real
// APDUs with the real status words, hold PIN counters like a chip, and write a trace the tests read
// (APDU headers and status words; PIN digits and file contents are never written).

#include <cstdint>
#include <cstdio>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace kakanai::emulator {

using Bytes = std::vector<std::uint8_t>;

std::string hex(const Bytes& b, std::size_t from = 0, std::size_t count = SIZE_MAX);
Bytes fromHex(const std::string& s);
Bytes sw(std::uint16_t s);
Bytes withSw(Bytes data, std::uint16_t s);

class Trace {
public:
    explicit Trace(const std::string& path);
    ~Trace();
    void line(const std::string& text);
    // "> 00A4040C0AD392…" with the VERIFY data masked; "< 9000 +15" (status word, data length).
    void command(const Bytes& apdu);
    void response(const Bytes& rapdu);
    // A command the kiosk must never send; the tests fail on any such line.
    void forbidden(const std::string& what) { line("! FORBIDDEN " + what); }

private:
    std::FILE* m_file = nullptr;
};

struct Apdu {
    std::uint8_t cla = 0, ins = 0, p1 = 0, p2 = 0;
    Bytes data;
    std::size_t le = 0; // 0: absent; 256 for 00
    bool valid = false;
};
Apdu parseApdu(const Bytes& raw);

class CardModel {
public:
    virtual ~CardModel() = default;
    virtual Bytes atr() const = 0;
    virtual void reset() = 0; // power on/off and warm reset: security state and selection are lost
    virtual Bytes execute(const Apdu& apdu, Trace& trace) = 0;
    // What the kiosk reads, by file name, plus the card's text fields as stored (seeds for the fuzz
    // targets: `card_emulator --fixture F --dump-files DIR`). Never the My Number file.
    virtual std::vector<std::pair<std::string, Bytes>> dataFiles() const { return {}; }
};

} // namespace kakanai::emulator
