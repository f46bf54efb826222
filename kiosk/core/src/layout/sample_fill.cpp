#include "kakanai/layout/sample_fill.h"

#include <algorithm>

namespace kakanai {
namespace {

TextField sample(const std::string& v) {
    return TextField{v, "manual", 1.0, {}, {}};
}

void fillPerson(Person& p, const FormTemplate& form) {
    for (auto name : Person::textFieldNames()) {
        const std::string path = "person." + std::string(name);
        if (auto* slot = p.textField(name)) *slot = sample(longSample(path, form));
    }
    p.relationship.reset();
    p.relationship_to_head.reset();
    AddressParts a;
    a.prefecture = longSample("person.address_parts.prefecture", form);
    a.municipality = longSample("person.address_parts.municipality", form);
    a.town = longSample("person.address_parts.town", form);
    a.block = longSample("person.address_parts.block", form);
    a.building = longSample("person.address_parts.building", form);
    p.address_parts = Field<AddressParts>{a, "manual", 1.0, {}, {}};
}

template <class F> void forEachRepeat(const FormTemplate& form, F f) {
    for (const auto& page : form.pages)
        for (const auto& item : page.items)
            if (const auto* r = std::get_if<std::shared_ptr<RepeatItem>>(&item)) f(**r);
}

} // namespace

std::unique_ptr<SampleFill> makeSampleFill(const FormTemplate& form, const Date& today) {
    auto s = std::make_unique<SampleFill>();
    s->person.source = "manual";
    fillPerson(s->person, form);
    s->person.head_of_household = true;
    // Enough members for every row of every repeat item, matching its filter.
    forEachRepeat(form, [&](const RepeatItem& r) {
        if (r.filterSelf)
            for (const auto& f : r.filter.flags)
                if (std::find(s->person.flags.begin(), s->person.flags.end(), f) == s->person.flags.end())
                    s->person.flags.push_back(f);
        for (int i = 0; i < r.maxRows; ++i) {
            Person m;
            m.source = "manual";
            fillPerson(m, form);
            m.relationship =
                sample(r.filter.relationships.empty() ? "妻の連れ子" : r.filter.relationships.front());
            m.relationship_to_head = m.relationship;
            m.flags = r.filter.flags;
            s->person.household.push_back(std::move(m));
        }
    });
    for (const auto& q : form.questions) {
        switch (q.type) {
        case Question::Type::Count:
            s->answers.values[q.id] = q.max;
            break;
        case Question::Type::Text:
            s->answers.values[q.id] = longSample("answers." + q.id, form);
            break;
        case Question::Type::Date:
            s->answers.values[q.id] = std::string("2018-12-31");
            break;
        case Question::Type::Bool:
            s->answers.values[q.id] = true;
            break;
        case Question::Type::Choice: {
            auto longest =
                std::max_element(q.choices.begin(), q.choices.end(), [](const Choice& a, const Choice& b) {
                    return pick(a.label, "ja").size() < pick(b.label, "ja").size();
                });
            if (longest != q.choices.end()) s->answers.values[q.id] = longest->value;
            break;
        }
        case Question::Type::Multi: {
            std::vector<std::string> all;
            for (const auto& c : q.choices)
                all.push_back(c.value);
            s->answers.values[q.id] = all;
            break;
        }
        }
    }
    s->config.kiosk_id = "kakanai-sample-kiosk-01";
    s->config.municipality_name = longSample("config.municipality.name", form);
    s->config.addressee = longSample("config.municipality.addressee", form);
    s->config.counter_name = longSample("config.municipality.counter", form);
    s->config.municipality_code = "462195";
    s->config.fees[form.id] = 1450;
    s->context.form = &form;
    s->context.person = &s->person;
    s->context.answers = &s->answers;
    s->context.config = &s->config;
    s->context.today = today;
    s->context.idMethod = "driver-license-card";
    return s;
}

} // namespace kakanai
