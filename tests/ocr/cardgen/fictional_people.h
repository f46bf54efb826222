#pragma once
// Fictional people for synthetic ID cards: random combinations of common and hard-to-read family
// names (髙 﨑 邊 齋), given names, long addresses with buildings and 和暦 birth dates. Nobody real.

#include "kakanai/dates/date.h"
#include "kakanai/ports/id_photo_reader.h"

#include <random>
#include <string>

namespace kakanai::cardgen {

struct FictionalPerson {
    std::string name;        // 架空　花子 (family U+3000 given), or Latin for residence cards
    Date birth;
    std::string sex;         // "male" / "female"
    std::string address;     // as printed on the card
    std::string newAddress;  // written on the back after a move
    std::string nationality; // residence cards
    bool hardKanji = false;  // the name holds a variant or rare kanji
};

FictionalPerson randomPerson(std::mt19937& rng, IdDocumentKind kind);

// "昭和55年 2月17日" (licence/My Number style: month and day padded with a space, 元年 for year 1).
std::string warekiCardDate(const Date& d);
// "1990年12月31日" (residence card style).
std::string gregorianCardDate(const Date& d);

} // namespace kakanai::cardgen
