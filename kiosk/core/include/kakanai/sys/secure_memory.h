#pragma once
// Memory for secrets (PINs): locked into RAM (never swapped), excluded from core dumps and
// wiped on destruction. Also helpers to wipe ordinary strings that held personal data.

#include "kakanai/base/result.h"

#include <cstddef>
#include <string>
#include <string_view>

namespace kakanai {

class SecureBuffer {
public:
    explicit SecureBuffer(std::size_t capacity);
    ~SecureBuffer();
    SecureBuffer(const SecureBuffer&) = delete;
    SecureBuffer& operator=(const SecureBuffer&) = delete;
    SecureBuffer(SecureBuffer&& other) noexcept;
    SecureBuffer& operator=(SecureBuffer&& other) noexcept;

    bool locked() const { return m_locked; } // false if mlock was refused (RLIMIT_MEMLOCK)
    std::size_t size() const { return m_size; }
    std::size_t capacity() const { return m_capacity; }
    const char* data() const { return m_data; }
    std::string_view view() const { return {m_data, m_size}; }
    bool push(char c);
    void clear();

private:
    void release();
    char* m_data = nullptr;
    std::size_t m_size = 0;
    std::size_t m_capacity = 0;
    std::size_t m_mapped = 0;
    bool m_locked = false;
};

// Overwrites the bytes of a string before clearing it (compilers may not remove explicit_bzero).
void wipe(std::string& s);

// Reads a PIN of `minDigits`..`maxDigits` ASCII digits from a file descriptor (stdin), never argv.
// Echo is turned off when fd is a terminal. Accepts one trailing newline.
Result<SecureBuffer> readPin(int fd, std::size_t minDigits, std::size_t maxDigits);

} // namespace kakanai
