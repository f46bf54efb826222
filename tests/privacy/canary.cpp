#include "canary.h"

#include "pdf_tools.h"
#include "test_support.h"

#include "kakanai/base/utf8.h"

#include <cstdio>
#include <filesystem>
#include <iterator>
#include <random>

namespace kakanai::test {
namespace {

constexpr const char* kKanji[] = {"桜", "森", "林", "川", "海", "空", "雲", "星", "月", "光", "風", "鳥",
                                  "花", "草", "竹", "松", "梅", "菊", "藤", "楓", "岩", "峰", "谷", "泉",
                                  "湖", "浜", "港", "橋", "道", "坂", "畑", "里", "村", "町", "宮", "寺",
                                  "城", "門", "庭", "塔", "鈴", "鐘", "糸", "布", "紙", "筆", "墨", "琴",
                                  "笛", "鼓", "虹", "霧", "雪", "雷", "嵐", "春", "夏", "秋", "冬", "朝",
                                  "昼", "夜", "晴", "陽", "影", "音", "歌", "詩", "夢", "智"};

std::mt19937& rng() {
    static std::mt19937 r{std::random_device{}()};
    return r;
}

std::string utf16(const std::u32string& text, bool bigEndian) {
    std::string out;
    auto put = [&](unsigned u) {
        const char hi = static_cast<char>(u >> 8), lo = static_cast<char>(u & 0xFF);
        out += bigEndian ? hi : lo;
        out += bigEndian ? lo : hi;
    };
    for (char32_t c : text) {
        if (c < 0x10000) {
            put(static_cast<unsigned>(c));
        } else {
            put(0xD800 + ((static_cast<unsigned>(c) - 0x10000) >> 10));
            put(0xDC00 + ((static_cast<unsigned>(c) - 0x10000) & 0x3FF));
        }
    }
    return out;
}

std::string hex(const std::u32string& text, bool upper) {
    std::string out;
    char buf[16];
    for (char32_t c : text) {
        if (upper)
            std::snprintf(buf, sizeof buf, "%04X", static_cast<unsigned>(c));
        else
            std::snprintf(buf, sizeof buf, "%04x", static_cast<unsigned>(c));
        out += buf;
    }
    return out;
}

// The text poppler extracts: our PDFs show text as glyph ids, so only a PDF reader sees the characters.
std::string extractedText(const std::string& pdf) {
    return run({"pdftotext", "-q", "-", "-"}, pdf).out;
}

} // namespace

std::string randomKanji(int n) {
    std::uniform_int_distribution<std::size_t> pick(0, std::size(kKanji) - 1);
    std::string s;
    for (int i = 0; i < n; ++i)
        s += kKanji[pick(rng())];
    return s;
}

std::string randomDigits(int n) {
    std::uniform_int_distribution<int> digit(0, 9);
    std::string s;
    for (int i = 0; i < n; ++i)
        s += static_cast<char>('0' + digit(rng()));
    return s;
}

std::vector<std::string> canaryPatterns(const std::string& canary) {
    const std::u32string text = utf8::decode(canary);
    return {canary, utf16(text, true), utf16(text, false), hex(text, true), hex(text, false)};
}

std::vector<CanaryHit> findCanariesIn(const std::string& name, const std::string& data,
                                      const std::vector<std::string>& canaries) {
    static const char* const kEncodings[] = {"utf-8", "utf-16be", "utf-16le", "pdf-hex", "pdf-hex-lower"};
    std::vector<CanaryHit> hits;
    for (const auto& canary : canaries) {
        const auto patterns = canaryPatterns(canary);
        for (std::size_t i = 0; i < patterns.size(); ++i)
            if (!patterns[i].empty() && data.find(patterns[i]) != std::string::npos)
                hits.push_back({name, std::string(kEncodings[i])});
    }
    return hits;
}

std::vector<CanaryHit> findCanariesInPdf(const std::string& name, const std::string& pdf,
                                         const std::vector<std::string>& canaries) {
    auto hits = findCanariesIn(name, pdf, canaries);
    for (auto& h : findCanariesIn(name + " (inflated)", inflatedStreams(pdf), canaries))
        hits.push_back(std::move(h));
    for (auto& h : findCanariesIn(name + " (text)", extractedText(pdf), canaries))
        hits.push_back(std::move(h));
    return hits;
}

std::vector<CanaryHit> findCanaries(const std::string& dir, const std::vector<std::string>& canaries) {
    std::vector<CanaryHit> hits;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(dir)) {
        if (!entry.is_regular_file()) continue;
        const std::string data = readFile(entry.path().string());
        for (auto& h : findCanariesIn(entry.path().string(), data, canaries))
            hits.push_back(std::move(h));
        if (data.rfind("%PDF", 0) == 0)
            for (auto& h : findCanariesInPdf(entry.path().string(), data, canaries))
                if (h.where != entry.path().string()) hits.push_back(std::move(h));
    }
    return hits;
}

} // namespace kakanai::test
