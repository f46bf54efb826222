// Deterministic fuzzing of everything that parses card bytes, built with AddressSanitizer and UBSan
// (GCC has no libFuzzer). Every input sits in a heap block of exactly its size, so reading one byte past
// the end aborts the test. Seeds are well-formed files; mutations flip, cut, splice and set length bytes.
#include "kakanai/base/utf8.h"
#include "kakanai/card/ber_tlv.h"
#include "kakanai/card/jis_x0208.h"
#include "kakanai/card/kenhojo.h"
#include "kakanai/card/licence.h"

#include "licence_card.h"
#include "mynumber_card.h"

#include <gtest/gtest.h>

#include <memory>
#include <random>

using namespace kakanai;
using namespace kakanai::card;
using Bytes = std::vector<std::uint8_t>;

namespace {

// An input in a heap block of exactly its size (vectors may have spare capacity ASan would not flag).
class ExactBuffer {
public:
    explicit ExactBuffer(const Bytes& b)
        : m_size(b.size()), m_data(new std::uint8_t[b.empty() ? 1 : b.size()]) {
        std::copy(b.begin(), b.end(), m_data.get());
    }
    std::span<const std::uint8_t> span() const { return {m_data.get(), m_size}; }
    std::string_view text() const { return {reinterpret_cast<const char*>(m_data.get()), m_size}; }

private:
    std::size_t m_size;
    std::unique_ptr<std::uint8_t[]> m_data;
};

bool inside(std::span<const std::uint8_t> part, std::span<const std::uint8_t> whole) {
    return part.empty() ||
           (part.data() >= whole.data() && part.data() + part.size() <= whole.data() + whole.size());
}

void runAllParsers(const Bytes& input) {
    const ExactBuffer buf(input);
    const auto data = buf.span();
    if (auto h = parseTlvHeader(data); h.ok()) {
        EXPECT_LE(h->headerLength, data.size());
    }
    for (std::size_t off : {std::size_t{0}, std::size_t{1}, data.size() / 2})
        if (auto t = parseTlvAt(data, off); t.ok()) {
            ASSERT_TRUE(inside(t->value, data));
        }
    if (auto seq = parseTlvSequence(data); seq.ok()) {
        for (const auto& t : *seq)
            ASSERT_TRUE(inside(t.value, data));
    }
    (void)kenhojoObjectSize(data);
    if (auto a = parseKenhojoAttributes(data); a.ok()) {
        EXPECT_FALSE(a->name.empty());
        EXPECT_TRUE(utf8::isValid(a->name));
        EXPECT_EQ(a->birth.size(), 8u);
    }
    for (bool partial : {false, true})
        if (auto tlvs = parseLicenceTlvs(data, partial); tlvs.ok()) {
            for (const auto& t : *tlvs)
                ASSERT_TRUE(inside(t.value, data));
        }
    (void)licenceHasTag(data, 0x17);
    (void)parseLicenceCommonData(data);
    (void)parseLicencePinSetting(data);
    if (auto m = parseLicenceMatters(data); m.ok()) {
        EXPECT_TRUE(utf8::isValid(m->name.utf8));
    }
    if (auto c = parseLicenceChanges(data); c.ok()) {
        for (auto kind :
             {LicenceChangeKind::NewName, LicenceChangeKind::NewAddress, LicenceChangeKind::Other})
            (void)c->newest(kind);
    }
    const auto decoded = jis::decodeLicenceText(buf.text());
    EXPECT_TRUE(utf8::isValid(decoded.utf8));
    (void)jis::onlyJisX0208OrAscii(buf.text());
}

Bytes tlv1(std::uint8_t tag, const Bytes& v) {
    Bytes out{tag};
    if (v.size() >= 0x80) out.push_back(0x81);
    out.push_back(static_cast<std::uint8_t>(v.size()));
    out.insert(out.end(), v.begin(), v.end());
    return out;
}

std::vector<Bytes> seeds() {
    std::vector<Bytes> s;
    std::string longAddress, midAddress;
    for (int i = 0; i < 100; ++i)
        longAddress += "空";
    for (int i = 0; i < 40; ++i)
        midAddress += "架";
    s.push_back(
        emulator::buildKenhojoAttributes("試験　太郎", "東京都架空市試験町一丁目２番３号", "19800101", "1"));
    s.push_back(emulator::buildKenhojoAttributes("𠮷野　花子", midAddress, "19890108", "2"));
    s.push_back(emulator::buildKenhojoAttributes("TESTER ALEX", longAddress, "20190430", "9"));
    Bytes withFiller = s.front();
    withFiller.insert(withFiller.end(), 16, 0xFF);
    s.push_back(withFiller);
    Bytes matters;
    for (const auto& t : {tlv1(0x11, {0x03}), tlv1(0x12, emulator::jisText("{gaiji:1}田　一郎")),
                          tlv1(0x13, {}), tlv1(0x16, {'3', '5', '5', '0', '2', '1', '7'}),
                          tlv1(0x17, emulator::jisText("架空県" + longAddress.substr(0, 150)))})
        matters.insert(matters.end(), t.begin(), t.end());
    matters.resize(300, 0xFF);
    s.push_back(matters);
    Bytes change{0x03};
    for (char d : std::string("5060401"))
        change.insert(change.end(), {0x23, static_cast<std::uint8_t>(d)});
    const Bytes text = emulator::jisText("架空県新町{kekji}"), commission = emulator::jisText("架空公安委");
    change.insert(change.end(), text.begin(), text.end());
    change.insert(change.end(), commission.begin(), commission.end());
    Bytes changes = tlv1(0x50, {0x01});
    for (std::uint8_t tag : {0x54, 0x52, 0x55}) {
        const Bytes t = tlv1(tag, change);
        changes.insert(changes.end(), t.begin(), t.end());
    }
    s.push_back(changes);
    s.push_back(
        {0x45, 0x0B, '0', '0', '8', 0x20, 0x23, 0x04, 0x01, 0x20, 0x28, 0x05, 0x05, 0x46, 0x02, 0x01, 0x01});
    s.push_back({0x05, 0x01, 0x01});
    return s;
}

Bytes mutate(Bytes b, std::mt19937& rng) {
    const int edits = 1 + static_cast<int>(rng() % 4);
    for (int e = 0; e < edits; ++e) {
        const auto pos = b.empty() ? 0 : rng() % b.size();
        switch (rng() % 7) {
        case 0: // flip a bit
            if (!b.empty()) b[pos] ^= static_cast<std::uint8_t>(1u << (rng() % 8));
            break;
        case 1: // a length-ish byte to an extreme
            if (!b.empty())
                b[pos] = static_cast<std::uint8_t>(
                    std::array{0x00, 0x7F, 0x80, 0x81, 0x82, 0x83, 0x84, 0xFF}[rng() % 8]);
            break;
        case 2: // cut
            b.resize(rng() % (b.size() + 1));
            break;
        case 3: // insert random bytes
            b.insert(b.begin() + static_cast<long>(pos), rng() % 8, static_cast<std::uint8_t>(rng()));
            break;
        case 4: // delete a range
            if (!b.empty())
                b.erase(b.begin() + static_cast<long>(pos),
                        b.begin() + static_cast<long>(std::min(b.size(), pos + 1 + rng() % 8)));
            break;
        case 5: // a 外字/欠字 marker
            if (b.size() > 1)
                b[pos] = 0xFF, b[(pos + 1) % b.size()] = static_cast<std::uint8_t>(0xF0 + rng() % 16);
            break;
        default: // random byte
            if (!b.empty()) b[pos] = static_cast<std::uint8_t>(rng());
        }
    }
    return b;
}

} // namespace

TEST(CardParserFuzz, EveryTruncationOfEverySeed) {
    for (const Bytes& seed : seeds())
        for (std::size_t n = 0; n <= seed.size(); ++n)
            runAllParsers(Bytes(seed.begin(), seed.begin() + static_cast<long>(n)));
}

TEST(CardParserFuzz, MutatedSeeds) {
    std::mt19937 rng(0x4B414B41); // fixed: a failure reproduces
    const auto s = seeds();
    for (int i = 0; i < 30000; ++i)
        runAllParsers(mutate(s[static_cast<std::size_t>(i) % s.size()], rng));
}

TEST(CardParserFuzz, RandomBytes) {
    std::mt19937 rng(20260415);
    for (int i = 0; i < 20000; ++i) {
        Bytes b(rng() % 64);
        for (auto& x : b)
            x = static_cast<std::uint8_t>(rng());
        if (!b.empty() && rng() % 2) b[0] = std::array<std::uint8_t, 4>{0xFF, 0xDF, 0x12, 0x50}[rng() % 4];
        runAllParsers(b);
    }
}
