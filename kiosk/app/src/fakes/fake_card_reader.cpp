#include "fake_card_reader.h"

#include "kakanai/person/sample_people.h"

namespace kakanai::kiosk {
namespace {

Error withTries(Error e, int tries) {
    e.details.emplace(std::string("tries_left"), std::to_string(tries));
    return e;
}

} // namespace

FakeCardReader::FakeCardReader() = default;

void FakeCardReader::insert(CardKind kind, int triesLeft) {
    {
        std::lock_guard l(m_mutex);
        m_kind = kind;
        m_tries = triesLeft;
        ++m_generation;
    }
    m_changed.notify_all();
}

void FakeCardReader::remove() {
    {
        std::lock_guard l(m_mutex);
        m_kind = CardKind::None;
        ++m_generation;
    }
    m_changed.notify_all();
}

void FakeCardReader::setTriesLeft(int tries) {
    {
        std::lock_guard l(m_mutex);
        m_tries = tries;
        ++m_generation;
    }
    m_changed.notify_all();
}

void FakeCardReader::setConnected(bool connected) {
    {
        std::lock_guard l(m_mutex);
        m_connected = connected;
        if (!connected) m_kind = CardKind::None;
        ++m_generation;
    }
    m_changed.notify_all();
}

CardStatus FakeCardReader::snapshot() const {
    CardStatus s;
    if (!m_connected) return s;
    s.readers = {"Simulated reader (demo)"};
    s.reader = s.readers[0];
    s.cardPresent = m_kind != CardKind::None;
    s.kind = m_kind;
    s.pinTriesLeft = s.cardPresent ? m_tries : -1;
    return s;
}

Result<CardStatus> FakeCardReader::status() {
    std::lock_guard l(m_mutex);
    if (!m_connected) return makeError("card.no-reader", "no card reader is connected");
    return snapshot();
}

Result<CardStatus> FakeCardReader::waitForChange(std::chrono::milliseconds timeout) {
    std::unique_lock l(m_mutex);
    m_changed.wait_for(l, timeout, [&] { return m_generation != m_seen; });
    m_seen = m_generation;
    if (!m_connected) return makeError("card.no-reader", "no card reader is connected");
    return snapshot();
}

Result<Person> FakeCardReader::read(std::string_view pin) {
    std::unique_lock l(m_mutex);
    ++m_reads;
    if (!m_connected) return makeError("card.no-reader", "no card reader is connected");
    if (m_kind == CardKind::None) return makeError("card.no-card", "no card in the reader");
    if (m_kind == CardKind::Unsupported) return makeError("card.unsupported", "this card cannot be read");
    if (m_tries <= 0) return makeError("card.blocked", "the card's PIN is blocked");
    if (m_tries == 1) {
        return withTries(makeError("card.pin-one-try-left", "one PIN try left: the kiosk does not use it"), 1);
    }
    if (m_removeDuringRead) {
        m_kind = CardKind::None;
        ++m_generation;
        l.unlock();
        m_changed.notify_all();
        return makeError("card.removed", "the card was removed during the read");
    }
    if (pin != m_pin) {
        --m_tries;
        ++m_generation;
        return withTries(makeError("card.wrong-pin", "wrong PIN"), m_tries);
    }
    m_tries = 3; // a correct PIN resets the counter, as real cards do
    return fakeCardPerson(m_kind);
}

Person fakeCardPerson(CardKind kind) {
    auto p = parsePerson(demoPersonJson());
    Person person = p.ok() ? std::move(p.value()) : Person{};
    // A card carries the 基本4情報 only: no reading, phone, postal code or household.
    const std::string src(kind == CardKind::DriverLicense ? sources::kDriverLicenseCard : sources::kMyNumberCard);
    person.source = src;
    for (auto* f : {&person.name, &person.birth_date, &person.sex, &person.address})
        if (*f) (*f)->source = src;
    person.name_kana.reset();
    person.phone.reset();
    person.postal_code.reset();
    person.address_parts.reset();
    person.household.clear();
    person.head_of_household = false;
    if (kind == CardKind::DriverLicense) person.sex.reset(); // a licence does not show sex
    return person;
}

} // namespace kakanai::kiosk
