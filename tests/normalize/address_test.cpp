// Address splitting into DS-442 parts, table-driven. Addresses are public places or fictional buildings;
// no resident's address appears here.
#include "normalize_data.h"

#include "kakanai/base/utf8.h"
#include "kakanai/normalize/address.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <sstream>

using namespace kakanai;
using namespace kakanai::normalize;
using kakanai::test::gazetteer;

namespace {

struct AddressCase {
    const char* label;
    const char* input;
    SplitLevel level;
    const char* prefecture;
    const char* municipality;
    const char* town;
    const char* block;
    const char* building;
    const char* code;  // 6-digit 全国地方公共団体コード
    const char* flags; // exactly these, comma-separated
    const char* rest = "";
};

std::ostream& operator<<(std::ostream& os, const AddressCase& c) {
    return os << c.label;
}

std::vector<std::string> splitFlags(const std::string& s) {
    std::vector<std::string> out;
    std::stringstream ss(s);
    for (std::string f; std::getline(ss, f, ',');)
        if (!f.empty()) out.push_back(f);
    std::sort(out.begin(), out.end());
    return out;
}

constexpr auto F = SplitLevel::Full;
constexpr auto M = SplitLevel::Municipality;
constexpr auto N = SplitLevel::None;

// clang-format off
const AddressCase kCases[] = {
    // 丁目・番・号 (住居表示)
    {"kasumigaseki", "東京都千代田区霞が関二丁目1番6号", F, "東京都", "千代田区", "霞が関二丁目", "1番6号", "", "131016", ""},
    {"kudan_room", "東京都千代田区九段南一丁目２番３号　架空ハイツ４０５号室", F, "東京都", "千代田区", "九段南一丁目", "２番３号", "架空ハイツ４０５号室", "131016", ""},
    {"kanji_only", "東京都港区芝公園四丁目二番八号", F, "東京都", "港区", "芝公園四丁目", "二番八号", "", "131032", ""},
    {"chome_digits", "大阪府大阪市北区梅田1丁目2番3号", F, "大阪府", "大阪市北区", "梅田1丁目", "2番3号", "", "271276", ""},
    {"chiba_chuo", "千葉県千葉市中央区中央四丁目5番1号", F, "千葉県", "千葉市中央区", "中央四丁目", "5番1号", "", "121011", ""},
    {"kobe", "兵庫県神戸市中央区加納町六丁目5番1号", F, "兵庫県", "神戸市中央区", "加納町六丁目", "5番1号", "", "281107", ""},
    {"roppongi", "東京都港区六本木六丁目10番1号", F, "東京都", "港区", "六本木六丁目", "10番1号", "", "131032", ""},
    {"hitotsubashi", "東京都千代田区一ツ橋一丁目1番1号", F, "東京都", "千代田区", "一ツ橋一丁目", "1番1号", "", "131016", ""},
    {"hatchobori", "東京都中央区八丁堀二丁目1番1号", F, "東京都", "中央区", "八丁堀二丁目", "1番1号", "", "131024", ""},
    {"sangenjaya", "東京都世田谷区三軒茶屋二丁目1番1号", F, "東京都", "世田谷区", "三軒茶屋二丁目", "1番1号", "", "131121", ""},
    {"gotanda", "東京都品川区東五反田一丁目1番1号", F, "東京都", "品川区", "東五反田一丁目", "1番1号", "", "131091", ""},
    {"hyakunincho", "東京都新宿区百人町二丁目1-1", F, "東京都", "新宿区", "百人町二丁目", "1-1", "", "131041", ""},
    {"tamagawa", "東京都世田谷区玉川二丁目21番1号", F, "東京都", "世田谷区", "玉川二丁目", "21番1号", "", "131121", ""},
    {"spaces_between", "東京都 千代田区 霞が関二丁目 1番6号", F, "東京都", "千代田区", "霞が関二丁目", "1番6号", "", "131016", ""},
    {"outer_spaces", "  東京都千代田区霞が関二丁目1番6号　", F, "東京都", "千代田区", "霞が関二丁目", "1番6号", "", "131016", ""},
    // 番町・番丁 are town names, not block numbers
    {"nibancho", "東京都千代田区二番町5番地", F, "東京都", "千代田区", "二番町", "5番地", "", "131016", ""},
    {"sendai_ichibancho", "宮城県仙台市青葉区一番町四丁目1-25", F, "宮城県", "仙台市青葉区", "一番町四丁目", "1-25", "", "041017", ""},
    {"sendai_bancho", "宮城県仙台市青葉区北四番丁1番1号", F, "宮城県", "仙台市青葉区", "北四番丁", "1番1号", "", "041017", ""},
    // hyphenated blocks: 1-2-3 may hide the 丁目
    {"hyphen3", "東京都新宿区西新宿2-8-1", F, "東京都", "新宿区", "西新宿", "2-8-1", "", "131041", "chome-in-block"},
    {"hyphen3_fullwidth", "東京都新宿区西新宿２－８－１", F, "東京都", "新宿区", "西新宿", "２－８－１", "", "131041", "chome-in-block"},
    {"hyphen3_chouon", "東京都新宿区西新宿２ー８ー１", F, "東京都", "新宿区", "西新宿", "２ー８ー１", "", "131041", "chome-in-block"},
    {"hyphen3_minus_sign", "東京都新宿区西新宿2−8−1", F, "東京都", "新宿区", "西新宿", "2−8−1", "", "131041", "chome-in-block"},
    {"hyphen2_ambiguous", "東京都千代田区紀尾井町1-2", F, "東京都", "千代田区", "紀尾井町", "1-2", "", "131016", "chome-or-banchi"},
    {"hyphen2_hiroshima", "広島県広島市中区基町10-52", F, "広島県", "広島市中区", "基町", "10-52", "", "341011", "chome-or-banchi"},
    {"hyphen_after_chome", "東京都世田谷区太子堂四丁目1-1", F, "東京都", "世田谷区", "太子堂四丁目", "1-1", "", "131121", ""},
    {"osaka_hyphen", "大阪府大阪市北区梅田3-1-1", F, "大阪府", "大阪市北区", "梅田", "3-1-1", "", "271276", "chome-in-block"},
    // buildings and rooms (方書)
    {"room_after_dash", "東京都世田谷区太子堂1-2-3-405", F, "東京都", "世田谷区", "太子堂", "1-2-3", "405", "131121", "room-number-from-block"},
    {"room_after_chome", "東京都世田谷区太子堂一丁目2-3-405", F, "東京都", "世田谷区", "太子堂一丁目", "2-3", "405", "131121", "room-number-from-block"},
    {"room_goshitsu", "東京都新宿区新宿1-2-3-405号室", F, "東京都", "新宿区", "新宿", "1-2-3", "405号室", "131041", "chome-in-block"},
    {"building_no_space", "東京都新宿区新宿1-2-3サンプルハイツ405", F, "東京都", "新宿区", "新宿", "1-2-3", "サンプルハイツ405", "131041", "chome-in-block"},
    {"building_floor", "東京都中野区中野4-8-1 中野サンプルビル3F", F, "東京都", "中野区", "中野", "4-8-1", "中野サンプルビル3F", "131148", "chome-in-block"},
    {"building_room_space", "東京都練馬区豊玉北六丁目12番1号 ハイツ架空 201号室", F, "東京都", "練馬区", "豊玉北六丁目", "12番1号", "ハイツ架空 201号室", "131202", ""},
    {"building_kai", "福岡県福岡市博多区博多駅前二丁目1番1号 福岡サンプルビル5階", F, "福岡県", "福岡市博多区", "博多駅前二丁目", "1番1号", "福岡サンプルビル5階", "401323", ""},
    {"building_tower", "東京都千代田区丸の内一丁目9番1号　丸の内サンプルタワー１２階", F, "東京都", "千代田区", "丸の内一丁目", "9番1号", "丸の内サンプルタワー１２階", "131016", ""},
    {"building_kanji_start", "東京都港区芝公園四丁目2番8号三井サンプル荘", F, "東京都", "港区", "芝公園四丁目", "2番8号", "三井サンプル荘", "131032", ""},
    {"building_comma", "東京都港区芝公園四丁目2番8号、架空荘101", F, "東京都", "港区", "芝公園四丁目", "2番8号", "架空荘101", "131032", ""},
    {"building_after_banchi", "長野県下高井郡野沢温泉村大字豊郷9817番地　架空荘２号", F, "長野県", "下高井郡野沢温泉村", "大字豊郷", "9817番地", "架空荘２号", "205630", ""},
    // 番地・枝番 (地番)
    {"banchi_no", "埼玉県さいたま市浦和区高砂３丁目１２３番地の４", F, "埼玉県", "さいたま市浦和区", "高砂３丁目", "１２３番地の４", "", "111074", ""},
    {"banchi_no_building", "北海道札幌市中央区南二十条西十五丁目１２３４番地の５６　サンプルハイツ札幌中央第二１２３４号室", F, "北海道", "札幌市中央区", "南二十条西十五丁目", "１２３４番地の５６", "サンプルハイツ札幌中央第二１２３４号室", "011011", ""},
    {"banchi_then_number", "山梨県西八代郡市川三郷町市川大門1790番地3", F, "山梨県", "西八代郡市川三郷町", "市川大門", "1790番地3", "", "193461", ""},
    {"banchi_kanji", "長野県上高井郡小布施町大字小布施千二百三十四番地", F, "長野県", "上高井郡小布施町", "大字小布施", "千二百三十四番地", "", "205419", ""},
    {"banchi_saki", "静岡県静岡市清水区三保1234番地先", F, "静岡県", "静岡市清水区", "三保", "1234番地先", "", "221031", ""},
    {"mubanchi", "北海道上川郡東川町西町無番地", F, "北海道", "上川郡東川町", "西町", "無番地", "", "014583", ""},
    {"rural_hyphen2", "長野県北安曇郡白馬村大字北城1234-5", F, "長野県", "北安曇郡白馬村", "大字北城", "1234-5", "", "204854", ""},
    // 字・大字, 甲乙 belong to the 字
    {"oaza", "群馬県北群馬郡榛東村大字新井1234番地", F, "群馬県", "北群馬郡榛東村", "大字新井", "1234番地", "", "103446", ""},
    {"aza", "沖縄県中頭郡読谷村字喜名123番地", F, "沖縄県", "中頭郡読谷村", "字喜名", "123番地", "", "473243", ""},
    {"oaza_aza", "福島県耶麻郡猪苗代町大字千代田字千代田123", F, "福島県", "耶麻郡猪苗代町", "大字千代田字千代田", "123", "", "074080", ""},
    {"oaza_ko", "長野県上高井郡小布施町大字小布施甲1324番地", F, "長野県", "上高井郡小布施町", "大字小布施甲", "1324番地", "", "205419", ""},
    {"aza_kanji_numerals", "福島県西白河郡西郷村大字小田倉字三五十１２３番地", F, "福島県", "西白河郡西郷村", "大字小田倉字三五十", "１２３番地", "", "074616", ""},
    {"aza_hachigoju", "福島県西白河郡西郷村大字小田倉字八五十1番地の2", F, "福島県", "西白河郡西郷村", "大字小田倉字八五十", "1番地の2", "", "074616", ""},
    {"chiwari", "岩手県紫波郡矢巾町大字南矢幅第6地割123番地", F, "岩手県", "紫波郡矢巾町", "大字南矢幅第6地割", "123番地", "", "033227", ""},
    {"sen_go", "北海道旭川市東旭川町上兵村1線5号", F, "北海道", "旭川市", "東旭川町上兵村1線", "5号", "", "012041", ""},
    // 郡
    {"gun", "長野県下高井郡野沢温泉村大字豊郷9817番地", F, "長野県", "下高井郡野沢温泉村", "大字豊郷", "9817番地", "", "205630", ""},
    {"gun_omitted", "群馬県榛東村大字新井1234番地", F, "群馬県", "榛東村", "大字新井", "1234番地", "", "103446", ""},
    {"ichikawa_misato", "山梨県西八代郡市川三郷町市川大門1790", F, "山梨県", "西八代郡市川三郷町", "市川大門", "1790", "", "193461", ""},
    // 政令市の区, 東京23区, cities with numerals in their names
    {"sapporo", "北海道札幌市中央区北1条西2丁目1番地", F, "北海道", "札幌市中央区", "北1条西2丁目", "1番地", "", "011011", ""},
    {"yokohama", "神奈川県横浜市中区日本大通1", F, "神奈川県", "横浜市中区", "日本大通", "1", "", "141046", ""},
    {"sakai_cho", "大阪府堺市堺区熊野町東4丁4番20号", F, "大阪府", "堺市堺区", "熊野町東4丁", "4番20号", "", "271411", ""},
    {"setagaya", "東京都世田谷区太子堂四丁目1番1号", F, "東京都", "世田谷区", "太子堂四丁目", "1番1号", "", "131121", ""},
    {"tokyo_city", "東京都八王子市元本郷町三丁目24番1号", F, "東京都", "八王子市", "元本郷町三丁目", "24番1号", "", "132012", ""},
    {"tokyo_island", "東京都大島町元町1丁目1番14号", F, "東京都", "大島町", "元町1丁目", "1番14号", "", "133612", ""},
    {"ichikawa", "千葉県市川市八幡1丁目1番1号", F, "千葉県", "市川市", "八幡1丁目", "1番1号", "", "122033", ""},
    {"yokkaichi", "三重県四日市市諏訪町1番5号", F, "三重県", "四日市市", "諏訪町", "1番5号", "", "242021", ""},
    {"tokamachi", "新潟県十日町市千歳町3丁目3番地", F, "新潟県", "十日町市", "千歳町3丁目", "3番地", "", "152102", ""},
    // 外字-like characters stay exactly as written
    {"taka_kuchi", "群馬県髙崎市高松町35番地1", F, "群馬県", "髙崎市", "高松町", "35番地1", "", "102024", ""},
    {"saki_tatsu", "長崎県長﨑市桜町2番22号", F, "長崎県", "長﨑市", "桜町", "2番22号", "", "422011", ""},
    {"tsuchiyoshi_building", "東京都千代田区九段南一丁目２番３号　𠮷野ハイツ１０１号室", F, "東京都", "千代田区", "九段南一丁目", "２番３号", "𠮷野ハイツ１０１号室", "131016", ""},
    {"tsuchiyoshi_town", "東京都八王子市𠮷野町1丁目2番3号", F, "東京都", "八王子市", "𠮷野町1丁目", "2番3号", "", "132012", ""},
    {"ivs_municipality", "東京都葛\U000E0100飾区立石五丁目13番1号", F, "東京都", "葛\U000E0100飾区", "立石五丁目", "13番1号", "", "131229", ""},
    {"small_ke", "千葉県鎌ヶ谷市新鎌ヶ谷二丁目6番1号", F, "千葉県", "鎌ヶ谷市", "新鎌ヶ谷二丁目", "6番1号", "", "122246", ""},
    // 京都の通り名: 都道府県 and 市区町村 only, the rest whole
    {"kyoto_agaru", "京都府京都市中京区寺町通御池上る上本能寺前町488番地", M, "京都府", "京都市中京区", "", "", "", "261041", "street-name-address", "寺町通御池上る上本能寺前町488番地"},
    {"kyoto_higashiiru", "京都府京都市上京区今出川通烏丸東入玄武町", M, "京都府", "京都市上京区", "", "", "", "261025", "street-name-address", "今出川通烏丸東入玄武町"},
    {"kyoto_sagaru", "京都府京都市下京区烏丸通七条下る東塩小路町721-1", M, "京都府", "京都市下京区", "", "", "", "261068", "street-name-address", "烏丸通七条下る東塩小路町721-1"},
    {"kyoto_katakana", "京都府京都市中京区河原町通三条上ル下丸屋町390番地", M, "京都府", "京都市中京区", "", "", "", "261041", "street-name-address", "河原町通三条上ル下丸屋町390番地"},
    {"kyoto_nishiiru_building", "京都府京都市中京区烏丸通三条西入御倉町80番地　サンプルビル3階", M, "京都府", "京都市中京区", "", "", "", "261041", "street-name-address", "烏丸通三条西入御倉町80番地　サンプルビル3階"},
    {"kyoto_plain", "京都府京都市左京区北白川追分町", F, "京都府", "京都市左京区", "北白川追分町", "", "", "261033", "no-block-number"},
    // postal code before the address, prefecture missing
    {"postal_prefix", "〒100-0013 東京都千代田区霞が関二丁目1番6号", F, "東京都", "千代田区", "霞が関二丁目", "1番6号", "", "131016", "postal-code-prefix"},
    {"postal_prefix_bare", "1000013 東京都千代田区霞が関二丁目1番6号", F, "東京都", "千代田区", "霞が関二丁目", "1番6号", "", "131016", "postal-code-prefix"},
    {"prefecture_added", "札幌市中央区北1条西2丁目1番地", F, "北海道", "札幌市中央区", "北1条西2丁目", "1番地", "", "011011", "prefecture-added"},
    {"prefecture_added_ward", "世田谷区太子堂四丁目1番1号", F, "東京都", "世田谷区", "太子堂四丁目", "1番1号", "", "131121", "prefecture-added"},
    // not split: returned whole with a reason
    {"ambiguous_fuchu", "府中市宮西町2-24", N, "", "", "", "", "", "", "ambiguous-municipality", "府中市宮西町2-24"},
    {"unknown_place", "架空県架空市中央1-2-3", N, "", "", "", "", "", "", "unknown-municipality", "架空県架空市中央1-2-3"},
    {"unknown_municipality", "東京都架空市中央1-2-3", N, "", "", "", "", "", "", "unknown-municipality", "東京都架空市中央1-2-3"},
    {"prefecture_mismatch", "東京都札幌市中央区北1条西2丁目", N, "", "", "", "", "", "", "prefecture-mismatch", "東京都札幌市中央区北1条西2丁目"},
    {"latin", "1-2-3 Kasumigaseki, Chiyoda-ku", N, "", "", "", "", "", "", "unknown-municipality", "1-2-3 Kasumigaseki, Chiyoda-ku"},
    {"empty", "", N, "", "", "", "", "", "", "not-an-address", ""},
    {"only_spaces", "　 ", N, "", "", "", "", "", "", "not-an-address", "　 "},
    {"prefecture_only", "東京都", N, "", "", "", "", "", "", "unknown-municipality", "東京都"},
    {"old_ward", "静岡県浜松市中区元城町103-2", M, "静岡県", "浜松市", "", "", "", "", "ward-not-recognised", "中区元城町103-2"},
    {"designated_city_only", "神奈川県横浜市", M, "神奈川県", "横浜市", "", "", "", "", "ward-not-recognised", ""},
    {"municipality_only", "東京都千代田区", F, "東京都", "千代田区", "", "", "", "131016", "no-town"},
    {"no_number_building", "京都府京都市左京区北白川追分町 サンプル寮", F, "京都府", "京都市左京区", "北白川追分町", "", "サンプル寮", "261033", "no-block-number"},
};
// clang-format on

class AddressSplitTest : public ::testing::TestWithParam<AddressCase> {};

TEST_P(AddressSplitTest, SplitsIntoDs442Parts) {
    const AddressCase& c = GetParam();
    const AddressSplit s = splitAddress(c.input, gazetteer());
    EXPECT_EQ(s.source, c.input);
    EXPECT_EQ(s.level, c.level);
    EXPECT_EQ(s.parts.prefecture, c.prefecture);
    EXPECT_EQ(s.parts.municipality, c.municipality);
    EXPECT_EQ(s.parts.town, c.town);
    EXPECT_EQ(s.parts.block, c.block);
    EXPECT_EQ(s.parts.building, c.building);
    EXPECT_EQ(s.rest, c.rest);
    EXPECT_EQ(s.municipalityCode, c.code);
    std::vector<std::string> flags = s.flags;
    std::sort(flags.begin(), flags.end());
    EXPECT_EQ(flags, splitFlags(c.flags));
    // Confidence tells the UI whether to offer the split: clean splits high, anything flagged lower.
    const bool doubtful = std::any_of(flags.begin(), flags.end(), [](const std::string& f) {
        return f != address_flags::kPostalCodePrefix;
    });
    if (c.level != SplitLevel::Full) {
        EXPECT_LT(s.confidence, 0.5);
    } else if (!doubtful) {
        EXPECT_GE(s.confidence, 0.9);
    } else {
        EXPECT_LT(s.confidence, 0.9);
    }
}

// Never mangled: the parts are the card's own text, in order; only spaces (and the separator before a
// building) fall between them.
TEST_P(AddressSplitTest, PartsAreThePiecesOfTheInput) {
    const AddressCase& c = GetParam();
    const AddressSplit s = splitAddress(c.input, gazetteer());
    auto squeeze = [](std::string_view t) {
        std::u32string out;
        for (char32_t ch : utf8::decode(t))
            if (ch != U' ' && ch != 0x3000 && ch != U'、') out.push_back(ch);
        return utf8::encode(out);
    };
    std::string joined = s.hasFlag(address_flags::kPrefectureAdded) ? "" : s.parts.prefecture;
    joined += s.parts.municipality + s.parts.town + s.parts.block;
    std::string input = squeeze(c.input);
    if (!s.postalCode.empty())
        input = input.substr(input.find(squeeze(s.parts.prefecture + s.parts.municipality)));
    if (!s.parts.building.empty()) {
        const std::string b = squeeze(s.parts.building);
        ASSERT_GE(input.size(), b.size());
        EXPECT_EQ(input.substr(input.size() - b.size()), b);
        input.resize(input.size() - b.size());
        while (!input.empty() && (input.back() == '-' || input.back() == ','))
            input.pop_back();
    }
    switch (s.level) {
    case SplitLevel::Full:
        EXPECT_EQ(squeeze(joined), input);
        break;
    case SplitLevel::Municipality:
        EXPECT_EQ(squeeze(joined + s.rest), input);
        break;
    case SplitLevel::None:
        EXPECT_EQ(s.rest, s.source);
        break;
    }
}

INSTANTIATE_TEST_SUITE_P(Table, AddressSplitTest, ::testing::ValuesIn(kCases),
                         [](const auto& tp) { return std::string(tp.param.label); });

TEST(AddressSplit, CountyAndDesignatedCityAreReported) {
    const auto gun = splitAddress("群馬県榛東村大字新井1234番地", gazetteer());
    EXPECT_EQ(gun.county, "北群馬郡");
    EXPECT_TRUE(gun.designatedCity.empty());
    const auto ward = splitAddress("北海道札幌市中央区北1条西2丁目1番地", gazetteer());
    EXPECT_EQ(ward.designatedCity, "札幌市");
    EXPECT_TRUE(ward.county.empty());
    const auto tokyo = splitAddress("東京都世田谷区太子堂四丁目1番1号", gazetteer());
    EXPECT_TRUE(tokyo.designatedCity.empty());
    EXPECT_EQ(splitAddress("〒100-0013 東京都千代田区霞が関二丁目1番6号", gazetteer()).postalCode, "1000013");
}

TEST(AddressSplit, InvalidUtf8IsReturnedWholeNotCrashed) {
    const std::string bad = std::string("東京都千代田区") + "\xFF\xFE" + "1-2-3";
    const auto s = splitAddress(bad, gazetteer());
    EXPECT_EQ(s.level, SplitLevel::None);
    EXPECT_EQ(s.rest, bad);
    EXPECT_TRUE(s.hasFlag(address_flags::kNotText));
}

struct BlockCase {
    const char* label;
    const char* block;
    const char* hyphenated;
};
std::ostream& operator<<(std::ostream& os, const BlockCase& c) {
    return os << c.label;
}

// clang-format off
const BlockCase kBlocks[] = {
    {"ban_go", "２番３号", "2-3"},
    {"ban_go_ascii", "1番6号", "1-6"},
    {"banchi_no", "１２３番地の４", "123-4"},
    {"banchi_no_ascii", "123番地の4", "123-4"},
    {"banchi", "1234番地", "1234"},
    {"kanji_banchi", "千二百三十四番地", "1234"},
    {"kanji_ban_go", "二番八号", "2-8"},
    {"hyphens", "1-2-3", "1-2-3"},
    {"fullwidth_hyphens", "２－８－１", "2-8-1"},
    {"chouon", "２ー８ー１", "2-8-1"},
    {"banchi_then_number", "1790番地3", "1790-3"},
    {"chome_ban_go", "2丁目3番4号", "2-3-4"},
    {"ko_kept", "甲1324番地", "甲1324番地"},
    {"saki_kept", "1234番地先", "1234番地先"},
    {"mubanchi_kept", "無番地", "無番地"},
    {"two_numbers_no_connector", "12 34", "12 34"},
};
// clang-format on

class BlockHyphenTest : public ::testing::TestWithParam<BlockCase> {};
TEST_P(BlockHyphenTest, Ds442DataForm) {
    EXPECT_EQ(blockHyphenated(GetParam().block), GetParam().hyphenated);
}
INSTANTIATE_TEST_SUITE_P(Table, BlockHyphenTest, ::testing::ValuesIn(kBlocks),
                         [](const auto& tp) { return std::string(tp.param.label); });

} // namespace

namespace {

// fuzz_address found a signed overflow on a 19-digit "block number"; such text is kept as it is.
TEST(BlockHyphenated, KeepsRunsTooLongToBeABlockNumber) {
    const std::string block = "4010140101401014010番";
    EXPECT_EQ(kakanai::normalize::blockHyphenated(block), block);
    EXPECT_EQ(kakanai::normalize::blockHyphenated("1番2号"), "1-2");
}

} // namespace
