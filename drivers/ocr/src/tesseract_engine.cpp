#include "tesseract_engine.h"

#include <tesseract/baseapi.h>
#include <tesseract/resultiterator.h>

#include <algorithm>
#include <cstdlib>

namespace kakanai::ocr {
namespace {

Result<std::unique_ptr<tesseract::TessBaseAPI>> initApi(const std::string& tessdata, const char* language) {
    auto api = std::make_unique<tesseract::TessBaseAPI>();
    // Tesseract prints warnings and progress to stderr; nothing of it is for residents or logs.
    api->SetVariable("debug_file", "/dev/null");
    if (api->Init(tessdata.empty() ? nullptr : tessdata.c_str(), language, tesseract::OEM_LSTM_ONLY) != 0)
        return makeError("ocr.unavailable",
                         std::string("cannot load the Tesseract model \"") + language +
                             "\" (Debian package tesseract-ocr-" + language + ")",
                         tessdata);
    api->SetPageSegMode(tesseract::PSM_SINGLE_LINE);
    // Complex kanji (誠, 藤) have many nested outlines: without these, Tesseract's noise filter
    // drops them and returns an empty line.
    api->SetVariable("textord_noise_rejwords", "0");
    api->SetVariable("textord_noise_rejrows", "0");
    api->SetVariable("tessedit_do_invert", "0");
    api->SetVariable("user_defined_dpi", "300");
    return api;
}

} // namespace

Result<std::unique_ptr<TesseractEngine>> TesseractEngine::create(const std::string& tessdataDir) {
    std::unique_ptr<TesseractEngine> engine(new TesseractEngine());
    engine->m_tessdata = tessdataDir;
    auto jpn = initApi(tessdataDir, "jpn");
    if (!jpn) return jpn.error();
    engine->m_jpn = std::move(*jpn);
    return engine;
}

TesseractEngine::~TesseractEngine() {
    if (m_jpn) m_jpn->End();
    if (m_eng) m_eng->End();
}

Result<tesseract::TessBaseAPI*> TesseractEngine::api(OcrModel model) {
    if (model == OcrModel::Japanese) return m_jpn.get();
    if (!m_eng) {
        auto eng = initApi(m_tessdata, "eng");
        if (!eng) return eng.error();
        m_eng = std::move(*eng);
    }
    return m_eng.get();
}

Result<OcrLine> TesseractEngine::recognizeLine(const cv::Mat& gray, OcrModel model,
                                               std::string_view whitelist) {
    auto a = api(model);
    if (!a) return a.error();
    tesseract::TessBaseAPI& api = **a;
    CV_Assert(gray.type() == CV_8UC1);
    api.SetVariable("tessedit_char_whitelist", std::string(whitelist).c_str());
    api.SetImage(gray.data, gray.cols, gray.rows, 1, int(gray.step));
    OcrLine line;
    if (api.Recognize(nullptr) == 0) {
        std::unique_ptr<tesseract::ResultIterator> it(api.GetIterator());
        if (it) {
            do {
                std::unique_ptr<char[]> text(it->GetUTF8Text(tesseract::RIL_SYMBOL));
                if (!text || text[0] == 0) continue;
                OcrSymbol s;
                s.text = text.get();
                int x0 = 0, y0 = 0, x1 = 0, y1 = 0;
                it->BoundingBox(tesseract::RIL_SYMBOL, &x0, &y0, &x1, &y1);
                s.box = cv::Rect(x0, y0, std::max(1, x1 - x0), std::max(1, y1 - y0));
                s.confidence = std::clamp(it->Confidence(tesseract::RIL_SYMBOL) / 100.f, 0.f, 1.f);
                s.startsWord = it->IsAtBeginningOf(tesseract::RIL_WORD);
                line.symbols.push_back(std::move(s));
            } while (it->Next(tesseract::RIL_SYMBOL));
        }
    }
    api.Clear(); // drops Tesseract's copy of the image
    api.SetVariable("tessedit_char_whitelist", "");
    float sum = 0, minimum = 1;
    for (const auto& s : line.symbols) {
        if (s.startsWord && !line.text.empty()) line.text += ' ';
        line.text += s.text;
        sum += s.confidence;
        minimum = std::min(minimum, s.confidence);
    }
    if (!line.symbols.empty()) {
        line.meanConfidence = sum / float(line.symbols.size());
        line.minConfidence = minimum;
    }
    return line;
}

} // namespace kakanai::ocr
