#include "devices.h"

#include "fakes/fake_camera.h"
#include "fakes/fake_card_reader.h"
#include "fakes/fake_page_camera.h"
#include "fakes/fake_printer.h"
#include "voice_clips.h"

#include <thread>

namespace kakanai::kiosk {
namespace {

// No reader driver built in: the card path reports "no reader" and residents use the other paths.
class NoCardReader final : public CardReader {
public:
    Result<CardStatus> status() override { return noReader(); }
    Result<CardStatus> waitForChange(std::chrono::milliseconds timeout) override {
        std::this_thread::sleep_for(timeout);
        return noReader();
    }
    Result<Person> read(std::string_view) override { return noReader(); }

private:
    static Error noReader() { return makeError("card.no-reader", "this kiosk was built without a card driver"); }
};

std::unique_ptr<Printer> printerFor(const std::string& target, Devices& d) {
    if (target.rfind("file:", 0) == 0) {
        d.printerDescription = "file: " + target.substr(5) + " (demo)";
        return std::make_unique<FilePrinter>(target.substr(5));
    }
    auto p = std::make_unique<FakePrinter>();
    d.fakePrinter = p.get();
    d.printerDescription = "simulated printer";
    return p;
}

} // namespace

Devices makeSimulatedDevices(const std::string& printerTarget) {
    Devices d;
    auto card = std::make_unique<FakeCardReader>();
    d.fakeCard = card.get();
    d.card = std::move(card);
    auto camera = std::make_unique<FakeDocumentCamera>();
    d.fakeCamera = camera.get();
    d.camera = std::move(camera);
    auto ocr = std::make_unique<FakeIdPhotoReader>();
    d.fakeOcr = ocr.get();
    d.ocr = std::move(ocr);
    auto pageCamera = std::make_unique<FakePageCamera>();
    d.fakePageCamera = pageCamera.get();
    d.pageCamera = std::move(pageCamera);
    d.printer = printerFor(printerTarget, d);
    d.voice = std::make_unique<SilentVoiceGuide>();
    return d;
}

Result<Devices> makeDevices(const KioskConfig& config, bool demo) {
    const PrinterConfig* printer = config.activePrinter();
    if (demo) {
        Devices d = makeSimulatedDevices(printer ? printer->target : "memory");
        if (!config.voice_directory.empty())
            d.voice = std::make_unique<ClipVoiceGuide>(config.resolvePath(config.voice_directory));
        return d;
    }
    Devices d;
    // Real drivers are wired here as they land (drivers/card, drivers/ocr, drivers/printer).
    d.card = std::make_unique<NoCardReader>();
    if (!printer) return makeError("config.invalid", "no printer configured", "printer.use");
    if (printer->target.rfind("file:", 0) == 0)
        return makeError("config.invalid",
                         "file: printers are for the demo only (kakanai-kiosk --demo); configure a real printer",
                         "printers." + printer->name + ".target");
    return makeError("config.invalid", "this kiosk was built without the printer driver (KAKANAI_WITH_PRINTER)",
                     "printers." + printer->name + ".target");
}

} // namespace kakanai::kiosk
