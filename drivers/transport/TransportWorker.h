#pragma once

#include "transport/Transport.h"

#include <QObject>
#include <QThread>
#include <atomic>
#include <chrono>
#include <functional>

namespace eol::drivers {

/// Hosts one Transport on its own QThread (a fixture slot's I/O thread).
///
/// The factory runs on the worker thread, in a slot connected to QThread::started, so the
/// transport and everything it creates (the QSerialPort) belong to that thread. Talk to the
/// transport only through queued calls or queued signal connections. stop() quits the thread
/// and joins it with a bound; the transport is deleted on its own thread as the thread ends.
/// The thread is never terminated.
class TransportWorker : public QObject
{
    Q_OBJECT
public:
    using Factory = std::function<Transport*()>;
    static constexpr std::chrono::milliseconds kDefaultStopTimeout{3000};

    explicit TransportWorker(Factory factory, QObject* parent = nullptr);
    /// Calls stop(); if the thread does not finish in time it is logged and left to finish on
    /// its own (never terminated).
    ~TransportWorker() override;

    /// Starts the thread; transportReady() follows once the factory has run on it.
    void start();
    /// quit() + wait up to `timeout`. Returns false if the thread is still running afterwards.
    bool stop(std::chrono::milliseconds timeout = kDefaultStopTimeout);

    /// The hosted transport, or nullptr before transportReady() / after stop(). It lives on
    /// workerThread(): do not call its methods directly from another thread.
    Transport* transport() const { return m_transport.load(); }
    QThread* workerThread() const { return m_thread; }
    bool isRunning() const;

Q_SIGNALS:
    /// Emitted from the worker thread right after the factory returned; connect with a context
    /// object (queued to it when it lives elsewhere).
    void transportReady(eol::drivers::Transport* transport);
    /// The factory returned nullptr; the thread keeps running until stop().
    void transportFailed();

private:
    Factory m_factory;
    QThread* m_thread;
    std::atomic<Transport*> m_transport{nullptr};
};

} // namespace eol::drivers
