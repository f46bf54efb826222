#include "kakanai/card/card_person.h"

#include "licence_card.h"

#include <gtest/gtest.h>

using namespace kakanai;
using namespace kakanai::card;

namespace {

KenhojoAttributes attributes(std::string name, std::string address, std::string birth, char sex) {
    KenhojoAttributes a;
    a.name = std::move(name), a.address = std::move(address), a.birth = std::move(birth), a.sex = sex;
    return a;
}

jis::DecodedText text(const std::string& utf8WithMarkers) {
    const auto b = emulator::jisText(utf8WithMarkers);
    return jis::decodeLicenceText(std::string(b.begin(), b.end()));
}

LicenceMatters matters(const std::string& name, const std::string& address, std::optional<Date> birth) {
    LicenceMatters m;
    m.name = text(name);
    m.address = text(address);
    m.birth = birth;
    return m;
}

LicenceChange change(LicenceChangeKind kind, const std::string& t, Date date, std::size_t order) {
    LicenceChange c;
    c.kind = kind;
    c.text = text(t);
    c.date = date;
    c.order = order;
    return c;
}

} // namespace

TEST(CardPerson, MyNumberRecord) {
    auto p = personFromKenhojo(attributes("試験　太郎", "東京都架空市試験町一丁目２番３号", "19800101", '1'));
    ASSERT_TRUE(p.ok()) << p.error().describe();
    EXPECT_EQ(p->source, "mynumber-card");
    EXPECT_EQ(p->name->value, "試験　太郎");
    EXPECT_EQ(p->name->source, "mynumber-card");
    EXPECT_EQ(p->birth_date->value, "1980-01-01");
    EXPECT_EQ(p->sex->value, "male");
    EXPECT_EQ(p->address->value, "東京都架空市試験町一丁目２番３号");
    EXPECT_TRUE(p->needs_check.empty());
    EXPECT_DOUBLE_EQ(p->name->confidence, 1.0);
}

TEST(CardPerson, SexCodesFollowJisX0303) {
    const std::pair<char, const char*> cases[] = {
        {'1', "male"}, {'2', "female"}, {'9', "not-applicable"}, {'0', "not-known"}};
    for (auto [code, value] : cases) {
        auto p = personFromKenhojo(attributes("試験", "架空", "19800101", code));
        ASSERT_TRUE(p.ok());
        EXPECT_EQ(p->sex->value, value);
    }
    auto unknown = personFromKenhojo(attributes("試験", "架空", "19800101", '7'));
    ASSERT_TRUE(unknown.ok());
    EXPECT_FALSE(unknown->sex.has_value());
    EXPECT_TRUE(unknown->needsCheck("sex"));
}

TEST(CardPerson, CharactersOutsideJisX0208MustBeCheckedAgainstTheCardFace) {
    auto p = personFromKenhojo(attributes("𠮷野　花子", "架空県髙田市１－２", "19890108", '2'));
    ASSERT_TRUE(p.ok());
    EXPECT_EQ(p->name->value, "𠮷野　花子"); // kept as read, never replaced by a look-alike
    EXPECT_TRUE(p->needsCheck("name"));
    EXPECT_TRUE(p->needsCheck("address"));
    EXPECT_LT(p->name->confidence, 1.0);
    EXPECT_NE(p->name->note.find("card face"), std::string::npos);
    EXPECT_EQ(p->birth_date->value, "1989-01-08");
}

TEST(CardPerson, IncompleteBirthDateIsFlaggedNotInvented) {
    auto p = personFromKenhojo(attributes("TESTER ALEX", "架空", "19800000", '1'));
    ASSERT_TRUE(p.ok());
    EXPECT_FALSE(p->birth_date.has_value());
    EXPECT_TRUE(p->needsCheck("birth_date"));
    EXPECT_FALSE(p->needsCheck("name"));
}

TEST(CardPerson, ValuesThePersonRecordRefusesMakeTheCardMalformed) {
    auto p = personFromKenhojo(attributes(std::string(401, 'A'), "架空", "19800101", '1'));
    ASSERT_FALSE(p.ok());
    EXPECT_EQ(p.error().code, "card.malformed");
}

TEST(CardPerson, LicenceRecordWithGaiji) {
    auto p = personFromLicence(matters("{gaiji:1}田　一郎", "架空県架空市", Date{1973, 5, 5}), {});
    ASSERT_TRUE(p.ok()) << p.error().describe();
    EXPECT_EQ(p->source, "driver-license-card");
    EXPECT_EQ(p->name->value, "〓田　一郎");
    EXPECT_TRUE(p->needsCheck("name"));
    EXPECT_FALSE(p->needsCheck("address"));
    EXPECT_NE(p->name->note.find("外字"), std::string::npos);
    EXPECT_FALSE(p->sex.has_value()); // the licence does not record sex
    EXPECT_EQ(p->birth_date->value, "1973-05-05");
}

TEST(CardPerson, LicenceUsesTheNewestChangeAndSaysSo) {
    LicenceChanges changes;
    changes.present = true;
    changes.entries.push_back(change(LicenceChangeKind::NewAddress, "架空県中町", Date{2021, 1, 10}, 0));
    changes.entries.push_back(change(LicenceChangeKind::NewAddress, "架空県新町三丁目", Date{2024, 4, 1}, 1));
    auto p = personFromLicence(matters("試験　移子", "架空県旧町", Date{1998, 7, 20}), changes);
    ASSERT_TRUE(p.ok());
    EXPECT_EQ(p->address->value, "架空県新町三丁目");
    EXPECT_NE(p->address->note.find("追記"), std::string::npos);
    EXPECT_NE(p->address->note.find("2024-04-01"), std::string::npos);
    EXPECT_TRUE(p->needsCheck("address"));
    EXPECT_EQ(p->name->value, "試験　移子");
    EXPECT_FALSE(p->needsCheck("name"));
}

TEST(CardPerson, UnreadableChangesFlagNameAndAddress) {
    LicenceChanges changes;
    changes.present = true;
    changes.unreadable = 1;
    auto p = personFromLicence(matters("試験　移子", "架空県旧町", Date{1998, 7, 20}), changes);
    ASSERT_TRUE(p.ok());
    EXPECT_EQ(p->address->value, "架空県旧町");
    EXPECT_TRUE(p->needsCheck("address"));
    EXPECT_TRUE(p->needsCheck("name"));
    EXPECT_NE(p->address->note.find("back of the licence"), std::string::npos);
}
