// The device factory without --demo: which config problems stop the kiosk (each named by its key), and
// that a valid config gives the real drivers (no test double) without opening anything.
#include "devices.h"

#include <gtest/gtest.h>

namespace kakanai::kiosk {
namespace {

KioskConfig realConfig() {
    KioskConfig c = demoConfig(KAKANAI_TEST_SOURCE_DIR);
    PrinterConfig p;
    p.name = "counter-1";
    p.target = "ipp://192.0.2.10/ipp/print"; // nothing there: opening must not contact it
    c.printers = {{p.name, p}};
    c.printer_use = p.name;
    return c;
}

TEST(DeviceFactory, RealDriversFromTheConfigWithoutContactingThem) {
    auto d = makeDevices(realConfig(), false);
    ASSERT_TRUE(d.ok()) << d.error().describe();
    EXPECT_TRUE(d->card && d->printer);
    EXPECT_EQ(d->fakeCard, nullptr);
    EXPECT_EQ(d->fakePrinter, nullptr);
    EXPECT_EQ(d->fakeCamera, nullptr);
    EXPECT_EQ(d->printerDescription, "counter-1 (ipp://192.0.2.10/ipp/print)");
#ifdef KAKANAI_HAVE_CARD
    EXPECT_TRUE(d->cardBuiltIn);
#endif
#ifdef KAKANAI_HAVE_OCR
    EXPECT_TRUE(d->cameraBuiltIn);
    EXPECT_TRUE(d->camera && d->ocr);
    EXPECT_NE(d->pageCamera, nullptr) << "the staff screen photographs printed pages with the counter camera";
#endif
}

TEST(DeviceFactory, ConfigProblemsNameTheirKey) {
    KioskConfig noPrinter = realConfig();
    noPrinter.printers.clear();
    noPrinter.printer_use.clear();
    auto a = makeDevices(noPrinter, false);
    ASSERT_FALSE(a.ok());
    EXPECT_EQ(a.error().where, "printer.use");

    auto b = makeDevices(demoConfig(KAKANAI_TEST_SOURCE_DIR), false); // the demo's file: printer
    ASSERT_FALSE(b.ok());
    EXPECT_EQ(b.error().where, "printers.demo.target");
    EXPECT_NE(b.error().message.find("demo"), std::string::npos);

    KioskConfig badTarget = realConfig();
    badTarget.printers["counter-1"].target = "socket://192.0.2.10:9100";
    auto c = makeDevices(badTarget, false);
    ASSERT_FALSE(c.ok());
    EXPECT_EQ(c.error().where, "printers.counter-1.target");

#ifdef KAKANAI_HAVE_OCR
    KioskConfig noCamera = realConfig();
    noCamera.camera_device.clear();
    auto e = makeDevices(noCamera, false);
    ASSERT_FALSE(e.ok());
    EXPECT_EQ(e.error().where, "camera.device");
    noCamera.camera_enabled = false; // switched off: no device needed, and no photo path
    auto f = makeDevices(noCamera, false);
    ASSERT_TRUE(f.ok()) << f.error().describe();
    EXPECT_EQ(f->camera, nullptr);
    EXPECT_EQ(f->pageCamera, nullptr);
#endif
}

TEST(DeviceFactory, DemoKeepsTheTestDoubles) {
    auto d = makeDevices(demoConfig(KAKANAI_TEST_SOURCE_DIR), true);
    ASSERT_TRUE(d.ok());
    EXPECT_NE(d->fakeCard, nullptr);
    EXPECT_NE(d->fakeCamera, nullptr);
}

} // namespace
} // namespace kakanai::kiosk
