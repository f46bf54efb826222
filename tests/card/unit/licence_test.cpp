#include "kakanai/card/licence.h"

#include "licence_card.h"
#include "scripted_channel.h"

#include <gtest/gtest.h>

using namespace kakanai;
using namespace kakanai::card;
using kakanai::card::test::fromHex;
using kakanai::emulator::jisText;

namespace {

Bytes tlv(std::uint8_t tag, const Bytes& v) {
    Bytes out{tag};
    if (v.size() >= 0x80) out.push_back(0x81);
    out.push_back(static_cast<std::uint8_t>(v.size()));
    out.insert(out.end(), v.begin(), v.end());
    return out;
}

Bytes ascii(std::string_view s) {
    return Bytes(s.begin(), s.end());
}

Bytes concat(std::initializer_list<Bytes> parts) {
    Bytes out;
    for (const auto& p : parts)
        out.insert(out.end(), p.begin(), p.end());
    return out;
}

Bytes matters(const std::string& name, const std::string& birth, const std::string& address) {
    return concat({tlv(0x11, {0x03}), tlv(0x12, jisText(name)), tlv(0x13, {}), tlv(0x14, {}), tlv(0x15, {}),
                   tlv(0x16, ascii(birth)), tlv(0x17, jisText(address)), tlv(0x18, ascii("5050401")),
                   Bytes(100, 0xFF)});
}

Bytes change(std::uint8_t tag, const std::string& date, const std::string& text) {
    Bytes v{0x03};
    for (char d : date)
        v.insert(v.end(), {0x23, static_cast<std::uint8_t>(d)});
    const Bytes t = jisText(text), c = jisText("架空公安委");
    v.insert(v.end(), t.begin(), t.end());
    v.insert(v.end(), c.begin(), c.end());
    return tlv(tag, v);
}

} // namespace

TEST(Licence, ReadsTheMatters) {
    auto m = parseLicenceMatters(matters("試験　花子", "3550217", "架空県架空市試験町三丁目４番５号"));
    ASSERT_TRUE(m.ok()) << m.error().describe();
    EXPECT_EQ(m->name.utf8, "試験　花子");
    EXPECT_EQ(m->address.utf8, "架空県架空市試験町三丁目４番５号");
    EXPECT_EQ(m->birthDigits, "3550217");
    ASSERT_TRUE(m->birth.has_value());
    EXPECT_EQ(m->birth->iso(), "1980-02-17");
    EXPECT_EQ(m->name.unknownCharacters, 0);
}

TEST(Licence, EraDigitsCoverEveryEraAndItsBoundaries) {
    const std::pair<const char*, const char*> cases[] = {
        {"1450729", "1912-07-29"}, // 明治45年7月29日, the last day of 明治
        {"2010730", "1912-07-30"}, // 大正元年7月30日
        {"3640107", "1989-01-07"}, // 昭和64年1月7日
        {"4010108", "1989-01-08"}, // 平成元年1月8日
        {"4310430", "2019-04-30"}, // 平成31年4月30日
        {"5010501", "2019-05-01"}, // 令和元年5月1日
    };
    for (auto [digits, iso] : cases) {
        auto m = parseLicenceMatters(matters("試験", digits, "架空"));
        ASSERT_TRUE(m.ok());
        ASSERT_TRUE(m->birth.has_value()) << digits;
        EXPECT_EQ(m->birth->iso(), iso) << digits;
    }
    auto outside = parseLicenceMatters(matters("試験", "3640108", "架空")); // 昭和64年1月8日 did not exist
    ASSERT_TRUE(outside.ok());
    EXPECT_FALSE(outside->birth.has_value());
}

TEST(Licence, GaijiInTheNameAreCounted) {
    auto m = parseLicenceMatters(matters("{gaiji:1}田　一郎", "3480505", "架空"));
    ASSERT_TRUE(m.ok());
    EXPECT_EQ(m->name.utf8, "〓田　一郎");
    EXPECT_EQ(m->name.gaiji, 1);
}

TEST(Licence, MissingFieldsAreMalformed) {
    EXPECT_FALSE(parseLicenceMatters(concat({tlv(0x16, ascii("3550217")), tlv(0x17, jisText("架空"))})).ok());
    EXPECT_FALSE(parseLicenceMatters(concat({tlv(0x12, jisText("試験")), tlv(0x17, jisText("架空"))})).ok());
    EXPECT_FALSE(parseLicenceMatters(concat({tlv(0x12, jisText("試験")), tlv(0x16, ascii("3550217"))})).ok());
    EXPECT_FALSE(parseLicenceMatters(concat({tlv(0x12, jisText("試験")), tlv(0x16, ascii("35502"))})).ok());
}

TEST(Licence, TlvsStopAtPaddingAndToleratePartialReads) {
    const Bytes data =
        concat({tlv(0x12, jisText("試験")), tlv(0x17, jisText("架空県")), Bytes{0xFF, 0x12, 0x02}});
    auto all = parseLicenceTlvs(data);
    ASSERT_TRUE(all.ok());
    EXPECT_EQ(all->size(), 2u);
    const Bytes cut(data.begin(), data.begin() + 8); // 12 04 … 17 06 + 2 bytes
    EXPECT_FALSE(parseLicenceTlvs(cut).ok());
    auto partial = parseLicenceTlvs(cut, true);
    ASSERT_TRUE(partial.ok());
    EXPECT_EQ(partial->size(), 1u);
    EXPECT_TRUE(licenceHasTag(data, 0x17));
    EXPECT_FALSE(licenceHasTag(cut, 0x17));
    // A 200-byte address uses 81 C8.
    std::string longAddress;
    for (int i = 0; i < 100; ++i)
        longAddress += "架";
    auto m = parseLicenceMatters(matters("試験", "3550217", longAddress));
    ASSERT_TRUE(m.ok());
    EXPECT_EQ(m->address.utf8, longAddress);
}

TEST(Licence, CommonDataAndPinSetting) {
    auto c = parseLicenceCommonData(fromHex("450B 303038 20230401 20280505 4602 0101"));
    ASSERT_TRUE(c.ok());
    EXPECT_EQ(c->specVersion, "008");
    EXPECT_EQ(c->expires->iso(), "2028-05-05");
    auto notLicence = parseLicenceCommonData(fromHex("4602 0101"));
    ASSERT_FALSE(notLicence.ok());
    EXPECT_EQ(notLicence.error().code, "card.unsupported");
    EXPECT_TRUE(*parseLicencePinSetting(fromHex("050101")));
    EXPECT_FALSE(*parseLicencePinSetting(fromHex("050100")));
    EXPECT_FALSE(parseLicencePinSetting(fromHex("050102")).ok());
}

TEST(Licence, ChangesGiveTheNewestAddressAndName) {
    const Bytes ef = concat({tlv(0x50, {0x01}), change(0x54, "5030110", "架空県架空市中町二丁目２番２号"),
                             change(0x55, "5040201", "眼鏡等"), change(0x52, "5040301", "新姓　移子"),
                             change(0x54, "5060401", "架空県新架空市新町三丁目３番３号"),
                             change(0x54, "4300101", "架空県古町一丁目"), Bytes(40, 0xFF)});
    auto c = parseLicenceChanges(ef);
    ASSERT_TRUE(c.ok()) << c.error().describe();
    EXPECT_TRUE(c->present);
    EXPECT_EQ(c->entries.size(), 5u);
    EXPECT_EQ(c->unreadable, 0u);
    const auto* address = c->newest(LicenceChangeKind::NewAddress);
    ASSERT_NE(address, nullptr);
    EXPECT_EQ(address->text.utf8, "架空県新架空市新町三丁目３番３号"); // by date, not by position
    EXPECT_EQ(address->date->iso(), "2024-04-01");
    EXPECT_EQ(address->commission.utf8, "架空公安委");
    ASSERT_NE(c->newest(LicenceChangeKind::NewName), nullptr);
    EXPECT_EQ(c->newest(LicenceChangeKind::NewName)->text.utf8, "新姓　移子");
    EXPECT_EQ(c->newest(LicenceChangeKind::NewCallName), nullptr);
}

TEST(Licence, NoChangesAndUnreadableChanges) {
    auto none = parseLicenceChanges(concat({tlv(0x50, {0x00}), Bytes(20, 0xFF)}));
    ASSERT_TRUE(none.ok());
    EXPECT_FALSE(none->present);
    EXPECT_TRUE(none->entries.empty());
    // A record too short for date and 公安委員会名 is counted, not guessed at.
    auto odd = parseLicenceChanges(concat({tlv(0x50, {0x01}), tlv(0x54, {0x03, 0x23, 0x35})}));
    ASSERT_TRUE(odd.ok());
    EXPECT_EQ(odd->unreadable, 1u);
    EXPECT_TRUE(odd->entries.empty());
    // ASCII digits for the date are accepted too.
    Bytes v{0x03};
    for (char d : std::string("5060401"))
        v.push_back(static_cast<std::uint8_t>(d));
    const Bytes t = jisText("架空町"), k = jisText("架空公安委");
    v.insert(v.end(), t.begin(), t.end());
    v.insert(v.end(), k.begin(), k.end());
    auto ascii = parseLicenceChanges(concat({tlv(0x50, {0x01}), tlv(0x54, v)}));
    ASSERT_TRUE(ascii.ok());
    ASSERT_EQ(ascii->entries.size(), 1u);
    EXPECT_EQ(ascii->entries[0].text.utf8, "架空町");
    EXPECT_EQ(ascii->entries[0].date->iso(), "2024-04-01");
}
