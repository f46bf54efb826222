#pragma once
// DEMO AND TESTS ONLY: a "printer" that writes each job as a PDF file into a folder (target file:/DIR).
// It keeps the document on disk, which a kiosk must never do with a resident's form; the config check and the
// docs say so. Files are mode 0600, named from the neutral job name only.

#include "kakanai/ports/printer.h"

#include <string>

namespace kakanai {

class FilePrinter : public Printer {
public:
    explicit FilePrinter(std::string directory);

    Result<PrinterState> state() override;
    Status print(const std::vector<std::uint8_t>& pdf, const PrintOptions& options, int faultWaitSeconds,
                 const std::function<void(const JobProgress&)>& progress) override;

    // Paths written by the last print call (one per copy).
    const std::vector<std::string>& lastFiles() const { return m_lastFiles; }

private:
    std::string m_directory;
    std::vector<std::string> m_lastFiles;
};

} // namespace kakanai
