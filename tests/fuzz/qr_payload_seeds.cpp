// Writes the seeds of fuzz_qr_payload: hand-off codes for fictional people signed with the fuzz test key,
// one file per scanned set (a split form holds one part per line). Deterministic (Ed25519 and deflate
// are), so `qr_payload_seeds DIR` reproduces tests/fuzz/seeds/qr_payload exactly; ctest checks that.
#include "fuzz_signing_key.h"

#include "kakanai/forms/catalog.h"
#include "kakanai/forms/template_loader.h"
#include "kakanai/handoff/signed_code.h"
#include "kakanai/handoff/slots.h"
#include "kakanai/handoff/verification.h"

#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

using namespace kakanai;
using namespace kakanai::handoff;

namespace {

Payload payloadFor(const FormTemplate& form, const std::string& name, const std::string& address) {
    const auto slots = templateSlots(form);
    Payload p;
    p.formId = form.id;
    p.formVersion = form.version;
    p.templateFingerprint = slotsFingerprint(slots);
    p.kioskId = "fuzz-kiosk";
    p.printedAt = 1795400000;
    p.sessionId = {1, 2, 3, 4, 5, 6, 7, 8};
    p.idSource = IdSource::MyNumberCard;
    p.correctedByResident = 0x81;
    for (std::uint32_t i = 0; i < slots.size(); ++i) {
        PayloadField f;
        f.slot = i;
        if (!slots[i].repeat.empty()) f.row = 0;
        switch (slots[i].type) {
        case Slot::Type::Date:
            f.kind = FieldKind::Date;
            f.date = *Date::parseIso("1989-01-08");
            break;
        case Slot::Type::Choice:
            f.kind = FieldKind::Choice;
            f.choices = 1;
            break;
        default:
            f.text = i % 2 ? name : address;
            if (i % 7 == 3) f.kind = FieldKind::Handwriting, f.text.clear();
        }
        p.fields.push_back(f);
    }
    return p;
}

std::string sign(const Payload& p, const SigningKey& key) {
    auto code = signPayload(p, key);
    if (!code) {
        std::fprintf(stderr, "qr_payload_seeds: %s\n", code.error().describe().c_str());
        std::exit(1);
    }
    return code->text;
}

} // namespace

int main(int argc, char** argv) {
    if (argc != 2) return std::fprintf(stderr, "usage: qr_payload_seeds DIR\n"), 2;
    const std::string dir = argv[1];
    const SigningKey key = fuzz::loadTestKey();
    const TemplateShelf shelf(shelfDirectories(defaultFormsDirectory()));
    // Seeds that do not verify would fuzz only the rejection paths: check each set as staff would.
    auto expect = [&](const std::vector<std::string>& lines, Outcome outcome, const std::string& name) {
        HandoffVerifier verifier({key.publicKey()}, shelf);
        for (const auto& l : lines)
            verifier.addCode(name, l);
        if (verifier.report().outcome() != outcome) {
            std::fprintf(stderr, "qr_payload_seeds: %s: %s, expected %s\n", name.c_str(),
                         std::string(toString(verifier.report().outcome())).c_str(),
                         std::string(toString(outcome)).c_str());
            std::exit(1);
        }
    };
    auto write = [&](const std::string& name, const std::vector<std::string>& lines) {
        const bool partial = name.find("part2-only") != std::string::npos;
        if (name != "unsigned.txt") expect(lines, partial ? Outcome::Incomplete : Outcome::Valid, name);
        std::ofstream out(dir + "/" + name, std::ios::binary);
        for (std::size_t i = 0; i < lines.size(); ++i)
            out << (i ? "\n" : "") << lines[i];
    };
    for (const char* id : {"juminhyo", "jumin-ido"}) {
        auto load = loadTemplate(defaultFormsDirectory() + "/" + id + ".json");
        if (!load.form) return std::fprintf(stderr, "qr_payload_seeds: cannot load %s\n", id), 1;
        const FormTemplate& form = *load.form;
        Payload p = payloadFor(form, "試験　花子", "架空県架空市試験町三丁目４番５号");
        write(std::string(id) + "-one.txt", {sign(p, key)});
        // Split over two codes (a large household): each part signed on its own.
        Payload first = p, second = p;
        first.parts = second.parts = 2;
        second.part = 1;
        first.fields.resize(p.fields.size() / 2);
        second.fields.erase(second.fields.begin(),
                            second.fields.begin() + static_cast<long>(p.fields.size() / 2));
        write(std::string(id) + "-split.txt", {sign(first, key), sign(second, key)});
        write(std::string(id) + "-part2-only.txt", {sign(second, key)});
        // Short: stays uncompressed; 𠮷 makes the text UTF-16-or-4-byte path run.
        Payload small = p;
        small.fields.resize(2);
        small.fields[0].kind = small.fields[1].kind = FieldKind::Text;
        small.fields[0].text = "𠮷野", small.fields[1].text = "TESTER ALEX";
        write(std::string(id) + "-small.txt", {sign(small, key)});
    }
    write("unsigned.txt", {"KAKANAI-UNSIGNED:juminhyo:2025.1:1"});
    return 0;
}
