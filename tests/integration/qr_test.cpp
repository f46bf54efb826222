// The QR area is drawn as vector modules and decodes back to the payload from a 150 dpi render.
#include "kakanai/forms/catalog.h"
#include "kakanai/forms/form_filler.h"
#include "kakanai/pdf/pdf_renderer.h"

#include "pdf_tools.h"
#include "test_support.h"

#include <ZXing/ReadBarcode.h>
#include <gtest/gtest.h>

using namespace kakanai;

namespace {

std::vector<std::string> decodeQr(const test::GrayImage& img) {
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode);
    std::vector<std::string> out;
    for (const auto& r : ZXing::ReadBarcodes(
             ZXing::ImageView(img.pixels.data(), img.width, img.height, ZXing::ImageFormat::Lum), hints))
        if (r.isValid()) out.push_back(r.text());
    return out;
}

TEST(Qr, PayloadRoundTripsFromA150DpiRender) {
    const FormCatalog catalog = FormCatalog::load(test::sourcePath("forms"));
    const KioskConfig config = demoConfig(KAKANAI_TEST_SOURCE_DIR);
    FillRequest req;
    req.forms = {catalog.find("juminhyo")};
    req.config = &config;
    req.today = Date{2026, 11, 23};
    // A payload of the size the signed hand-off code will have (Base45 alphabet).
    const std::string payload = "KKN1:" + std::string(190, 'A') + "$%*+-./:";
    req.qrPayload = [&](const FilledForm&, int) -> Result<std::string> { return payload; };
    pdf::FontLibrary fonts;
    auto out = fillForms(req, fonts);
    ASSERT_TRUE(out.ok()) << out.error().describe();
    pdf::PdfRenderer renderer(fonts);
    auto bytes = renderer.render(out->document);
    ASSERT_TRUE(bytes.ok());
    test::TempDir dir;
    test::writeFile(dir.file("qr.pdf"), std::string(bytes->begin(), bytes->end()));
    EXPECT_EQ(decodeQr(test::renderPage(dir.file("qr.pdf"), 1, 150)), std::vector<std::string>{payload});
}

} // namespace
