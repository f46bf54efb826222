#pragma once
// The glyph index: shape features of every JIS X 0208 character (plus the name variants of
// kanji-variants.json) rendered from the kiosk's fonts, built at build time by kakanai-glyph-index
// (tools/build_glyph_index.cpp) and memory-loaded by the reader. Used to check Tesseract's reading of
// names glyph by glyph and to tell variant forms (崎/﨑) apart, which the jpn model cannot output.

#include "glyph_features.h"

#include "kakanai/base/result.h"

#include <opencv2/core.hpp>

#include <functional>
#include <limits>
#include <string>
#include <unordered_map>
#include <vector>

namespace kakanai::ocr {

inline constexpr char kGlyphIndexMagic[8] = {'K', 'K', 'G', 'L', 'Y', 'P', 'H', '1'};

class GlyphIndex {
public:
    static Result<GlyphIndex> load(const std::string& path);
    // For tests and the builder: an index over the given features.
    static GlyphIndex fromFeatures(const std::vector<char32_t>& labels,
                                   const std::vector<GlyphFeature>& features);

    struct Match {
        char32_t cp = 0;
        float distance = std::numeric_limits<float>::infinity(); // squared L2, 0 (same) … 2
    };
    // Distances from one glyph to every template (one matrix product).
    class Scores {
    public:
        // The k best distinct characters that `allowed` accepts (all when empty).
        std::vector<Match> best(std::size_t k, const std::function<bool(char32_t)>& allowed = {}) const;
        // Distance to the nearest template of `cp`; infinity when the index lacks it.
        float distanceTo(char32_t cp) const;

    private:
        friend class GlyphIndex;
        const GlyphIndex* m_index = nullptr;
        std::vector<float> m_distance;
    };
    Scores score(const GlyphFeature& feature) const;

    bool contains(char32_t cp) const { return m_byClass.count(cp) != 0; }
    std::size_t size() const { return m_labels.size(); }

    // Writes the binary index file (magic, dim, count, code points, quantised features).
    static Status write(const std::string& path, const std::vector<char32_t>& labels,
                        const std::vector<GlyphFeature>& features);

private:
    cv::Mat m_templates; // count × kGlyphFeatureDim, CV_32F, rows L2-normalised
    std::vector<char32_t> m_labels;
    std::unordered_map<char32_t, std::vector<int>> m_byClass;
};

} // namespace kakanai::ocr
