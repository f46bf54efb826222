#include "kakanai/text/jis_x0208.h"

#include "kakanai/base/utf8.h"

#include <algorithm>
#include <iconv.h>

namespace kakanai::text {
namespace {

class ShiftJis {
public:
    ShiftJis() : m_cd(iconv_open("SHIFT_JIS", "UTF-8")) {}
    ~ShiftJis() {
        if (m_cd != reinterpret_cast<iconv_t>(-1)) iconv_close(m_cd);
    }
    ShiftJis(const ShiftJis&) = delete;
    ShiftJis& operator=(const ShiftJis&) = delete;

    bool available() const { return m_cd != reinterpret_cast<iconv_t>(-1); }
    bool encodes(const std::string& utf8Char) {
        iconv(m_cd, nullptr, nullptr, nullptr, nullptr); // reset shift state
        char out[16];
        char* in = const_cast<char*>(utf8Char.data());
        std::size_t inLeft = utf8Char.size();
        char* o = out;
        std::size_t outLeft = sizeof out;
        return iconv(m_cd, &in, &inLeft, &o, &outLeft) != static_cast<std::size_t>(-1) && inLeft == 0;
    }

private:
    iconv_t m_cd;
};

} // namespace

std::vector<std::string> outsideJisX0208(std::string_view text) {
    const std::u32string u = utf8::decode(text);
    std::vector<std::string> out;
    ShiftJis sjis;
    for (std::size_t i = 0; i < u.size(); ++i) {
        const char32_t c = u[i];
        if (c < 0x80 || utf8::isVariationSelector(c)) continue;
        std::u32string unit(1, c);
        while (i + 1 < u.size() && utf8::isVariationSelector(u[i + 1]))
            unit.push_back(u[++i]);
        const std::string s = utf8::encode(unit);
        // Without the converter (a stripped-down libc) every non-ASCII character is reported: safe side.
        const bool outside = unit.size() > 1 || c == 0xFFFD || !sjis.available() || !sjis.encodes(s);
        if (outside && std::find(out.begin(), out.end(), s) == out.end()) out.push_back(s);
    }
    return out;
}

} // namespace kakanai::text
