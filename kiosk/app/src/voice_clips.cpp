#include "voice_clips.h"

#include <QStandardPaths>

#include <filesystem>

namespace kakanai::kiosk {

ClipVoiceGuide::ClipVoiceGuide(std::string directory) : m_dir(std::move(directory)) {}

ClipVoiceGuide::~ClipVoiceGuide() {
    stop();
}

std::string ClipVoiceGuide::clipFor(std::string_view prompt, std::string_view language) const {
    if (m_dir.empty()) return {};
    // Prompt ids are fixed names from the UI; refuse anything that could leave the directory.
    if (prompt.find('/') != std::string_view::npos || prompt.find("..") != std::string_view::npos) return {};
    const auto path = std::filesystem::path(m_dir) / std::string(language) / (std::string(prompt) + ".wav");
    std::error_code ec;
    return std::filesystem::is_regular_file(path, ec) ? path.string() : std::string{};
}

bool ClipVoiceGuide::available(std::string_view language) const {
    std::error_code ec;
    return !m_dir.empty() && std::filesystem::is_directory(std::filesystem::path(m_dir) / std::string(language), ec);
}

void ClipVoiceGuide::say(std::string_view prompt, std::string_view language) {
    stop();
    const std::string clip = clipFor(prompt, language);
    if (clip.empty()) return;
    const QString aplay = QStandardPaths::findExecutable(QStringLiteral("aplay"));
    if (aplay.isEmpty()) return;
    m_player = std::make_unique<QProcess>();
    m_player->start(aplay, {QStringLiteral("-q"), QString::fromStdString(clip)});
}

void ClipVoiceGuide::stop() {
    if (m_player) {
        m_player->kill();
        m_player->waitForFinished(500);
        m_player.reset();
    }
}

} // namespace kakanai::kiosk
