#pragma once
// Renderer port: draws a laid-out Document into bytes (a PDF, in memory: never a file on disk).

#include "kakanai/base/result.h"
#include "kakanai/layout/document.h"

#include <cstdint>
#include <vector>

namespace kakanai {

using Bytes = std::vector<std::uint8_t>;

class DocumentRenderer {
public:
    virtual ~DocumentRenderer() = default;
    virtual Result<Bytes> render(const Document& document) = 0;
};

// Zeroes a buffer that held personal data (a rendered PDF) and releases it.
void wipe(Bytes& bytes);

} // namespace kakanai
