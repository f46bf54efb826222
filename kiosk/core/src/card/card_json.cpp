#include "kakanai/card/card_json.h"

#include "kakanai/card/card_errors.h"

namespace kakanai::card {

using nlohmann::json;

json statusToJson(const CardStatus& s) {
    json j;
    j["readers"] = s.readers;
    j["reader"] = s.reader;
    j["card_present"] = s.cardPresent;
    j["card_kind"] = cardKindName(s.kind);
    j["pin_set"] = s.pinSet;
    j["pin_tries_left"] = s.pinTriesLeft;
    return j;
}

Result<CardStatus> statusFromJson(const json& j) {
    auto bad = [] { return makeError(codes::kReaderError, "the card helper sent a malformed status"); };
    if (!j.is_object()) return bad();
    CardStatus s;
    try {
        s.readers = j.at("readers").get<std::vector<std::string>>();
        s.reader = j.at("reader").get<std::string>();
        s.cardPresent = j.at("card_present").get<bool>();
        s.kind = cardKindFromName(j.at("card_kind").get<std::string>());
        s.pinSet = j.at("pin_set").get<bool>();
        s.pinTriesLeft = j.at("pin_tries_left").get<int>();
    } catch (const json::exception&) {
        return bad();
    }
    return s;
}

json errorToJson(const Error& e) {
    json j;
    j["code"] = e.code;
    j["message"] = e.message;
    if (const int tries = triesLeftOf(e); tries >= 0) j["tries_left"] = tries;
    for (const auto& [k, v] : e.details)
        if (k != "tries_left") j[k] = v;
    return j;
}

Error errorFromJson(const json& j) {
    Error e = makeError(codes::kReaderError, "the card helper sent a malformed error");
    if (!j.is_object()) return e;
    auto code = j.find("code");
    auto message = j.find("message");
    if (code == j.end() || !code->is_string() || message == j.end() || !message->is_string()) return e;
    e.code = code->get<std::string>();
    e.message = message->get<std::string>();
    for (auto it = j.begin(); it != j.end(); ++it) {
        if (it.key() == "code" || it.key() == "message") continue;
        if (it->is_number_integer())
            e.details[it.key()] = std::to_string(it->get<long long>());
        else if (it->is_string())
            e.details[it.key()] = it->get<std::string>();
    }
    return e;
}

} // namespace kakanai::card
