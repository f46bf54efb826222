#pragma once
// ReadingSuggester on MeCab with the IPA dictionary (Debian mecab-ipadic-utf8), which has readings for
// common family and given names (人名). N-best paths give alternative readings (翔: ショウ, カケル).

#include "kakanai/ports/reading_suggester.h"

#include <memory>
#include <string>

namespace kakanai::reading {

class MecabReadingSuggester : public ReadingSuggester {
public:
    // `dictionaryDir` empty: the Debian IPAdic UTF-8 dictionary (/var/lib/mecab/dic/ipadic-utf8).
    static Result<std::unique_ptr<MecabReadingSuggester>> open(const std::string& dictionaryDir = {});
    ~MecabReadingSuggester() override;
    MecabReadingSuggester(const MecabReadingSuggester&) = delete;
    MecabReadingSuggester& operator=(const MecabReadingSuggester&) = delete;

    Result<std::vector<ReadingSuggestion>> suggest(std::string_view written, NamePart part,
                                                   std::size_t limit) override;

private:
    struct Impl;
    explicit MecabReadingSuggester(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

} // namespace kakanai::reading
