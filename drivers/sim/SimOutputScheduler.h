#pragma once

#include "sim/SimOutput.h"

#include <QObject>
#include <QTimer>
#include <deque>

namespace eol::drivers::sim {

/// Plays a simulated device's outputs onto a wire in order, each delayMs after the previous
/// one. Zero delays go through a queued invocation rather than a timer, so a zero-latency
/// device costs an event-loop turn, not a timer tick; delivery is never synchronous with
/// enqueue(), as it would not be on a real wire.
class SimOutputScheduler : public QObject
{
    Q_OBJECT
public:
    explicit SimOutputScheduler(QObject* parent = nullptr);

    void enqueue(const QList<SimOutput>& outputs);
    /// After everything enqueued so far has been delivered, emit unplugReached().
    void enqueueUnplug();
    /// Forgets everything not yet delivered.
    void clear();
    bool isIdle() const { return m_queue.empty() && !m_scheduled; }

Q_SIGNALS:
    void bytesReady(const QByteArray& bytes);
    void unplugReached();

private:
    struct Item
    {
        SimOutput output;
        bool unplug = false;
    };

    void scheduleNext();
    void deliver(quint64 generation);

    std::deque<Item> m_queue;
    QTimer m_timer;
    quint64 m_generation = 0;
    bool m_scheduled = false;
    bool m_delivering = false;
};

} // namespace eol::drivers::sim
