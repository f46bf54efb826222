#pragma once
// Fictional residents for the demo and the benchmarks. None of them is a real person: names, addresses
// and dates are invented (addresses use real place names with made-up block numbers and buildings).

#include <string_view>
#include <vector>

namespace kakanai {

struct SamplePerson {
    std::string_view key;  // "standard", "long-address", "non-bmp" …
    std::string_view json; // kakanai-person/1
};

const std::vector<SamplePerson>& samplePeople();
// The demo resident (a household with a spouse and two children).
std::string_view demoPersonJson();

} // namespace kakanai
