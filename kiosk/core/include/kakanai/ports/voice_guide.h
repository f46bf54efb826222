#pragma once
// Port: optional voice guidance. The kiosk names a prompt per screen ("welcome", "insert-card" …) and
// the resident's language; an implementation plays a recorded clip for it, or stays silent when no clip
// is installed. Debian 12 has no usable Japanese text-to-speech, so prompts are fixed, reviewable clips.
// Never speaks a PIN, a My Number or any value read from a card.

#include <string_view>

namespace kakanai {

class VoiceGuide {
public:
    virtual ~VoiceGuide() = default;
    // Plays the clip for `prompt` in `language` (interrupting the one playing); silent without a clip.
    virtual void say(std::string_view prompt, std::string_view language) = 0;
    virtual void stop() = 0;
    // Whether any clip is installed for the language (the UI shows the "voice" button only then).
    virtual bool available(std::string_view language) const = 0;
};

// No clips installed: guidance is silent.
class SilentVoiceGuide final : public VoiceGuide {
public:
    void say(std::string_view, std::string_view) override {}
    void stop() override {}
    bool available(std::string_view) const override { return false; }
};

} // namespace kakanai
