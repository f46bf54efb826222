#include "kakanai/verify/code_reader.h"

#include <ZXing/ReadBarcode.h>

#include <algorithm>

namespace kakanai::verify {

std::vector<std::string> readCodes(const GrayView& image) {
    std::vector<std::string> texts;
    if (!image.pixels || image.width <= 0 || image.height <= 0) return texts;
    const ZXing::ImageView view(image.pixels, image.width, image.height, ZXing::ImageFormat::Lum,
                                image.stride ? image.stride : image.width);
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode);
    hints.setTryHarder(true);
    hints.setTryRotate(true);
    hints.setTryDownscale(true);
    // The local binarizer copes with shadows and uneven light on photos; the global one with
    // low-contrast photocopies. Try the second only when the first finds nothing.
    for (auto binarizer : {ZXing::Binarizer::LocalAverage, ZXing::Binarizer::GlobalHistogram}) {
        hints.setBinarizer(binarizer);
        for (const auto& r : ZXing::ReadBarcodes(view, hints))
            if (r.isValid() && std::find(texts.begin(), texts.end(), r.text()) == texts.end())
                texts.push_back(r.text());
        if (!texts.empty()) break;
    }
    return texts;
}

} // namespace kakanai::verify
