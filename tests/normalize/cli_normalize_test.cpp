// `kakanai normalize …` and `kakanai bench normalize` through the real binary: JSON shapes, exit codes,
// and that errors never echo the resident's value on stderr.
#include "test_support.h"

#include <nlohmann/json.hpp>

#include <gtest/gtest.h>

using kakanai::test::cliPath;
using kakanai::test::run;
using nlohmann::json;

namespace {

json runJson(const std::vector<std::string>& args, int expectedExit = 0) {
    std::vector<std::string> argv{cliPath()};
    argv.insert(argv.end(), args.begin(), args.end());
    const auto r = run(argv);
    EXPECT_EQ(r.exitCode, expectedExit) << r.err;
    return json::parse(r.out);
}

TEST(NormalizeCli, DateJson) {
    const json j = runJson({"normalize", "date", "平成元年1月8日", "--on", "2026-11-23", "--json"});
    EXPECT_EQ(j["iso"], "1989-01-08");
    EXPECT_EQ(j["notation"], "wareki");
    EXPECT_EQ(j["era"], "heisei");
    EXPECT_EQ(j["era_year"], 1);
    EXPECT_EQ(j["styles"]["wareki"], "平成元年1月8日");
    EXPECT_EQ(j["styles"]["wareki_spaced"], "平成　元年　１月　８日");
    EXPECT_EQ(j["styles"]["wareki_kanji"], "平成元年一月八日");
    EXPECT_EQ(j["styles"]["wareki_abbreviated"], "H1.1.8");
    EXPECT_EQ(j["styles"]["gregorian"], "1989年1月8日");
    EXPECT_EQ(j["styles"]["era_list"], "明・大・昭・(平)・令");
    EXPECT_EQ(j["age"]["years"], 37);
    EXPECT_EQ(j["age"]["on"], "2026-11-23");
}

TEST(NormalizeCli, LicenceDigitsAndBadDates) {
    EXPECT_EQ(runJson({"normalize", "date", "5070401", "--json"})["notation"], "licence");
    const auto r = run({cliPath(), "normalize", "date", "昭和64年1月8日"});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.out.empty());
    EXPECT_EQ(r.err.find("昭和64年1月8日です"), std::string::npos);
    EXPECT_EQ(run({cliPath(), "normalize", "date"}).exitCode, 2);
}

TEST(NormalizeCli, AddressJson) {
    const json j = runJson({"normalize", "address", "北海道札幌市中央区北1条西2丁目1番地", "--json"});
    EXPECT_EQ(j["split"], "full");
    EXPECT_EQ(j["parts"]["prefecture"], "北海道");
    EXPECT_EQ(j["parts"]["municipality"], "札幌市中央区");
    EXPECT_EQ(j["parts"]["town"], "北1条西2丁目");
    EXPECT_EQ(j["parts"]["block"], "1番地");
    EXPECT_EQ(j["parts"]["building"], "");
    EXPECT_EQ(j["block_hyphenated"], "1");
    EXPECT_EQ(j["municipality_code"], "011011");
    EXPECT_EQ(j["designated_city"], "札幌市");
    EXPECT_EQ(j["postal_status"], "choose");
    EXPECT_EQ(j["postal_candidates"].size(), 2u);
    EXPECT_TRUE(j["flags"].empty());
    EXPECT_GE(j["confidence"].get<double>(), 0.9);
}

TEST(NormalizeCli, KyotoComesBackWholeAndFlagged) {
    const json j =
        runJson({"normalize", "address", "京都府京都市中京区寺町通御池上る上本能寺前町488番地", "--json"});
    EXPECT_EQ(j["split"], "municipality");
    EXPECT_EQ(j["rest"], "寺町通御池上る上本能寺前町488番地");
    EXPECT_EQ(j["parts"]["town"], "");
    EXPECT_EQ(j["flags"], json::array({"street-name-address"}));
    EXPECT_LT(j["confidence"].get<double>(), 0.5);
}

TEST(NormalizeCli, UnsplittableAddressIsWhole) {
    const json j = runJson({"normalize", "address", "架空県架空市中央1-2-3", "--json"});
    EXPECT_EQ(j["split"], "none");
    EXPECT_EQ(j["rest"], "架空県架空市中央1-2-3");
    EXPECT_EQ(j["postal_status"], "none");
}

TEST(NormalizeCli, PostalBothWays) {
    const json code = runJson({"normalize", "postal", "100-0013", "--json"});
    EXPECT_EQ(code["direction"], "code-to-address");
    EXPECT_EQ(code["status"], "exact");
    ASSERT_EQ(code["candidates"].size(), 1u);
    EXPECT_EQ(code["candidates"][0]["address"], "東京都千代田区霞が関");
    EXPECT_EQ(code["candidates"][0]["formatted"], "100-0013");
    EXPECT_EQ(code["candidates"][0]["municipality_code"], "131016");

    const json addr = runJson({"normalize", "postal", "東京都千代田区一ツ橋二丁目1番1号", "--json"});
    EXPECT_EQ(addr["direction"], "address-to-code");
    EXPECT_EQ(addr["status"], "choose");
    EXPECT_EQ(addr["candidates"].size(), 2u);

    const auto none = run({cliPath(), "normalize", "postal", "000-0000"});
    EXPECT_EQ(none.exitCode, 1);
    EXPECT_EQ(run({cliPath(), "normalize", "postal", "100-001"}).exitCode, 1);
}

TEST(NormalizeCli, MissingDataIsAFailureThatNamesTheFix) {
    kakanai::test::TempDir empty;
    const auto r = run({cliPath(), "normalize", "address", "東京都千代田区", "--data", empty.path()});
    EXPECT_EQ(r.exitCode, 4);
    EXPECT_NE(r.err.find("refresh-normalize-data"), std::string::npos);
    EXPECT_EQ(r.err.find("東京都"), std::string::npos);
}

TEST(NormalizeCli, NameJson) {
    const json j = runJson({"normalize", "name", "髙橋　𠮷子", "--json"});
    EXPECT_EQ(j["split"], true);
    EXPECT_EQ(j["family"], "髙橋");
    EXPECT_EQ(j["given"], "𠮷子");
    EXPECT_EQ(j["outside_jis_x0208"], json::array({"髙", "𠮷"}));
#ifdef KAKANAI_TEST_WITH_READING
    ASSERT_TRUE(j.contains("reading_suggestions"));
    EXPECT_EQ(j["reading_suggestions"]["confirmed"], false);
#endif
    const json kana = runJson({"normalize", "name", "ｶｸｳ ﾊﾅｺ", "--json"});
    EXPECT_EQ(kana["reading"]["katakana"], "カクウ　ハナコ");
    EXPECT_EQ(kana["reading"]["hiragana"], "かくう　はなこ");
    const json latin = runJson({"normalize", "name", "ｓｍｉｔｈ", "ｊｏｈｎ", "--json"});
    EXPECT_EQ(latin["script"], "latin");
    EXPECT_EQ(latin["alphabetic"]["half"], "SMITH JOHN");
}

TEST(NormalizeCli, PhoneJson) {
    const json j = runJson({"normalize", "phone", "0312345678", "--json"});
    EXPECT_EQ(j["formatted"], "03-1234-5678");
    EXPECT_EQ(j["kind"], "landline");
    const auto bad = run({cliPath(), "normalize", "phone", "12345"});
    EXPECT_EQ(bad.exitCode, 1);
    EXPECT_EQ(bad.err.find("12345"), std::string::npos);
}

TEST(NormalizeCli, TextOutputIsReadable) {
    const auto r = run({cliPath(), "normalize", "address", "東京都千代田区霞が関二丁目1番6号"});
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_NE(r.out.find("町字"), std::string::npos);
    EXPECT_NE(r.out.find("霞が関二丁目"), std::string::npos);
    EXPECT_NE(r.out.find("100-0013"), std::string::npos);
}

TEST(NormalizeCli, BenchLastLine) {
    const auto r = run({cliPath(), "bench", "normalize", "--count", "500"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const auto last = r.out.substr(r.out.rfind("kakanai addresses="));
    EXPECT_NE(last.find("addresses=500 "), std::string::npos);
    EXPECT_NE(last.find("whole=10 "), std::string::npos); // the unknown places the corpus plants (1 in 50)
    EXPECT_NE(last.find("municipality=10 "), std::string::npos); // the 京都の通り名 (1 in 50)
}

} // namespace
