// Address splitter over the real list of local governments, and the date parsers (card text, OCR text).
#include "kakanai/dates/wareki.h"
#include "kakanai/normalize/address.h"
#include "kakanai/normalize/data_files.h"
#include "kakanai/normalize/gazetteer.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

namespace {

const kakanai::normalize::Gazetteer& gazetteer() {
    static const kakanai::normalize::Gazetteer g = [] {
        auto r = kakanai::normalize::Gazetteer::load(kakanai::normalize::defaultDataDirectory());
        if (!r) {
            std::fprintf(stderr, "address_fuzz: %s\n", r.error().describe().c_str());
            std::abort();
        }
        return std::move(*r);
    }();
    return g;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const auto split = kakanai::normalize::splitAddress(text, gazetteer());
    // The card's text is provenance: the split must carry it unchanged, whatever it made of it.
    if (split.source != text) std::abort();
    (void)kakanai::normalize::blockHyphenated(split.parts.block);
    (void)kakanai::parseJapaneseDate(text);
    (void)kakanai::parseLicenceDate(text);
    return 0;
}
