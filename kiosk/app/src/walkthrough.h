#pragma once
// The demo walkthrough (`kakanai-kiosk --demo --walkthrough DIR`): drives the real UI through the
// shortest path to a printed 住民票 request with the simulated card, saving a screenshot per step.
// What `scripts/run-demo` shows where there is no display; also the tap count the issue asks for.

#include "kiosk_app.h"

#include <QString>
#include <QStringList>

namespace kakanai::kiosk {

struct WalkthroughResult {
    bool ok = false;
    QString failedAt;        // the step that did not work
    QStringList screenshots; // saved files
    int taps = 0;            // taps on the shortest path, welcome → printed
    double seconds = 0;      // wall time of the walkthrough (UI + simulated devices)
};

WalkthroughResult runCardWalkthrough(KioskApp& app, const QString& screenshotDir);

} // namespace kakanai::kiosk
