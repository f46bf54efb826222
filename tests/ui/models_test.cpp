// Kiosk app pieces without QML: kana keys, the simulated devices' scripting, the staff PIN hash.
#include "editor_model.h"
#include "fakes/fake_card_reader.h"
#include "fakes/fake_printer.h"
#include "staff_model.h"

#include <gtest/gtest.h>

namespace kakanai::kiosk {
namespace {

TEST(KanaKeys, VoicedSemiVoicedAndSmallToggle) {
    EXPECT_EQ(applyKanaModifier(QStringLiteral("か"), QStringLiteral("dakuten")), QStringLiteral("が"));
    EXPECT_EQ(applyKanaModifier(QStringLiteral("が"), QStringLiteral("dakuten")), QStringLiteral("か"));
    EXPECT_EQ(applyKanaModifier(QStringLiteral("は"), QStringLiteral("handakuten")), QStringLiteral("ぱ"));
    EXPECT_EQ(applyKanaModifier(QStringLiteral("ぱ"), QStringLiteral("handakuten")), QStringLiteral("は"));
    EXPECT_EQ(applyKanaModifier(QStringLiteral("ハ"), QStringLiteral("handakuten")), QStringLiteral("パ"));
    EXPECT_EQ(applyKanaModifier(QStringLiteral("つ"), QStringLiteral("small")), QStringLiteral("っ"));
    EXPECT_EQ(applyKanaModifier(QStringLiteral("ウ"), QStringLiteral("dakuten")), QStringLiteral("ヴ"));
    EXPECT_EQ(applyKanaModifier(QStringLiteral("ん"), QStringLiteral("dakuten")), QStringLiteral("ん"));
}

TEST(EditorModel, DateModeAcceptsOnlyRealDatesAndShowsWareki) {
    EditorModel e;
    QString got;
    e.start("birth_date", {}, {}, "date", 8, [&](const QString& t) { got = t; });
    for (const char* d : {"2", "0", "2", "3", "0", "2", "2", "9"})
        e.type(QString::fromLatin1(d));
    EXPECT_FALSE(e.valid()) << "2023-02-29 does not exist";
    e.backspace();
    e.type("8");
    EXPECT_TRUE(e.valid());
    EXPECT_EQ(e.dateText(), QStringLiteral("令和5年2月28日"));
    e.accept();
    EXPECT_EQ(got, QStringLiteral("2023-02-28"));
    EXPECT_FALSE(e.isOpen());
    EXPECT_TRUE(e.text().isEmpty()) << "closed editor keeps nothing";
}

TEST(EditorModel, KatakanaModeAndMaxLength) {
    EditorModel e;
    e.start("name_kana", {}, {}, "katakana", 3, {});
    for (const char* k : {"か", "く", "う", "は"})
        e.type(QString::fromUtf8(k));
    EXPECT_EQ(e.composing(), QStringLiteral("カクウ"));
    EXPECT_TRUE(e.candidates().contains(QStringLiteral("カクウ")));
    e.cancel();
}

TEST(FakeCardReader, CountsDownTriesAndRefusesAtOne) {
    FakeCardReader r;
    r.insert(CardKind::MyNumber, 3);
    auto w = r.read("0000");
    ASSERT_FALSE(w.ok());
    EXPECT_EQ(w.error().code, "card.wrong-pin");
    EXPECT_EQ(w.error().details.at("tries_left"), "2");
    EXPECT_EQ(r.read("0000").error().code, "card.wrong-pin");
    EXPECT_EQ(r.read("1234").error().code, "card.pin-one-try-left") << "never spends the last try";
    r.setTriesLeft(3);
    auto ok = r.read("1234");
    ASSERT_TRUE(ok.ok());
    EXPECT_FALSE(ok->name_kana.has_value()) << "cards carry no reading";
    EXPECT_EQ(ok->name->source, "mynumber-card");
}

TEST(FakePrinter, FaultThatNeverClearsCancelsTheJob) {
    FakePrinter p;
    p.injectFault(PrinterFault::MediaEmpty);
    std::vector<JobPhase> phases;
    Status st = p.print(std::vector<std::uint8_t>{'%', 'P', 'D', 'F'}, {}, 1, [&](const JobProgress& j) { phases.push_back(j.phase); });
    ASSERT_FALSE(st.ok());
    EXPECT_EQ(st.error().code, "print.canceled");
    EXPECT_NE(std::find(phases.begin(), phases.end(), JobPhase::WaitingForFault), phases.end());
    EXPECT_EQ(p.jobs(), 0);
}

TEST(StaffPin, VerifiesAgainstALibsodiumHash) {
    const std::string hash = hashStaffPin("2468");
    ASSERT_EQ(hash.rfind("$argon2id$", 0), 0u);
    EXPECT_TRUE(verifyStaffPin(hash, "2468"));
    EXPECT_FALSE(verifyStaffPin(hash, "2469"));
    EXPECT_FALSE(verifyStaffPin("", "2468")) << "no hash: staff mode stays closed";
}

} // namespace
} // namespace kakanai::kiosk
