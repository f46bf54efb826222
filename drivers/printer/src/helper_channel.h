#pragma once
// IppChannel over the kakanai-ipp helper: one helper process per IPP operation, each with a hard deadline.

#include "ipp_wire.h"

#include "kakanai/print/ipp_channel.h"

#include <chrono>
#include <string>

namespace kakanai::printer {

struct ChannelTimeouts {
    std::chrono::milliseconds connect{3000}, io{5000}, send{30000};
};

class HelperIppChannel : public IppChannel {
public:
    // Exactly one of uri and queue is set.
    HelperIppChannel(std::string helperPath, std::string uri, std::string queue, ChannelTimeouts timeouts);

    Result<PrinterSnapshot> printerStatus() override;
    Result<int> createJob(const JobTicket& ticket) override;
    Status sendDocument(int jobId, const std::vector<std::uint8_t>& pdf) override;
    Result<JobSnapshot> job(int jobId) override;
    Result<std::vector<JobSnapshot>> jobs() override;
    Status cancelJob(int jobId) override;

private:
    Result<nlohmann::json> call(HelperRequest request, const std::vector<std::uint8_t>* document,
                                std::chrono::milliseconds io, std::chrono::milliseconds extra = {});

    std::string m_helper, m_uri, m_queue;
    ChannelTimeouts m_timeouts;
};

} // namespace kakanai::printer
