#include "kakanai/card/card_person.h"

#include "kakanai/card/jis_x0208.h"
#include "kakanai/sys/secure_memory.h"

#include <algorithm>

namespace kakanai::card {
namespace {

constexpr double kCheckConfidence = 0.5;  // text that may hold a substitute or an unreadable character
constexpr double kChangeConfidence = 0.9; // taken from a 追記 record

TextField field(std::string value, std::string_view source) {
    TextField f;
    f.value = std::move(value);
    f.source = std::string(source);
    return f;
}

void flag(Person& p, std::string_view name) {
    if (std::find(p.needs_check.begin(), p.needs_check.end(), name) == p.needs_check.end())
        p.needs_check.emplace_back(name);
}

void addNote(TextField& f, std::string_view note) {
    if (!f.note.empty()) f.note += "; ";
    f.note += note;
}

// The card's data must make a valid record; the person parser checks it exactly as it checks files.
Result<Person> validated(Person& p) {
    std::string json = toJson(p);
    p.wipe();
    auto r = parsePerson(json);
    wipe(json);
    if (!r)
        return makeError("card.malformed",
                         "the card's data does not make a valid person record: " + r.error().describe());
    return r;
}

std::optional<std::string> isoFromCompact(std::string_view yyyymmdd) {
    if (yyyymmdd.size() != 8) return std::nullopt;
    const std::string iso = std::string(yyyymmdd.substr(0, 4)) + "-" + std::string(yyyymmdd.substr(4, 2)) +
                            "-" + std::string(yyyymmdd.substr(6, 2));
    if (!Date::parseIso(iso)) return std::nullopt;
    return iso;
}

void setLicenceText(Person& p, std::optional<TextField>& slot, std::string_view name,
                    const jis::DecodedText& text) {
    slot = field(text.utf8, sources::kDriverLicenseCard);
    if (text.unknownCharacters > 0) {
        slot->confidence = kCheckConfidence;
        addNote(*slot,
                std::to_string(text.unknownCharacters) +
                    " character(s) are not in the card's text data (外字 or 欠字) and are shown as 〓: "
                    "copy them from the card face or write them by hand");
        flag(p, name);
    }
}

std::string changeNote(const LicenceChange& c) {
    return "newest 記載事項変更 (追記) used" + (c.date ? " (changed " + c.date->iso() + ")" : std::string()) +
           ": compare with the back of the licence";
}

} // namespace

Result<Person> personFromKenhojo(const KenhojoAttributes& a) {
    Person p;
    p.source = std::string(sources::kMyNumberCard);
    auto text = [&](std::optional<TextField>& slot, std::string_view name, const std::string& value) {
        slot = field(value, sources::kMyNumberCard);
        if (!jis::onlyJisX0208OrAscii(value)) {
            slot->confidence = kCheckConfidence;
            slot->note = "contains characters outside JIS X 0208: check against the card face (the chip may "
                         "hold a substitute for a registered 外字)";
            flag(p, name);
        }
    };
    text(p.name, "name", a.name);
    if (!a.address.empty()) text(p.address, "address", a.address);

    if (auto iso = isoFromCompact(a.birth))
        p.birth_date = field(*iso, sources::kMyNumberCard);
    else
        flag(p, "birth_date"); // e.g. a foreign resident whose registered birth date is partly unknown
    switch (a.sex) {
    case '1':
        p.sex = field("male", sources::kMyNumberCard);
        break;
    case '2':
        p.sex = field("female", sources::kMyNumberCard);
        break;
    case '9':
        p.sex = field("not-applicable", sources::kMyNumberCard);
        break;
    case '0':
        p.sex = field("not-known", sources::kMyNumberCard);
        break;
    default:
        flag(p, "sex");
    }
    return validated(p);
}

Result<Person> personFromLicence(const LicenceMatters& m, const LicenceChanges& changes) {
    Person p;
    p.source = std::string(sources::kDriverLicenseCard);

    const LicenceChange* newName = changes.newest(LicenceChangeKind::NewName);
    const LicenceChange* newCallName = changes.newest(LicenceChangeKind::NewCallName);
    const LicenceChange* newAddress = changes.newest(LicenceChangeKind::NewAddress);

    setLicenceText(p, p.name, "name", newName ? newName->text : m.name);
    const jis::DecodedText& callName = newCallName ? newCallName->text : m.callName;
    if (!m.alias.utf8.empty()) {
        setLicenceText(p, p.name_alias, "name_alias", m.alias);
        addNote(*p.name_alias, "通称名");
    } else if (!callName.utf8.empty()) {
        setLicenceText(p, p.name_alias, "name_alias", callName);
        addNote(*p.name_alias, "呼び名");
    }
    if (!(newAddress ? newAddress->text : m.address).utf8.empty())
        setLicenceText(p, p.address, "address", newAddress ? newAddress->text : m.address);

    // 追記 layouts are not verified on a real card yet (docs/card.md): a value taken from one is flagged.
    auto fromChange = [&](std::optional<TextField>& slot, std::string_view name, const LicenceChange* c) {
        if (!c || !slot) return;
        slot->confidence = std::min(slot->confidence, kChangeConfidence);
        addNote(*slot, changeNote(*c));
        flag(p, name);
    };
    fromChange(p.name, "name", newName);
    fromChange(p.name_alias, "name_alias", newCallName && m.alias.utf8.empty() ? newCallName : nullptr);
    fromChange(p.address, "address", newAddress);
    if (changes.present && (changes.unreadable > 0 || changes.entries.empty())) {
        for (auto* slot : {&p.name, &p.address})
            if (*slot)
                addNote(**slot,
                        "the card has change records (追記) the kiosk could not read: check the back of "
                        "the licence");
        flag(p, "name");
        flag(p, "address");
    }

    if (m.birth)
        p.birth_date = field(m.birth->iso(), sources::kDriverLicenseCard);
    else
        flag(p, "birth_date");
    return validated(p);
}

} // namespace kakanai::card
