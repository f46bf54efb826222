#pragma once
// Voice guidance from recorded clips: <directory>/<language>/<prompt>.wav, played with ALSA's `aplay`
// (a child process, so a stuck sound device never blocks the UI). Silent for prompts without a clip and
// when no clips are installed at all.

#include "kakanai/ports/voice_guide.h"

#include <QProcess>

#include <memory>
#include <string>

namespace kakanai::kiosk {

class ClipVoiceGuide final : public VoiceGuide {
public:
    explicit ClipVoiceGuide(std::string directory);
    ~ClipVoiceGuide() override;
    void say(std::string_view prompt, std::string_view language) override;
    void stop() override;
    bool available(std::string_view language) const override;
    // The clip say() would play, or "" (tests).
    std::string clipFor(std::string_view prompt, std::string_view language) const;

private:
    std::string m_dir;
    std::unique_ptr<QProcess> m_player;
};

} // namespace kakanai::kiosk
