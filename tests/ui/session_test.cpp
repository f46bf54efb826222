// Core pieces of the kiosk session (no Qt): idle policy, session wipe, usage counters, next steps,
// the kanji dictionary, and the config keys the kiosk added.
#include "kakanai/config/config.h"
#include "kakanai/forms/catalog.h"
#include "kakanai/person/sample_people.h"
#include "kakanai/session/idle_policy.h"
#include "kakanai/session/next_steps.h"
#include "kakanai/session/session.h"
#include "kakanai/session/usage_counters.h"
#include "kakanai/text/kanji_dictionary.h"

#include "test_support.h"

#include <gtest/gtest.h>

namespace kakanai {
namespace {

using namespace std::chrono_literals;
using TP = IdlePolicy::Clock::time_point;

TEST(IdlePolicy, WarnsAfterIdleThenWipesAfterTheWarning) {
    IdlePolicy p(90s, 30s);
    const TP t0{};
    EXPECT_EQ(p.check(t0 + 1000s), IdleAction::None) << "inactive (attract screen): never";
    p.setActive(true, t0);
    EXPECT_EQ(p.check(t0 + 89s), IdleAction::None);
    EXPECT_EQ(p.check(t0 + 90s), IdleAction::Warn);
    EXPECT_EQ(p.secondsLeft(t0 + 90s), 30);
    EXPECT_EQ(p.secondsLeft(t0 + 100s), 20);
    EXPECT_EQ(p.check(t0 + 119s), IdleAction::Warn);
    EXPECT_EQ(p.check(t0 + 120s), IdleAction::Wipe);
    p.touched(t0 + 110s);
    EXPECT_EQ(p.check(t0 + 120s), IdleAction::None) << "a touch during the warning keeps the session";
}

TEST(IdlePolicy, WarningIsNeverShorterThan20Seconds) {
    IdlePolicy p(30s, 5s);
    EXPECT_EQ(p.warning(), 20s);
    p.setActive(true, TP{});
    EXPECT_EQ(p.check(TP{} + 49s), IdleAction::Warn);
    EXPECT_EQ(p.check(TP{} + 50s), IdleAction::Wipe);
}

TEST(Session, StepsGoForwardBackAndNotBackAfterPrinting) {
    Session s;
    EXPECT_FALSE(s.active());
    s.start();
    EXPECT_EQ(s.step(), Step::Needs);
    s.go(Step::Forms);
    s.go(Step::Purpose);
    EXPECT_TRUE(s.back());
    EXPECT_EQ(s.step(), Step::Forms);
    s.go(Step::Purpose);
    s.go(Step::Identify);
    s.go(Step::Forms); // "change" to an earlier screen returns to it
    EXPECT_EQ(s.step(), Step::Forms);
    EXPECT_EQ(s.history().size(), 3u);
    s.go(Step::Printing);
    EXPECT_FALSE(s.back());
    s.go(Step::Done);
    EXPECT_FALSE(s.canGoBack());
}

TEST(Session, WipeLeavesNothingPersonal) {
    Session s;
    s.start();
    s.toggleForm("juminhyo");
    auto p = parsePerson(demoPersonJson());
    ASSERT_TRUE(p.ok());
    s.person = std::move(p.value());
    s.idMethod = IdMethod::MyNumberCard;
    s.answers.forms["juminhyo"]["submit_to"] = std::string("架空銀行");
    s.go(Step::Check);
    EXPECT_FALSE(s.empty());
    s.wipe();
    EXPECT_TRUE(s.empty());
    EXPECT_EQ(s.step(), Step::Welcome);
    EXPECT_FALSE(s.person.has_value());
    EXPECT_TRUE(s.answers.forms.empty());
}

TEST(Session, StepNamesRoundTrip) {
    for (int i = 0; i < kStepCount; ++i) {
        const auto step = static_cast<Step>(i);
        EXPECT_EQ(stepFromString(toString(step)), step);
    }
    EXPECT_FALSE(stepFromString("nope"));
}

TEST(UsageCounters, CountsSessionsStepsAndFormsWithoutPersonalData) {
    UsageCounters c;
    const TP t0{};
    c.sessionStarted(t0);
    c.stepEntered(Step::Needs, t0);
    c.stepEntered(Step::Forms, t0 + 10s);
    c.stepEntered(Step::Done, t0 + 40s);
    c.formPrinted("juminhyo");
    c.sessionFinished(t0 + 50s);
    c.sessionStarted(t0 + 100s);
    c.stepEntered(Step::Needs, t0 + 100s);
    c.stepEntered(Step::Forms, t0 + 120s);
    c.sessionAbandoned(Step::Forms, t0 + 130s);
    EXPECT_EQ(c.started(), 2);
    EXPECT_EQ(c.finished(), 1);
    EXPECT_EQ(c.abandonedAt(Step::Forms), 1);
    EXPECT_EQ(c.formsPrinted(), 1);
    EXPECT_DOUBLE_EQ(c.medianSeconds(Step::Needs), 15.0);
    EXPECT_DOUBLE_EQ(c.medianSessionSeconds(), 50.0);
    const std::string json = c.toJson();
    EXPECT_NE(json.find("\"abandoned_at\""), std::string::npos);
    EXPECT_NE(json.find("\"juminhyo\": 1"), std::string::npos);
}

TEST(NextSteps, CounterBringAndFeeFromTheConfigAndAnswers) {
    const KioskConfig config = demoConfig(KAKANAI_TEST_SOURCE_DIR);
    const FormCatalog catalog = FormCatalog::load(config.resolvePath(config.forms_directory));
    const FormTemplate* f = catalog.find("juminhyo");
    ASSERT_NE(f, nullptr);
    AnswersDocument answers;
    answers.forms["juminhyo"]["copies"] = 2L;
    const auto steps = nextSteps(config, {f}, answers);
    ASSERT_EQ(steps.size(), 1u);
    EXPECT_EQ(steps[0].counter, "市民課 1番窓口");
    EXPECT_EQ(steps[0].copies, 2);
    EXPECT_EQ(steps[0].feeYen, 600);
    EXPECT_EQ(steps[0].bring, (std::vector<std::string>{"id-document", "fee"}));
    EXPECT_EQ(totalFee(steps), 600);
    EXPECT_TRUE(formNeedsOtherPeople(*f)) << "the 住民票 request lists household members";
}

TEST(KioskConfig, UiNextStepsAndVoiceKeysAreCheckedByName) {
    const char* base = "[municipality]\nname = \"架空市\"\naddressee = \"架空市長\"\n";
    auto ok = parseConfig(std::string(base) +
                              "[ui]\nlife_events = [\"moving\"]\npx_per_mm = 4.2\n[next_steps.juminhyo]\n"
                              "counter = \"2番\"\nbring = [\"seal\"]\n[voice]\ndirectory = \"voice\"\n",
                          "/k.toml");
    ASSERT_TRUE(ok.config) << ok.problems[0].describe();
    EXPECT_EQ(ok.config->life_events, std::vector<std::string>{"moving"});
    EXPECT_EQ(ok.config->nextStepFor("juminhyo")->counter, "2番");
    auto bad = parseConfig(std::string(base) + "[ui]\nlife_events = [\"wedding\"]\ncolour = 1\n[next_steps.juminhyo]\nbring = [\"cake\"]\n",
                           "/k.toml");
    ASSERT_FALSE(bad.config);
    std::vector<std::string> where;
    for (const auto& p : bad.problems)
        where.push_back(p.where);
    EXPECT_NE(std::find(where.begin(), where.end(), "ui.life_events[0]"), where.end());
    EXPECT_NE(std::find(where.begin(), where.end(), "ui.colour"), where.end());
    EXPECT_NE(std::find(where.begin(), where.end(), "next_steps.juminhyo.bring[0]"), where.end());
}

TEST(KanjiDictionary, CandidatesReadingsAndComposedConversion) {
    const auto d = KanjiDictionary::fromText(";; okuri-ari entries.\nかくu /書/\n;; okuri-nasi entries.\n"
                                             "かくう /架空/;annotation/\nはなこ /花子/華子/\nちよだ /千代田/\n");
    EXPECT_EQ(d.candidates("はなこ"), (std::vector<std::string>{"花子", "華子"}));
    EXPECT_EQ(d.candidates("かくう"), std::vector<std::string>{"架空"});
    EXPECT_TRUE(d.candidates("かく").empty()) << "okuri-ari entries are not used";
    const auto conv = d.convert("かくうはなこ");
    ASSERT_FALSE(conv.empty());
    EXPECT_EQ(conv[0], "架空花子");
    EXPECT_EQ(d.suggestReading("架空　花子"), "カクウ　ハナコ");
    EXPECT_EQ(d.suggestReading("架空　太郎"), "") << "no reading known: no suggestion";
}

TEST(KanjiDictionary, LoadsTheInstalledSkkDictionaries) {
    auto d = KanjiDictionary::load(defaultKanjiDictionaryFiles());
    ASSERT_TRUE(d.ok()) << "install skkdic and skkdic-extra";
    EXPECT_GT(d->size(), 100000u);
    const auto c = d->candidates("たろう");
    EXPECT_NE(std::find(c.begin(), c.end(), "太郎"), c.end());
}

} // namespace
} // namespace kakanai
