#include "kakanai/card/fake_card_reader.h"

#include "kakanai/card/card_errors.h"

namespace kakanai::card {

FakeCardReader::FakeCardReader(std::string readerName) : m_readerName(std::move(readerName)) {}

void FakeCardReader::insert(FakeCard card) {
    m_card = std::move(card);
}

void FakeCardReader::remove() {
    m_card.reset();
}

std::optional<Error> FakeCardReader::takeFailure() {
    if (m_failures.empty()) return std::nullopt;
    Error e = std::move(m_failures.front());
    m_failures.pop_front();
    return e;
}

Result<CardStatus> FakeCardReader::status() {
    if (auto e = takeFailure()) return *e;
    CardStatus s;
    if (!m_readerPresent) return s;
    s.readers = {m_readerName};
    s.reader = m_readerName;
    if (!m_card) return s;
    s.cardPresent = true;
    s.kind = m_card->kind;
    if (m_card->kind == CardKind::MyNumber || m_card->kind == CardKind::DriverLicense) {
        s.pinSet = m_card->pinSet;
        s.pinTriesLeft = m_card->triesLeft;
    }
    return s;
}

Result<CardStatus> FakeCardReader::waitForChange(std::chrono::milliseconds) {
    // Nothing happens by itself in a fake: report the state insert()/remove() left.
    return status();
}

Result<Person> FakeCardReader::read(std::string_view pin) {
    if (auto e = takeFailure()) return *e;
    if (!m_readerPresent) return makeError(codes::kNoReader, "no card reader is connected");
    if (!m_card) return makeError(codes::kNoCard, "no card is in the reader");
    FakeCard& c = *m_card;
    if (c.kind != CardKind::MyNumber && c.kind != CardKind::DriverLicense)
        return makeError(codes::kUnsupported, "this card is neither a My Number card nor a driver's licence");
    if (c.triesLeft == 0) return blockedError(c.kind);
    if (c.triesLeft == 1) return oneTryLeftError(c.kind);
    const bool needsPin = c.kind == CardKind::MyNumber || c.pinSet;
    if (needsPin) {
        if (pin.size() != 4) return makeError(codes::kPinRequired, "this card needs its 4-digit PIN");
        ++m_pinsSent;
        if (pin != c.pin) {
            --c.triesLeft;
            return c.triesLeft == 0 ? blockedError(c.kind) : wrongPinError(c.kind, c.triesLeft);
        }
        c.triesLeft = 3;
    }
    return c.person;
}

} // namespace kakanai::card
