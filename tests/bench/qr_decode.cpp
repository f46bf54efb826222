// kakanai-bench-qr-decode FILE.pdf [DPI]: renders page 1 with pdftoppm and prints every QR code ZXing
// decodes, one per line. Exit 0 when at least one decodes, 1 when none does, 2 on bad usage or a render
// failure. compare-pdfme.sh uses it to check that both benchmarks' PDFs carry a real, readable QR code.
#include "pdf_tools.h"

#include <ZXing/ReadBarcode.h>

#include <cstdio>
#include <cstdlib>
#include <exception>

int main(int argc, char** argv) {
    if (argc < 2 || argc > 3) {
        std::fprintf(stderr, "usage: kakanai-bench-qr-decode FILE.pdf [DPI]\n");
        return 2;
    }
    const int dpi = argc == 3 ? std::atoi(argv[2]) : 150;
    try {
        const auto img = kakanai::test::renderPage(argv[1], 1, dpi > 0 ? dpi : 150);
        ZXing::DecodeHints hints;
        hints.setFormats(ZXing::BarcodeFormat::QRCode);
        int found = 0;
        for (const auto& r : ZXing::ReadBarcodes(
                 ZXing::ImageView(img.pixels.data(), img.width, img.height, ZXing::ImageFormat::Lum), hints))
            if (r.isValid()) std::printf("%s\n", r.text().c_str()), ++found;
        return found ? 0 : 1;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "kakanai-bench-qr-decode: %s\n", e.what());
        return 2;
    }
}
