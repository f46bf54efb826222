#pragma once
// The photo reader: finds the ID card in a photo or scan (OpenCV), tells its kind and side from the
// layout data, reads the fields with Tesseract (one engine, loaded once) and checks names glyph by
// glyph against the kiosk's fonts. Images are never written anywhere; every pixel buffer that held
// the card is wiped before read() returns. A My Number card shown back side up is recognised from
// its IC chip and QR code alone and discarded unread (error ocr.back-side).

#include "kakanai/dates/date.h"
#include "kakanai/ports/id_photo_reader.h"

#include <memory>
#include <optional>
#include <string>

namespace kakanai::ocr {

struct OcrOptions {
    std::string dataDir;       // layouts/ and kanji-variants.json; empty: defaultOcrDataDir()
    std::string glyphIndex;    // empty: defaultGlyphIndexPath()
    std::string tessdata;      // empty: Tesseract's default (TESSDATA_PREFIX, Debian's tessdata)
    std::optional<Date> today; // for birth-date plausibility; empty: Date::today()
};

// $KAKANAI_OCR_DATA_DIR, else <share directory>/ocr (kiosk/data/ocr of the source tree in the build tree).
std::string defaultOcrDataDir();
// $KAKANAI_GLYPH_INDEX, else <share directory>/ocr/glyph-index.bin (built from the fonts at build time).
std::string defaultGlyphIndexPath();

// What the last read() saw, without any personal data: for the CLI's diagnostics and the benchmark.
struct OcrDiagnostics {
    IdDocumentKind kind = IdDocumentKind::Auto;
    bool upsideDown = false;
    double cardScore = 0;   // how card-like the found quadrilateral was
    double markerScore = 0; // portrait / chip / QR evidence for the chosen side
    double titleDistance = 0;
    double brightness = 0, contrast = 0, sharpness = 0, glare = 0;
    double msDetect = 0, msClassify = 0, msFields = 0;
};

class TesseractIdReader final : public IdPhotoReader {
public:
    static Result<std::unique_ptr<TesseractIdReader>> create(const OcrOptions& options = {});
    ~TesseractIdReader() override;

    Result<Person> read(const ImageData& image, IdDocumentKind kind) override;
    Result<TextField> readBackAddress(const ImageData& image, IdDocumentKind kind) override;

    const OcrDiagnostics& diagnostics() const;

private:
    struct Impl;
    explicit TesseractIdReader(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m;
};

} // namespace kakanai::ocr
