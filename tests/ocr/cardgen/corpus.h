#pragma once
// A deterministic corpus of synthetic card images (seeded): every card kind × difficulty, with the
// truth for scoring. Used by the accuracy test, the benchmark test and the kakanai-cardgen tool.

#include "degrade.h"
#include "fictional_people.h"

#include <cstdint>
#include <string>
#include <vector>

namespace kakanai::cardgen {

struct SampleSpec {
    std::string id; // "mynumber-card-photo-03"
    IdDocumentKind kind = IdDocumentKind::MyNumberCard;
    bool back = false;
    Difficulty difficulty = Difficulty::Scan;
    std::uint32_t seed = 0;
};

struct Sample {
    SampleSpec spec;
    FictionalPerson person;
    Shot shot;
};

// perCell samples for each of the 3 front kinds × 3 difficulties (9 × perCell images).
std::vector<SampleSpec> corpusSpecs(int perCell, std::uint32_t seed);
// Backs: My Number card backs (must be refused) and the address-change backs of all three kinds.
std::vector<SampleSpec> backSpecs(int perKind, std::uint32_t seed, Difficulty difficulty);

Sample makeSample(const SampleSpec& spec, const TextPainter& painter);

// One JSON object (one line) with the truth: file, kind, side, difficulty, name, birth_date, sex, address,
// new_address, nationality.
std::string truthJson(const Sample& sample, const std::string& file);

} // namespace kakanai::cardgen
