#include "walkthrough.h"

#include "fakes/fake_card_reader.h"
#include "identify_model.h"
#include "output_model.h"
#include "ui_driver.h"

#include <QDir>
#include <QElapsedTimer>

namespace kakanai::kiosk {

WalkthroughResult runCardWalkthrough(KioskApp& app, const QString& dir) {
    WalkthroughResult r;
    QElapsedTimer timer;
    timer.start();
    QDir().mkpath(dir);
    UiDriver ui(app.window());
    KioskController& k = app.kiosk();
    int shot = 0;
    auto snap = [&](const QString& name) {
        const QString path = QStringLiteral("%1/%2-%3.png").arg(dir).arg(++shot, 2, 10, QLatin1Char('0')).arg(name);
        if (ui.screenshot(path)) r.screenshots << path;
    };
    auto onStep = [&](const char* step) { return ui.waitFor([&] { return k.step() == QLatin1String(step); }); };
    auto fail = [&](const QString& where) {
        r.failedAt = where;
        r.seconds = timer.elapsed() / 1000.0;
        return r;
    };

    ui.settle(200);
    snap(QStringLiteral("welcome"));
    if (!ui.tap("startButton") || !onStep("needs")) return fail("start");
    snap(QStringLiteral("needs"));
    if (!ui.tap("event_certificates") || !onStep("forms")) return fail("life event");
    if (!ui.tap("form_juminhyo")) return fail("choose form");
    snap(QStringLiteral("forms"));
    if (!ui.tap("formsNext") || !onStep("purpose")) return fail("forms next");
    snap(QStringLiteral("purpose"));
    if (!ui.tap("purposeOk") || !onStep("identify")) return fail("purpose");
    snap(QStringLiteral("identify"));
    // The resident inserts the simulated card: no tap, the kiosk moves on by itself.
    if (!k.devices().fakeCard) return fail("no simulated card");
    k.devices().fakeCard->insert(CardKind::MyNumber, 3);
    if (!onStep("pin")) return fail("card insert");
    for (const char* key : {"pinKey1", "pinKey2", "pinKey3", "pinKey4"})
        if (!ui.tap(key)) return fail("pin digit");
    snap(QStringLiteral("pin"));
    if (!ui.tap("pinOk") || !ui.waitFor([&] { return k.step() == QLatin1String("check"); })) return fail("pin ok");
    snap(QStringLiteral("check"));
    k.devices().fakeCard->remove(); // "take your card back"
    ui.waitFor([&] { return !k.identifyModel().cardPresent(); });
    if (!ui.waitFor([&] { return ui.visible("confirm_name_kana"); }, 8000)) return fail("furigana suggestion");
    if (!ui.tap("confirm_name_kana")) return fail("confirm furigana");
    snap(QStringLiteral("check-confirmed"));
    if (!ui.tap("checkNext")) return fail("check next");
    if (ui.waitFor([&] { return k.step() == QLatin1String("household"); }, 1500)) {
        if (!ui.tap("headYes")) return fail("head of household");
        snap(QStringLiteral("household"));
        if (!ui.tap("householdNext")) return fail("household next");
    }
    if (!onStep("questions")) return fail("questions");
    // Defaults stand; the purpose has none, so it is the one real choice.
    for (int i = 0; i < 12 && k.step() == QLatin1String("questions"); ++i) {
        const QVariantMap cur = k.property("questions").value<QObject*>()->property("current").toMap();
        if (i == 0) snap(QStringLiteral("question"));
        if (cur.value("id").toString() == QLatin1String("purpose")) {
            snap(QStringLiteral("question-purpose"));
            if (!ui.tap("choice_license")) return fail("purpose answer");
        } else if (!ui.tap("questionNext")) {
            return fail("question " + cur.value("id").toString());
        }
    }
    if (!onStep("summary")) return fail("summary");
    snap(QStringLiteral("summary"));
    if (!ui.tap("summaryNext") || !onStep("preview")) return fail("summary next");
    if (!ui.waitFor([&] { return k.outputModel().previewReady(); }, 15000)) return fail("preview");
    snap(QStringLiteral("preview"));
    if (!ui.tap("printButton")) return fail("print");
    if (!ui.waitFor([&] { return k.step() == QLatin1String("done"); }, 20000)) return fail("printing");
    snap(QStringLiteral("done"));
    r.taps = ui.taps(); // welcome → printed
    if (!ui.tap("finishButton") || !onStep("welcome")) return fail("finish");
    r.ok = true;
    r.seconds = timer.elapsed() / 1000.0;
    return r;
}

} // namespace kakanai::kiosk
