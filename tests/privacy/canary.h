#pragma once
// Canary strings for the privacy tests: random, so they cannot occur by chance in a template, a font or a
// message; searched for in every encoding the kiosk could write them in.

#include <string>
#include <vector>

namespace kakanai::test {

// `n` random kanji from a fixed list of common ones (all in IPAexGothic, so forms print them as text).
std::string randomKanji(int n);
std::string randomDigits(int n);

// The byte patterns under which `utf8` could appear in a file: UTF-8, UTF-16BE/LE, and the hex form a PDF
// content stream uses for our text (4 hex digits per BMP code point, upper and lower case).
std::vector<std::string> canaryPatterns(const std::string& utf8);

struct CanaryHit {
    std::string where;   // file path or stream name
    std::string pattern; // which encoding matched
};

// Every regular file under `dir` (recursively) searched for every pattern of every canary.
std::vector<CanaryHit> findCanaries(const std::string& dir, const std::vector<std::string>& canaries);
// The same for one in-memory text (stdout, stderr).
std::vector<CanaryHit> findCanariesIn(const std::string& name, const std::string& data,
                                      const std::vector<std::string>& canaries);

// A PDF's bytes, its inflated streams and the text pdftotext extracts (used to prove a canary IS in the
// output, so the search works).
std::vector<CanaryHit> findCanariesInPdf(const std::string& name, const std::string& pdf,
                                         const std::vector<std::string>& canaries);

} // namespace kakanai::test
