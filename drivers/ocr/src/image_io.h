#pragma once
// Images in and out of OpenCV, and wiping pixel buffers that showed a resident's card.

#include "kakanai/base/result.h"
#include "kakanai/ports/id_photo_reader.h"

#include <opencv2/core.hpp>

namespace kakanai::ocr {

// Encoded PNG/JPEG/… bytes or raw 8-bit gray/BGR/BGRA pixels → a BGR image (a copy).
Result<cv::Mat> decodeImage(const ImageData& image);

// Overwrites the pixels with zeros and releases the matrix (its data, if this was the last owner).
void wipe(cv::Mat& m);
// Overwrites and clears the bytes of an ImageData.
void wipe(ImageData& image);

} // namespace kakanai::ocr
