#include "kakanai/normalize/phone.h"

#include "kakanai/base/utf8.h"
#include "kakanai/text/numerals.h"

#include <vector>

namespace kakanai::normalize {
namespace {

bool isGroupSeparator(char32_t c) {
    return c == U'-' || c == 0xFF0D || c == 0x2010 || c == 0x2011 || c == 0x2212 || c == 0x30FC ||
           c == U' ' || c == 0x3000 || c == U'(' || c == U')' || c == 0xFF08 || c == 0xFF09;
}

std::string grouped(const std::string& d, std::initializer_list<std::size_t> sizes) {
    std::string out;
    std::size_t pos = 0;
    for (std::size_t n : sizes) {
        if (!out.empty()) out += '-';
        out += d.substr(pos, n);
        pos += n;
    }
    return out;
}

bool startsWith(const std::string& s, std::string_view p) {
    return s.compare(0, p.size(), p) == 0;
}

} // namespace

std::string_view phoneKindId(PhoneKind k) {
    switch (k) {
    case PhoneKind::Mobile:
        return "mobile";
    case PhoneKind::IpPhone:
        return "ip";
    case PhoneKind::TollFree:
        return "toll-free";
    case PhoneKind::Navidial:
        return "navidial";
    case PhoneKind::Landline:
        return "landline";
    }
    return "landline";
}

PhoneNumber normalizePhone(std::string_view typed) {
    PhoneNumber r;
    const std::u32string u = utf8::decode(typed);
    std::vector<std::string> groups(1);
    bool international = false;
    for (std::size_t i = 0; i < u.size(); ++i) {
        const char32_t c = u[i];
        if (const int d = text::arabicDigit(c); d >= 0) {
            groups.back() += static_cast<char>('0' + d);
        } else if (c == U'+' || c == 0xFF0B) {
            if (!r.digits.empty() || !groups.back().empty() || international)
                return r.problem = "a + may only start the number", r;
            international = true;
        } else if (isGroupSeparator(c)) {
            if (!groups.back().empty()) groups.emplace_back();
        } else {
            return r.problem = "only digits, hyphens, spaces, parentheses and +81 are allowed", r;
        }
    }
    if (groups.back().empty()) groups.pop_back();
    if (international) {
        if (groups.empty() || !startsWith(groups.front(), "81"))
            return r.problem = "only Japanese numbers (+81) are accepted", r;
        groups.front().erase(0, 2);
        if (groups.front().empty()) groups.erase(groups.begin());
        if (groups.empty()) return r.problem = "the number is missing", r;
        if (groups.front()[0] != '0') groups.front().insert(0, "0");
    }
    for (const auto& g : groups)
        r.digits += g;
    const std::string& d = r.digits;
    if (d.size() < 10 || d[0] != '0' || d[1] == '0')
        return r.problem = "a Japanese number has 10 or 11 digits and starts with 0", r;

    r.groupingKnown = true;
    // 0800 before 080: toll-free 0800 numbers are 11 digits like mobiles.
    if (startsWith(d, "0800") && d.size() == 11) {
        r.kind = PhoneKind::TollFree, r.formatted = grouped(d, {4, 3, 4});
    } else if ((startsWith(d, "070") || startsWith(d, "080") || startsWith(d, "090")) && d.size() == 11) {
        r.kind = PhoneKind::Mobile, r.formatted = grouped(d, {3, 4, 4});
    } else if (startsWith(d, "050") && d.size() == 11) {
        r.kind = PhoneKind::IpPhone, r.formatted = grouped(d, {3, 4, 4});
    } else if (startsWith(d, "0120") && d.size() == 10) {
        r.kind = PhoneKind::TollFree, r.formatted = grouped(d, {4, 3, 3});
    } else if (startsWith(d, "0570") && d.size() == 10) {
        r.kind = PhoneKind::Navidial, r.formatted = grouped(d, {4, 3, 3});
    } else if (d.size() == 10 && !startsWith(d, "070") && !startsWith(d, "080") && !startsWith(d, "090") &&
               !startsWith(d, "050") && !startsWith(d, "020") && !startsWith(d, "0120") &&
               !startsWith(d, "0800") && !startsWith(d, "0570")) {
        r.kind = PhoneKind::Landline;
        // 市外局番 (2–5 digits incl. 0) + 市内局番 + 4-digit 加入者番号: trust the resident's own grouping.
        if (groups.size() == 3 && groups[0].size() >= 2 && groups[0].size() <= 5 && groups[2].size() == 4)
            r.formatted = groups[0] + "-" + groups[1] + "-" + groups[2];
        else if (startsWith(d, "03") || startsWith(d, "06"))
            r.formatted = grouped(d, {2, 4, 4});
        else
            r.formatted = d, r.groupingKnown = false;
    } else {
        return r.problem = "wrong number of digits for this kind of number", r;
    }
    r.valid = true;
    return r;
}

} // namespace kakanai::normalize
