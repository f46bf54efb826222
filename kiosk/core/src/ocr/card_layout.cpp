#include "kakanai/ocr/card_layout.h"

#include "kakanai/base/json_input.h"
#include "kakanai/person/person.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>

namespace kakanai::ocr {
namespace {

using nlohmann::json;

constexpr std::pair<FieldReader, std::string_view> kReaders[] = {
    {FieldReader::NameJa, "name-ja"},
    {FieldReader::NameLatin, "name-latin"},
    {FieldReader::AddressJa, "address-ja"},
    {FieldReader::Date, "date"},
    {FieldReader::Sex, "sex"},
    {FieldReader::AddressChange, "address-change"},
};
constexpr std::pair<MarkerType, std::string_view> kMarkers[] = {{MarkerType::Photo, "photo"},
                                                                {MarkerType::Chip, "chip"},
                                                                {MarkerType::Qr, "qr"},
                                                                {MarkerType::Band, "band"}};

Error bad(const std::string& where, const std::string& message) {
    return makeError("layout.invalid", message, where);
}

// Reads a document with a fixed set of keys; the first problem wins (like parsePerson).
class Reader {
public:
    std::optional<Error> error;

    bool fail(const std::string& where, const std::string& message) {
        if (!error) error = bad(where, message);
        return false;
    }
    bool keys(const json& o, const std::string& where, std::initializer_list<std::string_view> allowed) {
        if (!o.is_object()) return fail(where, "must be an object");
        for (auto it = o.begin(); it != o.end(); ++it)
            if (std::find(allowed.begin(), allowed.end(), it.key()) == allowed.end())
                return fail(where + "/" + jsonPointerToken(it.key()), "unknown key");
        return true;
    }
    bool string(const json& o, std::string_view key, const std::string& where, std::string& out,
                bool required = false) {
        auto it = o.find(std::string(key));
        if (it == o.end()) return required ? fail(where + "/" + std::string(key), "is required") : true;
        if (!it->is_string()) return fail(where + "/" + std::string(key), "must be a string");
        out = it->get<std::string>();
        return true;
    }
    bool strings(const json& o, std::string_view key, const std::string& where,
                 std::vector<std::string>& out) {
        auto it = o.find(std::string(key));
        if (it == o.end()) return true;
        const std::string w = where + "/" + std::string(key);
        if (!it->is_array()) return fail(w, "must be an array of strings");
        for (std::size_t i = 0; i < it->size(); ++i) {
            if (!(*it)[i].is_string() || (*it)[i].get<std::string>().empty())
                return fail(w + "/" + std::to_string(i), "must be a non-empty string");
            out.push_back((*it)[i].get<std::string>());
        }
        return true;
    }
    bool number(const json& v, const std::string& where, double& out, double min, double max) {
        if (!v.is_number()) return fail(where, "must be a number");
        out = v.get<double>();
        if (out < min || out > max)
            return fail(where, "must be from " + std::to_string(min) + " to " + std::to_string(max));
        return true;
    }
    bool box(const json& v, const std::string& where, BoxMm& out, double width, double height) {
        if (!v.is_array() || v.size() != 4) return fail(where, "must be [x, y, width, height] in mm");
        double vals[4];
        for (std::size_t i = 0; i < 4; ++i)
            if (!number(v[i], where + "/" + std::to_string(i), vals[i], 0, 200)) return false;
        out = BoxMm{vals[0], vals[1], vals[2], vals[3]};
        if (out.w <= 0 || out.h <= 0) return fail(where, "width and height must be positive");
        if (out.right() > width + 0.01 || out.bottom() > height + 0.01)
            return fail(where, "lies outside the card");
        return true;
    }
};

bool isPersonTextField(std::string_view name) {
    for (std::string_view f : Person::textFieldNames())
        if (f == name) return true;
    return false;
}

void readField(Reader& r, const json& j, const std::string& w, const CardLayout& card, LayoutField& f) {
    if (!r.keys(j, w,
                {"field", "reader", "labels", "label_box", "value_box", "max_lines", "charset", "suffix"}))
        return;
    std::string reader;
    if (!r.string(j, "field", w, f.field, true) || !r.string(j, "reader", w, reader, true)) return;
    if (!isPersonTextField(f.field)) {
        r.fail(w + "/field", "is not a person record text field");
        return;
    }
    auto rd =
        std::find_if(std::begin(kReaders), std::end(kReaders), [&](auto& p) { return p.second == reader; });
    if (rd == std::end(kReaders)) {
        r.fail(w + "/reader", "must be one of name-ja, name-latin, address-ja, date, sex, address-change");
        return;
    }
    f.reader = rd->first;
    if (!r.strings(j, "labels", w, f.labels)) return;
    if (auto it = j.find("label_box"); it != j.end()) {
        BoxMm b;
        if (!r.box(*it, w + "/label_box", b, card.widthMm, card.heightMm)) return;
        f.labelBox = b;
    }
    if (!f.labels.empty() && !f.labelBox) {
        r.fail(w + "/label_box", "is required when labels are given");
        return;
    }
    auto vb = j.find("value_box");
    if (vb == j.end()) {
        r.fail(w + "/value_box", "is required");
        return;
    }
    if (!r.box(*vb, w + "/value_box", f.valueBox, card.widthMm, card.heightMm)) return;
    if (auto it = j.find("max_lines"); it != j.end()) {
        if (!it->is_number_integer() || it->get<int>() < 1 || it->get<int>() > 8) {
            r.fail(w + "/max_lines", "must be an integer from 1 to 8");
            return;
        }
        f.maxLines = it->get<int>();
    }
    r.string(j, "charset", w, f.charset) && r.string(j, "suffix", w, f.suffix);
}

void readSide(Reader& r, const json& j, const std::string& w, const CardLayout& card, LayoutSide& s) {
    if (!r.keys(j, w, {"side", "titles", "title_box", "markers", "forbidden", "fields", "refuse_as_front"}))
        return;
    std::string side;
    if (!r.string(j, "side", w, side, true)) return;
    if (side != "front" && side != "back") {
        r.fail(w + "/side", "must be \"front\" or \"back\"");
        return;
    }
    s.side = side == "front" ? CardSide::Front : CardSide::Back;
    if (!r.strings(j, "titles", w, s.titles)) return;
    if (auto it = j.find("title_box"); it != j.end()) {
        BoxMm b;
        if (!r.box(*it, w + "/title_box", b, card.widthMm, card.heightMm)) return;
        s.titleBox = b;
    }
    if (!s.titles.empty() && !s.titleBox) {
        r.fail(w + "/title_box", "is required when titles are given");
        return;
    }
    if (auto it = j.find("refuse_as_front"); it != j.end()) {
        if (!it->is_boolean()) {
            r.fail(w + "/refuse_as_front", "must be true or false");
            return;
        }
        s.refuseAsFront = it->get<bool>();
    }
    if (auto it = j.find("markers"); it != j.end()) {
        if (!it->is_array()) {
            r.fail(w + "/markers", "must be an array");
            return;
        }
        for (std::size_t i = 0; i < it->size(); ++i) {
            const std::string mw = w + "/markers/" + std::to_string(i);
            const json& m = (*it)[i];
            if (!r.keys(m, mw, {"type", "box"})) return;
            std::string type;
            if (!r.string(m, "type", mw, type, true)) return;
            auto mt = std::find_if(std::begin(kMarkers), std::end(kMarkers),
                                   [&](auto& p) { return p.second == type; });
            if (mt == std::end(kMarkers)) {
                r.fail(mw + "/type", "must be one of photo, chip, qr, band");
                return;
            }
            LayoutMarker marker{mt->first, {}};
            if (!m.contains("box")) {
                r.fail(mw + "/box", "is required");
                return;
            }
            if (!r.box(m["box"], mw + "/box", marker.box, card.widthMm, card.heightMm)) return;
            s.markers.push_back(marker);
        }
    }
    if (auto it = j.find("forbidden"); it != j.end()) {
        if (!it->is_array()) {
            r.fail(w + "/forbidden", "must be an array of boxes");
            return;
        }
        for (std::size_t i = 0; i < it->size(); ++i) {
            BoxMm b;
            if (!r.box((*it)[i], w + "/forbidden/" + std::to_string(i), b, card.widthMm, card.heightMm))
                return;
            s.forbidden.push_back(b);
        }
    }
    auto fields = j.find("fields");
    if (fields == j.end() || !fields->is_array()) {
        r.fail(w + "/fields", "is required (an array, may be empty)");
        return;
    }
    for (std::size_t i = 0; i < fields->size(); ++i) {
        LayoutField f;
        readField(r, (*fields)[i], w + "/fields/" + std::to_string(i), card, f);
        if (r.error) return;
        s.fields.push_back(std::move(f));
    }
}

} // namespace

std::string_view readerId(FieldReader reader) {
    for (const auto& [r, id] : kReaders)
        if (r == reader) return id;
    return {};
}

std::string_view markerId(MarkerType type) {
    for (const auto& [t, id] : kMarkers)
        if (t == type) return id;
    return {};
}

const LayoutSide* CardLayout::side(CardSide s) const {
    for (const auto& side : sides)
        if (side.side == s) return &side;
    return nullptr;
}

Result<CardLayout> parseCardLayout(std::string_view text) {
    auto doc = parseJson(text);
    if (!doc) return doc.error();
    const json& j = *doc;
    Reader r;
    CardLayout card;
    if (!r.keys(j, "", {"schema", "id", "kind", "generation", "size_mm", "tolerance_mm", "sides"}))
        return *r.error;
    std::string schema, kind;
    if (!r.string(j, "schema", "", schema, true)) return *r.error;
    if (schema != kCardLayoutSchema) return bad("/schema", "must be \"kakanai-card-layout/1\"");
    if (!r.string(j, "id", "", card.id, true) || !r.string(j, "kind", "", kind, true) ||
        !r.string(j, "generation", "", card.generation))
        return *r.error;
    auto k = kindFromId(kind);
    if (!k || *k == IdDocumentKind::Auto)
        return bad("/kind", "must be one of driver-license, mynumber-card, residence-card");
    card.kind = *k;
    if (auto it = j.find("size_mm"); it != j.end()) {
        if (!it->is_array() || it->size() != 2) return bad("/size_mm", "must be [width, height] in mm");
        if (!r.number((*it)[0], "/size_mm/0", card.widthMm, 20, 200) ||
            !r.number((*it)[1], "/size_mm/1", card.heightMm, 20, 200))
            return *r.error;
    }
    if (auto it = j.find("tolerance_mm"); it != j.end())
        if (!r.number(*it, "/tolerance_mm", card.toleranceMm, 0, 10)) return *r.error;
    auto sides = j.find("sides");
    if (sides == j.end() || !sides->is_array() || sides->empty())
        return bad("/sides", "is required (an array of sides)");
    for (std::size_t i = 0; i < sides->size(); ++i) {
        LayoutSide s;
        readSide(r, (*sides)[i], "/sides/" + std::to_string(i), card, s);
        if (r.error) return *r.error;
        if (card.side(s.side))
            return bad("/sides/" + std::to_string(i) + "/side", "this side is described twice");
        card.sides.push_back(std::move(s));
    }
    if (!card.side(CardSide::Front)) return bad("/sides", "must describe the front");
    return card;
}

LayoutLoad loadCardLayouts(const std::string& dir) {
    namespace fs = std::filesystem;
    LayoutLoad load;
    std::error_code ec;
    std::vector<fs::path> files;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec))
        if (it->path().extension() == ".json") files.push_back(it->path());
    if (ec) {
        load.problems.push_back(
            makeError("layout.unreadable", "cannot read the directory: " + ec.message(), dir));
        return load;
    }
    std::sort(files.begin(), files.end());
    for (const auto& path : files) {
        auto text = readTextFile(path.string(), 1024 * 1024);
        Result<CardLayout> layout = text ? parseCardLayout(*text) : Result<CardLayout>(text.error());
        if (!layout) {
            Error e = layout.error();
            e.where = path.string() + (e.where.empty() ? "" : ": " + e.where);
            load.problems.push_back(std::move(e));
            continue;
        }
        load.layouts.push_back(std::move(*layout));
    }
    if (load.layouts.empty() && load.problems.empty())
        load.problems.push_back(makeError("layout.none", "no card layout files (*.json)", dir));
    return load;
}

} // namespace kakanai::ocr
