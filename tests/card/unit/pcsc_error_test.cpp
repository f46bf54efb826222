#include "kakanai/pcsc/pcsc_error.h"

#include <PCSC/pcsclite.h>
#include <gtest/gtest.h>

using namespace kakanai::pcsc;

TEST(PcscError, EveryCodeIsTyped) {
    for (long rv = static_cast<long>(SCARD_F_INTERNAL_ERROR);
         rv <= static_cast<long>(SCARD_E_SERVER_TOO_BUSY); ++rv) {
        const auto e = pcscError(rv, "testing");
        EXPECT_EQ(e.code.rfind("card.", 0), 0u) << std::hex << rv;
        EXPECT_FALSE(e.details.at("pcsc").empty());
    }
    for (long rv = static_cast<long>(SCARD_W_UNSUPPORTED_CARD);
         rv <= static_cast<long>(SCARD_W_CARD_NOT_AUTHENTICATED); ++rv)
        EXPECT_EQ(pcscError(rv, "testing").code.rfind("card.", 0), 0u);
}

TEST(PcscError, MapsTheEventsTheKioskShows) {
    EXPECT_EQ(pcscError(SCARD_W_REMOVED_CARD, "x").code, "card.removed");
    EXPECT_EQ(pcscError(SCARD_E_NO_SMARTCARD, "x").code, "card.no-card");
    EXPECT_EQ(pcscError(SCARD_E_NO_READERS_AVAILABLE, "x").code, "card.no-reader");
    EXPECT_EQ(pcscError(SCARD_E_READER_UNAVAILABLE, "x").code, "card.no-reader");
    EXPECT_EQ(pcscError(SCARD_E_TIMEOUT, "x").code, "card.timeout");
    EXPECT_EQ(pcscError(SCARD_W_UNRESPONSIVE_CARD, "x").code, "card.unsupported");
    const auto down = pcscError(SCARD_E_NO_SERVICE, "connecting");
    EXPECT_EQ(down.code, "card.reader-error");
    EXPECT_EQ(down.details.at("pcsc"), "SCARD_E_NO_SERVICE");
    EXPECT_NE(down.message.find("pcscd"), std::string::npos);
    EXPECT_NE(down.message.find("connecting"), std::string::npos);
    EXPECT_EQ(pcscName(0x12345678), "0x12345678");
}
