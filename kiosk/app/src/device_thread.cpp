#include "device_thread.h"

#include <pthread.h>

namespace kakanai::kiosk {

DeviceThread::DeviceThread(std::string name, std::function<void()> idle) : m_idle(std::move(idle)) {
    m_thread = std::thread([this] { loop(); });
    pthread_setname_np(m_thread.native_handle(), name.substr(0, 15).c_str());
}

DeviceThread::~DeviceThread() {
    {
        std::lock_guard l(m_mutex);
        m_stop = true;
        m_jobs.clear();
    }
    m_cv.notify_all();
    m_thread.join();
}

void DeviceThread::post(std::function<void()> job) {
    {
        std::lock_guard l(m_mutex);
        m_jobs.push_back(std::move(job));
    }
    m_cv.notify_all();
}

void DeviceThread::setIdle(std::function<void()> idle) {
    {
        std::lock_guard l(m_mutex);
        m_idle = std::move(idle);
    }
    m_cv.notify_all();
}

void DeviceThread::drain() {
    std::unique_lock l(m_mutex);
    m_doneCv.wait(l, [&] { return (m_jobs.empty() && !m_busy) || m_stop; });
}

void DeviceThread::loop() {
    for (;;) {
        std::function<void()> job;
        std::function<void()> idle;
        {
            std::unique_lock l(m_mutex);
            if (!m_idle) m_cv.wait(l, [&] { return m_stop || !m_jobs.empty() || m_idle; });
            if (m_stop) return;
            if (!m_jobs.empty()) {
                job = std::move(m_jobs.front());
                m_jobs.pop_front();
                m_busy = true;
            } else {
                idle = m_idle;
            }
        }
        if (job) {
            job();
            std::lock_guard l(m_mutex);
            m_busy = false;
        } else if (idle) {
            idle();
        }
        m_doneCv.notify_all();
    }
}

} // namespace kakanai::kiosk
