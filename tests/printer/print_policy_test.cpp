// The print policy (IppPrinter) against a scripted channel and a manual clock: every decision of
// "never duplicate" and "cancel after the fault wait", including moments a real printer rarely offers.
#include "fake_channel.h"

#include "kakanai/print/printer_faults.h"

#include <gtest/gtest.h>

using namespace kakanai;
using namespace kakanai::test;
using namespace std::chrono_literals;

namespace {

const std::vector<std::uint8_t> kPdf = [] {
    const std::string s = "%PDF-1.7\n% fictional test document\n%%EOF\n";
    return std::vector<std::uint8_t>(s.begin(), s.end());
}();

struct Harness {
    FakeChannel* channel = nullptr;
    ManualClock clock;
    std::unique_ptr<IppPrinter> printer;
    std::vector<JobProgress> progress;

    explicit Harness(PrintPolicy policy = {}) {
        auto c = std::make_unique<FakeChannel>();
        channel = c.get();
        int n = 0;
        policy.uniqueSuffix = [n]() mutable { return "s" + std::to_string(++n); };
        policy.pollInterval = 500ms;
        printer = std::make_unique<IppPrinter>(std::move(c), "ipp://test/ipp/print", policy, &clock);
    }
    Status print(int faultWait = 10, PrintOptions options = {}) {
        return printer->print(kPdf, options, faultWait, [&](const JobProgress& p) { progress.push_back(p); });
    }
    bool sawPhase(JobPhase ph) const {
        return std::any_of(progress.begin(), progress.end(),
                           [&](const JobProgress& p) { return p.phase == ph; });
    }
};

// A job that goes through the given states, one per poll, then stays in the last one.
std::function<Result<JobSnapshot>(int)> jobStates(std::vector<IppJobState> states) {
    auto i = std::make_shared<std::size_t>(0);
    return [states, i](int id) {
        const IppJobState s = states[std::min(*i, states.size() - 1)];
        ++*i;
        return Result<JobSnapshot>(jobIn(id, s));
    };
}

} // namespace

TEST(PrintPolicy, SubmitsWithCreateJobAndSendDocumentThenFollowsToTheEnd) {
    Harness h;
    h.channel->onJob = jobStates({IppJobState::Pending, IppJobState::Processing, IppJobState::Completed});
    PrintOptions options;
    options.copies = 2;
    options.duplex = true;
    Status s = h.print(10, options);
    ASSERT_TRUE(s.ok()) << s.error().message;
    EXPECT_EQ(h.channel->calls.front(), "status");
    EXPECT_EQ(h.channel->count("create"), 1);
    EXPECT_EQ(h.channel->count("send"), 1);
    EXPECT_EQ(h.channel->count("cancel"), 0);
    EXPECT_EQ(h.channel->documents.at(0), kPdf);
    const JobTicket& t = h.channel->tickets.at(0);
    EXPECT_EQ(t.jobName, "kakanai-form-s1"); // neutral, unique per submission
    EXPECT_EQ(t.copies, 2);
    EXPECT_EQ(t.sides, "two-sided-long-edge");
    EXPECT_EQ(t.media, "iso_a4_210x297mm");
    EXPECT_TRUE(t.scalingNone);
    ASSERT_GE(h.progress.size(), 4u);
    EXPECT_EQ(h.progress.front().phase, JobPhase::Submitting);
    EXPECT_TRUE(h.sawPhase(JobPhase::Queued));
    EXPECT_TRUE(h.sawPhase(JobPhase::Printing));
    EXPECT_EQ(h.progress.back().phase, JobPhase::Completed);
    EXPECT_EQ(h.progress.back().jobId, 7);
}

TEST(PrintPolicy, RefusesANonPdfWithoutTouchingThePrinter) {
    Harness h;
    Status s = h.printer->print(std::vector<std::uint8_t>{'h', 'e', 'l', 'l', 'o'}, {}, 10, nullptr);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().code, "print.invalid-document");
    EXPECT_TRUE(h.channel->calls.empty());
}

TEST(PrintPolicy, AnUnreachablePrinterFailsAtOnceAndNothingIsSent) {
    Harness h;
    h.channel->onStatus = [] {
        return Result<PrinterSnapshot>(channelError(ipp_error::kUnreachable, "refused"));
    };
    Status s = h.print(120);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().code, "print.unreachable");
    EXPECT_EQ(h.channel->count("create"), 0);
    EXPECT_LT(h.clock.secondsElapsed(), 1.0) << "no waiting: the resident is told at once";
    EXPECT_EQ(h.progress.back().phase, JobPhase::Failed);
}

TEST(PrintPolicy, MediaThePrinterDoesNotOfferIsRefusedBeforeSubmission) {
    Harness h;
    PrintOptions a3;
    a3.media = "iso_a3_297x420mm";
    Status s = h.print(10, a3);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().code, "print.unsupported");
    EXPECT_NE(s.error().message.find("iso_a3_297x420mm"), std::string::npos);
    EXPECT_EQ(h.channel->count("create"), 0);
}

TEST(PrintPolicy, APreflightFaultThatClearsInTimeDelaysTheSubmission) {
    Harness h;
    int polls = 0;
    h.channel->onStatus = [&] {
        return Result<PrinterSnapshot>(++polls <= 4 ? idlePrinter({"media-empty-error"}) : idlePrinter());
    };
    Status s = h.print(10);
    ASSERT_TRUE(s.ok()) << s.error().message;
    EXPECT_EQ(h.channel->count("create"), 1);
    // Nothing was sent while the tray was empty.
    const auto firstCreate = std::find(h.channel->calls.begin(), h.channel->calls.end(), "create");
    EXPECT_EQ(std::count(h.channel->calls.begin(), firstCreate, "status"), 5);
    EXPECT_TRUE(h.sawPhase(JobPhase::WaitingForFault));
}

TEST(PrintPolicy, APreflightFaultThatNeverClearsSendsNothing) {
    Harness h;
    h.channel->onStatus = [] { return Result<PrinterSnapshot>(idlePrinter({"media-empty-error"})); };
    Status s = h.print(5);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().code, "print.media-empty");
    EXPECT_NE(s.error().message.find("nothing was sent"), std::string::npos);
    EXPECT_EQ(h.channel->count("create"), 0);
    EXPECT_NEAR(h.clock.secondsElapsed(), 5.0, 0.6);
}

TEST(PrintPolicy, AFaultDuringTheJobThatClearsCompletesExactlyOnce) {
    Harness h;
    int polls = 0;
    h.channel->onStatus = [&] {
        ++polls; // poll 1 is the pre-flight
        return Result<PrinterSnapshot>(polls >= 2 && polls <= 6
                                           ? idlePrinter({"media-empty-warning", "media-needed-warning"})
                                           : idlePrinter());
    };
    int jobPolls = 0;
    h.channel->onJob = [&](int id) {
        return Result<JobSnapshot>(
            jobIn(id, ++jobPolls < 8 ? IppJobState::Processing : IppJobState::Completed));
    };
    Status s = h.print(10);
    ASSERT_TRUE(s.ok()) << s.error().message;
    EXPECT_EQ(h.channel->count("create"), 1);
    EXPECT_EQ(h.channel->count("send"), 1);
    EXPECT_EQ(h.channel->count("cancel"), 0);
    auto waiting = std::find_if(h.progress.begin(), h.progress.end(),
                                [](const JobProgress& p) { return p.phase == JobPhase::WaitingForFault; });
    ASSERT_NE(waiting, h.progress.end());
    EXPECT_EQ(waiting->fault, PrinterFault::MediaEmpty);
    EXPECT_EQ(waiting->secondsUntilCancel, 10);
    EXPECT_FALSE(waiting->message.empty());
}

TEST(PrintPolicy, AFaultThatDoesNotClearCancelsTheJobSoItNeverPrintsLater) {
    Harness h;
    int polls = 0;
    h.channel->onStatus = [&] {
        return Result<PrinterSnapshot>(++polls == 1 ? idlePrinter() : idlePrinter({"media-empty-warning"}));
    };
    bool cancelled = false;
    h.channel->onCancel = [&](int) { return cancelled = true, Status(); };
    h.channel->onJob = [&](int id) {
        return Result<JobSnapshot>(jobIn(id, cancelled ? IppJobState::Canceled : IppJobState::Processing));
    };
    Status s = h.print(6);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().code, "print.canceled");
    EXPECT_EQ(s.error().details.at("fault"), "media-empty");
    EXPECT_EQ(s.error().details.at("job_id"), "7");
    EXPECT_EQ(h.channel->cancelled, std::vector<int>{7});
    EXPECT_NEAR(h.clock.secondsElapsed(), 6.0, 1.1);
    EXPECT_EQ(h.progress.back().phase, JobPhase::Canceled);
    // The countdown reached the UI second by second.
    std::vector<int> left;
    for (const auto& p : h.progress)
        if (p.phase == JobPhase::WaitingForFault) left.push_back(p.secondsUntilCancel);
    EXPECT_EQ(left.front(), 6);
    EXPECT_LE(left.back(), 1);
}

TEST(PrintPolicy, AJobThatCompletesJustAsItIsCancelledCountsAsPrinted) {
    Harness h;
    int polls = 0;
    h.channel->onStatus = [&] {
        return Result<PrinterSnapshot>(++polls == 1 ? idlePrinter() : idlePrinter({"door-open"}));
    };
    bool cancelled = false;
    h.channel->onCancel = [&](int) {
        cancelled = true;
        return Status(channelError(ipp_error::kRefused, "client-error-not-possible"));
    };
    h.channel->onJob = [&](int id) {
        return Result<JobSnapshot>(jobIn(id, cancelled ? IppJobState::Completed : IppJobState::Processing));
    };
    Status s = h.print(2);
    EXPECT_TRUE(s.ok()) << s.error().message;
}

TEST(PrintPolicy, TheFaultBudgetIsOneTotalForTheWholeCall) {
    Harness h;
    int polls = 0;
    // 3 s of fault before submission, then the fault comes back during the job and stays.
    h.channel->onStatus = [&] {
        ++polls;
        const bool fault = polls <= 6 || polls >= 9;
        return Result<PrinterSnapshot>(fault ? idlePrinter({"media-jam"}) : idlePrinter());
    };
    h.channel->onJob = [](int id) { return Result<JobSnapshot>(jobIn(id, IppJobState::Processing)); };
    Status s = h.print(5);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().code, "print.canceled");
    EXPECT_LT(h.clock.secondsElapsed(), 8.0) << "the wait before submission counts too";
}

TEST(PrintPolicy, ALostCreateJobIsLookedUpAndCancelledBeforeTheOneRetry) {
    Harness h;
    int creates = 0;
    h.channel->onCreate = [&](const JobTicket&) {
        return ++creates == 1 ? Result<int>(channelError(ipp_error::kLost, "connection reset"))
                              : Result<int>(8);
    };
    // The first Create-Job did reach the printer: a held job without a document.
    h.channel->onJobs = [] {
        return Result<std::vector<JobSnapshot>>(std::vector<JobSnapshot>{
            jobIn(3, IppJobState::Completed, {}, "someone-else"),
            jobIn(5, IppJobState::Held, {"job-data-insufficient"}, "kakanai-form-s1")});
    };
    Status s = h.print();
    ASSERT_TRUE(s.ok()) << s.error().message;
    EXPECT_EQ(h.channel->cancelled, std::vector<int>{5}) << "only our orphan, never other jobs";
    EXPECT_EQ(h.channel->count("create"), 2);
    EXPECT_EQ(h.channel->count("send"), 1);
    EXPECT_EQ(h.channel->tickets.at(1).jobName, "kakanai-form-s2");
    // The lookup happened before the retry.
    const auto jobs = std::find(h.channel->calls.begin(), h.channel->calls.end(), "jobs");
    const auto second = std::find(std::find(h.channel->calls.begin(), h.channel->calls.end(), "create") + 1,
                                  h.channel->calls.end(), "create");
    EXPECT_LT(jobs, second);
}

TEST(PrintPolicy, ALostSendDocumentIsNeverSentAgainWhenThePrinterHasIt) {
    Harness h;
    h.channel->onSend = [](int) { return Status(channelError(ipp_error::kLost, "timed out")); };
    h.channel->onJob = jobStates({IppJobState::Processing, IppJobState::Processing, IppJobState::Completed});
    Status s = h.print();
    ASSERT_TRUE(s.ok()) << s.error().message;
    EXPECT_EQ(h.channel->count("send"), 1);
    EXPECT_EQ(h.channel->count("create"), 1);
    EXPECT_EQ(h.channel->count("cancel"), 0);
}

TEST(PrintPolicy, ALostSendDocumentIsResentOnceWhenThePrinterProvesItHasNoDocument) {
    Harness h;
    int sends = 0;
    h.channel->onSend = [&](int) {
        return ++sends == 1 ? Status(channelError(ipp_error::kLost, "reset")) : Status();
    };
    int creates = 0;
    h.channel->onCreate = [&](const JobTicket&) { return Result<int>(++creates == 1 ? 7 : 9); };
    h.channel->onJob = [&](int id) {
        if (id != 7) return Result<JobSnapshot>(jobIn(id, IppJobState::Completed));
        return Result<JobSnapshot>(h.channel->cancelled.empty()
                                       ? jobIn(7, IppJobState::Held, {"job-incoming"})
                                       : jobIn(7, IppJobState::Canceled, {"job-canceled-by-user"}));
    };
    Status s = h.print();
    ASSERT_TRUE(s.ok()) << s.error().message;
    EXPECT_EQ(h.channel->cancelled, std::vector<int>{7});
    EXPECT_GE(h.channel->count("job"), 3) << "looked twice before the cancel, once after";
    EXPECT_EQ(h.channel->count("create"), 2);
    EXPECT_EQ(h.channel->count("send"), 2);
    EXPECT_EQ(h.progress.back().jobId, 9);
}

TEST(PrintPolicy, GivesUpAfterOneResubmission) {
    Harness h;
    h.channel->onSend = [](int) { return Status(channelError(ipp_error::kLost, "reset")); };
    h.channel->onJob = [&](int id) {
        const bool cancelled = std::find(h.channel->cancelled.begin(), h.channel->cancelled.end(), id) !=
                               h.channel->cancelled.end();
        return Result<JobSnapshot>(cancelled ? jobIn(id, IppJobState::Canceled)
                                             : jobIn(id, IppJobState::Held, {"job-data-insufficient"}));
    };
    int creates = 0;
    h.channel->onCreate = [&](const JobTicket&) { return Result<int>(++creates); };
    Status s = h.print();
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().code, "print.failed");
    EXPECT_EQ(h.channel->count("send"), 2);
    EXPECT_EQ(h.channel->count("cancel"), 2) << "neither document-less job is left behind";
}

TEST(PrintPolicy, APrinterThatVanishesMidJobEndsUnconfirmedNotResent) {
    Harness h;
    int jobPolls = 0;
    h.channel->onJob = [&](int id) {
        if (++jobPolls <= 2) return Result<JobSnapshot>(jobIn(id, IppJobState::Processing));
        return Result<JobSnapshot>(channelError(ipp_error::kUnreachable, "connection refused"));
    };
    h.channel->onCancel = [](int) {
        return Status(channelError(ipp_error::kUnreachable, "connection refused"));
    };
    Status s = h.print(4);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().code, "print.unconfirmed");
    EXPECT_NE(s.error().message.find("output tray"), std::string::npos);
    EXPECT_EQ(h.channel->count("send"), 1);
    EXPECT_GE(h.channel->count("cancel"), 1) << "it tried to cancel before giving up";
    EXPECT_LT(h.clock.secondsElapsed(), 8.0);
}

TEST(PrintPolicy, APrinterSilentForTheWholeWaitGetsOneCancelNotThreeTimeouts) {
    // Found by the fault suite (PrinterFaults.ProcessingPrinterHungForGood…): against a hung printer each
    // call costs the whole I/O timeout, and three cancels plus three job queries took 40 s past the budget.
    Harness h;
    int jobPolls = 0;
    h.channel->onJob = [&](int id) {
        if (++jobPolls <= 2) return Result<JobSnapshot>(jobIn(id, IppJobState::Processing));
        return Result<JobSnapshot>(channelError(ipp_error::kLost, "no answer (Connection timed out)"));
    };
    h.channel->onCancel = [](int) { return Status(channelError(ipp_error::kLost, "no answer")); };
    Status s = h.print(4);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().code, "print.unconfirmed");
    EXPECT_EQ(h.channel->count("cancel"), 1);
    ASSERT_FALSE(h.channel->calls.empty());
    EXPECT_EQ(h.channel->calls.back(), "cancel") << "no job query after the silent cancel";
}

TEST(PrintPolicy, APrinterBackWithinTheWaitIsFollowedToCompletion) {
    Harness h;
    int jobPolls = 0;
    h.channel->onJob = [&](int id) {
        ++jobPolls;
        if (jobPolls >= 2 && jobPolls <= 5)
            return Result<JobSnapshot>(channelError(ipp_error::kLost, "timed out"));
        return Result<JobSnapshot>(
            jobIn(id, jobPolls < 7 ? IppJobState::Processing : IppJobState::Completed));
    };
    Status s = h.print(10);
    ASSERT_TRUE(s.ok()) << s.error().message;
    EXPECT_EQ(h.channel->count("send"), 1);
    auto offline = std::find_if(h.progress.begin(), h.progress.end(), [](const JobProgress& p) {
        return p.phase == JobPhase::WaitingForFault && p.fault == PrinterFault::Unreachable;
    });
    EXPECT_NE(offline, h.progress.end());
}

TEST(PrintPolicy, AJobThePrinterForgotIsUnconfirmed) {
    Harness h;
    h.channel->onJob = [](int) {
        return Result<JobSnapshot>(channelError(ipp_error::kNotFound, "no such job"));
    };
    Status s = h.print();
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().code, "print.unconfirmed");
    EXPECT_EQ(h.channel->count("send"), 1);
}

TEST(PrintPolicy, AnAbortedJobNamesTheLikeliestCause) {
    Harness h;
    int polls = 0;
    h.channel->onStatus = [&] {
        return Result<PrinterSnapshot>(++polls == 1 ? idlePrinter() : idlePrinter({"media-jam-report"}));
    };
    h.channel->onJob = [](int id) {
        auto j = jobIn(id, IppJobState::Aborted, {"aborted-by-system"});
        j.message = "Paper jam";
        return Result<JobSnapshot>(j);
    };
    Status s = h.print();
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().code, "print.media-jam");
    EXPECT_NE(s.error().message.find("Paper jam"), std::string::npos);
    EXPECT_EQ(h.channel->count("cancel"), 0);
}

TEST(PrintPolicy, ABusyPrinterIsAskedAgainWithoutCreatingTwice) {
    Harness h;
    int creates = 0;
    h.channel->onCreate = [&](const JobTicket&) {
        return ++creates <= 3 ? Result<int>(channelError(ipp_error::kBusy, "server-error-busy"))
                              : Result<int>(11);
    };
    Status s = h.print();
    ASSERT_TRUE(s.ok()) << s.error().message;
    EXPECT_EQ(h.channel->count("send"), 1);
    EXPECT_EQ(h.channel->count("jobs"), 0) << "busy means nothing was created: no lookup needed";
}

TEST(PrintPolicy, AJobThatStopsMovingWithoutAReasonIsTreatedAsAFault) {
    PrintPolicy policy;
    policy.stallTimeout = 5s;
    Harness h(policy);
    bool cancelled = false;
    h.channel->onCancel = [&](int) { return cancelled = true, Status(); };
    h.channel->onJob = [&](int id) {
        return Result<JobSnapshot>(jobIn(id, cancelled ? IppJobState::Canceled : IppJobState::Processing));
    };
    Status s = h.print(3);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().code, "print.canceled");
    EXPECT_EQ(s.error().details.at("fault"), "stopped");
    EXPECT_NEAR(h.clock.secondsElapsed(), 8.5, 1.1);
}

TEST(PrintPolicy, StateReportsUnreachableAsAStateNotAnError) {
    Harness h;
    h.channel->onStatus = [] {
        return Result<PrinterSnapshot>(channelError(ipp_error::kUnreachable, "refused"));
    };
    auto st = h.printer->state();
    ASSERT_TRUE(st.ok());
    EXPECT_FALSE(st->reachable);
    EXPECT_FALSE(st->ready);
    EXPECT_EQ(st->faults, std::vector<PrinterFault>{PrinterFault::Unreachable});

    h.channel->onStatus = [] { return Result<PrinterSnapshot>(idlePrinter({"toner-low-warning"})); };
    auto warn = h.printer->state();
    ASSERT_TRUE(warn.ok());
    EXPECT_TRUE(warn->ready) << "toner-low is a warning only";
    EXPECT_EQ(warn->faults, std::vector<PrinterFault>{PrinterFault::TonerLow});
}

TEST(PrintPolicy, JobNamesAreRandomAndNeutral) {
    const std::string a = randomJobSuffix(), b = randomJobSuffix();
    EXPECT_EQ(a.size(), 8u);
    EXPECT_NE(a, b);
    EXPECT_EQ(a.find_first_not_of("0123456789abcdef"), std::string::npos);
}

TEST(PrintPolicy, LowTonerIsShownWithTheProgressButNeverHoldsTheJobUp) {
    Harness h;
    h.channel->onStatus = [] { return Result<PrinterSnapshot>(idlePrinter({"toner-low-warning"})); };
    h.channel->onJob = jobStates({IppJobState::Processing, IppJobState::Processing, IppJobState::Completed});
    Status s = h.print(10);
    ASSERT_TRUE(s.ok()) << s.error().message;
    EXPECT_FALSE(h.sawPhase(JobPhase::WaitingForFault));
    EXPECT_EQ(h.channel->count("cancel"), 0);
    const bool warned = std::any_of(h.progress.begin(), h.progress.end(), [](const JobProgress& p) {
        return p.phase == JobPhase::Printing && p.fault == PrinterFault::TonerLow &&
               p.message.find("toner is low") != std::string::npos && p.secondsUntilCancel < 0;
    });
    EXPECT_TRUE(warned) << "staff learn about low toner while the form prints";
    EXPECT_EQ(h.progress.back().phase, JobPhase::Completed);
    EXPECT_EQ(h.progress.back().fault, PrinterFault::None);
}

// The lost Send-Document was still in the printer's socket: the printer showed no document, then got it
// just before the cancel arrived and printed it. The kiosk must not send a second copy.
TEST(PrintPolicy, ALateDocumentThatPrintedDespiteTheCancelIsNeverSentAgain) {
    Harness h;
    h.channel->onSend = [](int) { return Status(channelError(ipp_error::kLost, "timed out")); };
    h.channel->onCancel = [](int) {
        return Status(channelError(ipp_error::kRefused, "client-error-not-possible"));
    };
    h.channel->onJob = [&](int id) {
        if (h.channel->cancelled.empty())
            return Result<JobSnapshot>(jobIn(id, IppJobState::Pending, {"job-incoming"}));
        return Result<JobSnapshot>(jobIn(id, IppJobState::Completed));
    };
    Status s = h.print();
    ASSERT_TRUE(s.ok()) << s.error().message;
    EXPECT_EQ(h.channel->count("create"), 1);
    EXPECT_EQ(h.channel->count("send"), 1);
}

TEST(PrintPolicy, ACancelThatCaughtAJobAlreadyPrintingIsUnconfirmedNotResent) {
    Harness h;
    h.channel->onSend = [](int) { return Status(channelError(ipp_error::kLost, "timed out")); };
    h.channel->onJob = [&](int id) {
        if (h.channel->cancelled.empty())
            return Result<JobSnapshot>(jobIn(id, IppJobState::Pending, {"job-incoming"}));
        JobSnapshot j = jobIn(id, IppJobState::Canceled, {"job-canceled-by-user"});
        j.impressionsCompleted = 1; // it got the document after all and printed a page
        return Result<JobSnapshot>(j);
    };
    Status s = h.print();
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().code, "print.unconfirmed");
    EXPECT_EQ(h.channel->count("create"), 1);
    EXPECT_EQ(h.channel->count("send"), 1);
}
