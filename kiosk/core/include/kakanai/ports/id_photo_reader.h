#pragma once
// Port: reading identity from a photo of an ID card (OCR), and the document camera that takes it.
// Implemented by drivers/ocr (OpenCV + Tesseract) and drivers/camera (V4L2 via OpenCV); fakes serve tests
// and the demo. Images cross this boundary as encoded bytes or 8-bit pixels, never as OpenCV types.
// Extend this interface (add members); never rename what exists.

#include "kakanai/base/result.h"
#include "kakanai/person/person.h"

#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

namespace kakanai {

enum class IdDocumentKind { Auto, DriverLicense, MyNumberCard, ResidenceCard };

// An image in memory: either encoded (PNG/JPEG bytes) or raw 8-bit BGR/gray pixels. Wiped by its owner.
struct ImageData {
    std::vector<std::uint8_t> bytes;
    int width = 0, height = 0, channels = 0; // 0: `bytes` is an encoded file
};

// Errors (kakanai/ocr/ocr_errors.h): ocr.no-card, ocr.too-blurred, ocr.too-dark, ocr.glare, ocr.unsupported-kind, ocr.back-side
// (a My Number card shown back side up: the image was discarded unread), ocr.unreadable, ocr.unavailable
class IdPhotoReader {
public:
    virtual ~IdPhotoReader() = default;
    // A kakanai-person/1 record with source "ocr:<kind>", a confidence per field and needs_check set.
    virtual Result<Person> read(const ImageData& image, IdDocumentKind kind) = 0;
    // After a move the current address is on the back (My Number card 追記欄, licence 備考, residence card
    // 住居地記載欄). Reads only that area of a photo of the back (never the 個人番号) and returns the newest
    // address, always marked for the resident's check. `kind` must name the card.
    virtual Result<TextField> readBackAddress(const ImageData& image, IdDocumentKind kind) {
        (void)image, (void)kind;
        return makeError("ocr.unsupported-kind", "this reader cannot read the back of a card");
    }
};

struct CameraFrame {
    ImageData image; // raw pixels
    bool cardPresent = false;
    bool still = false; // the card has stopped moving: good moment to capture
};

class DocumentCamera {
public:
    virtual ~DocumentCamera() = default;
    virtual Status open() = 0;
    virtual void close() = 0;
    virtual Result<CameraFrame> grab(std::chrono::milliseconds timeout) = 0;
};

} // namespace kakanai
