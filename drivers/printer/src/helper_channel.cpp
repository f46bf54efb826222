#include "helper_channel.h"

#include "kakanai/sys/helper_process.h"
#include "kakanai/sys/secure_memory.h"

namespace kakanai::printer {

using nlohmann::json;
using std::chrono::milliseconds;

HelperIppChannel::HelperIppChannel(std::string helperPath, std::string uri, std::string queue,
                                   ChannelTimeouts timeouts)
    : m_helper(std::move(helperPath)), m_uri(std::move(uri)), m_queue(std::move(queue)),
      m_timeouts(timeouts) {}

Result<json> HelperIppChannel::call(HelperRequest r, const std::vector<std::uint8_t>* document,
                                    milliseconds io, milliseconds extra) {
    r.uri = m_uri;
    r.queue = m_queue;
    r.connectMs = static_cast<int>(m_timeouts.connect.count());
    r.ioMs = static_cast<int>(io.count());
    r.documentSize = document ? document->size() : 0;
    std::string input = encodeRequest(r);
    if (document) input.append(reinterpret_cast<const char*>(document->data()), document->size());

    HelperOptions options;
    // Connect + one exchange (libcups may reconnect once inside it) + process start-up.
    options.deadline = m_timeouts.connect + io + extra + milliseconds(1500);
    options.maxOutputBytes = 4 * 1024 * 1024;
    options.inheritStderr = false;
    auto outcome = runHelper({m_helper}, input, options);
    wipe(input);
    const std::string what = r.op == "send" ? "sending the document" : "the " + r.op + " request";
    if (!outcome)
        return makeError(ipp_error::kLost, "the printer helper could not run: " + outcome.error().message);
    if (outcome->timedOut)
        return makeError(ipp_error::kLost, "the printer did not finish " + what + " within " +
                                               std::to_string(options.deadline.count()) + " ms");
    if (outcome->signalled || outcome->exitCode != 0)
        return makeError(ipp_error::kLost, "the printer helper failed during " + what);
    json answer = json::parse(outcome->output, nullptr, false);
    if (answer.is_discarded() || !answer.is_object())
        return makeError(ipp_error::kLost, "the printer helper gave no answer to " + what);
    if (!answer.value("ok", false)) return errorFromAnswer(answer);
    return answer;
}

Result<PrinterSnapshot> HelperIppChannel::printerStatus() {
    HelperRequest r;
    r.op = "status";
    // A queue's status also probes the printer behind it (connect ≤ 2 s, exchange ≤ 3 s).
    auto a = call(r, nullptr, m_timeouts.io, m_queue.empty() ? milliseconds(0) : milliseconds(5000));
    if (!a) return a.error();
    return printerFromJson(a->at("printer"));
}

Result<int> HelperIppChannel::createJob(const JobTicket& ticket) {
    HelperRequest r;
    r.op = "create";
    r.ticket = ticket;
    auto a = call(r, nullptr, m_timeouts.io);
    if (!a) return a.error();
    return a->value("job_id", 0);
}

Status HelperIppChannel::sendDocument(int jobId, const std::vector<std::uint8_t>& pdf) {
    HelperRequest r;
    r.op = "send";
    r.jobId = jobId;
    auto a = call(r, &pdf, m_timeouts.send);
    if (!a) return a.error();
    return {};
}

Result<JobSnapshot> HelperIppChannel::job(int jobId) {
    HelperRequest r;
    r.op = "job";
    r.jobId = jobId;
    auto a = call(r, nullptr, m_timeouts.io);
    if (!a) return a.error();
    return jobFromJson(a->at("job"));
}

Result<std::vector<JobSnapshot>> HelperIppChannel::jobs() {
    HelperRequest r;
    r.op = "jobs";
    auto a = call(r, nullptr, m_timeouts.io);
    if (!a) return a.error();
    std::vector<JobSnapshot> out;
    for (const auto& j : a->at("jobs"))
        out.push_back(jobFromJson(j));
    return out;
}

Status HelperIppChannel::cancelJob(int jobId) {
    HelperRequest r;
    r.op = "cancel";
    r.jobId = jobId;
    auto a = call(r, nullptr, m_timeouts.io);
    if (!a) return a.error();
    return {};
}

} // namespace kakanai::printer
