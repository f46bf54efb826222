#include "kakanai/text/kana_width.h"

#include "kakanai/base/utf8.h"

#include <array>
#include <string_view>

namespace kakanai::text {
namespace {

// Half-width katakana U+FF61–FF9F → full-width, in code point order.
constexpr std::array<char32_t, 63> kHalfKana{
    U'。', U'「', U'」', U'、', U'・', U'ヲ', U'ァ', U'ィ', U'ゥ', U'ェ', U'ォ', U'ャ', U'ュ',
    U'ョ', U'ッ', U'ー', U'ア', U'イ', U'ウ', U'エ', U'オ', U'カ', U'キ', U'ク', U'ケ', U'コ',
    U'サ', U'シ', U'ス', U'セ', U'ソ', U'タ', U'チ', U'ツ', U'テ', U'ト', U'ナ', U'ニ', U'ヌ',
    U'ネ', U'ノ', U'ハ', U'ヒ', U'フ', U'ヘ', U'ホ', U'マ', U'ミ', U'ム', U'メ', U'モ', U'ヤ',
    U'ユ', U'ヨ', U'ラ', U'リ', U'ル', U'レ', U'ロ', U'ワ', U'ン', U'゛', U'゜'};

bool takesDakuten(char32_t c) {
    return std::u32string_view(U"カキクケコサシスセソタチツテトハヒフヘホウ").find(c) !=
           std::u32string_view::npos;
}
bool takesHandakuten(char32_t c) {
    return std::u32string_view(U"ハヒフヘホ").find(c) != std::u32string_view::npos;
}

} // namespace

std::string toKatakana(std::string_view s) {
    std::u32string u = utf8::decode(s);
    for (char32_t& c : u)
        if ((c >= 0x3041 && c <= 0x3096) || c == 0x309D || c == 0x309E) c += 0x60;
    return utf8::encode(u);
}

std::string toHiragana(std::string_view s) {
    std::u32string u = utf8::decode(s);
    for (char32_t& c : u)
        if ((c >= 0x30A1 && c <= 0x30F6) || c == 0x30FD || c == 0x30FE) c -= 0x60;
    return utf8::encode(u);
}

std::string toFullWidth(std::string_view s) {
    const std::u32string in = utf8::decode(s);
    std::u32string out;
    out.reserve(in.size());
    for (char32_t c : in) {
        if (c == U' ') {
            out.push_back(0x3000);
        } else if (c >= 0x21 && c <= 0x7E) {
            out.push_back(c + 0xFEE0);
        } else if (c >= 0xFF61 && c <= 0xFF9F) {
            const char32_t full = kHalfKana[c - 0xFF61];
            // A following half-width (han)dakuten merges into the previous kana: ｶﾞ → ガ, ﾊﾟ → パ.
            if ((full == U'゛' || full == U'゜') && !out.empty()) {
                char32_t& prev = out.back();
                if (full == U'゛' && takesDakuten(prev)) {
                    prev = prev == U'ウ' ? U'ヴ' : prev + 1;
                    continue;
                }
                if (full == U'゜' && takesHandakuten(prev)) {
                    prev += 2;
                    continue;
                }
            }
            out.push_back(full);
        } else {
            out.push_back(c);
        }
    }
    return utf8::encode(out);
}

std::string toHalfWidth(std::string_view s) {
    std::u32string u = utf8::decode(s);
    for (char32_t& c : u) {
        if (c == 0x3000)
            c = U' ';
        else if (c >= 0xFF01 && c <= 0xFF5E)
            c -= 0xFEE0;
    }
    return utf8::encode(u);
}

std::string digitsOnly(std::string_view s) {
    std::string out;
    for (char32_t c : utf8::decode(s)) {
        if (c >= U'0' && c <= U'9')
            out.push_back(static_cast<char>(c));
        else if (c >= 0xFF10 && c <= 0xFF19)
            out.push_back(static_cast<char>('0' + (c - 0xFF10)));
    }
    return out;
}

} // namespace kakanai::text
