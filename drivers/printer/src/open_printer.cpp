#include "kakanai/printer/open_printer.h"

#include "helper_channel.h"

#include "kakanai/print/file_printer.h"
#include "kakanai/sys/helper_process.h"

#include <unistd.h>

#include <cstdlib>
#include <filesystem>

namespace kakanai::printer {

std::string findIppHelper(const DriverOptions& options) {
    if (!options.helperPath.empty()) return options.helperPath;
    if (const char* env = std::getenv("KAKANAI_IPP_HELPER"); env && *env) return env;
    // Beside this program in the build tree (build/bin); installed, in /usr/libexec/kakanai.
    const std::filesystem::path bin = std::filesystem::path(selfExecutable()).parent_path();
    const std::string beside = (bin / "kakanai-ipp").string();
    if (::access(beside.c_str(), X_OK) == 0) return beside;
    return (bin.parent_path() / "libexec" / "kakanai" / "kakanai-ipp").string();
}

Result<std::unique_ptr<Printer>> openPrinter(const PrinterTarget& target, const DriverOptions& options) {
    if (target.kind == PrinterTargetKind::File)
        return std::unique_ptr<Printer>(new FilePrinter(target.directory));
    const std::string helper = findIppHelper(options);
    if (::access(helper.c_str(), X_OK) != 0)
        return makeError("printer.no-helper", "the printer helper " + helper +
                                                  " is missing; reinstall Kakanai or set KAKANAI_IPP_HELPER");
    ChannelTimeouts t{options.connectTimeout, options.ioTimeout, options.sendTimeout};
    const bool queue = target.kind == PrinterTargetKind::CupsQueue;
    auto channel =
        std::make_unique<HelperIppChannel>(helper, queue ? "" : target.uri, queue ? target.queue : "", t);
    const std::string where = queue ? "CUPS queue " + target.queue : target.uri;
    return std::unique_ptr<Printer>(new IppPrinter(std::move(channel), where, options.policy, options.clock));
}

} // namespace kakanai::printer
