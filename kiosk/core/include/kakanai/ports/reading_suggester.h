#pragma once
// Port: reading (フリガナ) suggestions for a name written in kanji, offered as help on the kana keyboard.
// Implemented by drivers/reading (MeCab + IPAdic, CMake option KAKANAI_WITH_READING) and by the table-driven
// TableReadingSuggester below (tests, demo). Extend this interface (add members); never rename what exists.
//
// A suggestion is never printed: the registered reading is what the resident confirms (docs/normalize.md).

#include "kakanai/base/result.h"

#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace kakanai {

enum class NamePart { Family, Given, Whole };

struct ReadingSuggestion {
    std::string katakana; // full-width katakana, no spaces
    std::string origin;   // "mecab-ipadic", "table": for the UI's "suggested by" line
};

// Errors: reading.unavailable (no dictionary), reading.failed
class ReadingSuggester {
public:
    virtual ~ReadingSuggester() = default;
    // Up to `limit` readings of `written` (a family or given name as on the card), most likely first. Empty
    // when nothing is known (外字, rare names): the resident types the reading.
    virtual Result<std::vector<ReadingSuggestion>> suggest(std::string_view written, NamePart part,
                                                           std::size_t limit) = 0;
};

// Fixed readings per written name, for unit tests and the demo.
class TableReadingSuggester : public ReadingSuggester {
public:
    explicit TableReadingSuggester(std::multimap<std::string, std::string, std::less<>> readings)
        : m_readings(std::move(readings)) {}
    Result<std::vector<ReadingSuggestion>> suggest(std::string_view written, NamePart,
                                                   std::size_t limit) override {
        std::vector<ReadingSuggestion> out;
        auto [b, e] = m_readings.equal_range(written);
        for (auto it = b; it != e && out.size() < limit; ++it)
            out.push_back({it->second, "table"});
        return out;
    }

private:
    std::multimap<std::string, std::string, std::less<>> m_readings;
};

} // namespace kakanai
