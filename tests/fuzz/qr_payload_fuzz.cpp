// The staff side of the hand-off: "KKN1-…" text as a scanner types it → decimal decoding → key lookup →
// Ed25519 check → inflate → payload body → schema → parts joined into forms with named fields. Each line
// of the input is one scanned code. A mutated code almost never keeps a valid signature, so every line is
// also re-signed with the test key: that second pass fuzzes everything behind the signature check.
// Seeds: codes signed with the test key (qr_payload_seeds.cpp), incl. split forms (one part per line).
#include "fuzz_signing_key.h"

#include "kakanai/forms/catalog.h"
#include "kakanai/handoff/decimal_text.h"
#include "kakanai/handoff/signed_code.h"
#include "kakanai/handoff/verification.h"

#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

namespace {

using namespace kakanai;
using namespace kakanai::handoff;

struct Fixture {
    SigningKey key = fuzz::loadTestKey();
    TemplateShelf shelf{shelfDirectories(defaultFormsDirectory())};
};

const Fixture& fixture() {
    static const Fixture f;
    return f;
}

// The bytes of a code with the test key's id and a fresh signature over whatever head and body it has.
std::string resigned(std::string_view line) {
    auto bytes = fromDecimalText(line);
    if (!bytes || bytes->size() < 5 + 64) return {};
    const auto& id = fixture().key.publicKey().id;
    std::copy(id.begin(), id.end(), bytes->begin());
    bytes->at(4) &= 1; // keep "deflated", drop "demo": an office key
    static constexpr std::string_view kDomain{"kakanai-handoff/1\0", 18};
    std::vector<std::uint8_t> message(kDomain.begin(), kDomain.end());
    message.insert(message.end(), bytes->begin(), bytes->end() - 64);
    const auto signature = fixture().key.sign(message);
    std::copy(signature.begin(), signature.end(), bytes->end() - 64);
    return toDecimalText(*bytes);
}

void check(const HandoffVerifier& verifier) {
    const VerifyReport report = verifier.report();
    bool allValid = true;
    for (const auto& c : report.codes) {
        allValid = allValid && c.check.status == CodeStatus::Valid;
        // Nothing from a code that did not verify may come out of it.
        if (c.check.status != CodeStatus::Valid && c.check.payload) std::abort();
        if (c.check.payload) { // what verified must survive its own round trip
            const auto again = decodeBody(encodeBody(*c.check.payload));
            if (!again || *again != *c.check.payload) std::abort();
        }
    }
    for (const auto& f : report.forms)
        if (f.status == FormStatus::Valid && !f.missingParts.empty()) std::abort();
    if (report.outcome() == Outcome::Valid && (!allValid || report.codes.empty())) std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    const std::vector<PublicKey> trusted{fixture().key.publicKey()};
    HandoffVerifier asTyped(trusted, fixture().shelf), signedAgain(trusted, fixture().shelf);
    std::size_t line = 0;
    for (std::size_t start = 0; start <= input.size() && line < 16; ++line) {
        const std::size_t end = std::min(input.find('\n', start), input.size());
        const std::string_view text = input.substr(start, end - start);
        const std::string source = "line " + std::to_string(line + 1);
        asTyped.addCode(source, text);
        if (const std::string again = resigned(text); !again.empty()) signedAgain.addCode(source, again);
        start = end + 1;
    }
    check(asTyped);
    check(signedAgain);
    return 0;
}
