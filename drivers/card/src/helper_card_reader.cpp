#include "kakanai/pcsc/helper_card_reader.h"

#include "kakanai/base/json_input.h"
#include "kakanai/card/card_errors.h"
#include "kakanai/card/card_json.h"
#include "kakanai/pcsc/card_helper.h"
#include "kakanai/sys/helper_process.h"
#include "kakanai/sys/secure_memory.h"

#include <nlohmann/json.hpp>

namespace kakanai::pcsc {

namespace codes = card::codes;
using Clock = std::chrono::steady_clock;

struct HelperCardReader::Answer {
    nlohmann::json json;
};

HelperCardReader::HelperCardReader(HelperReaderOptions options) : m_options(std::move(options)) {
    if (m_options.helperArgv.empty()) m_options.helperArgv = {selfExecutable(), kCardHelperCommand};
}

Result<HelperCardReader::Answer> HelperCardReader::run(const std::string& op, std::string_view input,
                                                       std::chrono::milliseconds deadline,
                                                       std::chrono::milliseconds waitMs) {
    m_stats = {};
    std::vector<std::string> argv = m_options.helperArgv;
    argv.push_back(op);
    if (!m_options.readerName.empty()) argv.insert(argv.end(), {"--reader", m_options.readerName});
    if (op == "wait") argv.insert(argv.end(), {"--wait-ms", std::to_string(waitMs.count())});

    const auto start = Clock::now();
    HelperOptions ho;
    ho.deadline = deadline;
    auto outcome = runHelper(argv, input, ho);
    m_stats.totalMs = std::chrono::duration<double, std::milli>(Clock::now() - start).count();
    if (!outcome)
        return makeError(codes::kReaderError, "could not start the card helper: " + outcome.error().message);
    if (outcome->timedOut) {
        wipe(outcome->output);
        return makeError(codes::kTimeout, "the card stopped answering within " +
                                              std::to_string(deadline.count() / 1000) +
                                              " s; take it out and insert it again");
    }
    if (outcome->signalled || outcome->exitCode != 0) {
        wipe(outcome->output);
        return makeError(codes::kReaderError,
                         outcome->signalled
                             ? "the card helper crashed"
                             : "the card helper failed (exit " + std::to_string(outcome->exitCode) + ")");
    }
    auto json = parseJson(outcome->output);
    wipe(outcome->output);
    if (!json || !json->is_object())
        return makeError(codes::kReaderError, "the card helper gave no readable answer");
    Answer a;
    a.json = std::move(*json);
    if (auto n = a.json.find("apdus"); n != a.json.end() && n->is_number_unsigned())
        m_stats.apdus = n->get<std::size_t>();
    if (auto t = a.json.find("card_ms"); t != a.json.end() && t->is_number())
        m_stats.cardMs = t->get<double>();
    if (auto e = a.json.find("error"); e != a.json.end()) return card::errorFromJson(*e);
    return a;
}

Result<CardStatus> HelperCardReader::status() {
    auto a = run("status", {}, m_options.deadline);
    if (!a) return a.error();
    auto s = a->json.find("status");
    if (s == a->json.end()) return makeError(codes::kReaderError, "the card helper sent no status");
    return card::statusFromJson(*s);
}

Result<CardStatus> HelperCardReader::waitForChange(std::chrono::milliseconds timeout) {
    auto a = run("wait", {}, timeout + m_options.deadline, timeout);
    if (!a) return a.error();
    auto s = a->json.find("status");
    if (s == a->json.end()) return makeError(codes::kReaderError, "the card helper sent no status");
    return card::statusFromJson(*s);
}

Result<Person> HelperCardReader::read(std::string_view pin) {
    // PIN plus newline, built in locked memory so no unlocked copy is made on the way to the pipe.
    SecureBuffer input(pin.size() + 1);
    for (char c : pin)
        input.push(c);
    input.push('\n');
    auto a = run("read", input.view(), m_options.deadline);
    input.clear();
    if (!a) return a.error();
    auto p = a->json.find("person");
    if (p == a->json.end() || !p->is_object())
        return makeError(codes::kReaderError, "the card helper sent no person record");
    std::string text = p->dump();
    auto person = parsePerson(text);
    wipe(text);
    if (!person)
        return makeError(codes::kMalformed,
                         "the card helper sent an invalid person record: " + person.error().describe());
    return person;
}

} // namespace kakanai::pcsc
