#include "staff_verify_model.h"

#include "fakes/fake_page_camera.h"
#include "image_store.h"
#include "kiosk_controller.h"
#include "output_model.h"
#include "signed_printout.h"

#include "kakanai/handoff/export.h"
#include "kakanai/handoff/slots.h"
#include "kakanai/person/person.h"
#include "kakanai/person/sample_people.h"
#include "kakanai/sys/secure_memory.h"

#ifdef KAKANAI_HAVE_VERIFY
#include "kakanai/verify/code_reader.h"
#endif

#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace kakanai::kiosk {
namespace {

using Ms = std::chrono::duration<double, std::milli>;

QString qs(const std::string& s) {
    return QString::fromStdString(s);
}

QStringList qsList(const std::vector<std::string>& v) {
    QStringList out;
    for (const auto& s : v)
        out << qs(s);
    return out;
}

#ifdef KAKANAI_HAVE_VERIFY
// 8-bit grey pixels of a camera frame (grey, BGR or BGRA), for zxing.
QImage grayOf(const ImageData& image) {
    if (image.width <= 0 || image.height <= 0) return {};
    const QImage::Format format = image.channels == 1   ? QImage::Format_Grayscale8
                                  : image.channels == 3 ? QImage::Format_BGR888
                                  : image.channels == 4 ? QImage::Format_ARGB32
                                                        : QImage::Format_Invalid;
    if (format == QImage::Format_Invalid) return {};
    const QImage view(image.bytes.data(), image.width, image.height, image.width * image.channels, format);
    // copy(): converting to the same format would share the frame's buffer, which is wiped next.
    return view.convertToFormat(QImage::Format_Grayscale8).copy();
}
#endif

} // namespace

StaffVerifyModel::StaffVerifyModel(KioskController& kiosk) : QObject(&kiosk), m_kiosk(kiosk) {
    const KioskConfig& config = kiosk.config();
    for (const auto& file : config.trusted_keys) {
        auto keys = handoff::readPublicKeys(config.resolvePath(file));
        // A key file the config names but that cannot be read is a setup problem, not personal data.
        if (!keys)
            std::fprintf(stderr, "kakanai-kiosk: signing.trusted_keys: %s\n",
                         keys.error().describe().c_str());
        else
            m_trusted.insert(m_trusted.end(), keys->begin(), keys->end());
    }
    // This kiosk's own printouts (the demo's key lives only as long as the run).
    if (kiosk.signingKey()) m_trusted.push_back(kiosk.signingKey()->publicKey());
    m_shelf = std::make_unique<handoff::TemplateShelf>(handoff::shelfDirectories(kiosk.formsDirectory()),
                                                       TemplateLoadOptions{config.font_dirs});
    m_verifier = std::make_unique<handoff::HandoffVerifier>(m_trusted, *m_shelf);
}

StaffVerifyModel::~StaffVerifyModel() {
    *m_alive = false;
    m_verifier->wipe();
}

bool StaffVerifyModel::cameraAvailable() const {
#ifdef KAKANAI_HAVE_VERIFY
    return m_kiosk.devices().pageCamera != nullptr;
#else
    return false;
#endif
}

void StaffVerifyModel::trust(const handoff::PublicKey& key) {
    m_trusted.push_back(key);
    m_verifier->wipe();
    m_verifier = std::make_unique<handoff::HandoffVerifier>(m_trusted, *m_shelf);
    wipe();
}

void StaffVerifyModel::open() {
    m_active = true;
    touched();
    if (m_kiosk.demo()) prepareDemoPage();
    emit activeChanged();
}

void StaffVerifyModel::close() {
    wipe();
    if (!m_active) return;
    m_active = false;
    emit activeChanged();
}

void StaffVerifyModel::clear() {
    touched();
    wipe();
}

void StaffVerifyModel::touched() {
    m_lastActivity = m_kiosk.now();
}

void StaffVerifyModel::tick() {
    if (!m_active) return;
    if (m_kiosk.now() - m_lastActivity < std::chrono::seconds(m_kiosk.config().idle_s)) return;
    close();
    emit idleTimedOut();
}

void StaffVerifyModel::wipe() {
    m_verifier->wipe();
    m_kiosk.images()->removePrefix(QStringLiteral("staff-verify/"));
    m_result.clear();
    m_pageImage.clear();
    m_cameraError.clear();
    m_forms.clear();
    m_problems.clear();
    m_report.clear();
    m_typedLines = 0;
    emit changed();
}

void StaffVerifyModel::beginInput() {
    if (m_result != QLatin1String("incomplete")) {
        m_verifier->wipe();
        m_kiosk.images()->removePrefix(QStringLiteral("staff-verify/"));
        m_pageImage.clear();
        m_typedLines = 0;
    }
    m_cameraError.clear();
}

void StaffVerifyModel::submitText(const QString& line) {
    touched();
    std::string text = line.toStdString();
    if (text.find_first_not_of(" \t\r\n") == std::string::npos) return;
    const auto start = std::chrono::steady_clock::now();
    beginInput();
    if (handoff::addTypedLine(*m_verifier, text, "scanner line " + std::to_string(++m_typedLines)) == 0)
        m_verifier->addNothingFound("scanner line " + std::to_string(m_typedLines), "nothing was typed");
    kakanai::wipe(text);
    publish();
    m_lastVerifyMs = Ms(std::chrono::steady_clock::now() - start).count();
}

void StaffVerifyModel::capture() {
    touched();
    if (m_busy) return;
#ifndef KAKANAI_HAVE_VERIFY
    m_cameraError = QStringLiteral("camera.unavailable");
    emit changed();
#else
    DocumentCamera* camera = m_kiosk.devices().pageCamera.get();
    if (!camera) {
        m_cameraError = QStringLiteral("camera.unavailable");
        emit changed();
        return;
    }
    m_busy = true;
    emit changed();
    auto alive = m_alive;
    m_kiosk.deviceThread().post([this, camera, alive] {
        struct Shot {
            QImage gray;
            std::vector<std::string> codes;
            std::string error;
            double decodeMs = 0;
        };
        auto shot = std::make_shared<Shot>();
        if (auto opened = camera->open(); !opened) {
            shot->error = opened.error().code;
        } else {
            auto frame = camera->grab(std::chrono::milliseconds(3000));
            camera->close();
            if (!frame) {
                shot->error = frame.error().code;
            } else {
                const auto start = std::chrono::steady_clock::now();
                shot->gray = grayOf(frame->image);
                std::fill(frame->image.bytes.begin(), frame->image.bytes.end(), std::uint8_t{0});
                if (!shot->gray.isNull())
                    shot->codes = verify::readCodes(
                        verify::GrayView{shot->gray.constBits(), shot->gray.width(), shot->gray.height(),
                                         static_cast<int>(shot->gray.bytesPerLine())});
                shot->decodeMs = Ms(std::chrono::steady_clock::now() - start).count();
            }
        }
        m_kiosk.postToUi([this, shot, alive] {
            if (!*alive) return;
            m_busy = false;
            if (!m_active) { // left the screen meanwhile: nothing is kept
                for (auto& c : shot->codes)
                    kakanai::wipe(c);
                emit changed();
                return;
            }
            if (!shot->error.empty()) {
                m_cameraError = qs(shot->error);
                emit changed();
                return;
            }
            const auto start = std::chrono::steady_clock::now();
            beginInput();
            const std::string source = "camera picture " + std::to_string(++m_shots);
            const QString id = QStringLiteral("staff-verify/%1").arg(m_shots);
            m_kiosk.images()->put(id, shot->gray);
            m_pageImage = QStringLiteral("image://kiosk/") + id;
            if (shot->codes.empty()) m_verifier->addNothingFound(source, "no QR code found in the picture");
            addCodes(shot->codes, source);
            publish();
            m_lastVerifyMs = shot->decodeMs + Ms(std::chrono::steady_clock::now() - start).count();
        });
    });
#endif
}

void StaffVerifyModel::addCodes(const std::vector<std::string>& codes, const std::string& source) {
    for (std::string code : codes) {
        m_verifier->addCode(source, code);
        kakanai::wipe(code);
    }
}

void StaffVerifyModel::publish() {
    const handoff::VerifyReport report = m_verifier->report();
    const handoff::Outcome outcome = report.outcome();
    m_result = qs(std::string(toString(outcome)));
    const std::string json = handoff::reportJson(report, handoff::verifyExitCode(outcome)).dump();
    m_report = QJsonDocument::fromJson(QByteArray::fromStdString(json)).object().toVariantMap();
    m_forms.clear();
    m_problems.clear();
    // Problems name the source and what happened, never a value (core's messages).
    for (const auto& c : report.codes)
        if (c.check.status != handoff::CodeStatus::Valid)
            m_problems << QVariantMap{{"source", qs(c.source)},
                                      {"status", qs(std::string(toString(c.check.status)))},
                                      {"message", qs(c.check.message)}};
    for (const auto& [source, why] : report.nothingFound)
        m_problems << QVariantMap{
            {"source", qs(source)}, {"status", QStringLiteral("unreadable")}, {"message", qs(why)}};
    // A rejected code anywhere in this check: nothing is shown, not even the forms that verified.
    const bool shown = outcome == handoff::Outcome::Valid || outcome == handoff::Outcome::Incomplete ||
                       outcome == handoff::Outcome::UnknownTemplate;
    for (const auto& f : shown ? report.forms : std::vector<handoff::VerifiedForm>{}) {
        const FormTemplate* tmpl = m_shelf->find(f.formId, f.formVersion);
        std::vector<handoff::Slot> slotList; // ("slots" is a Qt keyword)
        if (tmpl) slotList = handoff::templateSlots(*tmpl);
        QVariantList fields;
        for (const auto& v : f.fields) {
            // The label: the question's own words for an answer, else the person field it prints.
            const auto [key, row] = handoff::slotKey(v.name);
            QString label, labelKey;
            for (const auto& s : slotList) {
                if (s.name != key) continue;
                const std::string path = s.bindPath;
                if (path.rfind("answers.", 0) == 0) {
                    for (const auto& q : tmpl->questions)
                        if (q.id == path.substr(8)) label = m_kiosk.pick(q.label);
                } else {
                    labelKey = qs(path.substr(path.rfind('.') + 1));
                }
                break;
            }
            fields << QVariantMap{{"name", qs(v.name)},
                                  {"label", label},
                                  {"labelKey", labelKey},
                                  {"row", row ? QVariant(static_cast<int>(*row) + 1) : QVariant()},
                                  {"text", qs(v.text)},
                                  {"handwriting", v.kind == handoff::FieldKind::Handwriting},
                                  {"correctedBy", qs(v.correctedBy)}};
        }
        QVariantList missing;
        for (auto p : f.missingParts)
            missing << static_cast<int>(p);
        std::string printed = handoff::isoTimeJst(f.printedAt); // 2026-11-23T10:15:02+09:00
        printed = printed.substr(0, 16);
        if (printed.size() > 10) printed[10] = ' ';
        m_forms << QVariantMap{{"status", qs(std::string(toString(f.status)))},
                               {"formId", qs(f.formId)},
                               {"version", qs(f.formVersion)},
                               {"title", qs(f.title)},
                               {"kioskId", qs(f.kioskId)},
                               {"printedAt", qs(printed)},
                               {"idSource", qs(std::string(handoff::idSourceName(f.idSource)))},
                               {"idCategory", qs(std::string(handoff::idSourceCategory(f.idSource)))},
                               {"correctedByResident", qsList(f.correctedByResident)},
                               {"correctedByStaff", qsList(f.correctedByStaff)},
                               {"demo", f.demo},
                               {"parts", static_cast<int>(f.parts)},
                               {"missingParts", missing},
                               {"fields", fields}};
    }
    emit changed();
}

void StaffVerifyModel::prepareDemoPage() {
    FakePageCamera* camera = m_kiosk.devices().fakePageCamera;
    if (m_demoPagePrepared || !camera) return;
    const FormTemplate* form = m_kiosk.catalog().find("juminhyo");
    auto key = handoff::SigningKey::generate(/*demo=*/true);
    if (!form || !key) return;
    m_demoPagePrepared = true;
    auto shared = std::make_shared<handoff::SigningKey>(std::move(*key));
    trust(shared->publicKey());
    const KioskConfig* config = &m_kiosk.config();
    OutputModel* output = &m_kiosk.outputModel();
    // Rendered on the device thread at the first picture (fill, sign, PDF, 150 dpi).
    camera->setPageSource([shared, config, form, output]() -> QImage {
        auto person = parsePerson(demoPersonJson());
        if (!person) return {};
        auto printed = printSigned(*form, *person, *config, *shared, output->fontsOnDevice(), 150);
        person->wipe();
        return printed && !printed->pages.empty() ? printed->pages.front() : QImage();
    });
}

} // namespace kakanai::kiosk
