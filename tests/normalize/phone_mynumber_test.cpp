// Phone numbers and the 個人番号 check digit (validation only; numbers here are arithmetic examples).
#include "kakanai/normalize/my_number.h"
#include "kakanai/normalize/phone.h"

#include <gtest/gtest.h>

using namespace kakanai::normalize;

namespace {

struct PhoneCase {
    const char* label;
    const char* input;
    const char* formatted; // "" = invalid
    PhoneKind kind = PhoneKind::Landline;
    bool groupingKnown = true;
};
std::ostream& operator<<(std::ostream& os, const PhoneCase& c) {
    return os << c.label;
}

// clang-format off
const PhoneCase kPhones[] = {
    {"mobile_digits", "09012345678", "090-1234-5678", PhoneKind::Mobile},
    {"mobile_hyphens", "090-1234-5678", "090-1234-5678", PhoneKind::Mobile},
    {"mobile_fullwidth", "０８０－１２３４－５６７８", "080-1234-5678", PhoneKind::Mobile},
    {"mobile_070_spaces", "070 1234 5678", "070-1234-5678", PhoneKind::Mobile},
    {"mobile_international", "+81 90-1234-5678", "090-1234-5678", PhoneKind::Mobile},
    {"ip_phone", "05012345678", "050-1234-5678", PhoneKind::IpPhone},
    {"toll_free_0120", "0120123456", "0120-123-456", PhoneKind::TollFree},
    {"toll_free_0800", "08001234567", "0800-123-4567", PhoneKind::TollFree},
    {"navidial", "0570-123-456", "0570-123-456", PhoneKind::Navidial},
    {"tokyo_digits", "0312345678", "03-1234-5678"},
    {"osaka_digits", "0612345678", "06-1234-5678"},
    {"landline_grouped", "045-123-4567", "045-123-4567"},
    {"landline_five_digit_area", "01267-2-3456", "01267-2-3456"},
    {"landline_parentheses", "0123(45)6789", "0123-45-6789"},
    {"landline_ungrouped", "0451234567", "0451234567", PhoneKind::Landline, false},
    {"international_landline", "+81-3-1234-5678", "03-1234-5678"},
    {"too_short", "03-1234-567", ""},
    {"too_long_mobile", "090-1234-56789", ""},
    {"letters", "03-ABCD-5678", ""},
    {"no_leading_zero", "312345678", ""},
    {"emergency", "110", ""},
    {"foreign", "+1 212 555 0100", ""},
    {"mobile_with_ten_digits", "0901234567", ""},
    {"empty", "", ""},
};
// clang-format on

class PhoneTest : public ::testing::TestWithParam<PhoneCase> {};
TEST_P(PhoneTest, FormatsInThreeGroups) {
    const PhoneCase& c = GetParam();
    const PhoneNumber p = normalizePhone(c.input);
    if (!*c.formatted) {
        EXPECT_FALSE(p.valid) << p.formatted;
        EXPECT_FALSE(p.problem.empty());
        return;
    }
    ASSERT_TRUE(p.valid) << p.problem;
    EXPECT_EQ(p.formatted, c.formatted);
    EXPECT_EQ(p.kind, c.kind);
    EXPECT_EQ(p.groupingKnown, c.groupingKnown);
}
INSTANTIATE_TEST_SUITE_P(Table, PhoneTest, ::testing::ValuesIn(kPhones),
                         [](const auto& tp) { return std::string(tp.param.label); });

TEST(MyNumber, CheckDigitWorkedExample) {
    // 12345678901: P1..P11 (from the right) = 1,0,9,8,7,6,5,4,3,2,1; Q = 2,3,4,5,6,7,2,3,4,5,6;
    // Σ = 212; 212 mod 11 = 3; check digit 11 − 3 = 8.
    EXPECT_EQ(myNumberCheckDigit("12345678901"), 8);
    EXPECT_TRUE(isValidMyNumber("123456789018"));
    EXPECT_FALSE(isValidMyNumber("123456789017"));
}

TEST(MyNumber, RemaindersZeroAndOneGiveZero) {
    EXPECT_EQ(myNumberCheckDigit("00000000000"), 0); // Σ = 0
    EXPECT_EQ(myNumberCheckDigit("00000000006"), 0); // Σ = 12, remainder 1
    EXPECT_EQ(myNumberCheckDigit("00000000005"), 1); // Σ = 10, remainder 10 → 11 − 10
    EXPECT_TRUE(isValidMyNumber("000000000060"));
    EXPECT_TRUE(isValidMyNumber("000000000051"));
}

TEST(MyNumber, EveryWrongLastDigitIsCaught) {
    int valid = 0;
    for (char d = '0'; d <= '9'; ++d)
        valid += isValidMyNumber(std::string("98765432109") + d);
    EXPECT_EQ(valid, 1);
}

TEST(MyNumber, RejectsWrongShapes) {
    EXPECT_FALSE(myNumberCheckDigit("1234567890"));
    EXPECT_FALSE(myNumberCheckDigit("1234567890a"));
    EXPECT_FALSE(isValidMyNumber("12345678901"));
    EXPECT_FALSE(isValidMyNumber("1234-5678-9018"));
    EXPECT_FALSE(isValidMyNumber(""));
}

} // namespace
