#include "kakanai/pcsc/pcsc_card_reader.h"

#include "pcsc_session.h"

#include "kakanai/card/card_errors.h"
#include "kakanai/card/card_session.h"

#include <algorithm>

namespace kakanai::pcsc {
namespace {

namespace codes = card::codes;

struct Slot {
    std::vector<std::string> readers;
    std::string reader; // chosen
    bool present = false;
    bool mute = false;
};

// The configured reader, else the first one holding a card, else the first one.
Result<Slot> chooseSlot(Context& context, const std::string& wanted) {
    Slot slot;
    auto names = context.readers();
    if (!names) return names.error();
    slot.readers = *names;
    if (slot.readers.empty()) return slot;
    if (!wanted.empty() && std::find(slot.readers.begin(), slot.readers.end(), wanted) == slot.readers.end())
        return makeError(codes::kNoReader, "no card reader named \"" + wanted + "\" is connected");
    auto states = context.states(wanted.empty() ? slot.readers : std::vector<std::string>{wanted});
    if (!states) return states.error();
    const ReaderState* pick = &states->front();
    for (const auto& s : *states)
        if (s.present) {
            pick = &s;
            break;
        }
    slot.reader = pick->name;
    slot.present = pick->present;
    slot.mute = pick->mute;
    return slot;
}

CardStatus statusOf(const Slot& slot) {
    CardStatus s;
    s.readers = slot.readers;
    s.reader = slot.reader;
    s.cardPresent = slot.present;
    s.kind = !slot.present ? CardKind::None : slot.mute ? CardKind::Unsupported : CardKind::None;
    return s;
}

} // namespace

Result<CardStatus> PcscCardReader::status() {
    m_lastCommands = 0;
    auto context = Context::establish();
    if (!context) return context.error();
    auto slot = chooseSlot(**context, m_options.readerName);
    if (!slot) return slot.error();
    CardStatus s = statusOf(*slot);
    if (!slot->present || slot->mute) return s;
    auto connection = Connection::open(**context, slot->reader, m_options.sharingRetry);
    if (!connection) {
        if (connection.error().code == codes::kUnsupported) { // no ATR, wrong protocol
            s.kind = CardKind::Unsupported;
            return s;
        }
        if (connection.error().code == codes::kNoCard || connection.error().code == codes::kRemoved) {
            s.cardPresent = false; // taken out between the state query and the connect
            return s;
        }
        return connection.error();
    }
    auto probe = card::probeCard(**connection);
    m_lastCommands = (*connection)->commandsSent();
    if (!probe) return probe.error();
    s.kind = probe->kind;
    s.pinSet = probe->pinSet;
    s.pinTriesLeft = probe->triesLeft;
    return s;
}

Result<CardStatus> PcscCardReader::waitForChange(std::chrono::milliseconds timeout) {
    {
        auto context = Context::establish();
        if (!context) return context.error();
        auto changed = (*context)->waitForCardOrReaderChange(timeout);
        if (!changed) return changed.error();
    }
    return status();
}

Result<Person> PcscCardReader::read(std::string_view pin) {
    m_lastCommands = 0;
    auto context = Context::establish();
    if (!context) return context.error();
    auto slot = chooseSlot(**context, m_options.readerName);
    if (!slot) return slot.error();
    if (slot->readers.empty()) return makeError(codes::kNoReader, "no card reader is connected");
    if (!slot->present) return makeError(codes::kNoCard, "no card is in the reader");
    if (slot->mute)
        return makeError(codes::kUnsupported, "the card does not answer the reader: check it is inserted the "
                                              "right way round, or it is not a card the kiosk reads");
    auto connection = Connection::open(**context, slot->reader, m_options.sharingRetry);
    if (!connection) return connection.error();
    auto person = card::readCard(**connection, pin);
    m_lastCommands = (*connection)->commandsSent();
    return person;
}

} // namespace kakanai::pcsc
