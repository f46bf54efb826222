#include "fictional_people.h"

#include "kakanai/dates/wareki.h"

#include <array>
#include <string_view>
#include <vector>

namespace kakanai::cardgen {
namespace {

constexpr std::string_view kFamily[] = {
    "佐藤",   "鈴木", "高橋", "田中", "伊藤", "渡辺", "山本", "中村",   "小林", "加藤", "吉田", "山田",
    "佐々木", "山口", "松本", "井上", "木村", "林",   "斎藤", "清水",   "山崎", "森",   "池田", "橋本",
    "阿部",   "石川", "前田", "藤田", "小川", "岡田", "後藤", "長谷川", "村上", "近藤", "石井", "坂本",
    "遠藤",   "青木", "藤井", "西村", "福田", "太田", "三浦", "藤原",   "岡本", "松田", "中川", "中野",
    "原田",   "小野", "竹内", "金子", "和田", "中山", "石田", "上田",   "森田", "柴田", "酒井", "工藤",
    "横山",   "宮本", "内田", "高木", "安藤", "谷口", "大野", "丸山",   "今井", "河野", "藤本", "村田",
    "武田",   "上野", "杉山", "増田", "平野", "大塚", "千葉", "久保",   "松井", "小島", "岩崎", "桜井",
    "野口",   "松尾", "野村", "木下", "菊地", "佐野", "大西"};
// Variant and rare forms: 髙 﨑 are not in Tesseract's jpn model at all; 邊 齋 澤 濱 嶋 are rare.
constexpr std::string_view kHardFamily[] = {"髙橋", "山﨑", "渡邊", "齋藤", "宮﨑", "髙木", "岩﨑", "田邊",
                                            "澤田", "濱田", "嶋田", "髙野", "島﨑", "齋木", "長嶋", "黒澤"};
constexpr std::string_view kGiven[] = {
    "健一", "陽子", "誠",     "美穂", "大輔", "直樹", "恵子", "翔太", "由紀", "隆",     "真由美", "浩二",
    "彩",   "拓也", "京子",   "和夫", "千尋", "優子", "学",   "美咲", "亮",   "さくら", "悠斗",   "結衣",
    "正人", "智子", "蓮",     "春香", "勇気", "奈々", "陸",   "葵",   "大和", "美和",   "蒼",     "陽菜",
    "樹",   "凛",   "悠真",   "結菜", "花子", "一郎", "太郎", "健太", "明美", "修",     "裕子",   "浩",
    "幸子", "進",   "久美子", "博",   "洋子", "茂",   "和子", "清",   "節子", "勝",     "恵美",   "聡",
    "香織", "剛",   "愛",     "翼",   "舞",   "大樹", "七海"};
constexpr std::string_view kLatinFamily[] = {"NGUYEN",  "TRAN",  "PHAM",   "SILVA",    "SANTOS", "KIM",
                                             "PARK",    "WANG",  "LI",     "ZHANG",    "GARCIA", "SMITH",
                                             "PEREIRA", "REYES", "GURUNG", "SHRESTHA", "WIJAYA", "LOPEZ"};
constexpr std::string_view kLatinGiven[] = {
    "VAN AN",      "THI MAI", "MINH TUAN", "MARIA", "JOAO PEDRO", "MINJUN", "SEOYEON", "XIAOMING", "LEI",
    "JUAN CARLOS", "JOHN",    "ANA LUCIA", "JOSE",  "ANIL",       "SITA",   "BUDI",    "DEWI",     "CARLOS"};
constexpr std::string_view kNationality[] = {"ベトナム", "中国",         "韓国", "フィリピン", "ブラジル",
                                             "ネパール", "インドネシア", "米国", "ペルー"};

struct Town {
    std::string_view prefectureCity;
    std::string_view town;
};
constexpr Town kTowns[] = {{"東京都千代田区", "九段南"},
                           {"東京都世田谷区", "三軒茶屋"},
                           {"東京都練馬区", "豊玉北"},
                           {"神奈川県横浜市港北区", "日吉本町"},
                           {"神奈川県川崎市中原区", "小杉町"},
                           {"大阪府大阪市北区", "梅田"},
                           {"大阪府堺市堺区", "南瓦町"},
                           {"北海道札幌市中央区", "北一条西"},
                           {"福岡県北九州市小倉北区", "魚町"},
                           {"愛知県名古屋市中村区", "名駅"},
                           {"京都府京都市左京区", "下鴨東本町"},
                           {"宮城県仙台市青葉区", "一番町"},
                           {"兵庫県神戸市中央区", "三宮町"},
                           {"鹿児島県鹿児島市", "山下町"},
                           {"埼玉県さいたま市浦和区", "高砂"},
                           {"静岡県浜松市中央区", "元城町"},
                           {"長崎県長崎市", "出島町"},
                           {"宮崎県宮崎市", "橘通東"},
                           {"高知県高知市", "帯屋町"},
                           {"広島県広島市中区", "紙屋町"},
                           {"岡山県岡山市北区", "表町"},
                           {"千葉県千葉市中央区", "富士見"},
                           {"新潟県新潟市中央区", "古町通"},
                           {"沖縄県那覇市", "久茂地"},
                           {"青森県弘前市", "土手町"},
                           {"石川県金沢市", "香林坊"},
                           {"熊本県熊本市中央区", "手取本町"},
                           {"栃木県宇都宮市", "馬場通り"},
                           {"群馬県前橋市", "千代田町"},
                           {"長野県松本市", "中央"},
                           {"岐阜県岐阜市", "金町"},
                           {"三重県津市", "大門"},
                           {"奈良県奈良市", "三条本町"},
                           {"和歌山県和歌山市", "本町"},
                           {"島根県松江市", "殿町"},
                           {"愛媛県松山市", "大街道"},
                           {"架空県架空市", "中央"}};
constexpr std::string_view kBuildings[] = {
    "架空ハイツ",       "カクウマンション", "サンライズ架空", "グランドメゾン架空台", "架空荘",
    "メゾン・ド・架空", "コーポ架空",       "架空レジデンス", "パークハウス架空",     "架空第二ビル"};
constexpr std::string_view kKanjiNumber[] = {"一", "二", "三", "四", "五", "六", "七", "八", "九"};

std::string fullWidthNumber(int n) {
    std::string s;
    for (char c : std::to_string(n)) {
        char32_t cp = 0xFF10 + char32_t(c - '0');
        s += char(0xE0 | (cp >> 12));
        s += char(0x80 | ((cp >> 6) & 63));
        s += char(0x80 | (cp & 63));
    }
    return s;
}

template <class T, std::size_t N> const T& pick(std::mt19937& rng, const T (&list)[N]) {
    return list[std::uniform_int_distribution<std::size_t>(0, N - 1)(rng)];
}

std::string randomAddress(std::mt19937& rng, bool withBuilding) {
    const Town& t = pick(rng, kTowns);
    std::string a = std::string(t.prefectureCity) + std::string(t.town);
    std::uniform_int_distribution<int> style(0, 3);
    switch (style(rng)) {
    case 0:
        a += std::string(pick(rng, kKanjiNumber)) + "丁目" +
             fullWidthNumber(std::uniform_int_distribution(1, 30)(rng)) + "番" +
             fullWidthNumber(std::uniform_int_distribution(1, 25)(rng)) + "号";
        break;
    case 1:
        a += fullWidthNumber(std::uniform_int_distribution(1, 999)(rng)) + "番地";
        if (rng() % 2) a += "の" + fullWidthNumber(std::uniform_int_distribution(1, 20)(rng));
        break;
    case 2:
        a += std::string(pick(rng, kKanjiNumber)) + "丁目" +
             fullWidthNumber(std::uniform_int_distribution(1, 30)(rng)) + "－" +
             fullWidthNumber(std::uniform_int_distribution(1, 25)(rng));
        break;
    default:
        a += fullWidthNumber(std::uniform_int_distribution(1, 9)(rng)) + "－" +
             fullWidthNumber(std::uniform_int_distribution(1, 30)(rng)) + "－" +
             fullWidthNumber(std::uniform_int_distribution(1, 25)(rng));
        break;
    }
    if (withBuilding) {
        a += "\u3000" + std::string(pick(rng, kBuildings)) +
             fullWidthNumber(std::uniform_int_distribution(1, 12)(rng) * 100 +
                             std::uniform_int_distribution(1, 9)(rng));
        if (rng() % 2) a += "号室";
    }
    return a;
}

} // namespace

std::string warekiCardDate(const Date& d) {
    const auto w = toWareki(d);
    if (!w) return gregorianCardDate(d);
    auto pad = [](int v) { return v < 10 ? " " + std::to_string(v) : std::to_string(v); };
    return std::string(eraInfo(w->era).name) + (w->year == 1 ? std::string("元") : std::to_string(w->year)) +
           "年" + pad(w->month) + "月" + pad(w->day) + "日";
}

std::string gregorianCardDate(const Date& d) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d年%02d月%02d日", d.year, d.month, d.day);
    return buf;
}

FictionalPerson randomPerson(std::mt19937& rng, IdDocumentKind kind) {
    FictionalPerson p;
    p.sex = rng() % 2 ? "male" : "female";
    if (kind == IdDocumentKind::ResidenceCard) {
        p.name = std::string(pick(rng, kLatinFamily)) + " " + std::string(pick(rng, kLatinGiven));
        p.nationality = std::string(pick(rng, kNationality));
    } else {
        p.hardKanji = std::uniform_int_distribution(0, 99)(rng) < 30;
        const std::string family(p.hardKanji ? pick(rng, kHardFamily) : pick(rng, kFamily));
        p.name = family + "\u3000" + std::string(pick(rng, kGiven));
    }
    // Birth dates from 1935 to 2006, with 平成元年 (1989) and the 昭和/平成 boundary over-represented.
    const int mode = std::uniform_int_distribution(0, 9)(rng);
    if (mode == 0) {
        p.birth = Date::fromDaysSinceEpoch(Date{1989, 1, 8}.daysSinceEpoch() +
                                           std::uniform_int_distribution(0, 357)(rng));
    } else {
        const long from = Date{1935, 1, 1}.daysSinceEpoch(), to = Date{2006, 12, 31}.daysSinceEpoch();
        p.birth = Date::fromDaysSinceEpoch(std::uniform_int_distribution<long>(from, to)(rng));
    }
    p.address = randomAddress(rng, std::uniform_int_distribution(0, 99)(rng) < 60);
    p.newAddress = randomAddress(rng, std::uniform_int_distribution(0, 99)(rng) < 50);
    return p;
}

} // namespace kakanai::cardgen
