#include "kakanai/print/printer_target.h"

#include <algorithm>
#include <cctype>

namespace kakanai {
namespace {

constexpr const char* kForms =
    "use ipp://HOST/PATH, ipps://HOST/PATH, file:/DIR (demo only) or a CUPS queue name";

Error bad(std::string_view text, const std::string& why) {
    return makeError("printer.bad-target",
                     "printer target \"" + std::string(text) + "\": " + why + " (" + kForms + ")");
}

bool hasControlOrSpace(std::string_view s) {
    return std::any_of(s.begin(), s.end(), [](char c) {
        const auto u = static_cast<unsigned char>(c);
        return u <= 0x20 || u == 0x7f;
    });
}

Result<PrinterTarget> parseIpp(std::string_view text, std::size_t schemeLength) {
    std::string_view rest = text.substr(schemeLength);
    const std::size_t slash = rest.find('/');
    const std::string_view authority = rest.substr(0, slash);
    if (authority.empty()) return bad(text, "no printer host");
    if (authority.find('@') != std::string_view::npos) // do not repeat the secret in the message
        return bad(std::string(text.substr(0, schemeLength)) + "…",
                   "user names and passwords do not belong in a printer address");
    std::string_view host = authority;
    std::string_view port;
    if (host.front() == '[') {
        const std::size_t close = host.find(']');
        if (close == std::string_view::npos) return bad(text, "unclosed [IPv6 address]");
        port = host.substr(close + 1);
        host = host.substr(0, close + 1);
        if (!port.empty() && port.front() != ':') return bad(text, "junk after the IPv6 address");
        if (!port.empty()) port.remove_prefix(1);
    } else if (const std::size_t colon = host.rfind(':'); colon != std::string_view::npos) {
        port = host.substr(colon + 1);
        host = host.substr(0, colon);
    }
    if (host.empty() || host == "[]") return bad(text, "no printer host");
    if (!port.empty() || authority.back() == ':') {
        if (port.empty() || port.size() > 5 ||
            !std::all_of(port.begin(), port.end(),
                         [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }) ||
            std::stoi(std::string(port)) < 1 || std::stoi(std::string(port)) > 65535)
            return bad(text, "the port must be a number from 1 to 65535");
    }
    PrinterTarget t;
    t.kind = PrinterTargetKind::Ipp;
    t.text = std::string(text);
    t.uri = std::string(text);
    // IPP Everywhere printers serve /ipp/print; a bare host means that.
    if (slash == std::string_view::npos || rest.substr(slash) == "/")
        t.uri = std::string(text.substr(0, schemeLength)) + std::string(authority) + "/ipp/print";
    return t;
}

} // namespace

Result<PrinterTarget> parsePrinterTarget(std::string_view text) {
    if (text.empty()) return bad(text, "empty");
    if (hasControlOrSpace(text)) return bad(text, "contains spaces or control characters");
    if (text.starts_with("ipp://")) return parseIpp(text, 6);
    if (text.starts_with("ipps://")) return parseIpp(text, 7);
    if (text.starts_with("file:")) {
        std::string_view dir = text.substr(5);
        if (dir.starts_with("//")) dir.remove_prefix(2); // file:///DIR
        if (dir.empty() || dir.front() != '/') return bad(text, "the folder must be an absolute path");
        if (dir.find("/../") != std::string_view::npos || dir.ends_with("/.."))
            return bad(text, "\"..\" is not allowed");
        PrinterTarget t;
        t.kind = PrinterTargetKind::File;
        t.text = std::string(text);
        t.directory = std::string(dir);
        while (t.directory.size() > 1 && t.directory.back() == '/')
            t.directory.pop_back();
        return t;
    }
    if (const std::size_t sep = text.find("://"); sep != std::string_view::npos)
        return bad(text, "unsupported scheme \"" + std::string(text.substr(0, sep)) + "\"");
    // CUPS queue names: printable, no '/', '\\', '#', '?', quotes; at most 127 bytes.
    if (text.size() > 127) return bad(text, "a CUPS queue name has at most 127 characters");
    if (text.find_first_of("/\\#?'\"") != std::string_view::npos)
        return bad(text, "a CUPS queue name cannot contain / \\ # ? or quotes");
    PrinterTarget t;
    t.kind = PrinterTargetKind::CupsQueue;
    t.text = std::string(text);
    t.queue = std::string(text);
    return t;
}

} // namespace kakanai
