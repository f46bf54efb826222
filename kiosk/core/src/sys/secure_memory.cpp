#include "kakanai/sys/secure_memory.h"

#include <sys/mman.h>
#include <termios.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <utility>

namespace kakanai {

SecureBuffer::SecureBuffer(std::size_t capacity) : m_capacity(capacity) {
    const auto page = static_cast<std::size_t>(sysconf(_SC_PAGESIZE));
    m_mapped = ((capacity + page - 1) / page) * page;
    if (m_mapped == 0) m_mapped = page;
    void* p = mmap(nullptr, m_mapped, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED) {
        m_mapped = 0;
        m_capacity = 0;
        return;
    }
    m_data = static_cast<char*>(p);
    m_locked = mlock(m_data, m_mapped) == 0;
    madvise(m_data, m_mapped, MADV_DONTDUMP); // never in a core file, even if dumps get re-enabled
}

SecureBuffer::~SecureBuffer() {
    release();
}

SecureBuffer::SecureBuffer(SecureBuffer&& other) noexcept
    : m_data(std::exchange(other.m_data, nullptr)), m_size(std::exchange(other.m_size, 0)),
      m_capacity(std::exchange(other.m_capacity, 0)), m_mapped(std::exchange(other.m_mapped, 0)),
      m_locked(std::exchange(other.m_locked, false)) {}

SecureBuffer& SecureBuffer::operator=(SecureBuffer&& other) noexcept {
    if (this != &other) {
        release();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
        m_capacity = std::exchange(other.m_capacity, 0);
        m_mapped = std::exchange(other.m_mapped, 0);
        m_locked = std::exchange(other.m_locked, false);
    }
    return *this;
}

bool SecureBuffer::push(char c) {
    if (!m_data || m_size >= m_capacity) return false;
    m_data[m_size++] = c;
    return true;
}

void SecureBuffer::clear() {
    if (m_data) explicit_bzero(m_data, m_mapped);
    m_size = 0;
}

void SecureBuffer::release() {
    if (!m_data) return;
    explicit_bzero(m_data, m_mapped);
    if (m_locked) munlock(m_data, m_mapped);
    munmap(m_data, m_mapped);
    m_data = nullptr;
    m_size = m_capacity = m_mapped = 0;
    m_locked = false;
}

void wipe(std::string& s) {
    if (!s.empty()) explicit_bzero(s.data(), s.size());
    s.clear();
    s.shrink_to_fit();
}

Result<SecureBuffer> readPin(int fd, std::size_t minDigits, std::size_t maxDigits) {
    SecureBuffer pin(maxDigits + 1);
    if (pin.capacity() == 0) return makeError("pin.memory", "cannot allocate memory for the PIN");

    termios saved{};
    const bool tty = isatty(fd) == 1 && tcgetattr(fd, &saved) == 0;
    if (tty) {
        termios quiet = saved;
        quiet.c_lflag &= static_cast<tcflag_t>(~ECHO);
        tcsetattr(fd, TCSAFLUSH, &quiet);
    }
    bool tooLong = false;
    bool badChar = false;
    // One byte at a time, straight into locked memory: no stdio buffer keeps a copy.
    for (;;) {
        char c = 0;
        const ssize_t n = read(fd, &c, 1);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0 || c == '\n') break;
        if (c == '\r') continue;
        if (c < '0' || c > '9')
            badChar = true;
        else if (!pin.push(c) || pin.size() > maxDigits)
            tooLong = true;
        c = 0;
    }
    if (tty) tcsetattr(fd, TCSAFLUSH, &saved);

    if (badChar || tooLong || pin.size() < minDigits) {
        pin.clear();
        return makeError("pin.format", "the PIN must be " + std::to_string(minDigits) +
                                           (minDigits == maxDigits ? "" : "-" + std::to_string(maxDigits)) +
                                           " digits, given on standard input");
    }
    return pin;
}

} // namespace kakanai
