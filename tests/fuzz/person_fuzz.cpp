// Person record and answers documents: what capture and the UI hand to the form filler.
#include "kakanai/forms/answers.h"
#include "kakanai/person/person.h"

#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    if (auto person = kakanai::parsePerson(text)) (void)kakanai::toJson(*person);
    (void)kakanai::parseAnswers(text);
    return 0;
}
