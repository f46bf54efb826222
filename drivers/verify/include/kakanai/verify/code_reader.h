#pragma once
// Finding hand-off QR codes in pixels: a scan, a photo of a page, a camera frame, a rendered PDF.
// The kiosk app's staff screen passes camera frames as a GrayView; the CLI passes files.

#include "kakanai/base/result.h"

#include <cstdint>
#include <string>
#include <vector>

namespace kakanai::verify {

// 8-bit grey pixels (0 black … 255 white), rows `stride` bytes apart. Not owned.
struct GrayView {
    const std::uint8_t* pixels = nullptr;
    int width = 0, height = 0;
    int stride = 0; // bytes per row; 0 = width
};

// The text of every QR code found (any rotation, perspective, blur a phone or a 150 dpi scan gives).
// Order: as zxing reports them (top to bottom, roughly).
std::vector<std::string> readCodes(const GrayView& image);

// An image or PDF page, decoded to grey pixels.
struct PageImage {
    std::string label; // "scan.jpg", "form.pdf page 2", "scan.tiff page 3"
    int width = 0, height = 0;
    std::vector<std::uint8_t> pixels;
    GrayView view() const { return GrayView{pixels.data(), width, height, width}; }
};

// PDF (pages rendered at `pdfDpi` in memory), PNG, JPEG (EXIF orientation applied), TIFF (every page),
// PGM, BMP, WebP. Errors: "verify.io" (cannot read), "verify.format" (neither an image nor a PDF).
Result<std::vector<PageImage>> loadPages(const std::string& path, int pdfDpi = 200);
Result<std::vector<PageImage>> pdfPages(const std::vector<std::uint8_t>& pdf, const std::string& label,
                                        int dpi = 200);

} // namespace kakanai::verify
