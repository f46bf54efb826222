#include "ipp_operations.h"

#include <cups/cups.h>
#include <cups/ipp.h>

#include <algorithm>
#include <cstring>
#include <memory>
#include <optional>
#include <string>

namespace kakanai::printer {
namespace {

using nlohmann::json;

constexpr const char* kUser = "kakanai"; // requesting-user-name: the kiosk, never a person

struct Endpoint {
    std::string host; // host name, address, or a domain socket path
    int port = 631;
    std::string resource; // /ipp/print, /printers/NAME
    std::string printerUri;
    http_encryption_t encryption = HTTP_ENCRYPTION_IF_REQUESTED;
    std::string label; // for messages: scheme://host:port (never user:password)
};

std::optional<Endpoint> endpointFromUri(const std::string& uri) {
    char scheme[32], user[256], host[256], resource[1024];
    int port = 0;
    if (httpSeparateURI(HTTP_URI_CODING_ALL, uri.c_str(), scheme, sizeof scheme, user, sizeof user, host,
                        sizeof host, &port, resource, sizeof resource) < HTTP_URI_STATUS_OK)
        return std::nullopt;
    Endpoint e;
    e.host = host;
    e.port = port;
    e.resource = resource;
    e.printerUri = uri;
    const std::string s = scheme;
    e.encryption = (s == "ipps" || s == "https") ? HTTP_ENCRYPTION_ALWAYS : HTTP_ENCRYPTION_IF_REQUESTED;
    e.label = s + "://" + e.host + ":" + std::to_string(port);
    return e;
}

Endpoint endpointForQueue(const std::string& queue) {
    Endpoint e;
    const char* server = cupsServer(); // CUPS_SERVER, client.conf, or the local domain socket
    e.host = server ? server : "localhost";
    e.port = ippPort();
    e.resource = "/printers/" + queue;
    const std::string uriHost = e.host.empty() || e.host[0] == '/' ? "localhost" : e.host;
    char uri[1024];
    httpAssembleURIf(HTTP_URI_CODING_ALL, uri, sizeof uri, "ipp", nullptr, uriHost.c_str(), e.port,
                     "/printers/%s", queue.c_str());
    e.printerUri = uri;
    e.encryption = cupsEncryption();
    e.label =
        "CUPS queue " + queue + " (" + e.host + (e.host[0] == '/' ? "" : ":" + std::to_string(e.port)) + ")";
    return e;
}

struct HttpCloser {
    void operator()(http_t* h) const { httpClose(h); }
};
using Http = std::unique_ptr<http_t, HttpCloser>;
struct IppDeleter {
    void operator()(ipp_t* p) const { ippDelete(p); }
};
using Ipp = std::unique_ptr<ipp_t, IppDeleter>;

// Connects with a connect timeout; every later read or write gives up after ioMs.
std::optional<Http> connectTo(const Endpoint& e, int connectMs, int ioMs, json& failureOut) {
    http_t* http =
        httpConnect2(e.host.c_str(), e.port, nullptr, AF_UNSPEC, e.encryption, 1, connectMs, nullptr);
    if (!http) {
        failureOut =
            failure(ipp_error::kUnreachable, "cannot connect to " + e.label + ": " + cupsLastErrorString());
        return std::nullopt;
    }
    httpSetTimeout(http, ioMs / 1000.0, nullptr, nullptr); // no callback: give up at the timeout
    return Http(http);
}

Ipp newRequest(ipp_op_t op, const Endpoint& e) {
    Ipp req(ippNewRequest(op));
    ippAddString(req.get(), IPP_TAG_OPERATION, IPP_TAG_URI, "printer-uri", nullptr, e.printerUri.c_str());
    ippAddString(req.get(), IPP_TAG_OPERATION, IPP_TAG_NAME, "requesting-user-name", nullptr, kUser);
    return req;
}

void requestAttributes(ipp_t* req, std::initializer_list<const char*> names) {
    std::vector<const char*> v(names);
    ippAddStrings(req, IPP_TAG_OPERATION, IPP_TAG_KEYWORD, "requested-attributes", static_cast<int>(v.size()),
                  nullptr, v.data());
}

bool isSuccess(ipp_status_t s) {
    return s <= IPP_STATUS_OK_EVENTS_COMPLETE;
}

json ippFailure(ipp_status_t status, const std::string& what) {
    const std::string name = ippErrorString(status);
    const std::string message =
        what + ": " + name + (cupsLastErrorString() ? std::string(" (") + cupsLastErrorString() + ")" : "");
    if (status == IPP_STATUS_ERROR_NOT_FOUND) return failure(ipp_error::kNotFound, message, name);
    if (status == IPP_STATUS_ERROR_BUSY || status == IPP_STATUS_ERROR_TEMPORARY ||
        status == IPP_STATUS_ERROR_SERVICE_UNAVAILABLE)
        return failure(ipp_error::kBusy, message, name);
    return failure(ipp_error::kRefused, message, name);
}

// A request that went out and got no IPP answer: an HTTP error from the server, or a lost connection.
json transportFailure(http_t* http, const std::string& what) {
    const http_status_t hs = httpGetStatus(http);
    if (hs >= HTTP_STATUS_BAD_REQUEST)
        return failure(ipp_error::kRefused,
                       what + ": HTTP " + std::to_string(static_cast<int>(hs)) + " " + httpStatus(hs),
                       "http-" + std::to_string(static_cast<int>(hs)));
    const int err = httpError(http);
    return failure(ipp_error::kLost,
                   what + ": no answer (" + (err ? std::string(std::strerror(err)) : "timed out") + ")");
}

// Sends a request without a document and returns the answer, or sets failureOut.
Ipp exchange(http_t* http, Ipp req, const Endpoint& e, const std::string& what, json& failureOut) {
    Ipp resp(cupsDoRequest(http, req.release(), e.resource.c_str())); // frees the request
    if (!resp) {
        failureOut = transportFailure(http, what);
        return nullptr;
    }
    if (!isSuccess(ippGetStatusCode(resp.get()))) {
        failureOut = ippFailure(ippGetStatusCode(resp.get()), what);
        return nullptr;
    }
    return resp;
}

std::string text(ipp_t* ipp, const char* name) {
    ipp_attribute_t* a = ippFindAttribute(ipp, name, IPP_TAG_ZERO);
    const char* s = a ? ippGetString(a, 0, nullptr) : nullptr;
    return s ? s : "";
}

std::vector<std::string> strings(ipp_t* ipp, const char* name) {
    std::vector<std::string> out;
    ipp_attribute_t* a = ippFindAttribute(ipp, name, IPP_TAG_ZERO);
    for (int i = 0; a && i < ippGetCount(a); ++i)
        if (const char* s = ippGetString(a, i, nullptr)) out.emplace_back(s);
    return out;
}

int integer(ipp_t* ipp, const char* name, int fallback = 0) {
    ipp_attribute_t* a = ippFindAttribute(ipp, name, IPP_TAG_ZERO);
    return a && (ippGetValueTag(a) == IPP_TAG_INTEGER || ippGetValueTag(a) == IPP_TAG_ENUM)
               ? ippGetInteger(a, 0)
               : fallback;
}

PrinterSnapshot readPrinter(ipp_t* resp) {
    PrinterSnapshot s;
    switch (integer(resp, "printer-state")) {
    case IPP_PSTATE_IDLE:
        s.state = DeviceState::Idle;
        break;
    case IPP_PSTATE_PROCESSING:
        s.state = DeviceState::Processing;
        break;
    case IPP_PSTATE_STOPPED:
        s.state = DeviceState::Stopped;
        break;
    default:
        s.state = DeviceState::Unknown;
    }
    if (ipp_attribute_t* a = ippFindAttribute(resp, "printer-is-accepting-jobs", IPP_TAG_BOOLEAN))
        s.accepting = ippGetBoolean(a, 0) != 0;
    for (auto& r : strings(resp, "printer-state-reasons"))
        if (r != "none") s.reasons.push_back(r);
    s.message = text(resp, "printer-state-message");
    s.model = text(resp, "printer-make-and-model");
    s.mediaSupported = strings(resp, "media-supported");
    s.sidesSupported = strings(resp, "sides-supported");
    s.scalingSupported = strings(resp, "print-scaling-supported");
    return s;
}

Ipp getPrinter(http_t* http, const Endpoint& e, json& failureOut) {
    Ipp req = newRequest(IPP_OP_GET_PRINTER_ATTRIBUTES, e);
    requestAttributes(req.get(), {"printer-state", "printer-state-reasons", "printer-state-message",
                                  "printer-is-accepting-jobs", "printer-make-and-model", "media-supported",
                                  "sides-supported", "print-scaling-supported", "device-uri"});
    return exchange(http, std::move(req), e, "Get-Printer-Attributes", failureOut);
}

// A CUPS queue only learns that its printer is gone when a job fails, minutes later; ask the printer itself.
json probeDevice(const std::string& deviceUri, const std::string& queue, int connectMs, int ioMs,
                 PrinterSnapshot& merged) {
    auto device = endpointFromUri(deviceUri);
    if (!device) return json{{"ok", true}};
    const std::string scheme = deviceUri.substr(0, deviceUri.find(':'));
    const std::string where = "the printer behind CUPS queue " + queue + " (" + device->host + ")";
    if (scheme == "socket" || scheme == "lpd") { // raw TCP: can we connect at all?
        const int port = device->port > 0 ? device->port : (scheme == "lpd" ? 515 : 9100);
        http_addrlist_t* addrs =
            httpAddrGetList(device->host.c_str(), AF_UNSPEC, std::to_string(port).c_str());
        int sock = -1;
        http_addrlist_t* hit = addrs ? httpAddrConnect2(addrs, &sock, connectMs, nullptr) : nullptr;
        if (sock >= 0) httpAddrClose(nullptr, sock);
        httpAddrFreeList(addrs);
        if (!hit)
            return failure(ipp_error::kUnreachable,
                           where + " does not answer on port " + std::to_string(port));
        return json{{"ok", true}};
    }
    if (scheme != "ipp" && scheme != "ipps" && scheme != "http" && scheme != "https")
        return json{{"ok", true}}; // usb:, dnssd:, … cannot be probed from here
    json fail;
    auto http = connectTo(*device, connectMs, ioMs, fail);
    if (!http) return failure(ipp_error::kUnreachable, where + " does not answer");
    Ipp resp = getPrinter(http->get(), *device, fail);
    if (!resp) {
        if (fail.value("code", "") == ipp_error::kLost)
            return failure(ipp_error::kUnreachable, where + " does not answer");
        return json{{"ok", true}}; // it answers; its attributes are its own business
    }
    const PrinterSnapshot d = readPrinter(resp.get());
    for (const auto& r : d.reasons)
        if (std::find(merged.reasons.begin(), merged.reasons.end(), r) == merged.reasons.end())
            merged.reasons.push_back(r);
    if (d.state == DeviceState::Stopped) merged.state = DeviceState::Stopped;
    if (merged.message.empty()) merged.message = d.message;
    if (merged.model.empty() || merged.model == "Local Raw Printer") merged.model = d.model;
    if (merged.mediaSupported.empty()) merged.mediaSupported = d.mediaSupported;
    if (merged.sidesSupported.empty()) merged.sidesSupported = d.sidesSupported;
    return json{{"ok", true}};
}

JobSnapshot readJob(ipp_t* ipp) {
    JobSnapshot j;
    j.id = integer(ipp, "job-id");
    j.name = text(ipp, "job-name");
    const int state = integer(ipp, "job-state");
    j.state = state >= 3 && state <= 9 ? static_cast<IppJobState>(state) : IppJobState::Unknown;
    j.reasons = strings(ipp, "job-state-reasons");
    j.message = text(ipp, "job-state-message");
    j.impressionsCompleted = integer(ipp, "job-impressions-completed");
    return j;
}

constexpr std::initializer_list<const char*> kJobAttributes = {
    "job-id", "job-name", "job-state", "job-state-reasons", "job-state-message", "job-impressions-completed"};

json opStatus(http_t* http, const Endpoint& e, const HelperRequest& r) {
    json fail;
    Ipp resp = getPrinter(http, e, fail);
    if (!resp) return fail;
    PrinterSnapshot s = readPrinter(resp.get());
    const std::string deviceUri = text(resp.get(), "device-uri");
    if (!r.queue.empty() && !deviceUri.empty()) {
        json probe = probeDevice(deviceUri, r.queue, std::min(r.connectMs, 2000), std::min(r.ioMs, 3000), s);
        if (!probe.value("ok", false)) return probe;
    }
    return json{{"ok", true}, {"printer", toJson(s)}};
}

json opCreate(http_t* http, const Endpoint& e, const HelperRequest& r) {
    Ipp req = newRequest(IPP_OP_CREATE_JOB, e);
    ippAddString(req.get(), IPP_TAG_OPERATION, IPP_TAG_NAME, "job-name", nullptr, r.ticket.jobName.c_str());
    ippAddInteger(req.get(), IPP_TAG_JOB, IPP_TAG_INTEGER, "copies", r.ticket.copies);
    ippAddString(req.get(), IPP_TAG_JOB, IPP_TAG_KEYWORD, "sides", nullptr, r.ticket.sides.c_str());
    ippAddString(req.get(), IPP_TAG_JOB, IPP_TAG_KEYWORD, "media", nullptr, r.ticket.media.c_str());
    if (r.ticket.scalingNone)
        ippAddString(req.get(), IPP_TAG_JOB, IPP_TAG_KEYWORD, "print-scaling", nullptr, "none");
    json fail;
    Ipp resp = exchange(http, std::move(req), e, "Create-Job", fail);
    if (!resp) return fail;
    const int id = integer(resp.get(), "job-id");
    if (id <= 0)
        return failure(ipp_error::kRefused, "Create-Job: the printer returned no job-id", "no-job-id");
    return json{{"ok", true}, {"job_id", id}};
}

json opSend(http_t* http, const Endpoint& e, const HelperRequest& r, const std::vector<std::uint8_t>& doc) {
    Ipp req = newRequest(IPP_OP_SEND_DOCUMENT, e);
    ippAddInteger(req.get(), IPP_TAG_OPERATION, IPP_TAG_INTEGER, "job-id", r.jobId);
    ippAddString(req.get(), IPP_TAG_OPERATION, IPP_TAG_MIMETYPE, "document-format", nullptr,
                 "application/pdf");
    ippAddBoolean(req.get(), IPP_TAG_OPERATION, "last-document", 1);
    // Content-Length covers the IPP message and the document (as cupsDoIORequest computes it).
    http_status_t st =
        cupsSendRequest(http, req.get(), e.resource.c_str(), ippLength(req.get()) + doc.size());
    for (std::size_t done = 0; st == HTTP_STATUS_CONTINUE && done < doc.size();) {
        const std::size_t n = std::min<std::size_t>(doc.size() - done, 65536);
        st = cupsWriteRequestData(http, reinterpret_cast<const char*>(doc.data() + done), n);
        done += n;
    }
    if (st == HTTP_STATUS_ERROR) return transportFailure(http, "Send-Document");
    Ipp resp(cupsGetResponse(http, e.resource.c_str()));
    if (!resp) return transportFailure(http, "Send-Document");
    if (!isSuccess(ippGetStatusCode(resp.get())))
        return ippFailure(ippGetStatusCode(resp.get()), "Send-Document");
    return json{{"ok", true}};
}

json opJob(http_t* http, const Endpoint& e, const HelperRequest& r) {
    Ipp req = newRequest(IPP_OP_GET_JOB_ATTRIBUTES, e);
    ippAddInteger(req.get(), IPP_TAG_OPERATION, IPP_TAG_INTEGER, "job-id", r.jobId);
    requestAttributes(req.get(), kJobAttributes);
    json fail;
    Ipp resp = exchange(http, std::move(req), e, "Get-Job-Attributes", fail);
    if (!resp) return fail;
    JobSnapshot j = readJob(resp.get());
    if (j.id == 0) j.id = r.jobId;
    return json{{"ok", true}, {"job", toJson(j)}};
}

json opJobs(http_t* http, const Endpoint& e) {
    Ipp req = newRequest(IPP_OP_GET_JOBS, e);
    ippAddString(req.get(), IPP_TAG_OPERATION, IPP_TAG_KEYWORD, "which-jobs", nullptr, "not-completed");
    requestAttributes(req.get(), kJobAttributes);
    json fail;
    Ipp resp = exchange(http, std::move(req), e, "Get-Jobs", fail);
    if (!resp) return fail;
    json jobs = json::array();
    // Each job is one group of job attributes; copy a group into its own message to read it.
    Ipp group(ippNew());
    auto flush = [&] {
        if (ippFindAttribute(group.get(), "job-id", IPP_TAG_INTEGER))
            jobs.push_back(toJson(readJob(group.get())));
        group.reset(ippNew());
    };
    for (ipp_attribute_t* a = ippFirstAttribute(resp.get()); a; a = ippNextAttribute(resp.get())) {
        if (ippGetGroupTag(a) != IPP_TAG_JOB || !ippGetName(a)) {
            flush();
            continue;
        }
        ippCopyAttribute(group.get(), a, 0);
    }
    flush();
    return json{{"ok", true}, {"jobs", jobs}};
}

json opCancel(http_t* http, const Endpoint& e, const HelperRequest& r) {
    Ipp req = newRequest(IPP_OP_CANCEL_JOB, e);
    ippAddInteger(req.get(), IPP_TAG_OPERATION, IPP_TAG_INTEGER, "job-id", r.jobId);
    json fail;
    Ipp resp = exchange(http, std::move(req), e, "Cancel-Job", fail);
    if (!resp) return fail;
    return json{{"ok", true}};
}

} // namespace

json runOperation(const HelperRequest& r, const std::vector<std::uint8_t>& document) {
    std::optional<Endpoint> e;
    if (!r.queue.empty())
        e = endpointForQueue(r.queue);
    else
        e = endpointFromUri(r.uri);
    if (!e) return failure(ipp_error::kRefused, "not a printer URI", "bad-uri");
    json fail;
    auto http = connectTo(*e, r.connectMs, r.ioMs, fail);
    if (!http) return fail;
    if (r.op == "status") return opStatus(http->get(), *e, r);
    if (r.op == "create") return opCreate(http->get(), *e, r);
    if (r.op == "send") return opSend(http->get(), *e, r, document);
    if (r.op == "job") return opJob(http->get(), *e, r);
    if (r.op == "jobs") return opJobs(http->get(), *e);
    if (r.op == "cancel") return opCancel(http->get(), *e, r);
    return failure(ipp_error::kRefused, "unknown helper operation " + r.op, "bad-op");
}

} // namespace kakanai::printer
