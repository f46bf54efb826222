#pragma once
// 郵便番号 ⇄ address, from Japan Post's public postal-code data (KEN_ALL, via the npm package recorded in
// data/postal-codes.tsv; docs/normalize.md says how to refresh it).
//
// A lookup never decides for the resident: it returns candidates and a status. Only `Exact` with one
// candidate may be pre-filled, and even then the resident confirms; everything else is offered as a choice.

#include "kakanai/base/result.h"
#include "kakanai/normalize/address.h"
#include "kakanai/normalize/gazetteer.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kakanai::normalize {

struct PostalCandidate {
    std::string code; // 7 digits ("1000013"); 5 digits for a block of codes (floors of one building)
    const Municipality* municipality = nullptr;
    std::string town; // 町域 ("霞が関"); empty for the municipality's general code

    std::string formattedCode() const; // "100-0013", or "100-60xx" for a block
    std::string address() const;       // 東京都千代田区霞が関
};

enum class PostalStatus {
    Exact,   // one candidate, matched on the 町域 (address → code) or the only 町域 of a code
    Choose,  // several candidates: the resident picks one
    General, // only the municipality's general code matched (町域 not in Japan Post's list)
    Block,   // only a block of codes (100-60xx): the resident types the last digits
    None     // nothing: unknown code, or an address whose 市区町村 is not recognised
};
std::string_view postalStatusId(PostalStatus s); // "exact", "choose", "general", "block", "none"

struct PostalMatch {
    PostalStatus status = PostalStatus::None;
    std::vector<PostalCandidate> candidates;
};

class PostalIndex {
public:
    // Reads <dir>/postal-codes.tsv; municipality codes must exist in `gazetteer`, which must outlive this.
    static Result<PostalIndex> load(const std::string& dataDir, const Gazetteer& gazetteer);
    static Result<PostalIndex> parse(std::string text, const Gazetteer& gazetteer, const std::string& where);

    // A 郵便番号 typed by the resident ("100-0013", "１００００１３", "〒1000013") → the addresses it covers.
    PostalMatch byCode(std::string_view typed) const;
    // An address (already split) → the codes that may be its own.
    PostalMatch forAddress(const AddressSplit& split) const;

    std::size_t size() const { return m_rows.size(); }
    // Row i (0 ≤ i < size()), in code order; for benchmarks and data checks.
    PostalCandidate at(std::size_t i) const { return candidate(m_rows.at(i)); }
    std::string_view source() const { return m_source; }

private:
    struct Row {
        std::uint32_t zip;                    // 7 digits, or 5 digits for a block
        bool block;                           // zip is a 5-digit prefix
        std::uint32_t city;                   // index into gazetteer municipalities
        std::uint32_t townOffset, townLength; // into m_text
    };
    PostalCandidate candidate(const Row& row) const;
    std::string_view town(const Row& row) const {
        return std::string_view(m_text).substr(row.townOffset, row.townLength);
    }

    const Gazetteer* m_gazetteer = nullptr;
    std::string m_text;
    std::vector<Row> m_rows;                          // sorted by (block, zip)
    std::vector<std::vector<std::uint32_t>> m_byCity; // row indices per municipality
    std::string m_source;
};

} // namespace kakanai::normalize
