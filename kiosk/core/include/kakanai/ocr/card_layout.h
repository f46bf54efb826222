#pragma once
// Card layouts (data, not code): where each kind of ID card prints its title, labels and values, and
// the visual markers (photo, IC chip, QR code, colour band) that tell kinds and sides apart.
// One JSON file per card generation, schema "kakanai-card-layout/1" (docs/ocr.md), in the OCR data
// directory (kiosk/data/ocr/layouts/). Positions are millimetres from the top-left corner of the card
// held upright; the reader searches around them, so small differences between card generations are
// found from the printed labels rather than by editing code.

#include "kakanai/base/result.h"
#include "kakanai/ocr/card_kind.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kakanai::ocr {

inline constexpr std::string_view kCardLayoutSchema = "kakanai-card-layout/1";

struct BoxMm {
    double x = 0, y = 0, w = 0, h = 0;
    double right() const { return x + w; }
    double bottom() const { return y + h; }
};

// How a field's text is recognised and parsed.
enum class FieldReader {
    NameJa,        // 氏名 in kanji/kana: Tesseract jpn, checked glyph by glyph against font templates
    NameLatin,     // 氏名 in Latin capitals (residence card): Tesseract eng
    AddressJa,     // 住所 / 住居地, one or more lines
    Date,          // 和暦 or Gregorian date, restricted character set
    Sex,           // 男 / 女 (M / F)
    AddressChange, // back side entries (追記欄, 備考, 住居地記載欄): the newest address is taken
};
std::string_view readerId(FieldReader r);

struct LayoutField {
    std::string field; // person record field: name, birth_date, sex, address, nationality
    FieldReader reader = FieldReader::AddressJa;
    std::vector<std::string> labels; // printed in front of the value ("氏名"); empty: no label
    std::optional<BoxMm> labelBox;   // where the label usually is
    BoxMm valueBox;                  // where the value usually is
    int maxLines = 1;
    std::string charset; // characters the value may contain (dates); empty: any
    std::string suffix;  // printed after the value and not part of it ("生")
};

enum class MarkerType {
    Photo, // the holder's portrait: colourful, no text lines
    Chip,  // IC chip contacts: a small golden rectangle
    Qr,    // a QR code: dense black and white modules
    Band,  // a coloured band (the licence's validity colour)
};
std::string_view markerId(MarkerType t);

struct LayoutMarker {
    MarkerType type = MarkerType::Photo;
    BoxMm box;
};

struct LayoutSide {
    CardSide side = CardSide::Front;
    std::vector<std::string> titles; // printed title(s) identifying this side; empty: none
    std::optional<BoxMm> titleBox;
    std::vector<LayoutMarker> markers;
    // Regions that must never be read (the 個人番号): blanked before anything else looks at the side.
    std::vector<BoxMm> forbidden;
    std::vector<LayoutField> fields;
    // A side that must not be read at all when shown instead of the front (My Number card back):
    // detected from its markers only, then the image is discarded unread.
    bool refuseAsFront = false;
};

struct CardLayout {
    std::string id; // e.g. "mynumber-card-2016"
    IdDocumentKind kind = IdDocumentKind::Auto;
    std::string generation;
    double widthMm = 85.6, heightMm = 53.98; // ID-1
    double toleranceMm = 2.0; // how far labels and values may move between generations and photos
    std::vector<LayoutSide> sides;

    const LayoutSide* side(CardSide s) const;
};

// Parses and validates one layout file; errors name the JSON pointer of the bad key.
Result<CardLayout> parseCardLayout(std::string_view json);

struct LayoutLoad {
    std::vector<CardLayout> layouts;
    std::vector<Error> problems; // one per bad file (where = file)
};
// Every *.json in `dir`, sorted by name.
LayoutLoad loadCardLayouts(const std::string& dir);

} // namespace kakanai::ocr
