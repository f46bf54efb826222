#pragma once
// One Tesseract engine for the life of the reader: the jpn model is loaded once at start (the eng
// model, for residence-card names, on first use) and every line is recognised in-process through
// the C++ API. Lines go in as 8-bit grey images, dark text on white.

#include "kakanai/base/result.h"

#include <opencv2/core.hpp>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace tesseract {
class TessBaseAPI;
}

namespace kakanai::ocr {

struct OcrSymbol {
    std::string text;
    cv::Rect box;         // in the line image
    float confidence = 0; // 0..1
    bool startsWord = false;
};

struct OcrLine {
    std::string text; // words separated by single spaces
    std::vector<OcrSymbol> symbols;
    float meanConfidence = 0; // 0..1 over symbols
    float minConfidence = 0;
};

enum class OcrModel { Japanese, English };

class TesseractEngine {
public:
    // tessdataDir: empty = Tesseract's default (TESSDATA_PREFIX, then /usr/share/tesseract-ocr/5/tessdata).
    static Result<std::unique_ptr<TesseractEngine>> create(const std::string& tessdataDir);
    ~TesseractEngine();
    TesseractEngine(const TesseractEngine&) = delete;
    TesseractEngine& operator=(const TesseractEngine&) = delete;

    // Recognises one text line (page segmentation mode 7). `whitelist` restricts the characters.
    Result<OcrLine> recognizeLine(const cv::Mat& gray, OcrModel model, std::string_view whitelist = {});

private:
    TesseractEngine() = default;
    Result<tesseract::TessBaseAPI*> api(OcrModel model);
    std::string m_tessdata;
    std::unique_ptr<tesseract::TessBaseAPI> m_jpn, m_eng;
};

} // namespace kakanai::ocr
