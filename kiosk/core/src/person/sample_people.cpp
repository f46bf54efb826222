#include "kakanai/person/sample_people.h"

namespace kakanai {
namespace {

constexpr std::string_view kDemo = R"({
  "schema": "kakanai-person/1",
  "source": "mynumber-card",
  "name": {"value": "架空　花子", "source": "mynumber-card", "confidence": 1},
  "name_kana": {"value": "カクウ　ハナコ", "source": "resident", "confidence": 1},
  "birth_date": {"value": "1989-01-08", "source": "mynumber-card", "confidence": 1},
  "sex": {"value": "female", "source": "mynumber-card", "confidence": 1},
  "address": {"value": "東京都千代田区九段南一丁目２番３号　架空ハイツ４０５号室", "source": "mynumber-card", "confidence": 1},
  "address_parts": {"value": {"prefecture": "東京都", "municipality": "千代田区", "town": "九段南一丁目",
                              "block": "２番３号", "building": "架空ハイツ４０５号室"}, "source": "derived", "confidence": 0.9},
  "postal_code": {"value": "1020074", "source": "resident", "confidence": 1},
  "phone": {"value": "090-0000-1234", "source": "resident", "confidence": 1},
  "head_of_household": true,
  "flags": ["moving", "kokuho"],
  "needs_check": [],
  "household": [
    {"name": "架空　一郎", "name_kana": "カクウ　イチロウ", "birth_date": "1987-11-03", "sex": "male",
     "relationship": "夫", "relationship_to_head": "夫", "flags": ["moving", "kokuho"]},
    {"name": "架空　桜", "name_kana": "カクウ　サクラ", "birth_date": "2019-05-01", "sex": "female",
     "relationship": "子", "relationship_to_head": "子", "flags": ["moving", "kokuho"]},
    {"name": "架空　陽向", "name_kana": "カクウ　ヒナタ", "birth_date": "2022-02-22", "sex": "male",
     "relationship": "子", "relationship_to_head": "子", "flags": ["moving", "kokuho"]}
  ]
})";

constexpr std::string_view kLongAddress = R"({
  "schema": "kakanai-person/1", "source": "driver-license-card",
  "name": "勅使河原　健太郎", "name_kana": {"value": "テシガワラ　ケンタロウ", "source": "resident"},
  "birth_date": "1926-12-25", "sex": "male",
  "address": "北海道札幌市中央区南二十条西十五丁目１２３４番地の５６　サンプルハイツ札幌中央第二１２３４号室",
  "postal_code": "064-0920", "phone": "011-000-0000", "head_of_household": true, "flags": ["moving", "kokuho"],
  "household": [{"name": "勅使河原　和子", "birth_date": "1930-03-03", "sex": "female", "relationship": "妻",
                 "relationship_to_head": "妻", "flags": ["moving", "kokuho"]}]
})";

constexpr std::string_view kNonBmp = R"({
  "schema": "kakanai-person/1", "source": "mynumber-card",
  "name": {"value": "𠮷野　太郎", "source": "mynumber-card", "confidence": 1},
  "name_kana": {"value": "ヨシノ　タロウ", "source": "resident"},
  "birth_date": "2019-04-30", "sex": "male", "flags": ["moving", "kokuho"],
  "address": "京都府京都市中京区烏丸通御池上る二条殿町５５２番地",
  "needs_check": ["name"]
})";

constexpr std::string_view kVariant = R"({
  "schema": "kakanai-person/1", "source": "ocr:driver-license",
  "name": {"value": "髙﨑　美咲", "source": "ocr:driver-license", "confidence": 0.82},
  "name_kana": {"value": "タカサキ　ミサキ", "source": "resident"},
  "birth_date": "1989-01-07", "sex": "female",
  "address": {"value": "大阪府大阪市北区梅田三丁目１番１号", "source": "ocr:driver-license", "confidence": 0.9},
  "needs_check": ["name"]
})";

constexpr std::string_view kForeign = R"({
  "schema": "kakanai-person/1", "source": "ocr:residence-card",
  "name": {"value": "GARCIA LOPEZ MARIA FERNANDA", "source": "ocr:residence-card", "confidence": 0.9},
  "name_kana": {"value": "ガルシア　ロペス　マリア　フェルナンダ", "source": "resident"},
  "birth_date": "1995-07-14", "sex": "female", "nationality": "スペイン",
  "address": "愛知県名古屋市中区栄三丁目１８番１号　サンプルタワー２１０２"
})";

} // namespace

const std::vector<SamplePerson>& samplePeople() {
    static const std::vector<SamplePerson> people{{"standard", kDemo},
                                                  {"long-address", kLongAddress},
                                                  {"non-bmp", kNonBmp},
                                                  {"variant-kanji", kVariant},
                                                  {"foreign", kForeign}};
    return people;
}

std::string_view demoPersonJson() {
    return kDemo;
}

} // namespace kakanai
