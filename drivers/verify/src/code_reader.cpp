#include "kakanai/verify/code_reader.h"

#include <ZXing/ReadBarcode.h>

#include <algorithm>

namespace kakanai::verify {

namespace {

// Bilinear resampling by `factor`. zxing samples one point per module: at under 3 pixels per module
// (a 150 dpi scan) some grid phases miss, and a resampled copy lands the points elsewhere.
std::vector<std::uint8_t> resampled(const GrayView& in, double factor, int& w, int& h) {
    w = static_cast<int>(in.width * factor), h = static_cast<int>(in.height * factor);
    const int stride = in.stride ? in.stride : in.width;
    std::vector<std::uint8_t> out(static_cast<std::size_t>(w) * static_cast<std::size_t>(h));
    for (int y = 0; y < h; ++y) {
        const double sy = std::clamp((y + 0.5) / factor - 0.5, 0.0, in.height - 1.0);
        const int y0 = static_cast<int>(sy), y1 = std::min(y0 + 1, in.height - 1);
        const double fy = sy - y0;
        for (int x = 0; x < w; ++x) {
            const double sx = std::clamp((x + 0.5) / factor - 0.5, 0.0, in.width - 1.0);
            const int x0 = static_cast<int>(sx), x1 = std::min(x0 + 1, in.width - 1);
            const double fx = sx - x0;
            auto at = [&](int xx, int yy) {
                return static_cast<double>(
                    in.pixels[static_cast<std::size_t>(yy) * static_cast<std::size_t>(stride) +
                              static_cast<std::size_t>(xx)]);
            };
            const double v = (at(x0, y0) * (1 - fx) + at(x1, y0) * fx) * (1 - fy) +
                             (at(x0, y1) * (1 - fx) + at(x1, y1) * fx) * fy;
            out[static_cast<std::size_t>(y) * static_cast<std::size_t>(w) + static_cast<std::size_t>(x)] =
                static_cast<std::uint8_t>(v + 0.5);
        }
    }
    return out;
}

std::vector<std::string> readAt(const GrayView& image) {
    std::vector<std::string> texts;
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

} // namespace

std::vector<std::string> readCodes(const GrayView& image) {
    if (!image.pixels || image.width <= 0 || image.height <= 0) return {};
    std::vector<std::string> texts = readAt(image);
    // Only when nothing was found, and only for images small enough that the copy stays cheap.
    constexpr long kMaxResampledPixels = 40'000'000;
    if (texts.empty() && 2.25 * image.width * image.height <= kMaxResampledPixels) {
        int w = 0, h = 0;
        const auto big = resampled(image, 1.5, w, h);
        texts = readAt(GrayView{big.data(), w, h, w});
    }
    return texts;
}

} // namespace kakanai::verify
