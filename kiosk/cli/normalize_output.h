#pragma once
// JSON shapes and plain-text views of `kakanai normalize …` (the JSON is the contract for scripts; see
// docs/normalize.md).

#include "kakanai/normalize/address.h"
#include "kakanai/normalize/date_text.h"
#include "kakanai/normalize/name.h"
#include "kakanai/normalize/postal.h"

#include <nlohmann/json.hpp>

namespace kakanai::cli {

nlohmann::ordered_json dateJson(const std::string& input, const normalize::DateReading& reading,
                                const Date& on);
nlohmann::ordered_json addressJson(const normalize::AddressSplit& split);
nlohmann::ordered_json postalJson(const normalize::PostalMatch& match);
nlohmann::ordered_json nameJson(const normalize::NameSplit& split);

void printDateText(const nlohmann::ordered_json& j);
void printAddressText(const nlohmann::ordered_json& j);
void printPostalText(const nlohmann::ordered_json& j);
void printNameText(const nlohmann::ordered_json& j);

void registerNormalizeBench();

} // namespace kakanai::cli
