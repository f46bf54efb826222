#include "devices.h"

#include "fakes/fake_camera.h"
#include "fakes/fake_card_reader.h"
#include "fakes/fake_page_camera.h"
#include "fakes/fake_printer.h"
#include "voice_clips.h"

#include "kakanai/print/printer_target.h"

#ifdef KAKANAI_HAVE_CARD
#include "kakanai/pcsc/card_helper.h"
#include "kakanai/pcsc/kiosk_card_reader.h"
#endif
#ifdef KAKANAI_HAVE_PRINTER
#include "kakanai/printer/open_printer.h"
#endif
#ifdef KAKANAI_HAVE_OCR
#include "kakanai/ocr/opencv_camera.h"
#include "kakanai/ocr/tesseract_id_reader.h"
#endif

#include <cstring>
#include <mutex>
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
    static Error noReader() {
        return makeError("card.no-reader", "this kiosk was built without a card driver");
    }
};

// No printer driver built in: the kiosk still starts (staff see why), printing fails with a clear error.
class NoPrinter final : public Printer {
public:
    Result<PrinterState> state() override { return notBuilt(); }
    Status print(const std::vector<std::uint8_t>&, const PrintOptions&, int,
                 const std::function<void(const JobProgress&)>&) override {
        return notBuilt();
    }

private:
    static Error notBuilt() {
        return makeError(
            "print.unreachable",
            "this kiosk was built without the printer driver (KAKANAI_WITH_PRINTER): call IT staff");
    }
};

#ifdef KAKANAI_HAVE_OCR
// Loading the Tesseract model takes seconds: it happens on the device thread at the first photo (or when
// staff run the self-test), never before the first frame.
class LazyIdPhotoReader final : public IdPhotoReader {
public:
    Result<Person> read(const ImageData& image, IdDocumentKind kind) override {
        auto r = reader();
        if (!r) return r.error();
        return (*r)->read(image, kind);
    }
    Result<TextField> readBackAddress(const ImageData& image, IdDocumentKind kind) override {
        auto r = reader();
        if (!r) return r.error();
        return (*r)->readBackAddress(image, kind);
    }

private:
    Result<IdPhotoReader*> reader() {
        std::lock_guard lock(m_mutex);
        if (!m_reader) {
            auto created = ocr::TesseractIdReader::create();
            if (!created) return created.error(); // ocr.unavailable: tried again next time
            m_reader = std::move(created.value());
        }
        return static_cast<IdPhotoReader*>(m_reader.get());
    }
    std::mutex m_mutex;
    std::unique_ptr<ocr::TesseractIdReader> m_reader;
};
#endif

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

Status addCard(const KioskConfig& config, Devices& d) {
#ifdef KAKANAI_HAVE_CARD
    pcsc::HelperReaderOptions o;
    o.helperArgv = pcsc::cardHelperCommand(); // empty: this program as `__card-helper` (runDeviceHelper)
    o.readerName = config.reader_name;
    o.deadline = std::chrono::seconds(config.card_s);
    d.card = std::make_unique<pcsc::KioskCardReader>(o);
#else
    (void)config;
    d.card = std::make_unique<NoCardReader>();
    d.cardBuiltIn = false;
#endif
    return {};
}

Status addPrinter(const KioskConfig& config, Devices& d) {
    const PrinterConfig* printer = config.activePrinter();
    if (!printer)
        return makeError("config.invalid", "no printer configured: add [printers.NAME] and [printer] use",
                         "printer.use");
    const std::string key = "printers." + printer->name + ".target";
    if (printer->target.rfind("file:", 0) == 0)
        return makeError(
            "config.invalid",
            "file: printers are for the demo only (kakanai-kiosk --demo); configure a real printer", key);
    auto target = parsePrinterTarget(printer->target);
    if (!target) return makeError("config.invalid", target.error().message, key);
#ifdef KAKANAI_HAVE_PRINTER
    // Opening contacts nothing: a printer that is off at start-up shows in staff status and at print time.
    auto opened = printer::openPrinter(*target);
    if (!opened) return makeError("config.invalid", opened.error().message, key);
    d.printer = std::move(opened.value());
    d.printerDescription = printer->name + " (" + printer->target + ")";
#else
    d.printer = std::make_unique<NoPrinter>();
    d.printerDescription = printer->name + " (" + printer->target + ")";
    d.printerBuiltIn = false;
#endif
    return {};
}

Status addCamera(const KioskConfig& config, Devices& d) {
#ifdef KAKANAI_HAVE_OCR
    if (!config.camera_enabled) return {};
    if (config.camera_device.empty())
        return makeError("config.invalid", "missing: the document camera (/dev/videoN), or enabled = false",
                         "camera.device");
    // Opened when a resident chooses the photo path: a camera unplugged at start-up stops nothing.
    ocr::CameraOptions o;
    o.device = config.camera_device;
    d.camera = std::make_unique<ocr::OpenCvDocumentCamera>(o);
    d.ocr = std::make_unique<LazyIdPhotoReader>();
    // Staff lay a printed page under the same counter camera to verify it (opened only while they do).
    d.pageCamera = std::make_unique<ocr::OpenCvDocumentCamera>(o);
#else
    (void)config;
    d.cameraBuiltIn = false;
#endif
    return {};
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
    if (Status s = addPrinter(config, d); !s) return s.error();
    if (Status s = addCard(config, d); !s) return s.error();
    if (Status s = addCamera(config, d); !s) return s.error();
    const bool cameraPath = d.camera && d.ocr && config.camera_enabled;
    if (!d.cardBuiltIn && !cameraPath)
        return makeError(
            "config.invalid",
            "no way to identify residents: this build has neither the card driver (KAKANAI_WITH_CARD) "
            "nor the camera and OCR drivers (KAKANAI_WITH_OCR)",
            "reader.name");
    d.voice = config.voice_directory.empty()
                  ? std::unique_ptr<VoiceGuide>(std::make_unique<SilentVoiceGuide>())
                  : std::make_unique<ClipVoiceGuide>(config.resolvePath(config.voice_directory));
    return d;
}

int runDeviceHelper(int argc, char** argv) {
#ifdef KAKANAI_HAVE_CARD
    if (argc >= 2 && std::strcmp(argv[1], pcsc::kCardHelperCommand) == 0)
        return pcsc::runCardHelper(std::vector<std::string>(argv + 2, argv + argc));
#else
    (void)argc, (void)argv;
#endif
    return -1;
}

} // namespace kakanai::kiosk
