#pragma once
// A thread that owns calls into one device (card reader, camera, printer): they can block for seconds,
// so they never run on the UI thread. Jobs run in order; between jobs an optional idle function runs
// (the card thread waits there for insert/remove events). Results go back to the UI thread by the
// caller posting to a QObject (QMetaObject::invokeMethod with Qt::QueuedConnection).

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <string>
#include <thread>

namespace kakanai::kiosk {

class DeviceThread {
public:
    // idle: called repeatedly while no job is queued; must return within a few hundred ms.
    explicit DeviceThread(std::string name, std::function<void()> idle = {});
    ~DeviceThread(); // finishes the running job, drops queued ones, joins
    DeviceThread(const DeviceThread&) = delete;
    DeviceThread& operator=(const DeviceThread&) = delete;

    void post(std::function<void()> job);
    // Blocks until every job posted so far has run (tests, shutdown of a session).
    void drain();
    void setIdle(std::function<void()> idle);

private:
    void loop();
    std::mutex m_mutex;
    std::condition_variable m_cv, m_doneCv;
    std::deque<std::function<void()>> m_jobs;
    std::function<void()> m_idle;
    bool m_busy = false;
    bool m_stop = false;
    std::thread m_thread;
};

} // namespace kakanai::kiosk
