#pragma once
// The kiosk's devices behind the core ports, chosen at start-up (the composition root): the real
// drivers when they are built in (KAKANAI_WITH_CARD / _OCR / _PRINTER), else the test doubles (`--demo`,
// UI tests). A driver that is not built in leaves its path unavailable (the resident never sees it, staff
// status says "not in this build"); a device that is configured but absent (no reader plugged in, printer
// switched off) never stops the kiosk from starting. Handles to the doubles stay available for tests.

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
    // Whether each path's driver is in this build (false: the path is hidden, staff see "not in this build").
    bool cardBuiltIn = true;
    bool cameraBuiltIn = true;
    bool printerBuiltIn = true;

    FakeCardReader* fakeCard = nullptr;
    FakeDocumentCamera* fakeCamera = nullptr;
    FakeIdPhotoReader* fakeOcr = nullptr;
    FakePrinter* fakePrinter = nullptr;
    FakePageCamera* fakePageCamera = nullptr;
};

// Simulated card reader, camera and OCR; `printer`: "memory" (FakePrinter) or a file: target.
Devices makeSimulatedDevices(const std::string& printerTarget);
// Devices for a configured kiosk: the real drivers that are built in. Fails (with the config key in
// Error::where) only when the config cannot work — no printer, a file: printer outside the demo, a bad
// printer target — or when no identification path (card reader, camera) is built in at all. `demo` uses
// the simulated devices and the config's file: printer.
Result<Devices> makeDevices(const KioskConfig& config, bool demo);
// Programs that use the real card driver run card I/O in a helper process: themselves, started as
// `<program> __card-helper …`. main() calls this first; it returns the helper's exit code, or -1 when
// argv is not a helper call (or the card driver is not built in).
int runDeviceHelper(int argc, char** argv);

} // namespace kakanai::kiosk
