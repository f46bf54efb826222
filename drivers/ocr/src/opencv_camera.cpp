#include "kakanai/ocr/opencv_camera.h"

#include "card_geometry.h"

#include <opencv2/imgproc.hpp>
#include <opencv2/videoio.hpp>

#include <cstring>
#include <filesystem>

namespace kakanai::ocr {

struct OpenCvDocumentCamera::Impl {
    CameraOptions options;
    cv::VideoCapture capture;
    bool sequence = false; // image files: the last one stays in view
    cv::Mat last;          // last frame of a sequence
    cv::Mat previousSmall; // grey, for the stillness check
};

namespace {

void wipeMat(cv::Mat& m) {
    if (!m.empty() && m.isContinuous()) std::memset(m.data, 0, m.total() * m.elemSize());
    m.release();
}

} // namespace

OpenCvDocumentCamera::OpenCvDocumentCamera(CameraOptions options) : m(std::make_unique<Impl>()) {
    m->options = std::move(options);
}

OpenCvDocumentCamera::~OpenCvDocumentCamera() {
    close();
}

Status OpenCvDocumentCamera::open() {
    close();
    const std::string& device = m->options.device;
    m->sequence = device.find('%') != std::string::npos;
    const bool ok = m->sequence ? m->capture.open(device, cv::CAP_IMAGES)
                                : std::filesystem::exists(device) && m->capture.open(device, cv::CAP_V4L2);
    if (!ok || !m->capture.isOpened()) {
        m->capture.release();
        return makeError("camera.unavailable", "the document camera " + device +
                                                   " cannot be opened: check its cable and [camera] device");
    }
    if (!m->sequence) {
        m->capture.set(cv::CAP_PROP_FRAME_WIDTH, m->options.width);
        m->capture.set(cv::CAP_PROP_FRAME_HEIGHT, m->options.height);
    }
    return {};
}

void OpenCvDocumentCamera::close() {
    if (m->capture.isOpened()) m->capture.release();
    wipeMat(m->last);
    wipeMat(m->previousSmall);
}

Result<CameraFrame> OpenCvDocumentCamera::grab(std::chrono::milliseconds timeout) {
    (void)timeout; // V4L2 reads wait for the next frame (a few tens of ms); OpenCV bounds the wait itself
    if (!m->capture.isOpened()) return makeError("camera.unavailable", "the document camera is not open");
    cv::Mat frame;
    if (!m->capture.read(frame) || frame.empty()) {
        if (!m->sequence || m->last.empty())
            return makeError("camera.failed", "the document camera gave no picture: check its cable");
        frame = m->last.clone();
    } else if (m->sequence) {
        m->last = frame.clone();
    }
    if (frame.channels() == 1) cv::cvtColor(frame, frame, cv::COLOR_GRAY2BGR);
    if (frame.channels() == 4) cv::cvtColor(frame, frame, cv::COLOR_BGRA2BGR);

    CameraFrame out;
    const auto card = findCard(frame);
    out.cardPresent = card && card->score >= 0.5;
    cv::Mat small, grey;
    cv::resize(frame, small, cv::Size(160, std::max(1, frame.rows * 160 / std::max(1, frame.cols))));
    cv::cvtColor(small, grey, cv::COLOR_BGR2GRAY);
    if (!m->previousSmall.empty() && m->previousSmall.size() == grey.size()) {
        cv::Mat diff;
        cv::absdiff(grey, m->previousSmall, diff);
        out.still = out.cardPresent && cv::mean(diff)[0] < m->options.stillDiff;
    }
    wipeMat(m->previousSmall);
    m->previousSmall = grey;
    wipeMat(small);

    out.image.width = frame.cols;
    out.image.height = frame.rows;
    out.image.channels = 3;
    if (!frame.isContinuous()) frame = frame.clone();
    out.image.bytes.assign(frame.data, frame.data + frame.total() * frame.elemSize());
    wipeMat(frame);
    return out;
}

} // namespace kakanai::ocr
