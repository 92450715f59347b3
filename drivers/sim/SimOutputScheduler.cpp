#include "sim/SimOutputScheduler.h"

namespace eol::drivers::sim {

SimOutputScheduler::SimOutputScheduler(QObject* parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, [this] { deliver(m_generation); });
}

void SimOutputScheduler::enqueue(const QList<SimOutput>& outputs)
{
    for (const SimOutput& output : outputs)
        m_queue.push_back(Item{output, false});
    scheduleNext();
}

void SimOutputScheduler::enqueueUnplug()
{
    m_queue.push_back(Item{SimOutput{}, true});
    scheduleNext();
}

void SimOutputScheduler::clear()
{
    m_queue.clear();
    m_timer.stop();
    m_scheduled = false;
    ++m_generation; // invalidates a queued invocation already posted
}

void SimOutputScheduler::scheduleNext()
{
    if (m_scheduled || m_delivering || m_queue.empty())
        return;
    m_scheduled = true;
    const int delay = m_queue.front().output.delayMs;
    if (delay > 0) {
        m_timer.start(delay);
    } else {
        const quint64 generation = m_generation;
        QMetaObject::invokeMethod(
            this, [this, generation] { deliver(generation); }, Qt::QueuedConnection);
    }
}

void SimOutputScheduler::deliver(quint64 generation)
{
    if (generation != m_generation)
        return;
    m_scheduled = false;
    m_delivering = true;
    // The first item's delay has elapsed; items after it with no delay of their own go out in
    // the same turn. A receiver may clear() us from a slot, hence the generation checks.
    bool first = true;
    while (!m_queue.empty() && generation == m_generation &&
           (first || m_queue.front().output.delayMs == 0)) {
        first = false;
        const Item item = std::move(m_queue.front());
        m_queue.pop_front();
        if (item.unplug)
            Q_EMIT unplugReached();
        else if (!item.output.bytes.isEmpty())
            Q_EMIT bytesReady(item.output.bytes);
    }
    m_delivering = false;
    scheduleNext();
}

} // namespace eol::drivers::sim
