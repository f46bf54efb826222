#include "kakanai/handoff/slots.h"

#include "kakanai/handoff/keys.h"

#include <sodium.h>

namespace kakanai::handoff {
namespace {

template <class T>
void addSlot(std::vector<Slot>& out, const T& item, Slot::Type type, const std::string& repeat, int maxRows) {
    Slot s;
    s.maxRows = maxRows;
    s.name = repeat.empty() ? item.name : repeat + "[]." + item.name;
    s.repeat = repeat;
    s.type = type;
    s.bindPath = item.bind.path;
    if constexpr (std::is_same_v<T, ChoiceItem>) s.choice = &item;
    out.push_back(std::move(s));
}

void collect(const std::vector<Item>& items, const std::string& repeat, int maxRows, std::vector<Slot>& out) {
    for (const auto& it : items) {
        if (const auto* f = std::get_if<FieldItem>(&it))
            addSlot(out, *f, Slot::Type::Field, repeat, maxRows);
        else if (const auto* c = std::get_if<CellsItem>(&it))
            addSlot(out, *c, Slot::Type::Cells, repeat, maxRows);
        else if (const auto* d = std::get_if<DateItem>(&it))
            addSlot(out, *d, Slot::Type::Date, repeat, maxRows);
        else if (const auto* ch = std::get_if<ChoiceItem>(&it))
            addSlot(out, *ch, Slot::Type::Choice, repeat, maxRows);
        else if (const auto* r = std::get_if<std::shared_ptr<RepeatItem>>(&it))
            collect((*r)->items, (*r)->name, (*r)->maxRows, out);
    }
}

} // namespace

std::string Slot::fieldName(std::optional<std::uint32_t> row) const {
    if (repeat.empty() || !row) return name;
    return repeat + "[" + std::to_string(*row) + "]" + name.substr(repeat.size() + 2);
}

std::vector<Slot> templateSlots(const FormTemplate& form) {
    std::vector<Slot> out;
    for (const auto& page : form.pages)
        collect(page.items, "", 0, out);
    return out;
}

std::array<std::uint8_t, 4> slotsFingerprint(const std::vector<Slot>& slots) {
    // Names, types and choice options (value and label) in order: what decoding depends on.
    (void)cryptoReady();
    std::string canon;
    for (const auto& s : slots) {
        canon += std::to_string(static_cast<int>(s.type)) + ":" + s.name + "\n";
        if (s.choice)
            for (const auto& o : s.choice->options)
                canon += "  " + o.value + "=" + o.label + "\n";
    }
    std::array<std::uint8_t, crypto_hash_sha256_BYTES> h{};
    crypto_hash_sha256(h.data(), reinterpret_cast<const unsigned char*>(canon.data()), canon.size());
    return {h[0], h[1], h[2], h[3]};
}

std::pair<std::string, std::optional<std::uint32_t>> slotKey(std::string_view name) {
    const auto open = name.find('[');
    const auto close = name.find("].", open == std::string_view::npos ? 0 : open);
    if (open == std::string_view::npos || close == std::string_view::npos)
        return {std::string(name), std::nullopt};
    std::uint32_t row = 0;
    for (std::size_t i = open + 1; i < close; ++i) {
        if (name[i] < '0' || name[i] > '9') return {std::string(name), std::nullopt};
        row = row * 10 + static_cast<std::uint32_t>(name[i] - '0');
    }
    return {std::string(name.substr(0, open)) + "[]" + std::string(name.substr(close + 1)), row};
}

} // namespace kakanai::handoff
