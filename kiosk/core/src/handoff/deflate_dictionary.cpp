#include "deflate_dictionary.h"

#include "kakanai/base/utf8.h"

#include <string_view>

namespace kakanai::handoff {
namespace {

// Words that recur on Japanese forms, as UTF-16BE (how the payload stores Japanese text), so deflate can
// refer back to them from the first occurrence. Most frequent last (closest, cheapest to refer to).
// Part of the wire format: changing it needs a new code format (KKN2-).
constexpr std::string_view kWords =
    "札幌市仙台市さいたま市千葉市横浜市川崎市相模原市新潟市静岡市浜松市名古屋市京都市大阪市堺市神戸市岡山市"
    "広島市北九州市福岡市熊本市"
    "北海道青森県岩手県宮城県秋田県山形県福島県茨城県栃木県群馬県埼玉県千葉県神奈川県新潟県富山県石川県福井県"
    "山梨県長野県岐阜県静岡県愛知県三重県滋賀県京都府大阪府兵庫県奈良県和歌山県鳥取県島根県岡山県広島県山口県"
    "徳島県香川県愛媛県高知県福岡県佐賀県長崎県熊本県大分県宮崎県鹿児島県沖縄県東京都"
    "同居人縁故者祖父祖母長男長女次男次女三男三女世帯主本人"
    "マンションアパートレジデンスコーポタワービルハイツ荘号棟号室"
    "大字中央区北区南区東区西区郡町村市区"
    "明治大正昭和平成令和"
    "運転免許証（画像読取）在留カード（画像読取）マイナンバーカード（画像読取）職員による入力"
    "運転免許証（IC読取）マイナンバーカード（IC読取）"
    "市長区長町長村長"
    "十一二三四五六七八九十丁目番地の０１２３４５６７８９番号";

} // namespace

const std::vector<std::uint8_t>& deflateDictionary() {
    static const std::vector<std::uint8_t> dict = [] {
        std::vector<std::uint8_t> out;
        for (char32_t c : utf8::decode(kWords)) {
            out.push_back(static_cast<std::uint8_t>(c >> 8));
            out.push_back(static_cast<std::uint8_t>(c));
        }
        return out;
    }();
    return dict;
}

} // namespace kakanai::handoff
