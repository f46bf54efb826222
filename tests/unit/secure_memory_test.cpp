#include "kakanai/sys/hardening.h"
#include "kakanai/sys/secure_memory.h"

#include <gtest/gtest.h>

#include <unistd.h>

using namespace kakanai;

namespace {

Result<SecureBuffer> pinFrom(const std::string& input) {
    int fds[2];
    EXPECT_EQ(pipe(fds), 0);
    EXPECT_EQ(write(fds[1], input.data(), input.size()), static_cast<ssize_t>(input.size()));
    close(fds[1]);
    auto r = readPin(fds[0], 4, 4);
    close(fds[0]);
    return r;
}

TEST(SecureMemory, ReadsAFourDigitPinFromAPipe) {
    auto pin = pinFrom("1234\n");
    ASSERT_TRUE(pin.ok());
    EXPECT_EQ(pin->view(), "1234");
    auto noNewline = pinFrom("0000");
    ASSERT_TRUE(noNewline.ok());
    EXPECT_EQ(noNewline->view(), "0000");
}

TEST(SecureMemory, RejectsMalformedPins) {
    EXPECT_FALSE(pinFrom("123\n").ok());
    EXPECT_FALSE(pinFrom("12345\n").ok());
    EXPECT_FALSE(pinFrom("12a4\n").ok());
    EXPECT_FALSE(pinFrom("").ok());
    EXPECT_EQ(pinFrom("12a4\n").error().message.find("12"), std::string::npos)
        << "the PIN must not be echoed";
}

TEST(SecureMemory, BufferIsWipedOnClear) {
    SecureBuffer b(8);
    ASSERT_TRUE(b.push('9'));
    const char* data = b.data();
    b.clear();
    EXPECT_EQ(b.size(), 0u);
    EXPECT_EQ(data[0], '\0');
}

TEST(Hardening, CoreDumpsCanBeTurnedOff) {
    ASSERT_TRUE(disableCoreDumps().ok());
    EXPECT_TRUE(coreDumpsDisabled());
}

} // namespace
