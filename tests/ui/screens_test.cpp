// Every screen in every language (and with larger text): screenshots, no clipped text, accessible names,
// 20 mm targets; the colour pairs' contrast; and each language's translation completeness from lrelease.
#include "kiosk_fixture.h"

#include "output_model.h"
#include "test_support.h"

#include <QColor>

#include <cmath>
#include <iostream>
#include <regex>

namespace kakanai::kiosk::test {
namespace {

class LanguageScreens : public KioskFixture, public ::testing::WithParamInterface<std::tuple<const char*, bool>> {};

// Walks the whole card flow in one language, with the keyboard, the staff screen and the warnings.
TEST_P(LanguageScreens, NoTextIsClipped) {
    const auto [lang, large] = GetParam();
    tapOrFail((std::string("lang_") + lang).c_str());
    if (large) tapOrFail("largeTextButton");
    ASSERT_EQ(kiosk().language().toStdString(), lang);
    shot("welcome");
    tapOrFail("startButton");
    ASSERT_TRUE(waitStep("needs"));
    shot("needs");
    tapOrFail("event_certificates");
    ASSERT_TRUE(waitStep("forms"));
    tapOrFail("form_juminhyo");
    shot("forms");
    tapOrFail("formsNext");
    ASSERT_TRUE(waitStep("purpose"));
    shot("purpose");
    tapOrFail("purposeOk");
    ASSERT_TRUE(waitStep("identify"));
    shot("identify");
    card().insert(CardKind::DriverLicense, 3);
    ASSERT_TRUE(waitStep("pin"));
    enterPin("99");
    shot("pin-licence");
    tapOrFail("pinErase");
    tapOrFail("pinErase");
    enterPin("9999");
    tapOrFail("pinOk");
    ASSERT_TRUE(ui().waitFor([&] { return model("identify")->property("triesLeft").toInt() == 2; }));
    shot("pin-wrong");
    enterPin("1234");
    tapOrFail("pinOk");
    ASSERT_TRUE(waitStep("check"));
    shot("check");
    card().remove();
    ASSERT_TRUE(ui().waitFor([&] { return ui().visible("confirm_name_kana"); }, 10000));
    tapOrFail("change_address");
    tapOrFail("kana_か");
    shot("keyboard-kana");
    tapOrFail("modeAbc");
    shot("keyboard-abc");
    tapOrFail("editorCancel");
    tapOrFail("confirm_name_kana");
    tapOrFail("sex_female");
    tapOrFail("checkNext");
    ASSERT_TRUE(waitStep("household"));
    tapOrFail("headNo");
    tapOrFail("addMember");
    shot("household-member");
    tapOrFail("memberDone");
    tapOrFail("memberRemove0");
    tapOrFail("headYes");
    shot("household");
    tapOrFail("householdNext");
    ASSERT_TRUE(waitStep("questions"));
    int n = 0;
    for (int i = 0; i < 12 && step() == QLatin1String("questions"); ++i) {
        shot(QStringLiteral("question-%1").arg(++n));
        const QString id = model("questions")->property("current").toMap().value("id").toString();
        if (id == QLatin1String("purpose"))
            tapOrFail("choice_license");
        else
            tapOrFail("questionNext");
    }
    ASSERT_TRUE(waitStep("summary"));
    shot("summary");
    tapOrFail("summaryNext");
    ASSERT_TRUE(waitStep("preview"));
    ASSERT_TRUE(ui().waitFor([&] { return kiosk().outputModel().previewReady(); }, 20000));
    shot("preview");
    printer().injectFault(PrinterFault::MediaJam);
    tapOrFail("printButton");
    ASSERT_TRUE(ui().waitFor([&] { return ui().visible("printFault"); }, 10000));
    shot("printing-fault");
    printer().clearFault();
    ASSERT_TRUE(waitStep("done", 20000));
    shot("done");
    tapOrFail("startOverButton");
    shot("start-over");
    tapOrFail("startOverNo");
    advanceClock(std::chrono::seconds(kiosk().config().idle_s));
    kiosk().tick();
    ASSERT_TRUE(ui().waitFor([&] { return ui().visible("idleWarning"); }));
    shot("idle-warning");
    tapOrFail("stillHereButton");
    tapOrFail("staffModeButton");
    shot("staff-pin");
}

std::string languageName(const ::testing::TestParamInfo<std::tuple<const char*, bool>>& info) {
    std::string s = std::get<0>(info.param);
    for (char& c : s)
        if (c == '-') c = '_';
    return s + (std::get<1>(info.param) ? "_large" : "");
}

INSTANTIATE_TEST_SUITE_P(AllLanguages, LanguageScreens,
                         ::testing::Values(std::make_tuple("ja", false), std::make_tuple("ja-easy", false),
                                           std::make_tuple("en", false), std::make_tuple("zh-Hans", false),
                                           std::make_tuple("ko", false), std::make_tuple("vi", false),
                                           std::make_tuple("pt", false), std::make_tuple("ja", true),
                                           std::make_tuple("en", true), std::make_tuple("pt", true)),
                         languageName);

double luminance(const QColor& c) {
    auto lin = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * lin(c.redF()) + 0.7152 * lin(c.greenF()) + 0.0722 * lin(c.blueF());
}

class Theme : public KioskFixture {};

TEST_F(Theme, EveryTextColourPairHasContrastOfAtLeast7To1) {
    QObject* theme = m_app->window()->findChild<QObject*>("theme");
    ASSERT_NE(theme, nullptr);
    const QVariantList pairs = theme->property("contrastPairs").toList();
    ASSERT_GE(pairs.size(), 10);
    for (const QVariant& p : pairs) {
        const QVariantList pair = p.toList();
        const QColor fg = pair[0].value<QColor>(), bg = pair[1].value<QColor>();
        double a = luminance(fg) + 0.05, b = luminance(bg) + 0.05;
        const double ratio = std::max(a, b) / std::min(a, b);
        EXPECT_GE(ratio, 7.0) << fg.name().toStdString() << " on " << bg.name().toStdString();
    }
}

TEST_F(Theme, ButtonsAnswerTheAccessibilityPressAction) {
    QQuickItem* start = ui().find("startButton");
    ASSERT_NE(start, nullptr);
    QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(start);
    ASSERT_NE(iface, nullptr);
    EXPECT_FALSE(iface->text(QAccessible::Name).isEmpty());
    QAccessibleActionInterface* actions = iface->actionInterface();
    ASSERT_NE(actions, nullptr);
    actions->doAction(QAccessibleActionInterface::pressAction());
    EXPECT_TRUE(waitStep("needs"));
}

// lrelease's statistics per language: ja, やさしい日本語 and en must be complete and finished; the others
// must have every string translated (they stay "unfinished" until a native speaker reviews them).
TEST(Translations, CompletionPerLanguage) {
    struct Expect {
        const char* file;
        bool mustBeFinished;
    };
    const Expect langs[] = {{"ja", true}, {"ja-easy", true}, {"en", true}, {"zh-Hans", false},
                            {"ko", false}, {"vi", false},    {"pt", false}};
    const std::string lrelease = KAKANAI_LRELEASE;
    for (const auto& l : langs) {
        const std::string ts = kakanai::test::sourcePath(std::string("kiosk/app/i18n/kiosk_") + l.file + ".ts");
        auto r = kakanai::test::run({lrelease, ts, "-qm", "/dev/null"});
        const std::string out = r.out + r.err;
        std::smatch m;
        ASSERT_TRUE(std::regex_search(out, m, std::regex(R"(Generated (\d+) translation\(s\) \((\d+) finished and (\d+) unfinished\))")))
            << out;
        const int generated = std::stoi(m[1]), finished = std::stoi(m[2]), unfinished = std::stoi(m[3]);
        int untranslated = 0;
        if (std::regex_search(out, m, std::regex(R"(Ignored (\d+) untranslated)"))) untranslated = std::stoi(m[1]);
        const int total = generated + untranslated;
        std::cout << "kiosk translation " << l.file << ": " << generated << "/" << total << " translated, " << finished
                  << " reviewed" << (l.mustBeFinished ? "" : " (marked for native review)") << std::endl;
        EXPECT_GT(total, 100);
        EXPECT_EQ(untranslated, 0) << l.file;
        if (l.mustBeFinished) {
            EXPECT_EQ(unfinished, 0) << l.file;
        }
    }
}

} // namespace
} // namespace kakanai::kiosk::test
