// The licence's text decoder: 2-byte JIS X 0208 with 外字/欠字 markers (FF Fx) to UTF-8, the 外字 check on
// the result, and the licence date parser (era digit + YYMMDD, full-width digits) on the same bytes.
// Seeds: the virtual licences' name, address and change texts as stored (card_emulator --dump-files).
#include "kakanai/base/utf8.h"
#include "kakanai/card/jis_x0208.h"
#include "kakanai/dates/wareki.h"

#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    const auto decoded = kakanai::card::jis::decodeLicenceText(bytes);
    // Whatever the card holds, the kiosk gets valid UTF-8 and an honest count of what it could not read.
    if (!kakanai::utf8::isValid(decoded.utf8)) std::abort();
    if (decoded.gaiji > decoded.unknownCharacters || decoded.unknownCharacters < 0) std::abort();
    if (decoded.unknownCharacters == 0 && size % 2 == 1) std::abort(); // a stray odd byte is unknown
    (void)kakanai::card::jis::onlyJisX0208OrAscii(decoded.utf8);
    (void)kakanai::card::jis::onlyJisX0208OrAscii(bytes);
    (void)kakanai::parseLicenceDate(bytes);
    (void)kakanai::parseLicenceDate(decoded.utf8);
    return 0;
}
