#include "pdf_tools.h"

#include "test_support.h"

#include <zlib.h>

#include <sstream>
#include <stdexcept>

namespace kakanai::test {

std::string inflatedStreams(const std::string& pdf) {
    std::string out;
    for (std::size_t at = pdf.find("stream"); at != std::string::npos; at = pdf.find("stream", at + 6)) {
        std::size_t begin = at + 6;
        if (begin < pdf.size() && pdf[begin] == '\r') ++begin;
        if (begin < pdf.size() && pdf[begin] == '\n') ++begin;
        z_stream z{};
        if (inflateInit(&z) != Z_OK) continue;
        z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(pdf.data() + begin));
        z.avail_in = static_cast<uInt>(pdf.size() - begin);
        char buf[16384];
        int rc = Z_OK;
        while (rc == Z_OK) {
            z.next_out = reinterpret_cast<Bytef*>(buf);
            z.avail_out = sizeof buf;
            rc = inflate(&z, Z_NO_FLUSH);
            out.append(buf, sizeof buf - z.avail_out);
        }
        inflateEnd(&z);
        out += '\n';
    }
    return out;
}

int GrayImage::darkPixels(int x0, int y0, int w, int h) const {
    int n = 0;
    for (int y = std::max(0, y0); y < std::min(height, y0 + h); ++y)
        for (int x = std::max(0, x0); x < std::min(width, x0 + w); ++x)
            if (at(x, y) < 128) ++n;
    return n;
}

std::string pdfText(const std::string& pdfPath, bool layout) {
    std::vector<std::string> argv{"pdftotext", "-q"};
    if (layout) argv.push_back("-layout");
    argv.insert(argv.end(), {pdfPath, "-"});
    return run(argv).out;
}

GrayImage renderPage(const std::string& pdfPath, int page, int dpi) {
    const CommandResult r = run({"pdftoppm", "-q", "-gray", "-r", std::to_string(dpi), "-f",
                                 std::to_string(page), "-l", std::to_string(page), "-singlefile", pdfPath});
    if (r.exitCode != 0) throw std::runtime_error("pdftoppm failed: " + r.err);
    // Binary PGM: "P5\n<w> <h>\n255\n" then pixels.
    std::istringstream in(r.out);
    std::string magic;
    int w = 0, h = 0, maxval = 0;
    in >> magic >> w >> h >> maxval;
    in.get();
    GrayImage img;
    img.width = w, img.height = h;
    img.pixels.resize(static_cast<std::size_t>(w) * h);
    in.read(reinterpret_cast<char*>(img.pixels.data()), static_cast<std::streamsize>(img.pixels.size()));
    if (magic != "P5" || maxval != 255 || !in) throw std::runtime_error("unexpected pdftoppm output");
    return img;
}

} // namespace kakanai::test
