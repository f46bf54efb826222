#pragma once
// The kiosk's devices behind the core ports, chosen at start-up (the composition root): the real
// drivers when they are built in (KAKANAI_WITH_CARD / _OCR / _PRINTER) and configured, else the test
// doubles (`--demo`, UI tests). Handles to the doubles stay available so tests can script them.

#include "kakanai/config/config.h"
#include "kakanai/ports/card_reader.h"
#include "kakanai/ports/id_photo_reader.h"
#include "kakanai/ports/printer.h"
#include "kakanai/ports/voice_guide.h"

#include <memory>
#include <string>

namespace kakanai::kiosk {

class FakeCardReader;
class FakeDocumentCamera;
class FakeIdPhotoReader;
class FakePageCamera;
class FakePrinter;

struct Devices {
    std::unique_ptr<CardReader> card;
    std::unique_ptr<DocumentCamera> camera; // null: no camera path offered
    // The staff screen's camera over the counter, for printed pages (null: hand scanner only).
    std::unique_ptr<DocumentCamera> pageCamera;
    std::unique_ptr<IdPhotoReader> ocr;
    std::unique_ptr<Printer> printer;
    std::unique_ptr<VoiceGuide> voice;
    std::string printerDescription; // for the staff screen (never personal data)

    FakeCardReader* fakeCard = nullptr;
    FakeDocumentCamera* fakeCamera = nullptr;
    FakeIdPhotoReader* fakeOcr = nullptr;
    FakePrinter* fakePrinter = nullptr;
    FakePageCamera* fakePageCamera = nullptr;
};

// Simulated card reader, camera and OCR; `printer`: "memory" (FakePrinter) or a file: target.
Devices makeSimulatedDevices(const std::string& printerTarget);
// Devices for a configured kiosk; fails with a named problem when a device the config asks for is not
// built in. `demo` uses the simulated devices and the config's file: printer.
Result<Devices> makeDevices(const KioskConfig& config, bool demo);

} // namespace kakanai::kiosk
