#include "ipp_wire.h"

namespace kakanai::printer {

using nlohmann::json;

std::string encodeRequest(const HelperRequest& r) {
    json j{{"op", r.op},
           {"uri", r.uri},
           {"queue", r.queue},
           {"connect_ms", r.connectMs},
           {"io_ms", r.ioMs},
           {"job_id", r.jobId},
           {"size", r.documentSize},
           {"ticket",
            {{"job_name", r.ticket.jobName},
             {"copies", r.ticket.copies},
             {"sides", r.ticket.sides},
             {"media", r.ticket.media},
             {"scaling_none", r.ticket.scalingNone}}}};
    return j.dump() + "\n";
}

Result<HelperRequest> decodeRequest(const std::string& line) {
    try {
        const json j = json::parse(line);
        HelperRequest r;
        r.op = j.at("op").get<std::string>();
        r.uri = j.at("uri").get<std::string>();
        r.queue = j.at("queue").get<std::string>();
        r.connectMs = j.at("connect_ms").get<int>();
        r.ioMs = j.at("io_ms").get<int>();
        r.jobId = j.at("job_id").get<int>();
        r.documentSize = j.at("size").get<std::size_t>();
        const json& t = j.at("ticket");
        r.ticket.jobName = t.at("job_name").get<std::string>();
        r.ticket.copies = t.at("copies").get<int>();
        r.ticket.sides = t.at("sides").get<std::string>();
        r.ticket.media = t.at("media").get<std::string>();
        r.ticket.scalingNone = t.at("scaling_none").get<bool>();
        return r;
    } catch (const json::exception& e) {
        return makeError("ipp.request", std::string("malformed helper request: ") + e.what());
    }
}

json toJson(const PrinterSnapshot& s) {
    static const char* kStates[] = {"unknown", "idle", "processing", "stopped"};
    return json{{"state", kStates[static_cast<int>(s.state)]},
                {"accepting", s.accepting},
                {"reasons", s.reasons},
                {"message", s.message},
                {"model", s.model},
                {"media_supported", s.mediaSupported},
                {"sides_supported", s.sidesSupported},
                {"scaling_supported", s.scalingSupported}};
}

json toJson(const JobSnapshot& j) {
    return json{
        {"id", j.id},           {"name", j.name},       {"state", static_cast<int>(j.state)},
        {"reasons", j.reasons}, {"message", j.message}, {"impressions_completed", j.impressionsCompleted}};
}

PrinterSnapshot printerFromJson(const json& j) {
    PrinterSnapshot s;
    const std::string state = j.value("state", "unknown");
    s.state = state == "idle"         ? DeviceState::Idle
              : state == "processing" ? DeviceState::Processing
              : state == "stopped"    ? DeviceState::Stopped
                                      : DeviceState::Unknown;
    s.accepting = j.value("accepting", true);
    s.reasons = j.value("reasons", std::vector<std::string>{});
    s.message = j.value("message", "");
    s.model = j.value("model", "");
    s.mediaSupported = j.value("media_supported", std::vector<std::string>{});
    s.sidesSupported = j.value("sides_supported", std::vector<std::string>{});
    s.scalingSupported = j.value("scaling_supported", std::vector<std::string>{});
    return s;
}

JobSnapshot jobFromJson(const json& j) {
    JobSnapshot s;
    s.id = j.value("id", 0);
    s.name = j.value("name", "");
    const int state = j.value("state", 0);
    s.state = state >= 3 && state <= 9 ? static_cast<IppJobState>(state) : IppJobState::Unknown;
    s.reasons = j.value("reasons", std::vector<std::string>{});
    s.message = j.value("message", "");
    s.impressionsCompleted = j.value("impressions_completed", 0);
    return s;
}

json failure(const std::string& code, const std::string& message, const std::string& status) {
    return json{{"ok", false}, {"code", code}, {"message", message}, {"status", status}};
}

Error errorFromAnswer(const json& answer) {
    Error e = makeError(answer.value("code", std::string(ipp_error::kLost)),
                        answer.value("message", std::string("the printer helper gave no reason")));
    if (const std::string status = answer.value("status", ""); !status.empty()) e.details["status"] = status;
    return e;
}

} // namespace kakanai::printer
