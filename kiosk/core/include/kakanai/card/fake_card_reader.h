#pragma once
// Test double of the CardReader port for unit tests, the demo and UI work without a reader: a card with
// a PIN counter that follows the same rules as the real driver (tries read without using one, no PIN sent
// with one try left, wrong PINs count down, a correct PIN resets the counter).

#include "kakanai/ports/card_reader.h"

#include <deque>
#include <optional>

namespace kakanai::card {

struct FakeCard {
    CardKind kind = CardKind::MyNumber;
    bool pinSet = true;
    std::string pin = "1234";
    int triesLeft = 3;
    Person person; // what a successful read returns
};

class FakeCardReader : public CardReader {
public:
    explicit FakeCardReader(std::string readerName = "Fake Reader 00 00");

    void insert(FakeCard card);
    void remove();
    void unplugReader() { m_readerPresent = false, m_card.reset(); }
    // The next call (any of the three) fails with this error, e.g. card.timeout or card.removed.
    void failNext(Error error) { m_failures.push_back(std::move(error)); }
    const std::optional<FakeCard>& card() const { return m_card; }
    int pinsSent() const { return m_pinsSent; }

    Result<CardStatus> status() override;
    Result<CardStatus> waitForChange(std::chrono::milliseconds timeout) override;
    Result<Person> read(std::string_view pin) override;

private:
    std::optional<Error> takeFailure();

    std::string m_readerName;
    bool m_readerPresent = true;
    std::optional<FakeCard> m_card;
    std::deque<Error> m_failures;
    int m_pinsSent = 0;
};

} // namespace kakanai::card
