#pragma once
// Looking at rendered PDFs the way a person would: text with pdftotext, pixels with pdftoppm.

#include <cstdint>
#include <string>
#include <vector>

namespace kakanai::test {

struct GrayImage {
    int width = 0, height = 0;
    std::vector<std::uint8_t> pixels; // 0 black … 255 white
    std::uint8_t at(int x, int y) const { return pixels[static_cast<std::size_t>(y) * width + x]; }
    // Dark pixels (< 128) in a rectangle, in pixels.
    int darkPixels(int x, int y, int w, int h) const;
};

// Every stream of a PDF, inflated, one after another: what is compressed (pages, object streams).
std::string inflatedStreams(const std::string& pdf);

std::string pdfText(const std::string& pdfPath, bool layout = true);
// Renders one page (1-based) to grayscale at `dpi` with pdftoppm.
GrayImage renderPage(const std::string& pdfPath, int page, int dpi);

} // namespace kakanai::test
