#pragma once
// The committed normalisation data, loaded once per test binary.

#include "kakanai/normalize/gazetteer.h"
#include "kakanai/normalize/postal.h"

namespace kakanai::test {

const normalize::Gazetteer& gazetteer();
const normalize::PostalIndex& postalIndex();

} // namespace kakanai::test
