#pragma once
// The exchange between the driver and its helper process (kakanai-ipp): one request line of JSON on stdin
// (then the PDF bytes for "send"), one answer line of JSON on stdout. Neither carries personal data except
// the document itself, which only ever travels through the pipe.

#include "kakanai/print/ipp_channel.h"

#include <nlohmann/json.hpp>

#include <string>

namespace kakanai::printer {

struct HelperRequest {
    std::string op;    // status | create | send | job | jobs | cancel
    std::string uri;   // ipp:// or ipps:// printer, or empty for a queue
    std::string queue; // CUPS queue name, or empty
    int connectMs = 3000;
    int ioMs = 5000;
    int jobId = 0;
    JobTicket ticket;
    std::size_t documentSize = 0;
};

std::string encodeRequest(const HelperRequest& request); // ends with '\n'
Result<HelperRequest> decodeRequest(const std::string& line);

nlohmann::json toJson(const PrinterSnapshot& s);
nlohmann::json toJson(const JobSnapshot& j);
PrinterSnapshot printerFromJson(const nlohmann::json& j);
JobSnapshot jobFromJson(const nlohmann::json& j);

// Answers: {"ok":true, …} or {"ok":false,"code":"ipp.…","message":"…","status":"…"}.
nlohmann::json failure(const std::string& code, const std::string& message, const std::string& status = {});
Error errorFromAnswer(const nlohmann::json& answer);

} // namespace kakanai::printer
