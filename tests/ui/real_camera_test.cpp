// The photo path with the real drivers: the OpenCV document camera (fed an image sequence: an empty desk,
// then a synthetic card of a fictional person coming to rest, from tests/ocr/cardgen) and the real
// Tesseract reader, through the real QML: the kiosk sees the card, takes the photo by itself and shows
// what it read on the check screen.
#include "kiosk_fixture.h"

#include "corpus.h"
#include "devices.h"
#include "identify_model.h"
#include "image_store.h"

#include <opencv2/imgcodecs.hpp>

#include <cstdio>
#include <filesystem>
#include <fstream>

namespace kakanai::kiosk::test {
namespace {

namespace fs = std::filesystem;

class RealCameraTest : public KioskFixture {
protected:
    void configure(KioskController::Options& o) override {
        m_frames = m_dir + "/frames";
        fs::create_directories(m_frames);
        cardgen::TextPainter painter;
        m_sample = cardgen::makeSample(
            cardgen::SampleSpec{"t", IdDocumentKind::DriverLicense, false, cardgen::Difficulty::Scan, 11},
            painter);
        // Two frames of an empty desk, then the card lying still.
        cv::Mat desk(m_sample.shot.image.size(), CV_8UC3, cv::Scalar(96, 104, 110));
        int n = 0;
        auto write = [&](const cv::Mat& m) {
            char name[32];
            std::snprintf(name, sizeof name, "/frame%03d.png", n++);
            ASSERT_TRUE(cv::imwrite(m_frames + name, m));
        };
        write(desk);
        write(desk);
        for (int i = 0; i < 6; ++i)
            write(m_sample.shot.image);
        o.config.camera_enabled = true;
        o.config.camera_device = m_frames + "/frame%03d.png";
        PrinterConfig p{"counter-1", "ipp://127.0.0.1:9/ipp/print", {}, 5};
        o.config.printers = {{p.name, p}};
        o.config.printer_use = p.name;
        auto devices = makeDevices(o.config, false);
        ASSERT_TRUE(devices.ok()) << devices.error().describe();
        EXPECT_EQ(devices->fakeCamera, nullptr);
        EXPECT_EQ(devices->fakeOcr, nullptr);
        o.devices = std::move(devices.value());
        o.demo = false;
    }
    void TearDown() override {
        KioskFixture::TearDown();
        std::error_code ec;
        fs::remove_all(m_frames, ec); // synthetic, but frames of an ID are not left lying around
    }
    std::string m_frames;
    cardgen::Sample m_sample;
};

TEST_F(RealCameraTest, CardUnderTheCameraIsPhotographedByItselfAndRead) {
    toIdentify();
    ASSERT_TRUE(ui().visible("useCameraButton")) << "the camera and OCR drivers are built in";
    tapOrFail("useCameraButton");
    ASSERT_TRUE(waitStep("camera"));
    ASSERT_TRUE(ui().waitFor([&] { return model("identify")->property("cameraCard").toBool(); }, 15000))
        << "the card was not seen; error: " << model("identify")->property("error").toString().toStdString();
    shot("camera-card-seen");
    // Auto-capture after a few still frames, then the real OCR (seconds: the model loads at first use).
    ASSERT_TRUE(waitStep("check", 90000))
        << "OCR error: " << model("identify")->property("error").toString().toStdString();
    shot("check-from-photo");
    ASSERT_TRUE(kiosk().session().person);
    const Person& p = *kiosk().session().person;
    EXPECT_EQ(p.source, "ocr:driver-license");
    ASSERT_TRUE(p.name);
    if (!p.needsCheck("name")) {
        EXPECT_EQ(p.name->value, m_sample.person.name);
    }
    EXPECT_EQ(kiosk().images()->count(), 0) << "the camera frames are dropped once the photo is read";
}

} // namespace
} // namespace kakanai::kiosk::test
