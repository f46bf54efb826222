#include "kakanai/base/json_input.h"

#include <nlohmann/json.hpp>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

namespace kakanai {
namespace {

// A SAX pass that only measures depth, so a 100 000-deep document is rejected before any
// recursive code (DOM building, schema validation, our own walkers) sees it.
struct DepthGuard : nlohmann::json_sax<nlohmann::json> {
    int depth = 0;
    int maxDepth = 0;
    bool tooDeep = false;
    std::string parseError;

    bool enter() {
        if (++depth > maxDepth) {
            tooDeep = true;
            return false;
        }
        return true;
    }
    bool null() override { return true; }
    bool boolean(bool) override { return true; }
    bool number_integer(number_integer_t) override { return true; }
    bool number_unsigned(number_unsigned_t) override { return true; }
    bool number_float(number_float_t, const string_t&) override { return true; }
    bool string(string_t&) override { return true; }
    bool binary(binary_t&) override { return true; }
    bool start_object(std::size_t) override { return enter(); }
    bool key(string_t&) override { return true; }
    bool end_object() override { return --depth, true; }
    bool start_array(std::size_t) override { return enter(); }
    bool end_array() override { return --depth, true; }
    bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception& ex) override {
        parseError = ex.what();
        return false;
    }
};

// nlohmann messages start with "[json.exception.parse_error.101] parse error at line 1, column 5: ...".
std::string tidyParseMessage(std::string msg) {
    if (auto pos = msg.find("] "); pos != std::string::npos && msg.rfind("[json.exception", 0) == 0)
        msg = msg.substr(pos + 2);
    return "invalid JSON: " + msg;
}

} // namespace

Result<nlohmann::json> parseJson(std::string_view text, JsonLimits limits) {
    if (text.size() > limits.maxBytes)
        return makeError("json.too-large",
                         "file is larger than " + std::to_string(limits.maxBytes) + " bytes");
    DepthGuard guard;
    guard.maxDepth = limits.maxDepth;
    const bool ok = nlohmann::json::sax_parse(text, &guard, nlohmann::json::input_format_t::json, false);
    if (guard.tooDeep)
        return makeError("json.too-deep",
                         "nesting deeper than " + std::to_string(limits.maxDepth) + " levels");
    if (!ok) return makeError("json.syntax", tidyParseMessage(guard.parseError));
    try {
        return nlohmann::json::parse(text);
    } catch (const nlohmann::json::exception& e) {
        return makeError("json.syntax", tidyParseMessage(e.what()));
    }
}

Result<std::string> readTextFile(const std::string& path, std::size_t maxBytes) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return makeError("file.unreadable", std::string("cannot open: ") + std::strerror(errno));
    std::string data;
    char buf[65536];
    while (in.read(buf, sizeof buf) || in.gcount() > 0) {
        data.append(buf, static_cast<std::size_t>(in.gcount()));
        if (data.size() > maxBytes)
            return makeError("file.too-large", "file is larger than " + std::to_string(maxBytes) + " bytes");
    }
    if (in.bad()) return makeError("file.unreadable", "read error");
    return data;
}

Result<nlohmann::json> readJsonFile(const std::string& path, JsonLimits limits) {
    auto text = readTextFile(path, limits.maxBytes);
    if (!text) return text.error();
    return parseJson(*text, limits);
}

std::string jsonPointerToken(std::string_view key) {
    std::string out;
    for (char c : key) {
        if (c == '~')
            out += "~0";
        else if (c == '/')
            out += "~1";
        else
            out += c;
    }
    return out;
}

} // namespace kakanai
