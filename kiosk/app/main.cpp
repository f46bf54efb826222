// kakanai-kiosk: the resident kiosk (Qt Quick). The composition root: reads the config (refuses to start
// on an invalid one), picks the devices, loads the UI. --demo runs on built-in defaults with simulated
// devices; --walkthrough DIR drives the demo through the shortest path and saves screenshots.
#include "src/devices.h"
#include "src/kiosk_app.h"
#include "src/staff_model.h"
#include "src/walkthrough.h"

#include "kakanai/config/config.h"
#include "kakanai/handoff/keys.h"
#include "kakanai/sys/secure_memory.h"
#include "kakanai/sys/share_dir.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTimer>

#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <string>

namespace {

long rssKiB() {
    std::ifstream in("/proc/self/status");
    std::string line;
    while (std::getline(in, line))
        if (line.rfind("VmRSS:", 0) == 0) return std::stol(line.substr(6));
    return -1;
}

int hashPin() {
    // The PIN comes from stdin, never argv.
    auto pin = kakanai::readPin(STDIN_FILENO, 4, 12);
    if (!pin) return std::fprintf(stderr, "kakanai-kiosk: %s\n", pin.error().message.c_str()), 1;
    const std::string hash = kakanai::kiosk::hashStaffPin(pin->view());
    if (hash.empty()) return std::fprintf(stderr, "kakanai-kiosk: hashing failed\n"), 1;
    std::printf("%s\n", hash.c_str());
    return 0;
}

// The demo's staff PIN is 0000 (precomputed: hashing at start-up would cost a second).
constexpr const char* kDemoStaffPinHash =
    "$argon2id$v=19$m=65536,t=2,p=1$wmc/Rr97eNUeG4m0JjP91A$IvBi/SOaFx4VKLddzY+RqoormaBoRkNboP9uyR06J4E";

} // namespace

int main(int argc, char** argv) {
    QElapsedTimer started;
    started.start();
    // Card I/O runs in this same program started as a helper (no window system, no Qt).
    if (const int helper = kakanai::kiosk::runDeviceHelper(argc, argv); helper >= 0) return helper;
    kakanai::kiosk::prepareProcess();
    for (int i = 1; i < argc; ++i) // no window system needed for this one
        if (std::string_view(argv[i]) == "--hash-staff-pin") return hashPin();
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("kakanai-kiosk"));

    QCommandLineParser cli;
    cli.setApplicationDescription(QStringLiteral("Kakanai resident kiosk"));
    cli.addHelpOption();
    QCommandLineOption demo(
        QStringLiteral("demo"),
        QStringLiteral("Built-in demo config, simulated card reader and camera, file: printer."));
    QCommandLineOption config(QStringLiteral("config"), QStringLiteral("Kiosk config (TOML)."),
                              QStringLiteral("FILE"));
    QCommandLineOption windowed(QStringLiteral("windowed"),
                                QStringLiteral("A 1920x1080 window instead of full screen."));
    QCommandLineOption selfTest(QStringLiteral("self-test"),
                                QStringLiteral("Load the UI, report start-up time and memory, exit."));
    QCommandLineOption walkthrough(
        QStringLiteral("walkthrough"),
        QStringLiteral("Demo only: drive the shortest path and save screenshots to DIR."),
        QStringLiteral("DIR"));
    QCommandLineOption hash(QStringLiteral("hash-staff-pin"),
                            QStringLiteral("Read a staff PIN from stdin and print its [staff] pin_hash."));
    cli.addOptions({demo, config, windowed, selfTest, walkthrough, hash});
    cli.process(app);

    kakanai::kiosk::KioskController::Options options;
    options.demo = cli.isSet(demo);
    // A person at the screen needs buttons for the simulated card; the scripted runs insert it themselves.
    options.demoControls = !cli.isSet(walkthrough) && !cli.isSet(selfTest);
    if (cli.isSet(config)) {
        const std::string path = cli.value(config).toStdString();
        kakanai::ConfigLoad load = kakanai::loadConfig(path);
        if (!load.config) {
            for (const auto& p : load.problems)
                std::fprintf(stderr, "%s: %s: %s\n", path.c_str(), p.where.c_str(), p.message.c_str());
            std::fprintf(stderr, "kakanai-kiosk: the config is invalid; not starting\n");
            return 1;
        }
        options.config = std::move(*load.config);
    } else if (options.demo) {
        options.config = kakanai::demoConfig(kakanai::shareDirectory());
    } else {
        std::fprintf(stderr,
                     "kakanai-kiosk: give --config FILE, or --demo to try it with simulated devices\n");
        return 2;
    }
    if (options.config.staff_pin_hash.empty()) {
        if (!options.demo) {
            std::fprintf(
                stderr,
                "kakanai-kiosk: %s: staff.pin_hash: required by the kiosk (kakanai-kiosk --hash-staff-pin)\n",
                options.config.sourcePath.c_str());
            return 1;
        }
        options.config.staff_pin_hash = kDemoStaffPinHash;
    }
    auto devices = kakanai::kiosk::makeDevices(options.config, options.demo);
    if (!devices) {
        const std::string where = devices.error().where.empty()
                                      ? std::string()
                                      : options.config.sourcePath + ": " + devices.error().where;
        std::fprintf(stderr, "kakanai-kiosk: %s%s%s\n", where.c_str(), where.empty() ? "" : ": ",
                     devices.error().message.c_str());
        return 1;
    }
    options.devices = std::move(devices.value());
    // Every printed page carries a signed code: a configured key that cannot be used stops the kiosk (it
    // never prints unsigned by accident); the demo signs with a key made for this run only.
    if (!options.config.signing_key_path.empty()) {
        auto key = kakanai::handoff::SigningKey::load(
            options.config.resolvePath(options.config.signing_key_path), kakanai::handoff::KeyUse::Office);
        if (!key) {
            std::fprintf(stderr, "kakanai-kiosk: %s: signing.key_path: %s\n",
                         options.config.sourcePath.c_str(), key.error().describe().c_str());
            return 1;
        }
        options.signingKey = std::make_shared<const kakanai::handoff::SigningKey>(std::move(*key));
    } else if (options.demo) {
        auto key = kakanai::handoff::SigningKey::generate(/*demo=*/true);
        if (key) options.signingKey = std::make_shared<const kakanai::handoff::SigningKey>(std::move(*key));
    } else {
        std::fprintf(stderr,
                     "kakanai-kiosk: NOTE: no signing key configured ([signing] key_path): printed codes "
                     "are unsigned and staff tools will not trust them\n");
    }
    const std::string printerDir = options.devices.printerDescription;

    kakanai::kiosk::KioskApp kiosk(std::move(options));
    if (!kiosk.load()) return 1;
    QQuickWindow* window = kiosk.window();
    if (cli.isSet(windowed) || cli.isSet(walkthrough) || cli.isSet(selfTest))
        window->setVisibility(QWindow::Windowed);
    else
        window->setVisibility(QWindow::FullScreen);

    if (cli.isSet(selfTest)) {
        QObject::connect(
            window, &QQuickWindow::frameSwapped, &app,
            [&] {
                std::printf("kakanai-kiosk self-test: first_frame_ms=%lld rss_kib=%ld\n",
                            static_cast<long long>(started.elapsed()), rssKiB());
                std::fflush(stdout);
                QTimer::singleShot(0, &app, [] { QCoreApplication::exit(0); });
            },
            Qt::SingleShotConnection);
        QTimer::singleShot(30000, &app, [] {
            std::fprintf(stderr, "kakanai-kiosk self-test: no frame within 30 s\n");
            QCoreApplication::exit(1);
        });
        return app.exec();
    }
    if (cli.isSet(walkthrough)) {
        if (!cli.isSet(demo)) return std::fprintf(stderr, "kakanai-kiosk: --walkthrough needs --demo\n"), 2;
        const auto r = kakanai::kiosk::runCardWalkthrough(kiosk, cli.value(walkthrough));
        std::printf("Walkthrough %s: %d taps from welcome to printed 住民票 request, %.1f s, %lld "
                    "screenshots in %s\n",
                    r.ok ? "finished" : "FAILED", r.taps, r.seconds,
                    static_cast<long long>(r.screenshots.size()), qPrintable(cli.value(walkthrough)));
        if (!r.ok) std::printf("Walkthrough stopped at: %s\n", qPrintable(r.failedAt));
        std::printf("Printed PDFs (demo printer): %s\n", printerDir.c_str());
        return r.ok ? 0 : 1;
    }
    return app.exec();
}
