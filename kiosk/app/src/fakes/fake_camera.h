#pragma once
// Test doubles of the DocumentCamera and IdPhotoReader ports for UI tests and the demo: the camera shows
// an empty desk, then a sample (fictional) driver's licence sliding in and coming to rest; the "OCR"
// returns the fictional holder with per-field confidences, as the real reader will.

#include "kakanai/ports/id_photo_reader.h"

#include <QImage>

#include <atomic>

namespace kakanai::kiosk {

// The sample licence image (fictional person, drawn, never a photo of a real card).
QImage sampleLicenceImage();

class FakeDocumentCamera final : public DocumentCamera {
public:
    // emptyFrames: frames before the card appears; movingFrames: frames while it slides into place.
    explicit FakeDocumentCamera(int emptyFrames = 4, int movingFrames = 4)
        : m_empty(emptyFrames), m_moving(movingFrames) {}
    Status open() override;
    void close() override;
    Result<CameraFrame> grab(std::chrono::milliseconds timeout) override;
    bool isOpen() const { return m_open; }
    void setFailOpen(bool fail) { m_failOpen = fail; }
    // Faults of a real camera after `frames` good frames since open (-1: never): unplugged (grabs fail at
    // once, as V4L2 answers ENODEV; unplugAfter(0) also fails open) or stalled (open, but no frame comes:
    // each grab waits its whole timeout).
    void unplugAfter(int frames) { m_unplugAfter = frames; }
    void stallAfter(int frames) { m_stallAfter = frames; }

private:
    int m_empty, m_moving;
    std::atomic<int> m_frame{0};
    std::atomic<bool> m_open{false};
    std::atomic<bool> m_failOpen{false};
    std::atomic<int> m_unplugAfter{-1}, m_stallAfter{-1};
};

class FakeIdPhotoReader final : public IdPhotoReader {
public:
    Result<Person> read(const ImageData& image, IdDocumentKind kind) override;
    void setFailure(std::string code) { m_failure = std::move(code); }

private:
    std::string m_failure;
};

} // namespace kakanai::kiosk
