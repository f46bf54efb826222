#include "glyph_index.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <fstream>
#include <unordered_set>

namespace kakanai::ocr {
namespace {

// Features are L2-normalised, so components stay well below 0.64; 1/400 steps keep the distances
// within 0.001 of the float ones.
constexpr float kQuantum = 1.0f / 400.0f;

template <class T> void put(std::ofstream& out, T v) {
    out.write(reinterpret_cast<const char*>(&v), sizeof v);
}
template <class T> bool get(std::ifstream& in, T& v) {
    return bool(in.read(reinterpret_cast<char*>(&v), sizeof v));
}

} // namespace

GlyphIndex GlyphIndex::fromFeatures(const std::vector<char32_t>& labels,
                                    const std::vector<GlyphFeature>& features) {
    GlyphIndex index;
    index.m_labels = labels;
    index.m_templates = cv::Mat(int(labels.size()), kGlyphFeatureDim, CV_32F);
    for (std::size_t i = 0; i < labels.size(); ++i) {
        std::memcpy(index.m_templates.ptr<float>(int(i)), features[i].data(),
                    sizeof(float) * kGlyphFeatureDim);
        index.m_byClass[labels[i]].push_back(int(i));
    }
    return index;
}

Result<GlyphIndex> GlyphIndex::load(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return makeError("ocr.unavailable", "the glyph index is missing (build target kakanai_glyph_index)",
                         path);
    char magic[8];
    std::uint32_t dim = 0, count = 0;
    if (!in.read(magic, 8) || std::memcmp(magic, kGlyphIndexMagic, 8) != 0 || !get(in, dim) ||
        !get(in, count) || dim != kGlyphFeatureDim || count == 0 || count > 400000)
        return makeError("ocr.unavailable", "not a glyph index of this version; rebuild it", path);
    std::vector<char32_t> labels(count);
    for (auto& l : labels) {
        std::uint32_t cp = 0;
        if (!get(in, cp)) return makeError("ocr.unavailable", "the glyph index is truncated", path);
        l = char32_t(cp);
    }
    std::vector<std::uint8_t> q(std::size_t(count) * dim);
    if (!in.read(reinterpret_cast<char*>(q.data()), std::streamsize(q.size())))
        return makeError("ocr.unavailable", "the glyph index is truncated", path);
    GlyphIndex index;
    index.m_labels = std::move(labels);
    index.m_templates = cv::Mat(int(count), int(dim), CV_32F);
    for (std::uint32_t i = 0; i < count; ++i) {
        float* row = index.m_templates.ptr<float>(int(i));
        double norm = 0;
        for (std::uint32_t k = 0; k < dim; ++k) {
            row[k] = float(q[std::size_t(i) * dim + k]) * kQuantum;
            norm += double(row[k]) * row[k];
        }
        const float inv = norm > 0 ? float(1 / std::sqrt(norm)) : 0.f;
        for (std::uint32_t k = 0; k < dim; ++k)
            row[k] *= inv;
        index.m_byClass[index.m_labels[i]].push_back(int(i));
    }
    return index;
}

Status GlyphIndex::write(const std::string& path, const std::vector<char32_t>& labels,
                         const std::vector<GlyphFeature>& features) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    if (!out) return makeError("ocr.index-write", "cannot write the glyph index", path);
    out.write(kGlyphIndexMagic, 8);
    put(out, std::uint32_t(kGlyphFeatureDim));
    put(out, std::uint32_t(labels.size()));
    for (char32_t c : labels)
        put(out, std::uint32_t(c));
    for (const auto& f : features)
        for (float v : f)
            put(out, std::uint8_t(std::clamp(std::lround(v / kQuantum), 0L, 255L)));
    if (!out) return makeError("ocr.index-write", "cannot write the glyph index", path);
    return {};
}

GlyphIndex::Scores GlyphIndex::score(const GlyphFeature& feature) const {
    Scores s;
    s.m_index = this;
    if (m_labels.empty()) return s;
    const cv::Mat q(kGlyphFeatureDim, 1, CV_32F, const_cast<float*>(feature.data()));
    cv::Mat dots = m_templates * q; // count × 1
    s.m_distance.resize(m_labels.size());
    for (std::size_t i = 0; i < m_labels.size(); ++i)
        s.m_distance[i] = std::max(0.f, 2.f - 2.f * dots.at<float>(int(i)));
    return s;
}

std::vector<GlyphIndex::Match> GlyphIndex::Scores::best(std::size_t k,
                                                        const std::function<bool(char32_t)>& allowed) const {
    std::vector<Match> out;
    if (!m_index) return out;
    std::vector<int> order(m_distance.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = int(i);
    // The best template per class is all that matters; a partial sort of a few times k is enough.
    const std::size_t take = std::min(order.size(), std::max<std::size_t>(k * 12, 64));
    std::partial_sort(order.begin(), order.begin() + long(take), order.end(),
                      [&](int a, int b) { return m_distance[std::size_t(a)] < m_distance[std::size_t(b)]; });
    std::unordered_set<char32_t> seen;
    for (std::size_t i = 0; i < take && out.size() < k; ++i) {
        const char32_t cp = m_index->m_labels[std::size_t(order[i])];
        if (seen.count(cp) || (allowed && !allowed(cp))) continue;
        seen.insert(cp);
        out.push_back({cp, m_distance[std::size_t(order[i])]});
    }
    return out;
}

float GlyphIndex::Scores::distanceTo(char32_t cp) const {
    if (!m_index) return std::numeric_limits<float>::infinity();
    auto it = m_index->m_byClass.find(cp);
    if (it == m_index->m_byClass.end()) return std::numeric_limits<float>::infinity();
    float best = std::numeric_limits<float>::infinity();
    for (int i : it->second)
        best = std::min(best, m_distance[std::size_t(i)]);
    return best;
}

} // namespace kakanai::ocr
