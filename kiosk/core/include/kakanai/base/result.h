#pragma once
// Errors as values (zxing-style): core functions return Result<T> instead of throwing, so the
// CLI, the kiosk and the drivers can all show the same error with a stable code.

#include <cassert>
#include <map>
#include <string>
#include <utility>
#include <variant>

namespace kakanai {

struct Error {
    std::string code;    // stable and dotted, e.g. "person.invalid-value"; scripts and the UI key on it
    std::string message; // one English sentence for IT staff and logs; the UI translates by code
    std::string where;   // JSON pointer, config key or file; empty when not applicable
    // Machine-readable facts about the error, e.g. {"tries_left": "2"} for a wrong PIN. Never personal data.
    std::map<std::string, std::string> details;

    // "where: message", or just the message.
    std::string describe() const { return where.empty() ? message : where + ": " + message; }
};

inline Error makeError(std::string code, std::string message, std::string where = {}) {
    return Error{std::move(code), std::move(message), std::move(where), {}};
}

template <class T> class [[nodiscard]] Result {
public:
    Result(T value) : m_v(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : m_v(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_v.index() == 0; }
    explicit operator bool() const { return ok(); }

    T& value() & {
        assert(ok());
        return std::get<0>(m_v);
    }
    const T& value() const& {
        assert(ok());
        return std::get<0>(m_v);
    }
    T&& value() && {
        assert(ok());
        return std::get<0>(std::move(m_v));
    }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }

    const Error& error() const {
        assert(!ok());
        return std::get<1>(m_v);
    }

private:
    std::variant<T, Error> m_v;
};

// Result<void>: success or an Error.
class [[nodiscard]] Status {
public:
    Status() = default;
    Status(Error error) : m_error(std::move(error)), m_failed(true) {}
    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error& error() const {
        assert(m_failed);
        return m_error;
    }

private:
    Error m_error;
    bool m_failed = false;
};

} // namespace kakanai
