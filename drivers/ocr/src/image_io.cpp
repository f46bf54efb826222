#include "image_io.h"

#include "kakanai/ocr/ocr_errors.h"

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <cstring>

namespace kakanai::ocr {
namespace {

constexpr std::size_t kMaxEncodedBytes = 64u << 20;
constexpr long kMaxPixels = 60'000'000; // a 60 MP photo is far more than a card needs

} // namespace

Result<cv::Mat> decodeImage(const ImageData& image) {
    if (image.channels == 0) {
        if (image.bytes.empty()) return errors::make(errors::kUnreadable, "the image is empty");
        if (image.bytes.size() > kMaxEncodedBytes)
            return errors::make(errors::kUnreadable, "the image file is larger than 64 MB");
        const cv::Mat buf(1, int(image.bytes.size()), CV_8UC1, const_cast<std::uint8_t*>(image.bytes.data()));
        cv::Mat bgr;
        try {
            bgr = cv::imdecode(buf, cv::IMREAD_COLOR);
        } catch (const cv::Exception&) {
            bgr.release();
        }
        if (bgr.empty()) return errors::make(errors::kUnreadable, "not an image (PNG, JPEG, TIFF, BMP …)");
        if (long(bgr.cols) * bgr.rows > kMaxPixels) {
            wipe(bgr);
            return errors::make(errors::kUnreadable, "the image has more than 60 megapixels");
        }
        return bgr;
    }
    if (image.width <= 0 || image.height <= 0 || long(image.width) * image.height > kMaxPixels ||
        (image.channels != 1 && image.channels != 3 && image.channels != 4) ||
        image.bytes.size() !=
            std::size_t(image.width) * std::size_t(image.height) * std::size_t(image.channels))
        return errors::make(errors::kUnreadable,
                            "raw pixels do not match the stated width, height and channels");
    const cv::Mat view(image.height, image.width, CV_8UC(image.channels),
                       const_cast<std::uint8_t*>(image.bytes.data()));
    cv::Mat bgr;
    if (image.channels == 1)
        cv::cvtColor(view, bgr, cv::COLOR_GRAY2BGR);
    else if (image.channels == 4)
        cv::cvtColor(view, bgr, cv::COLOR_BGRA2BGR);
    else
        bgr = view.clone();
    return bgr;
}

void wipe(cv::Mat& m) {
    if (!m.empty() && m.u && m.u->refcount <= 1) {
        if (m.isContinuous())
            std::memset(m.data, 0, m.total() * m.elemSize());
        else
            m.setTo(cv::Scalar::all(0));
    }
    m.release();
}

void wipe(ImageData& image) {
    if (!image.bytes.empty()) {
        volatile std::uint8_t* p = image.bytes.data();
        for (std::size_t i = 0; i < image.bytes.size(); ++i)
            p[i] = 0;
    }
    image.bytes.clear();
    image.bytes.shrink_to_fit();
}

} // namespace kakanai::ocr
