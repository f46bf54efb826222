#include "corpus.h"

#include "kakanai/ocr/card_kind.h"

#include <nlohmann/json.hpp>

#include <cstdio>

namespace kakanai::cardgen {

std::vector<SampleSpec> corpusSpecs(int perCell, std::uint32_t seed) {
    std::vector<SampleSpec> out;
    std::mt19937 rng(seed);
    for (IdDocumentKind kind :
         {IdDocumentKind::DriverLicense, IdDocumentKind::MyNumberCard, IdDocumentKind::ResidenceCard})
        for (Difficulty d : {Difficulty::Scan, Difficulty::Photo, Difficulty::Hard})
            for (int i = 0; i < perCell; ++i) {
                char id[96];
                std::snprintf(id, sizeof id, "%s-%s-%02d", std::string(ocr::kindId(kind)).c_str(),
                              difficultyId(d).c_str(), i);
                out.push_back({id, kind, false, d, std::uint32_t(rng())});
            }
    return out;
}

std::vector<SampleSpec> backSpecs(int perKind, std::uint32_t seed, Difficulty difficulty) {
    std::vector<SampleSpec> out;
    std::mt19937 rng(seed);
    for (IdDocumentKind kind :
         {IdDocumentKind::DriverLicense, IdDocumentKind::MyNumberCard, IdDocumentKind::ResidenceCard})
        for (int i = 0; i < perKind; ++i) {
            char id[96];
            std::snprintf(id, sizeof id, "%s-back-%s-%02d", std::string(ocr::kindId(kind)).c_str(),
                          difficultyId(difficulty).c_str(), i);
            out.push_back({id, kind, true, difficulty, std::uint32_t(rng())});
        }
    return out;
}

Sample makeSample(const SampleSpec& spec, const TextPainter& painter) {
    std::mt19937 rng(spec.seed);
    Sample s;
    s.spec = spec;
    s.person = randomPerson(rng, spec.kind);
    CardSpec card{spec.kind, spec.back, int(rng() % 2), std::uint32_t(rng()), s.person};
    const RenderedCard rendered = renderCard(card, painter);
    s.shot = photograph(rendered, spec.difficulty, rng);
    return s;
}

std::string truthJson(const Sample& s, const std::string& file) {
    nlohmann::json j{{"file", file},
                     {"id", s.spec.id},
                     {"kind", std::string(ocr::kindId(s.spec.kind))},
                     {"side", s.spec.back ? "back" : "front"},
                     {"difficulty", difficultyId(s.spec.difficulty)},
                     {"upside_down", s.shot.upsideDown},
                     {"name", s.person.name},
                     {"hard_kanji", s.person.hardKanji},
                     {"birth_date", s.person.birth.iso()},
                     {"sex", s.spec.kind == IdDocumentKind::DriverLicense ? "" : s.person.sex},
                     {"address", s.person.address},
                     {"new_address", s.person.newAddress},
                     {"nationality", s.person.nationality}};
    return j.dump();
}

} // namespace kakanai::cardgen
