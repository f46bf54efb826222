#pragma once
// Kana → kanji candidates for the kiosk's on-screen keyboard (Debian's Qt virtual keyboard has no
// Japanese), and kanji → readings for furigana suggestions. Reads SKK dictionaries (Debian `skkdic`,
// `skkdic-extra`: SKK-JISYO.jinmei for names, .geo for places, .M/.L for words; EUC-JP or UTF-8).
// Only the okuri-nasi part (words without inflection) is used: names and addresses.

#include "kakanai/base/result.h"

#include <string>
#include <string_view>
#include <vector>

namespace kakanai {

class KanjiDictionary {
public:
    // Loads the given files (missing ones are skipped); fails only when none could be read.
    static Result<KanjiDictionary> load(const std::vector<std::string>& files);
    // From SKK text already in memory (tests).
    static KanjiDictionary fromText(std::string_view skkUtf8);

    // Words whose reading is exactly `hiragana`, most likely first, without duplicates.
    std::vector<std::string> candidates(std::string_view hiragana, std::size_t max = 40) const;
    // Candidates for a longer input: exact matches first, then one composed candidate from the longest
    // known readings left to right ("かくうはなこ" → "架空花子"). Spaces separate parts kept as typed.
    std::vector<std::string> convert(std::string_view hiragana, std::size_t max = 40) const;
    // Readings (hiragana) of a word, e.g. "花子" → {"はなこ"}.
    std::vector<std::string> readingsOf(std::string_view word) const;
    // A katakana reading for a whole name or phrase split on spaces (U+3000 or ASCII), or "" when a
    // part has no known reading. A suggestion for the resident to confirm, never a registered reading.
    std::string suggestReading(std::string_view text) const;

    std::size_t size() const { return m_entries.size(); }

private:
    struct Entry {
        std::string reading;
        std::vector<std::string> words;
    };
    void addText(std::string_view utf8);
    void finish();
    std::vector<Entry> m_entries; // sorted by reading after finish()
};

// The dictionaries Debian installs, names and places first.
std::vector<std::string> defaultKanjiDictionaryFiles();

} // namespace kakanai
