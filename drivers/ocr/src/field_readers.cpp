#include "field_readers.h"

#include "text_image.h"

#include "kakanai/base/utf8.h"
#include "kakanai/ocr/field_text.h"

#include <algorithm>
#include <optional>

namespace kakanai::ocr {
namespace {

constexpr int kInkHeight = 42; // px: the text height the jpn model reads best (measured 36–48)

// A line's confidence from Tesseract's symbols: the mean, pulled down by the weakest ones.
double lineConfidence(const OcrLine& line) {
    if (line.symbols.empty()) return 0;
    std::vector<float> c;
    for (const auto& s : line.symbols)
        c.push_back(s.confidence);
    std::sort(c.begin(), c.end());
    const double low = c[std::min(c.size() - 1, c.size() / 10)]; // 10th percentile
    return 0.5 * line.meanConfidence + 0.5 * low;
}

std::string variantDoubt(const std::u32string& chars) {
    return "the card may print a variant form of " + utf8::encode(chars);
}

Result<FieldReading> readNameJa(const FieldContext& ctx, const LayoutField& field, const TextLine& line) {
    FieldReading r;
    r.field = field.field;
    const cv::Mat img = lineImage(ctx.normalised, line, kInkHeight);
    auto tess = ctx.engine.recognizeLine(img, OcrModel::Japanese);
    if (!tess) return tess.error();
    const GlyphText glyphs = ctx.glyphs.readName(img, *tess);
    r.raw = tess->text;
    r.value = normaliseJapaneseText(glyphs.text);
    r.confidence = glyphs.confidence;
    r.doubts = nameDoubts(r.value, false);
    if (!glyphs.doubtfulVariants.empty()) r.doubts.push_back(variantDoubt(glyphs.doubtfulVariants));
    if (!glyphs.text.empty() && normaliseJapaneseText(tess->text) != r.value)
        r.note = "glyphs checked against font templates";
    return r;
}

Result<FieldReading> readNameLatin(const FieldContext& ctx, const LayoutField& field, const TextLine& line) {
    FieldReading r;
    r.field = field.field;
    const cv::Mat img = lineImage(ctx.normalised, line, 36);
    auto tess = ctx.engine.recognizeLine(img, OcrModel::English, "ABCDEFGHIJKLMNOPQRSTUVWXYZ,.-' ");
    if (!tess) return tess.error();
    r.raw = tess->text;
    r.value = normaliseLatinName(tess->text);
    r.confidence = lineConfidence(*tess);
    r.doubts = nameDoubts(r.value, true);
    return r;
}

Result<FieldReading> readText(const FieldContext& ctx, const LayoutField& field,
                              const std::vector<TextLine>& lines) {
    FieldReading r;
    r.field = field.field;
    double conf = 1;
    std::string joined;
    std::u32string doubtful;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const cv::Mat img = lineImage(ctx.normalised, lines[i], kInkHeight);
        auto tess = ctx.engine.recognizeLine(img, OcrModel::Japanese);
        if (!tess) return tess.error();
        // Variant forms (崎/﨑) matter in names; addresses are printed in standard forms.
        const std::string text =
            field.field == "address" ? tess->text : ctx.glyphs.checkVariants(img, *tess, doubtful);
        if (i > 0) {
            r.raw += "\u3000";
            // A first line that stops short was wrapped at a space (before the building name).
            joined += lines[i - 1].rightShort ? "\u3000" : "";
        }
        r.raw += tess->text;
        joined += text;
        conf = std::min(conf, lineConfidence(*tess));
    }
    r.value = normaliseJapaneseText(joined);
    r.confidence = lines.empty() ? 0 : conf;
    if (field.field == "address")
        r.doubts = addressDoubts(r.value);
    else if (field.field == "nationality")
        r.doubts = nationalityDoubts(r.value);
    else if (r.value.empty())
        r.doubts.push_back("nothing was read");
    if (!doubtful.empty()) r.doubts.push_back(variantDoubt(doubtful));
    return r;
}

Result<FieldReading> readDate(const FieldContext& ctx, const LayoutField& field, const TextLine& line) {
    FieldReading r;
    r.field = field.field;
    const std::string whitelist = field.charset.empty() ? std::string() : field.charset + " ";
    // Two text heights, and they must agree: a digit misread (3→5) still parses as a valid date, so
    // one reading alone could be confidently wrong. A second short line costs little.
    std::optional<Date> first;
    double firstConfidence = 0;
    for (int height : {kInkHeight, 34}) {
        const cv::Mat img = lineImage(ctx.normalised, line, height);
        auto tess = ctx.engine.recognizeLine(img, OcrModel::Japanese, whitelist);
        if (!tess) return tess.error();
        if (r.raw.empty()) r.raw = tess->text;
        const auto d = parseCardDate(tess->text);
        if (!d) continue;
        if (!first) {
            first = d;
            firstConfidence = lineConfidence(*tess);
            r.raw = tess->text;
            continue;
        }
        if (*d != *first) {
            r.value = first->iso();
            r.confidence = std::min(firstConfidence, 0.5);
            r.doubts.push_back("two readings of the date disagree");
            return r;
        }
        r.value = first->iso();
        r.confidence = std::min(firstConfidence, double(lineConfidence(*tess)));
        r.doubts = birthDateDoubts(*first, ctx.today);
        return r;
    }
    if (first) { // only one reading parsed
        r.value = first->iso();
        r.confidence = std::min(firstConfidence, 0.6);
        r.doubts = birthDateDoubts(*first, ctx.today);
        return r;
    }
    r.doubts.push_back("not a valid date");
    return r;
}

Result<FieldReading> readSex(const FieldContext& ctx, const LayoutField& field, const TextLine& line) {
    FieldReading r;
    r.field = field.field;
    const cv::Mat img = lineImage(ctx.normalised, line, kInkHeight);
    const auto [cp, margin] = ctx.glyphs.closestOf(img, U"男女");
    if (!cp) return r;
    r.value = cp == U'男' ? "male" : "female";
    r.raw = cp == U'男' ? "男" : "女";
    r.confidence = std::clamp(0.6 + margin * 4.0, 0.0, 0.99);
    return r;
}

} // namespace

Result<FieldReading> readField(const FieldContext& ctx, const LayoutField& field) {
    const std::vector<TextLine> lines = findFieldLines(ctx.normalised, field, ctx.toleranceMm);
    if (lines.empty()) {
        FieldReading r;
        r.field = field.field;
        r.doubts.push_back("nothing was found where the card prints it");
        return r;
    }
    switch (field.reader) {
    case FieldReader::NameJa:
        return readNameJa(ctx, field, lines.front());
    case FieldReader::NameLatin:
        return readNameLatin(ctx, field, lines.front());
    case FieldReader::Date:
        return readDate(ctx, field, lines.front());
    case FieldReader::Sex:
        return readSex(ctx, field, lines.front());
    case FieldReader::AddressJa:
    case FieldReader::AddressChange:
        return readText(ctx, field, lines);
    }
    return readText(ctx, field, lines);
}

} // namespace kakanai::ocr

namespace kakanai::ocr {
Result<std::vector<std::string>> readLines(const FieldContext& ctx, const LayoutField& field,
                                           double& confidence) {
    std::vector<std::string> out;
    confidence = 1;
    for (const TextLine& line : findFieldLines(ctx.normalised, field, ctx.toleranceMm)) {
        const cv::Mat img = lineImage(ctx.normalised, line, kInkHeight);
        auto tess = ctx.engine.recognizeLine(img, OcrModel::Japanese);
        if (!tess) return tess.error();
        std::u32string doubtful;
        out.push_back(ctx.glyphs.checkVariants(img, *tess, doubtful));
        confidence = std::min(confidence, lineConfidence(*tess));
    }
    if (out.empty()) confidence = 0;
    return out;
}
} // namespace kakanai::ocr
