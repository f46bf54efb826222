// Parsing of OCR text into field values and the plausibility checks that feed needs_check.
#include "kakanai/ocr/field_text.h"
#include "kakanai/ocr/text_distance.h"

#include <gtest/gtest.h>

using namespace kakanai;
using namespace kakanai::ocr;

TEST(CardDate, WarekiWithPaddingAndSuffix) {
    EXPECT_EQ(parseCardDate("昭和55年 2月17日生")->iso(), "1980-02-17");
    EXPECT_EQ(parseCardDate("平成元年1月8日")->iso(), "1989-01-08");
    EXPECT_EQ(parseCardDate("令和元年5月1日生")->iso(), "2019-05-01");
    EXPECT_EQ(parseCardDate("大正15年12月24日")->iso(), "1926-12-24");
    EXPECT_EQ(parseCardDate("1990年12月31日")->iso(), "1990-12-31");
}

TEST(CardDate, DigitLookAlikesAndFullWidth) {
    EXPECT_EQ(parseCardDate("昭和5O年 l月１2日生")->iso(), "1975-01-12");
    EXPECT_EQ(parseCardDate("平成 3年１０月 ９日")->iso(), "1991-10-09");
}

TEST(CardDate, RejectsImpossibleDatesAndEraBoundaries) {
    EXPECT_FALSE(parseCardDate("平成元年1月7日")); // still 昭和64年
    EXPECT_FALSE(parseCardDate("昭和55年2月30日"));
    EXPECT_FALSE(parseCardDate("氏名"));
    EXPECT_FALSE(parseCardDate(""));
}

TEST(Sex, KanjiAndLatin) {
    EXPECT_EQ(parseSex("男"), "male");
    EXPECT_EQ(parseSex("女"), "female");
    EXPECT_EQ(parseSex("M."), "male");
    EXPECT_EQ(parseSex("F"), "female");
    EXPECT_FALSE(parseSex("男女"));
    EXPECT_FALSE(parseSex("X"));
}

TEST(Normalise, JapaneseSpacingDashesAndStrays) {
    EXPECT_EQ(normaliseJapaneseText(" 架空\u3000 花子 |"), "架空\u3000花子");
    // Tesseract's spaces between Japanese words are not on the card; a dash misread as 一 is a hyphen.
    EXPECT_EQ(normaliseJapaneseText("神奈 川 県 横浜 市 ６ －５ 一 ２１"), "神奈川県横浜市６－５－２１");
    EXPECT_EQ(normaliseJapaneseText("A B"), "Ａ\u3000Ｂ");
    EXPECT_EQ(normaliseJapaneseText("東京都千代田区1丁目2ー3"), "東京都千代田区１丁目２－３");
    EXPECT_EQ(normaliseJapaneseText("「大阪府"), "大阪府");
}

TEST(Normalise, LatinName) {
    EXPECT_EQ(normaliseLatinName(" nguyen  van an. "), "NGUYEN VAN AN");
    EXPECT_EQ(normaliseLatinName("SMITH, JOHN 1"), "SMITH, JOHN");
}

TEST(Plausibility, Addresses) {
    EXPECT_EQ(prefectureOf("神奈川県横浜市"), "神奈川県");
    EXPECT_EQ(prefectureOf("横浜市中区"), "");
    EXPECT_TRUE(addressDoubts("東京都千代田区霞が関１丁目２－３").empty());
    EXPECT_FALSE(addressDoubts("千代田区霞が関１丁目２－３").empty());
    EXPECT_FALSE(addressDoubts("東京都").empty());
    EXPECT_FALSE(addressDoubts("").empty());
    EXPECT_EQ(prefectures().size(), 47u);
}

TEST(Plausibility, Names) {
    EXPECT_TRUE(nameDoubts("髙﨑\u3000花子", false).empty());
    EXPECT_FALSE(nameDoubts("髙", false).empty());
    EXPECT_FALSE(nameDoubts("山田1郎", false).empty());
    EXPECT_FALSE(nameDoubts("", false).empty());
    EXPECT_TRUE(nameDoubts("NGUYEN VAN AN", true).empty());
    EXPECT_FALSE(nameDoubts("NGUYEN 4N", true).empty());
}

TEST(Plausibility, Nationality) {
    EXPECT_TRUE(nationalityDoubts("ベトナム").empty());
    EXPECT_TRUE(nationalityDoubts("中国").empty());
    EXPECT_FALSE(nationalityDoubts("の２").empty());
    EXPECT_FALSE(nationalityDoubts("").empty());
}

TEST(Plausibility, BirthDates) {
    const Date today{2026, 11, 23};
    EXPECT_TRUE(birthDateDoubts(Date{1980, 2, 17}, today).empty());
    EXPECT_FALSE(birthDateDoubts(Date{2027, 1, 1}, today).empty());
    EXPECT_FALSE(birthDateDoubts(Date{1890, 1, 1}, today).empty());
}

TEST(BackAddress, NewestEntryWins) {
    const std::vector<std::string> lines = {"令和5年4月1日 転入", "東京都千代田区一番町1-2",
                                            "令和7年4月1日 転居", "東京都港区芝公園4丁目2-8",
                                            "サンプルマンション101号"};
    EXPECT_EQ(newestAddressEntry(lines), "東京都港区芝公園４丁目２－８サンプルマンション１０１号");
    EXPECT_FALSE(newestAddressEntry({"令和7年4月1日", "備考"}));
}

TEST(TextDistance, CharacterErrorRate) {
    EXPECT_DOUBLE_EQ(characterErrorRate("髙﨑　花子", "髙﨑花子"), 0.0); // spacing is not an error
    EXPECT_DOUBLE_EQ(characterErrorRate("髙﨑花子", "高崎花子"), 0.5);
    EXPECT_DOUBLE_EQ(characterErrorRate("１－２", "1-2"), 0.0); // full width folded
    EXPECT_DOUBLE_EQ(characterErrorRate("", "x"), 1.0);
    EXPECT_EQ(editDistance(U"kitten", U"sitting"), 3u);
}
