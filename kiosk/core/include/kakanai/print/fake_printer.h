#pragma once
// Test double of the Printer port for unit tests, UI tests and the demo: returns a scripted state, replays
// scripted progress and outcome, and records what it was asked to print.

#include "kakanai/ports/printer.h"

#include <vector>

namespace kakanai {

class FakePrinter : public Printer {
public:
    PrinterState currentState = readyState();
    std::vector<JobProgress> progressScript; // reported in order during print()
    Status outcome;                          // what print() returns
    std::vector<std::vector<std::uint8_t>> documents;
    std::vector<PrintOptions> optionsSeen;
    std::vector<int> faultWaits;

    Result<PrinterState> state() override { return currentState; }
    Status print(const std::vector<std::uint8_t>& pdf, const PrintOptions& options, int faultWaitSeconds,
                 const std::function<void(const JobProgress&)>& progress) override {
        documents.push_back(pdf);
        optionsSeen.push_back(options);
        faultWaits.push_back(faultWaitSeconds);
        for (const auto& p : progressScript)
            if (progress) progress(p);
        return outcome;
    }

    static PrinterState readyState() {
        PrinterState s;
        s.reachable = s.accepting = s.ready = true;
        s.model = "fake printer";
        s.mediaSupported = {"iso_a4_210x297mm", "iso_a3_297x420mm"};
        s.duplexSupported = s.scalingNoneSupported = true;
        return s;
    }
};

} // namespace kakanai
