#include "kakanai/pcsc/pcsc_error.h"

#include "kakanai/card/card_errors.h"

#include <PCSC/pcsclite.h>

#include <cstdio>

namespace kakanai::pcsc {
namespace {

namespace codes = card::codes;

struct Mapping {
    long rv;
    const char* name;
    const char* code;
    const char* message;
};

constexpr const char* kServiceDown =
    "the smart card service (pcscd) is not running; it starts with the reader (systemctl start pcscd.socket)";
constexpr const char* kReaderGone = "the card reader was unplugged or is not available; check its cable";
constexpr const char* kCardGone = "the card was taken out of the reader; insert it again";
constexpr const char* kNoAnswer =
    "the card does not answer the reader: check it is inserted the right way round, or it is not a card the "
    "kiosk reads";
constexpr const char* kInternal = "the smart card service failed; restart pcscd and try again";

constexpr Mapping kMappings[] = {
    {static_cast<long>(SCARD_F_INTERNAL_ERROR), "SCARD_F_INTERNAL_ERROR", codes::kReaderError, kInternal},
    {static_cast<long>(SCARD_E_CANCELLED), "SCARD_E_CANCELLED", codes::kReaderError,
     "the card operation was cancelled"},
    {static_cast<long>(SCARD_E_INVALID_HANDLE), "SCARD_E_INVALID_HANDLE", codes::kReaderError,
     "the connection to the card was lost (pcscd restarted?); try again"},
    {static_cast<long>(SCARD_E_INVALID_PARAMETER), "SCARD_E_INVALID_PARAMETER", codes::kReaderError,
     kInternal},
    {static_cast<long>(SCARD_E_INVALID_TARGET), "SCARD_E_INVALID_TARGET", codes::kReaderError, kInternal},
    {static_cast<long>(SCARD_E_NO_MEMORY), "SCARD_E_NO_MEMORY", codes::kReaderError, kInternal},
    {static_cast<long>(SCARD_F_WAITED_TOO_LONG), "SCARD_F_WAITED_TOO_LONG", codes::kTimeout,
     "the reader did not answer in time"},
    {static_cast<long>(SCARD_E_INSUFFICIENT_BUFFER), "SCARD_E_INSUFFICIENT_BUFFER", codes::kMalformed,
     "the card answered with more data than a short APDU allows"},
    {static_cast<long>(SCARD_E_UNKNOWN_READER), "SCARD_E_UNKNOWN_READER", codes::kNoReader, kReaderGone},
    {static_cast<long>(SCARD_E_TIMEOUT), "SCARD_E_TIMEOUT", codes::kTimeout,
     "the reader did not answer in time"},
    {static_cast<long>(SCARD_E_SHARING_VIOLATION), "SCARD_E_SHARING_VIOLATION", codes::kReaderError,
     "another program is using the card; close it (and never install OpenSC on a kiosk)"},
    {static_cast<long>(SCARD_E_NO_SMARTCARD), "SCARD_E_NO_SMARTCARD", codes::kNoCard,
     "no card is in the reader"},
    {static_cast<long>(SCARD_E_UNKNOWN_CARD), "SCARD_E_UNKNOWN_CARD", codes::kUnsupported, kNoAnswer},
    {static_cast<long>(SCARD_E_CANT_DISPOSE), "SCARD_E_CANT_DISPOSE", codes::kReaderError,
     "the card could not be reset"},
    {static_cast<long>(SCARD_E_PROTO_MISMATCH), "SCARD_E_PROTO_MISMATCH", codes::kUnsupported, kNoAnswer},
    {static_cast<long>(SCARD_E_NOT_READY), "SCARD_E_NOT_READY", codes::kReaderError,
     "the reader is not ready"},
    {static_cast<long>(SCARD_E_INVALID_VALUE), "SCARD_E_INVALID_VALUE", codes::kReaderError, kInternal},
    {static_cast<long>(SCARD_E_SYSTEM_CANCELLED), "SCARD_E_SYSTEM_CANCELLED", codes::kReaderError,
     "the system cancelled the card operation (shutting down?)"},
    {static_cast<long>(SCARD_F_COMM_ERROR), "SCARD_F_COMM_ERROR", codes::kReaderError,
     "lost contact with the smart card service; try again"},
    {static_cast<long>(SCARD_F_UNKNOWN_ERROR), "SCARD_F_UNKNOWN_ERROR", codes::kReaderError, kInternal},
    {static_cast<long>(SCARD_E_INVALID_ATR), "SCARD_E_INVALID_ATR", codes::kUnsupported, kNoAnswer},
    {static_cast<long>(SCARD_E_NOT_TRANSACTED), "SCARD_E_NOT_TRANSACTED", codes::kReaderError, kInternal},
    {static_cast<long>(SCARD_E_READER_UNAVAILABLE), "SCARD_E_READER_UNAVAILABLE", codes::kNoReader,
     kReaderGone},
    {static_cast<long>(SCARD_E_PCI_TOO_SMALL), "SCARD_E_PCI_TOO_SMALL", codes::kReaderError, kInternal},
    {static_cast<long>(SCARD_E_READER_UNSUPPORTED), "SCARD_E_READER_UNSUPPORTED", codes::kReaderError,
     "the reader's driver is not supported: use a CCID reader (see docs/card.md)"},
    {static_cast<long>(SCARD_E_DUPLICATE_READER), "SCARD_E_DUPLICATE_READER", codes::kReaderError,
     "two readers have the same name; unplug one"},
    {static_cast<long>(SCARD_E_CARD_UNSUPPORTED), "SCARD_E_CARD_UNSUPPORTED", codes::kUnsupported, kNoAnswer},
    {static_cast<long>(SCARD_E_NO_SERVICE), "SCARD_E_NO_SERVICE", codes::kReaderError, kServiceDown},
    {static_cast<long>(SCARD_E_SERVICE_STOPPED), "SCARD_E_SERVICE_STOPPED", codes::kReaderError,
     kServiceDown},
    {static_cast<long>(SCARD_E_UNEXPECTED), "SCARD_E_UNEXPECTED", codes::kReaderError, kInternal},
    {static_cast<long>(SCARD_E_ICC_INSTALLATION), "SCARD_E_ICC_INSTALLATION", codes::kReaderError, kInternal},
    {static_cast<long>(SCARD_E_ICC_CREATEORDER), "SCARD_E_ICC_CREATEORDER", codes::kReaderError, kInternal},
    {static_cast<long>(SCARD_E_DIR_NOT_FOUND), "SCARD_E_DIR_NOT_FOUND", codes::kMalformed, kInternal},
    {static_cast<long>(SCARD_E_FILE_NOT_FOUND), "SCARD_E_FILE_NOT_FOUND", codes::kMalformed, kInternal},
    {static_cast<long>(SCARD_E_NO_DIR), "SCARD_E_NO_DIR", codes::kMalformed, kInternal},
    {static_cast<long>(SCARD_E_NO_FILE), "SCARD_E_NO_FILE", codes::kMalformed, kInternal},
    {static_cast<long>(SCARD_E_NO_ACCESS), "SCARD_E_NO_ACCESS", codes::kReaderError,
     "access to the smart card service was denied (polkit?)"},
    {static_cast<long>(SCARD_E_WRITE_TOO_MANY), "SCARD_E_WRITE_TOO_MANY", codes::kReaderError, kInternal},
    {static_cast<long>(SCARD_E_BAD_SEEK), "SCARD_E_BAD_SEEK", codes::kReaderError, kInternal},
    {static_cast<long>(SCARD_E_INVALID_CHV), "SCARD_E_INVALID_CHV", codes::kReaderError, kInternal},
    {static_cast<long>(SCARD_E_UNKNOWN_RES_MNG), "SCARD_E_UNKNOWN_RES_MNG", codes::kReaderError, kInternal},
    {static_cast<long>(SCARD_E_NO_SUCH_CERTIFICATE), "SCARD_E_NO_SUCH_CERTIFICATE", codes::kReaderError,
     kInternal},
    {static_cast<long>(SCARD_E_CERTIFICATE_UNAVAILABLE), "SCARD_E_CERTIFICATE_UNAVAILABLE",
     codes::kReaderError, kInternal},
    {static_cast<long>(SCARD_E_NO_READERS_AVAILABLE), "SCARD_E_NO_READERS_AVAILABLE", codes::kNoReader,
     "no card reader is connected"},
    {static_cast<long>(SCARD_E_COMM_DATA_LOST), "SCARD_E_COMM_DATA_LOST", codes::kRemoved,
     "communication with the card was lost; insert it again"},
    {static_cast<long>(SCARD_E_NO_KEY_CONTAINER), "SCARD_E_NO_KEY_CONTAINER", codes::kReaderError, kInternal},
    {static_cast<long>(SCARD_E_SERVER_TOO_BUSY), "SCARD_E_SERVER_TOO_BUSY", codes::kReaderError,
     "the smart card service is too busy; try again"},
    {static_cast<long>(SCARD_W_UNSUPPORTED_CARD), "SCARD_W_UNSUPPORTED_CARD", codes::kUnsupported, kNoAnswer},
    {static_cast<long>(SCARD_W_UNRESPONSIVE_CARD), "SCARD_W_UNRESPONSIVE_CARD", codes::kUnsupported,
     kNoAnswer},
    {static_cast<long>(SCARD_W_UNPOWERED_CARD), "SCARD_W_UNPOWERED_CARD", codes::kUnsupported, kNoAnswer},
    {static_cast<long>(SCARD_W_RESET_CARD), "SCARD_W_RESET_CARD", codes::kReaderError,
     "another program reset the card; try again"},
    {static_cast<long>(SCARD_W_REMOVED_CARD), "SCARD_W_REMOVED_CARD", codes::kRemoved, kCardGone},
    {static_cast<long>(SCARD_W_SECURITY_VIOLATION), "SCARD_W_SECURITY_VIOLATION", codes::kReaderError,
     kInternal},
    {static_cast<long>(SCARD_W_WRONG_CHV), "SCARD_W_WRONG_CHV", codes::kReaderError, kInternal},
    {static_cast<long>(SCARD_W_CHV_BLOCKED), "SCARD_W_CHV_BLOCKED", codes::kReaderError, kInternal},
    {static_cast<long>(SCARD_W_EOF), "SCARD_W_EOF", codes::kReaderError, kInternal},
    {static_cast<long>(SCARD_W_CANCELLED_BY_USER), "SCARD_W_CANCELLED_BY_USER", codes::kReaderError,
     "the card operation was cancelled"},
    {static_cast<long>(SCARD_W_CARD_NOT_AUTHENTICATED), "SCARD_W_CARD_NOT_AUTHENTICATED", codes::kReaderError,
     kInternal},
};

const Mapping* lookup(long rv) {
    for (const auto& m : kMappings)
        if (m.rv == rv) return &m;
    return nullptr;
}

} // namespace

std::string pcscName(long rv) {
    if (rv == static_cast<long>(SCARD_S_SUCCESS)) return "SCARD_S_SUCCESS";
    if (const Mapping* m = lookup(rv)) return m->name;
    char buf[16];
    std::snprintf(buf, sizeof buf, "0x%08lX", static_cast<unsigned long>(rv) & 0xFFFFFFFFul);
    return buf;
}

Error pcscError(long rv, std::string_view during) {
    const Mapping* m = lookup(rv);
    Error e = m ? makeError(m->code, std::string(during) + ": " + m->message)
                : makeError(codes::kReaderError, std::string(during) + ": unexpected smart card error");
    e.details["pcsc"] = pcscName(rv);
    return e;
}

} // namespace kakanai::pcsc
