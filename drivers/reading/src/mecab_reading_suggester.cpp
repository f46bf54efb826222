#include "kakanai/reading/mecab_reading_suggester.h"

#include "kakanai/text/kana_width.h"

#include <mecab.h>

#include <algorithm>
#include <filesystem>

namespace kakanai::reading {
namespace {

constexpr const char* kDefaultDictionary = "/var/lib/mecab/dic/ipadic-utf8";
// Paths looked at per name: enough to surface the usual alternative readings, cheap for 2–4 characters.
constexpr int kPaths = 12;

std::vector<std::string> csv(const char* feature) {
    std::vector<std::string> out(1);
    for (const char* p = feature; p && *p; ++p) {
        if (*p == ',')
            out.emplace_back();
        else
            out.back() += *p;
    }
    return out;
}

bool isKatakanaOnly(const std::string& s) {
    // ASCII or half-width would mean the dictionary had no reading (unknown words carry "*").
    return !s.empty() && s != "*" && text::toKatakana(s) == s &&
           s.find_first_of("0123456789*") == std::string::npos;
}

} // namespace

struct MecabReadingSuggester::Impl {
    mecab_model_t* model = nullptr;
    mecab_t* tagger = nullptr;
    ~Impl() {
        if (tagger) mecab_destroy(tagger);
        if (model) mecab_model_destroy(model);
    }
};

MecabReadingSuggester::MecabReadingSuggester(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
MecabReadingSuggester::~MecabReadingSuggester() = default;

Result<std::unique_ptr<MecabReadingSuggester>> MecabReadingSuggester::open(const std::string& dictionaryDir) {
    const std::string dir = dictionaryDir.empty() ? kDefaultDictionary : dictionaryDir;
    if (!std::filesystem::exists(dir + "/sys.dic"))
        return makeError("reading.unavailable",
                         "no MeCab dictionary (install mecab-ipadic-utf8); reading suggestions are off", dir);
    // -r /dev/null: no mecabrc needed; the dictionary is named explicitly.
    const std::string args = "-r /dev/null -d " + dir;
    auto impl = std::make_unique<Impl>();
    impl->model = mecab_model_new2(args.c_str());
    if (!impl->model) return makeError("reading.unavailable", "MeCab could not load its dictionary", dir);
    impl->tagger = mecab_model_new_tagger(impl->model);
    if (!impl->tagger) return makeError("reading.unavailable", "MeCab could not start", dir);
    return std::unique_ptr<MecabReadingSuggester>(new MecabReadingSuggester(std::move(impl)));
}

Result<std::vector<ReadingSuggestion>> MecabReadingSuggester::suggest(std::string_view written, NamePart part,
                                                                      std::size_t limit) {
    std::vector<ReadingSuggestion> out;
    if (written.empty() || limit == 0) return out;
    const std::string sentence(written);
    mecab_lattice_t* lattice = mecab_model_new_lattice(m_impl->model);
    if (!lattice) return makeError("reading.failed", "MeCab could not allocate a lattice");
    mecab_lattice_set_sentence(lattice, sentence.c_str());
    mecab_lattice_set_request_type(lattice, MECAB_NBEST);
    if (!mecab_parse_lattice(m_impl->tagger, lattice)) {
        mecab_lattice_destroy(lattice);
        return makeError("reading.failed", "MeCab could not analyse the name");
    }
    // Readings from paths whose every word has one; 人名 paths of the wanted part first.
    std::vector<std::pair<int, std::string>> ranked;
    for (int path = 0; path < kPaths; ++path) {
        std::string reading;
        bool complete = true;
        int nameWords = 0, words = 0;
        for (const mecab_node_t* n = mecab_lattice_get_bos_node(lattice); n; n = n->next) {
            if (n->stat == MECAB_BOS_NODE || n->stat == MECAB_EOS_NODE) continue;
            const auto f = csv(n->feature);
            ++words;
            if (f.size() < 8 || !isKatakanaOnly(f[7])) {
                complete = false;
                break;
            }
            reading += f[7];
            if (f.size() > 3 && f[2] == "人名") {
                const bool wanted = part == NamePart::Whole || (part == NamePart::Family && f[3] == "姓") ||
                                    (part == NamePart::Given && f[3] == "名");
                nameWords += wanted ? 2 : 1;
            }
        }
        if (complete && !reading.empty()) {
            // Fewer words and more 人名 words rank higher; the path order (cost) breaks ties.
            const int score = nameWords > 0 ? nameWords * 10 - words * 3 : -words;
            if (std::none_of(ranked.begin(), ranked.end(),
                             [&](const auto& r) { return r.second == reading; }))
                ranked.emplace_back(score, reading);
        }
        if (!mecab_lattice_next(lattice)) break;
    }
    mecab_lattice_destroy(lattice);
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const auto& a, const auto& b) { return a.first > b.first; });
    // When the dictionary knows the name (人名 entries), readings pieced together from ordinary words
    // (佐藤 → タスクフジ) are noise on the keyboard: keep only the name readings.
    if (!ranked.empty() && ranked.front().first > 0)
        std::erase_if(ranked, [](const auto& r) { return r.first <= 0; });
    for (const auto& r : ranked) {
        if (out.size() >= limit) break;
        out.push_back({r.second, "mecab-ipadic"});
    }
    return out;
}

} // namespace kakanai::reading
