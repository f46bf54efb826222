// card_emulator: a virtual card that plugs into pcscd's vsmartcard-vpcd driver over TCP, so tests run the
// real pcsc-lite stack against fictional cards.
//
//   card_emulator --fixture FILE [--port 35963] [--trace FILE] [--mute-at N] [--vanish-at N]
//
// vpcd protocol (vsmartcard VirtualSmartcard.py): every message is a 2-byte big-endian length and a
// payload; 1-byte payloads are control (00 power off, 01 power on, 02 reset, 04 send ATR), anything else is
// an APDU to answer. The emulator reconnects when pcscd restarts, keeping its PIN counters like a card left
// in the reader. --mute-at N: from the N-th APDU on, never answer (a card that stops talking). --vanish-at
// N: drop the connection at the N-th APDU and exit (a card pulled out mid-read).
#include "card_model.h"
#include "licence_card.h"
#include "mynumber_card.h"

#include <nlohmann/json.hpp>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <signal.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <thread>

using namespace kakanai::emulator;
using nlohmann::json;

namespace {

// Answers nothing useful: a card that is neither a My Number card nor a licence.
class OtherCard : public CardModel {
public:
    explicit OtherCard(Bytes atr) : m_atr(std::move(atr)) {}
    Bytes atr() const override { return m_atr; }
    void reset() override {}
    Bytes execute(const Apdu& a, Trace&) override { return sw(a.ins == 0xA4 ? 0x6A82 : 0x6D00); }

private:
    Bytes m_atr;
};

std::string str(const json& j, const char* key, std::string fallback = "") {
    auto it = j.find(key);
    return it != j.end() && it->is_string() ? it->get<std::string>() : fallback;
}

std::unique_ptr<CardModel> load(const std::string& path) {
    std::ifstream in(path);
    if (!in) throw std::runtime_error("cannot open fixture " + path);
    const json j = json::parse(in);
    const std::string kind = j.at("kind").get<std::string>();
    if (kind == "mynumber") {
        MyNumberFixture f;
        const json& a = j.at("attributes");
        f.name = str(a, "name"), f.address = str(a, "address"), f.birth = str(a, "birth"),
        f.sex = str(a, "sex");
        f.pin = str(j, "pin", f.pin);
        f.tries = j.value("tries", 3);
        f.emptyVerifyAfterSuccessIs9000 = str(j, "empty_verify_after_success") == "9000";
        f.filler = j.value("filler", std::size_t{16});
        if (j.contains("attributes_hex"))
            f.attributesOverride = fromHex(j.at("attributes_hex").get<std::string>());
        return std::make_unique<MyNumberCard>(f);
    }
    if (kind == "licence") {
        LicenceFixture f;
        f.pinSet = j.value("pin_set", true);
        f.pin1 = str(j, "pin1", f.pin1);
        f.tries1 = j.value("tries1", 3);
        const json& m = j.at("matters");
        f.name = str(m, "name"), f.callName = str(m, "call_name"), f.alias = str(m, "alias");
        f.birth = str(m, "birth"), f.address = str(m, "address");
        f.changesFileMissing = j.value("changes_file_missing", false);
        for (const auto& c : j.value("changes", json::array())) {
            LicenceChangeFixture cf;
            const std::string what = str(c, "kind");
            cf.tag = what == "name" ? 0x52 : what == "call_name" ? 0x53 : what == "address" ? 0x54 : 0x55;
            cf.date = str(c, "date"), cf.text = str(c, "text");
            cf.commission = str(c, "commission", cf.commission);
            f.changes.push_back(cf);
        }
        return std::make_unique<LicenceCard>(f);
    }
    if (kind == "other")
        return std::make_unique<OtherCard>(fromHex(str(j, "atr", "3B8F8001804F0CA000000306")));
    throw std::runtime_error("unknown fixture kind " + kind);
}

bool readExact(int fd, std::uint8_t* p, std::size_t n) {
    while (n > 0) {
        // vpcd sends the length and the payload in two writes with Nagle on: acknowledge at once, or the
        // payload waits for our delayed ACK (40 ms per APDU that no real reader has).
        const int one = 1;
        setsockopt(fd, IPPROTO_TCP, TCP_QUICKACK, &one, sizeof one);
        const ssize_t r = ::recv(fd, p, n, 0);
        if (r <= 0) return false;
        p += r, n -= static_cast<std::size_t>(r);
    }
    return true;
}

bool send(int fd, const Bytes& payload) {
    Bytes msg{static_cast<std::uint8_t>(payload.size() >> 8), static_cast<std::uint8_t>(payload.size())};
    msg.insert(msg.end(), payload.begin(), payload.end());
    return ::send(fd, msg.data(), msg.size(), MSG_NOSIGNAL) == static_cast<ssize_t>(msg.size());
}

int connectTo(int port) {
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(static_cast<std::uint16_t>(port));
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
        ::close(fd);
        return -1;
    }
    const int one = 1;
    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    return fd;
}

} // namespace

int main(int argc, char** argv) {
    std::string fixture, tracePath, dumpDir;
    int port = 35963;
    long muteAt = 0, vanishAt = 0;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string k = argv[i], v = argv[i + 1];
        if (k == "--fixture")
            fixture = v;
        else if (k == "--port")
            port = std::stoi(v);
        else if (k == "--trace")
            tracePath = v;
        else if (k == "--mute-at")
            muteAt = std::stol(v);
        else if (k == "--vanish-at")
            vanishAt = std::stol(v);
        else if (k == "--dump-files")
            dumpDir = v;
        else
            return std::cerr << "card_emulator: unknown option " << k << "\n", 2;
    }
    std::unique_ptr<CardModel> card;
    try {
        card = load(fixture);
    } catch (const std::exception& e) {
        std::cerr << "card_emulator: " << e.what() << "\n";
        return 2;
    }
    if (!dumpDir.empty()) { // seeds for the fuzz targets: <fixture stem>-<file>
        const std::string stem = std::filesystem::path(fixture).stem().string();
        for (const auto& [name, bytes] : card->dataFiles())
            std::ofstream(dumpDir + "/" + stem + "-" + name, std::ios::binary)
                .write(reinterpret_cast<const char*>(bytes.data()),
                       static_cast<std::streamsize>(bytes.size()));
        return 0;
    }
    Trace trace(tracePath);
    long apdus = 0;
    for (;;) { // (re)connect: pcscd may start after us or restart under us
        const int fd = connectTo(port);
        if (fd < 0) {
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
            continue;
        }
        trace.line("# connected");
        for (;;) {
            std::uint8_t len[2];
            if (!readExact(fd, len, 2)) break;
            Bytes payload(static_cast<std::size_t>(len[0] << 8 | len[1]));
            if (!payload.empty() && !readExact(fd, payload.data(), payload.size())) break;
            if (payload.size() == 1) {
                switch (payload[0]) {
                case 0x00:
                    trace.line("# power-off"), card->reset();
                    break;
                case 0x01:
                    trace.line("# power-on"), card->reset();
                    break;
                case 0x02:
                    trace.line("# reset"), card->reset();
                    break;
                case 0x04:
                    send(fd, card->atr());
                    break;
                }
                continue;
            }
            ++apdus;
            trace.command(payload);
            if (vanishAt && apdus >= vanishAt) {
                trace.line("# vanished");
                ::close(fd);
                return 0;
            }
            if (muteAt && apdus >= muteAt) {
                trace.line("# mute");
                pause(); // keep the connection open and say nothing, until killed
            }
            const Bytes r = card->execute(parseApdu(payload), trace);
            trace.response(r);
            if (!send(fd, r)) break;
        }
        ::close(fd);
        trace.line("# disconnected");
        card->reset();
    }
}
