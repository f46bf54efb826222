#include "glyph_reader.h"

#include "text_image.h"

#include "kakanai/base/utf8.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <optional>

namespace kakanai::ocr {
namespace {

constexpr float kInf = std::numeric_limits<float>::infinity();

// Ink of a line image (white paper, dark text): 0 = paper, 255 = ink, faint noise removed.
cv::Mat lineInk(const cv::Mat& gray) {
    cv::Mat ink = 255 - gray;
    cv::Mat mask = inkMask(gray, 70);
    cv::Mat out = cv::Mat::zeros(ink.size(), CV_8UC1);
    ink.copyTo(out, mask);
    return out;
}

struct Atoms {
    cv::Mat ink, mask;
    std::vector<Span> spans; // columns
    Span rows;               // ink rows of the whole line
    int height = 1;
};

Atoms atomsOf(const cv::Mat& gray) {
    Atoms a;
    a.ink = lineInk(gray);
    cv::threshold(a.ink, a.mask, 0, 255, cv::THRESH_BINARY);
    const auto rows = inkRuns(a.mask, true, 1, a.mask.rows);
    a.rows = rows.empty() ? Span{0, a.mask.rows} : Span{rows.front().a, rows.back().b};
    a.height = std::max(1, a.rows.size());
    const int minInk = std::max(3, a.height * a.height / 400);
    for (const Span& s : inkRuns(a.mask, false, 1, 0)) {
        const int ink = cv::countNonZero(a.mask(cv::Rect(s.a, 0, s.size(), a.mask.rows)));
        if (ink >= minInk) a.spans.push_back(s);
    }
    return a;
}

bool featureOf(const Atoms& a, int x0, int x1, GlyphFeature& f) {
    const cv::Rect r(x0, a.rows.a, std::max(1, x1 - x0), a.rows.size());
    return glyphFeature(a.ink(r & cv::Rect(0, 0, a.ink.cols, a.ink.rows)), f);
}

bool isNameChar(char32_t c) {
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0xF900 && c <= 0xFAFF) ||
           (c >= 0x20000 && c <= 0x2FFFF) || (c >= 0x3041 && c <= 0x3096) || (c >= 0x30A1 && c <= 0x30FA) ||
           c == U'々' || c == U'ー';
}

// Small kana and ー are legal but rare in names; they look like bits of other glyphs.
bool isRareInNames(char32_t c) {
    return std::u32string_view(U"ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶーへヘくロエニハ").find(c) !=
           std::u32string_view::npos;
}

} // namespace

float GlyphReader::matchExpected(const cv::Mat& lineGray, std::u32string_view expectedWithSpaces) const {
    std::u32string expected;
    for (char32_t c : expectedWithSpaces)
        if (c != U' ' && c != 0x3000) expected.push_back(c);
    const Atoms a = atomsOf(lineGray);
    const int n = int(expected.size()), m = int(a.spans.size());
    if (n == 0 || m < n) return kInf;
    // dp[k][i]: best total distance reading the first i atoms as the first k characters.
    std::vector<std::vector<float>> dp(std::size_t(n + 1), std::vector<float>(std::size_t(m + 1), kInf));
    dp[0][0] = 0;
    std::map<std::pair<int, int>, GlyphIndex::Scores> cache;
    for (int k = 1; k <= n; ++k)
        for (int i = k; i <= m; ++i)
            for (int j = i - 1; j >= k - 1; --j) {
                const int width = a.spans[std::size_t(i - 1)].b - a.spans[std::size_t(j)].a;
                if (width > a.height * 1.6) break;
                if (dp[std::size_t(k - 1)][std::size_t(j)] == kInf) continue;
                auto it = cache.find({j, i});
                if (it == cache.end()) {
                    GlyphFeature f;
                    featureOf(a, a.spans[std::size_t(j)].a, a.spans[std::size_t(i - 1)].b, f);
                    it = cache.emplace(std::pair{j, i}, m_index.score(f)).first;
                }
                const float d = it->second.distanceTo(expected[std::size_t(k - 1)]);
                dp[std::size_t(k)][std::size_t(i)] =
                    std::min(dp[std::size_t(k)][std::size_t(i)], dp[std::size_t(k - 1)][std::size_t(j)] + d);
            }
    return dp[std::size_t(n)][std::size_t(m)] / float(n);
}

// GCC 12 reports a false "potential null pointer dereference" on the non-empty dp vectors below.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wnull-dereference"
GlyphText GlyphReader::readName(const cv::Mat& lineGray, const OcrLine& tesseract) const {
    GlyphText out;
    const Atoms a = atomsOf(lineGray);
    const int m = int(a.spans.size());
    if (m == 0) return out;
    const float maxWidth = float(a.height) * 1.3f;
    constexpr float kReward = 0.09f;     // a well-matched glyph lowers the path cost by this much
    constexpr float kTessBonus = 0.018f; // Tesseract agreeing with a candidate
    constexpr float kRarePenalty = 0.02f;

    struct Option {
        GlyphChoice choice;
        float cost = kInf;
    };
    // Decide one segment: template candidates plus Tesseract's character(s) inside it.
    auto decide = [&](int j, int i) {
        Option o;
        const int x0 = a.spans[std::size_t(j)].a, x1 = a.spans[std::size_t(i - 1)].b;
        GlyphFeature f;
        if (!featureOf(a, x0, x1, f)) return o;
        const GlyphIndex::Scores scores = m_index.score(f);
        std::vector<GlyphIndex::Match> cands = scores.best(6, isNameChar);
        char32_t tess = 0;
        int inside = 0;
        for (const auto& s : tesseract.symbols) {
            const int c = s.box.x + s.box.width / 2;
            if (c >= x0 && c < x1) {
                ++inside;
                const std::u32string u = utf8::decode(s.text);
                tess = u.size() == 1 ? u[0] : 0;
            }
        }
        if (inside != 1) tess = 0;
        if (tess && isNameChar(tess) &&
            std::none_of(cands.begin(), cands.end(), [&](auto& c) { return c.cp == tess; }))
            cands.push_back({tess, scores.distanceTo(tess)});
        // Add the variant forms of every candidate: the jpn model never proposes 﨑 or 髙.
        const std::size_t base = cands.size();
        for (std::size_t c = 0; c < base; ++c)
            for (char32_t v : m_variants.groupOf(cands[c].cp))
                if (std::none_of(cands.begin(), cands.end(), [&](auto& x) { return x.cp == v; }))
                    cands.push_back({v, scores.distanceTo(v)});
        float best = kInf, second = kInf;
        std::optional<GlyphIndex::Match> pick; // a copy: the warning-free way to keep the winner
        for (const auto& c : cands) {
            if (c.distance == kInf) continue;
            // Tesseract's word context decides near ties; a variant group shares the bonus.
            const bool agrees =
                tess && (c.cp == tess || m_variants.groupOf(tess).find(c.cp) != std::u32string_view::npos);
            const float s =
                c.distance - (agrees ? kTessBonus : 0.f) + (isRareInNames(c.cp) ? kRarePenalty : 0.f);
            if (s < best) {
                second = best;
                best = s;
                pick = c;
            } else if (s < second) {
                second = s;
            }
        }
        if (!pick) return o;
        o.choice.cp = pick->cp;
        o.choice.x0 = x0;
        o.choice.x1 = x1;
        o.choice.distance = pick->distance;
        o.choice.fromTesseract = pick->cp == tess;
        const float margin = second - best;
        float conf = o.choice.fromTesseract ? 0.9f : 0.75f;
        conf += std::min(0.1f, margin * 2.5f);
        if (pick->distance > 0.09f) conf -= (pick->distance - 0.09f) * 6.f;
        o.choice.confidence = std::clamp(conf, 0.f, 1.f);
        // Variant forms: a close call between 崎 and 﨑 is the resident's to confirm.
        const std::u32string_view group = m_variants.groupOf(pick->cp);
        for (char32_t v : group)
            if (v != pick->cp && scores.distanceTo(v) - pick->distance < 0.006f) o.choice.variantDoubt = true;
        o.cost = best - kReward;
        return o;
    };

    const std::size_t slots = a.spans.size() + 1;
    std::vector<float> dp(slots, kInf);
    std::vector<Option> via(slots);
    std::vector<int> from(slots, -1);
    dp.front() = 0;
    for (int i = 1; i <= m; ++i)
        for (int j = i - 1; j >= 0; --j) {
            if (a.spans[std::size_t(i - 1)].b - a.spans[std::size_t(j)].a > maxWidth) break;
            if (dp[std::size_t(j)] == kInf) continue;
            Option o = decide(j, i);
            if (o.cost == kInf) continue;
            if (dp[std::size_t(j)] + o.cost < dp[std::size_t(i)]) {
                dp[std::size_t(i)] = dp[std::size_t(j)] + o.cost;
                via[std::size_t(i)] = o;
                from[std::size_t(i)] = j;
            }
        }
    if (dp[std::size_t(m)] == kInf) return out;
    for (int i = m; i > 0; i = from[std::size_t(i)])
        out.glyphs.push_back(via[std::size_t(i)].choice);
    std::reverse(out.glyphs.begin(), out.glyphs.end());

    // The family/given separator: the widest gap, if clearly wider than the others.
    std::size_t split = 0;
    if (out.glyphs.size() >= 2) {
        std::vector<int> gaps;
        for (std::size_t g = 1; g < out.glyphs.size(); ++g)
            gaps.push_back(out.glyphs[g].x0 - out.glyphs[g - 1].x1);
        const auto widest = std::max_element(gaps.begin(), gaps.end());
        std::vector<int> sorted = gaps;
        std::sort(sorted.begin(), sorted.end());
        const int median = sorted[sorted.size() / 2];
        const bool clear = gaps.size() == 1 ? *widest > a.height * 0.45
                                            : *widest > a.height * 0.35 && *widest > median * 1.6 + 2;
        if (clear) split = std::size_t(widest - gaps.begin()) + 1;
    }
    out.confidence = 1;
    std::u32string text;
    for (std::size_t g = 0; g < out.glyphs.size(); ++g) {
        if (g == split && g > 0) text.push_back(0x3000);
        text.push_back(out.glyphs[g].cp);
        out.confidence = std::min(out.confidence, out.glyphs[g].confidence);
        if (out.glyphs[g].variantDoubt) out.doubtfulVariants.push_back(out.glyphs[g].cp);
    }
    out.text = utf8::encode(text);
    return out;
}

#pragma GCC diagnostic pop

std::pair<char32_t, float> GlyphReader::closestOf(const cv::Mat& lineGray,
                                                  std::u32string_view candidates) const {
    const Atoms a = atomsOf(lineGray);
    if (a.spans.empty() || candidates.empty()) return {0, 0};
    // The first glyph: atoms from the left up to one character width.
    int x1 = a.spans[0].b;
    for (const Span& s : a.spans)
        if (s.b - a.spans[0].a <= a.height * 1.15) x1 = s.b;
    GlyphFeature f;
    if (!featureOf(a, a.spans[0].a, x1, f)) return {0, 0};
    const GlyphIndex::Scores scores = m_index.score(f);
    char32_t best = 0;
    float bestD = kInf, secondD = kInf;
    for (char32_t c : candidates) {
        const float d = scores.distanceTo(c);
        if (d < bestD)
            secondD = bestD, bestD = d, best = c;
        else if (d < secondD)
            secondD = d;
    }
    return {best, secondD - bestD};
}

std::string GlyphReader::checkVariants(const cv::Mat& lineGray, const OcrLine& tesseract,
                                       std::u32string& doubtful) const {
    const cv::Mat ink = lineInk(lineGray);
    std::string out;
    for (const auto& s : tesseract.symbols) {
        if (s.startsWord && !out.empty()) out += ' ';
        const std::u32string u = utf8::decode(s.text);
        const std::u32string_view group = u.size() == 1 ? m_variants.groupOf(u[0]) : std::u32string_view();
        GlyphFeature f;
        if (group.empty() || !glyphFeature(ink(s.box & cv::Rect(0, 0, ink.cols, ink.rows)), f)) {
            out += s.text;
            continue;
        }
        const GlyphIndex::Scores scores = m_index.score(f);
        char32_t best = u[0];
        float bestD = scores.distanceTo(u[0]) - 0.004f; // a slight preference for what Tesseract read
        for (char32_t v : group)
            if (float d = scores.distanceTo(v); d < bestD) bestD = d, best = v;
        for (char32_t v : group)
            if (v != best && scores.distanceTo(v) - bestD < 0.006f) {
                doubtful.push_back(best);
                break;
            }
        utf8::append(out, best);
    }
    return out;
}

} // namespace kakanai::ocr
