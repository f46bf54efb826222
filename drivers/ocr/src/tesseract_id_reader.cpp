#include "kakanai/ocr/tesseract_id_reader.h"

#include "card_classifier.h"
#include "card_features.h"
#include "card_geometry.h"
#include "field_readers.h"
#include "glyph_index.h"
#include "glyph_reader.h"
#include "image_io.h"
#include "tesseract_engine.h"
#include "text_image.h"

#include "kakanai/ocr/card_layout.h"
#include "kakanai/ocr/field_text.h"
#include "kakanai/ocr/kanji_variants.h"
#include "kakanai/ocr/ocr_errors.h"
#include "kakanai/ocr/ocr_person.h"
#include "kakanai/sys/secure_memory.h"
#include "kakanai/sys/share_dir.h"

#include <opencv2/imgproc.hpp>

#include <chrono>
#include <cstdlib>

namespace kakanai::ocr {

using kakanai::wipe;

namespace {

using Clock = std::chrono::steady_clock;
double msSince(Clock::time_point t) {
    return std::chrono::duration<double, std::milli>(Clock::now() - t).count();
}

// Wipes the listed images when it goes out of scope, whatever path read() leaves by.
class WipeGuard {
public:
    explicit WipeGuard(std::initializer_list<cv::Mat*> mats) : m_mats(mats) {}
    ~WipeGuard() {
        for (cv::Mat* m : m_mats)
            wipe(*m);
    }
    WipeGuard(const WipeGuard&) = delete;
    WipeGuard& operator=(const WipeGuard&) = delete;

private:
    std::vector<cv::Mat*> m_mats;
};

// Quality limits below which nothing useful can be read (measured on the synthetic corpus, docs/ocr.md).
constexpr double kMinBrightness = 28;  // median grey of the card
constexpr double kMinContrast = 22;    // ink against paper in the value boxes
constexpr double kMinSharpness = 0.16; // steepest edges per unit of contrast
constexpr double kMaxGlare = 0.35;     // washed-out fraction of a value box
constexpr std::size_t kCandidates = 3; // card-like quadrilaterals checked by content

} // namespace

std::string defaultOcrDataDir() {
    if (const char* env = std::getenv("KAKANAI_OCR_DATA_DIR"); env && *env) return env;
    return sharePath("ocr");
}

std::string defaultGlyphIndexPath() {
    if (const char* env = std::getenv("KAKANAI_GLYPH_INDEX"); env && *env) return env;
    return sharePath("ocr/glyph-index.bin");
}

struct TesseractIdReader::Impl {
    std::vector<CardLayout> layouts;
    KanjiVariants variants;
    GlyphIndex index;
    std::unique_ptr<GlyphReader> glyphs;
    std::unique_ptr<TesseractEngine> engine;
    std::optional<Date> today;
    OcrDiagnostics diag;

    // The card-like quadrilaterals of the photo, flattened, best first (at most kCandidates).
    Result<std::vector<cv::Mat>> findAndFlatten(const ImageData& image) {
        const auto t = Clock::now();
        auto decoded = decodeImage(image);
        if (!decoded) return decoded.error();
        cv::Mat bgr = std::move(*decoded);
        WipeGuard guard{&bgr};
        cv::Mat gray;
        WipeGuard grayGuard{&gray};
        cv::cvtColor(bgr, gray, cv::COLOR_BGR2GRAY);
        cv::Scalar mean, stddev;
        cv::meanStdDev(gray, mean, stddev);
        if (mean[0] < 18) return errors::make(errors::kTooDark, "the image is almost black");
        if (stddev[0] < 6) return errors::make(errors::kNoCard, "the image is blank");
        const auto quads = findCards(bgr, kCandidates);
        diag.msDetect = msSince(t);
        if (quads.empty())
            return mean[0] < 55 ? errors::make(errors::kTooDark, "no card found in a dark image")
                                : errors::make(errors::kNoCard, "no ID card found in the image");
        diag.cardScore = quads.front().score;
        std::vector<cv::Mat> cards;
        for (const auto& q : quads)
            cards.push_back(rectifyCard(bgr, q));
        return cards;
    }

    // The first candidate whose content is a known card front. A My Number card back seen in any
    // candidate stops everything at once: nothing of that image is read.
    Result<std::pair<cv::Mat, Classification>> pickFront(std::vector<cv::Mat>& cards, IdDocumentKind kind) {
        std::optional<Error> first;
        for (std::size_t i = 0; i < cards.size(); ++i) {
            auto cls = classifyFront(cards[i], layouts, kind, *glyphs);
            if (cls) {
                diag.cardScore = double(i); // which candidate won (0: the most card-like)
                return std::pair{cards[i], *cls};
            }
            if (cls.error().code == errors::kBackSide) return cls.error();
            if (!first) first = cls.error();
        }
        // No candidate shows a portrait where a card front has one: the card itself was not found
        // (a textured background, a cut-off card), which a retake fixes; a foreign card would have one.
        double portrait = 0;
        for (const auto& l : layouts)
            if (const LayoutSide* f = l.side(CardSide::Front))
                for (bool flipped : {false, true})
                    portrait = std::max(portrait, sideMarkerScore(cards.front(), *f, flipped));
        if (first->code == errors::kUnsupportedKind && kind == IdDocumentKind::Auto && portrait < 0.6)
            return errors::make(errors::kNoCard, "no ID card found in the image");
        return *first;
    }

    FieldContext context(const cv::Mat& normalised, const CardLayout& layout) {
        return FieldContext{*engine, *glyphs, normalised, layout.toleranceMm, today ? *today : Date::today()};
    }

    // When the key fields could not be read, say what a better photo would fix.
    Error retakeError(const ImageQuality& q) {
        if (q.glare > kMaxGlare * 0.6) return errors::make(errors::kGlare, "a reflection covers the text");
        if (q.brightness < kMinBrightness * 2.2 || q.contrast < kMinContrast * 1.8)
            return errors::make(errors::kTooDark, "too dark to read the text");
        if (q.sharpness < kMinSharpness * 1.6)
            return errors::make(errors::kTooBlurred, "the text is blurred");
        return errors::make(errors::kUnreadable, "the card's text could not be read");
    }

    Result<Person> read(const ImageData& image, IdDocumentKind kind) {
        diag = {};
        auto flat = findAndFlatten(image);
        if (!flat) return flat.error();
        std::vector<cv::Mat> candidates = std::move(*flat);
        cv::Mat card, gray, normalised;
        WipeGuard guard{&card, &gray, &normalised};
        struct WipeAll {
            std::vector<cv::Mat>& mats;
            ~WipeAll() {
                for (auto& m : mats)
                    wipe(m);
            }
        } wipeCandidates{candidates};

        auto t = Clock::now();
        auto picked = pickFront(candidates, kind);
        diag.msClassify = msSince(t);
        if (!picked) return picked.error(); // ocr.back-side: every candidate is wiped, nothing was read
        card = picked->first.clone();
        const Classification* cls = &picked->second;
        diag.kind = cls->layout->kind;
        diag.upsideDown = cls->upsideDown;
        diag.markerScore = cls->markerScore;
        diag.titleDistance = cls->titleDistance;
        if (cls->upsideDown) cv::rotate(card, card, cv::ROTATE_180);
        blankForbidden(card, *cls->side);

        cv::cvtColor(card, gray, cv::COLOR_BGR2GRAY);
        normalised = normaliseBackground(gray);
        const ImageQuality q = measureQuality(card, normalised, *cls->side);
        diag.brightness = q.brightness;
        diag.contrast = q.contrast;
        diag.sharpness = q.sharpness;
        diag.glare = q.glare;
        if (q.brightness < kMinBrightness || q.contrast < kMinContrast)
            return errors::make(errors::kTooDark, "too dark to read the text");
        if (q.sharpness < kMinSharpness) return errors::make(errors::kTooBlurred, "the text is blurred");
        if (q.glare > kMaxGlare) return errors::make(errors::kGlare, "a reflection covers the text");

        t = Clock::now();
        const FieldContext ctx = context(normalised, *cls->layout);
        std::vector<FieldReading> readings;
        int usable = 0, expected = 0;
        for (const auto& f : cls->side->fields) {
            auto r = readField(ctx, f);
            if (!r) return r.error();
            if (f.field == "name" || f.field == "address") {
                ++expected;
                usable += !r->value.empty() && r->doubts.empty() && r->confidence >= 0.5;
            }
            readings.push_back(std::move(*r));
        }
        diag.msFields = msSince(t);
        // Neither the name nor the address came out plausible: a better photo is the answer, not a guess.
        if (expected > 0 && usable == 0) {
            for (auto& r : readings)
                wipe(r.value), wipe(r.raw);
            return retakeError(q);
        }
        Person p = makeOcrPerson(cls->layout->kind, readings);
        for (auto& r : readings)
            wipe(r.value), wipe(r.raw);
        return p;
    }

    Result<TextField> readBackAddress(const ImageData& image, IdDocumentKind kind) {
        diag = {};
        if (kind == IdDocumentKind::Auto)
            return errors::make(errors::kUnsupportedKind, "say which card's back this is (--kind)");
        auto flat = findAndFlatten(image);
        if (!flat) return flat.error();
        cv::Mat card = flat->front(), gray, normalised;
        for (std::size_t i = 1; i < flat->size(); ++i)
            wipe((*flat)[i]);
        WipeGuard guard{&card, &gray, &normalised};
        auto cls = classifyBack(card, layouts, kind, *glyphs);
        if (!cls) return cls.error();
        if (cls->upsideDown) cv::rotate(card, card, cv::ROTATE_180);
        blankForbidden(card, *cls->side); // the 個人番号 is gone before any text is looked at
        diag.kind = kind;
        diag.upsideDown = cls->upsideDown;
        cv::cvtColor(card, gray, cv::COLOR_BGR2GRAY);
        normalised = normaliseBackground(gray);
        const LayoutField* field = nullptr;
        for (const auto& f : cls->side->fields)
            if (f.reader == FieldReader::AddressChange) field = &f;
        double confidence = 0;
        auto lines = readLines(context(normalised, *cls->layout), *field, confidence);
        if (!lines) return lines.error();
        auto address = newestAddressEntry(*lines);
        std::string raw;
        for (auto& l : *lines) {
            raw += (raw.empty() ? "" : "\u3000") + l;
            wipe(l);
        }
        if (!address) {
            wipe(raw);
            return errors::make(errors::kUnreadable, "no address entry could be read on the back");
        }
        FieldReading r;
        r.field = "address";
        r.value = *address;
        r.raw = raw;
        r.confidence = confidence;
        r.doubts = addressDoubts(*address);
        r.mustCheck = true;
        r.note = std::string("address from the back of the card (") +
                 (kind == IdDocumentKind::MyNumberCard    ? "追記欄"
                  : kind == IdDocumentKind::DriverLicense ? "備考"
                                                          : "住居地記載欄") +
                 ")";
        Person p = makeOcrPerson(kind, {r});
        wipe(raw);
        wipe(*address);
        return *p.address;
    }
};

TesseractIdReader::TesseractIdReader(std::unique_ptr<Impl> impl) : m(std::move(impl)) {}
TesseractIdReader::~TesseractIdReader() = default;

Result<std::unique_ptr<TesseractIdReader>> TesseractIdReader::create(const OcrOptions& options) {
    auto impl = std::make_unique<Impl>();
    const std::string dataDir = options.dataDir.empty() ? defaultOcrDataDir() : options.dataDir;
    LayoutLoad load = loadCardLayouts(dataDir + "/layouts");
    if (!load.problems.empty()) {
        Error e = load.problems.front();
        e.code = std::string(errors::kUnavailable);
        return e;
    }
    impl->layouts = std::move(load.layouts);
    auto variants = loadKanjiVariants(dataDir + "/kanji-variants.json");
    if (!variants) {
        Error e = variants.error();
        e.code = std::string(errors::kUnavailable);
        return e;
    }
    impl->variants = std::move(*variants);
    auto index = GlyphIndex::load(options.glyphIndex.empty() ? defaultGlyphIndexPath() : options.glyphIndex);
    if (!index) return index.error();
    impl->index = std::move(*index);
    impl->glyphs = std::make_unique<GlyphReader>(impl->index, impl->variants);
    auto engine = TesseractEngine::create(options.tessdata);
    if (!engine) return engine.error();
    impl->engine = std::move(*engine);
    impl->today = options.today;
    return std::unique_ptr<TesseractIdReader>(new TesseractIdReader(std::move(impl)));
}

Result<Person> TesseractIdReader::read(const ImageData& image, IdDocumentKind kind) {
    return m->read(image, kind);
}

Result<TextField> TesseractIdReader::readBackAddress(const ImageData& image, IdDocumentKind kind) {
    return m->readBackAddress(image, kind);
}

const OcrDiagnostics& TesseractIdReader::diagnostics() const {
    return m->diag;
}

} // namespace kakanai::ocr
