#pragma once
// The document camera over OpenCV's VideoCapture: a V4L2 device (/dev/videoN, the kiosk's USB document
// camera) or, for tests and demos, a sequence of image files (`dir/frame%03d.png`, which holds its last
// frame). Each frame says whether an ID card lies in view (the OCR's card finder, on a small copy) and
// whether it has stopped moving, so the kiosk can take the photo by itself. Frames stay in memory.

#include "kakanai/ports/id_photo_reader.h"

#include <memory>
#include <string>

namespace kakanai::ocr {

struct CameraOptions {
    std::string device = "/dev/video0"; // /dev/videoN, or an image sequence pattern containing '%'
    int width = 1920, height = 1080;    // asked of a V4L2 camera (it may give less)
    double stillDiff =
        3.0; // mean grey difference (0..255) between two small frames below which nothing moved
};

// Errors: camera.unavailable (no such device, cannot be opened), camera.failed (no frame within the timeout).
class OpenCvDocumentCamera final : public DocumentCamera {
public:
    explicit OpenCvDocumentCamera(CameraOptions options);
    ~OpenCvDocumentCamera() override;

    Status open() override;
    void close() override;
    Result<CameraFrame> grab(std::chrono::milliseconds timeout) override;

private:
    struct Impl;
    std::unique_ptr<Impl> m;
};

} // namespace kakanai::ocr
