#include "kakanai/verify/code_reader.h"

#include <opencv2/imgcodecs.hpp>
#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-image.h>
#include <poppler/cpp/poppler-page-renderer.h>
#include <poppler/cpp/poppler-page.h>

#include <cstring>
#include <fstream>
#include <memory>

namespace kakanai::verify {
namespace {

constexpr std::size_t kMaxFileBytes = 256 * 1024 * 1024;

void quietPoppler(const std::string&, void*) {} // font warnings of the PDF are not the user's concern

PageImage fromMat(const cv::Mat& gray, std::string label) {
    PageImage p;
    p.label = std::move(label);
    p.width = gray.cols, p.height = gray.rows;
    p.pixels.resize(static_cast<std::size_t>(gray.cols) * static_cast<std::size_t>(gray.rows));
    for (int y = 0; y < gray.rows; ++y)
        std::memcpy(p.pixels.data() + static_cast<std::size_t>(y) * static_cast<std::size_t>(gray.cols),
                    gray.ptr(y), static_cast<std::size_t>(gray.cols));
    return p;
}

bool isTiff(const std::vector<std::uint8_t>& b) {
    return b.size() > 4 && ((b[0] == 'I' && b[1] == 'I' && b[2] == 42 && b[3] == 0) ||
                            (b[0] == 'M' && b[1] == 'M' && b[2] == 0 && b[3] == 42));
}

} // namespace

Result<std::vector<PageImage>> pdfPages(const std::vector<std::uint8_t>& pdf, const std::string& label,
                                        int dpi) {
    poppler::set_debug_error_function(quietPoppler, nullptr);
    std::unique_ptr<poppler::document> doc(poppler::document::load_from_raw_data(
        reinterpret_cast<const char*>(pdf.data()), static_cast<int>(pdf.size())));
    if (!doc) return makeError("verify.format", "the PDF cannot be opened (damaged?)", label);
    if (doc->is_locked()) return makeError("verify.format", "the PDF is password-protected", label);
    poppler::page_renderer renderer;
    renderer.set_render_hint(poppler::page_renderer::antialiasing, true);
    renderer.set_render_hint(poppler::page_renderer::text_antialiasing, true);
    renderer.set_image_format(poppler::image::format_gray8);
    std::vector<PageImage> pages;
    const int n = doc->pages();
    for (int i = 0; i < n; ++i) {
        std::unique_ptr<poppler::page> page(doc->create_page(i));
        PageImage p;
        p.label = label + (n > 1 ? " page " + std::to_string(i + 1) : "");
        if (!page) {
            pages.push_back(std::move(p));
            continue;
        }
        const poppler::image img = renderer.render_page(page.get(), dpi, dpi);
        if (img.is_valid() && img.format() == poppler::image::format_gray8) {
            p.width = img.width(), p.height = img.height();
            p.pixels.resize(static_cast<std::size_t>(p.width) * static_cast<std::size_t>(p.height));
            for (int y = 0; y < p.height; ++y)
                std::memcpy(p.pixels.data() + static_cast<std::size_t>(y) * static_cast<std::size_t>(p.width),
                            img.const_data() + static_cast<std::ptrdiff_t>(y) * img.bytes_per_row(),
                            static_cast<std::size_t>(p.width));
        }
        pages.push_back(std::move(p));
    }
    return pages;
}

Result<std::vector<PageImage>> loadPages(const std::string& path, int pdfDpi) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return makeError("verify.io", "cannot read the file", path);
    std::vector<std::uint8_t> bytes;
    char buf[65536];
    while (in.read(buf, sizeof buf) || in.gcount() > 0) {
        bytes.insert(bytes.end(), buf, buf + in.gcount());
        if (bytes.size() > kMaxFileBytes)
            return makeError("verify.io", "the file is larger than 256 MB", path);
    }
    if (bytes.size() >= 5 && std::memcmp(bytes.data(), "%PDF-", 5) == 0) return pdfPages(bytes, path, pdfDpi);
    std::vector<PageImage> pages;
    try {
        if (isTiff(bytes)) {
            std::vector<cv::Mat> mats;
            if (cv::imreadmulti(path, mats, cv::IMREAD_GRAYSCALE))
                for (std::size_t i = 0; i < mats.size(); ++i)
                    pages.push_back(
                        fromMat(mats[i], path + (mats.size() > 1 ? " page " + std::to_string(i + 1) : "")));
        } else {
            const cv::Mat gray = cv::imdecode(bytes, cv::IMREAD_GRAYSCALE);
            if (!gray.empty()) pages.push_back(fromMat(gray, path));
        }
    } catch (const cv::Exception&) {
        pages.clear();
    }
    if (pages.empty())
        return makeError("verify.format", "neither a PDF nor an image this tool can read (PNG, JPEG, TIFF …)",
                         path);
    return pages;
}

} // namespace kakanai::verify
