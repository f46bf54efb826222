#include "normalize_data.h"

#include "test_support.h"

#include <cstdlib>
#include <stdexcept>

namespace kakanai::test {

const normalize::Gazetteer& gazetteer() {
    static const normalize::Gazetteer g = [] {
        auto r = normalize::Gazetteer::load(sourcePath("kiosk/core/data"));
        if (!r) throw std::runtime_error(r.error().describe());
        return std::move(*r);
    }();
    return g;
}

const normalize::PostalIndex& postalIndex() {
    static const normalize::PostalIndex p = [] {
        auto r = normalize::PostalIndex::load(sourcePath("kiosk/core/data"), gazetteer());
        if (!r) throw std::runtime_error(r.error().describe());
        return std::move(*r);
    }();
    return p;
}

} // namespace kakanai::test
