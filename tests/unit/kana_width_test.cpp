#include "kakanai/text/kana_width.h"

#include <gtest/gtest.h>

using namespace kakanai::text;

TEST(KanaWidth, HiraganaKatakana) {
    EXPECT_EQ(toKatakana("かくう　はなこ"), "カクウ　ハナコ");
    EXPECT_EQ(toKatakana("ゔぁいおりん"), "ヴァイオリン");
    EXPECT_EQ(toHiragana("カクウ　ハナコ"), "かくう　はなこ");
    EXPECT_EQ(toHiragana("ABC漢字ー"), "ABC漢字ー");
}

TEST(KanaWidth, FullAndHalfWidth) {
    EXPECT_EQ(toFullWidth("Maria 123"), "Ｍａｒｉａ　１２３");
    EXPECT_EQ(toFullWidth("ｶﾞﾙｼｱ ﾊﾟﾊﾟ ｳﾞ"), "ガルシア　パパ　ヴ");
    EXPECT_EQ(toHalfWidth("ＭＡＲＩＡ　１２３－４"), "MARIA 123-4");
    EXPECT_EQ(digitsOnly("〒１０２-0074"), "1020074");
}
