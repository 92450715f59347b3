#include "transport/TransportWorker.h"

#include <QDeadlineTimer>
#include <QLoggingCategory>

namespace eol::drivers {

namespace {
Q_LOGGING_CATEGORY(lcTransportWorker, "eol.drivers.transport")
}

TransportWorker::TransportWorker(Factory factory, QObject* parent)
    : QObject(parent), m_factory(std::move(factory)), m_thread(new QThread)
{
    m_thread->setObjectName(QStringLiteral("eol-transport"));
    // Direct connections: QThread emits started/finished on the worker thread itself, so the
    // factory and the deletion run there. m_thread is only the lifetime context.
    connect(
        m_thread, &QThread::started, m_thread,
        [this] {
            Transport* transport = m_factory ? m_factory() : nullptr;
            m_transport.store(transport);
            if (transport) {
                Q_EMIT transportReady(transport);
            } else {
                qCWarning(lcTransportWorker) << "transport factory returned no transport";
                Q_EMIT transportFailed();
            }
        },
        Qt::DirectConnection);
    connect(
        m_thread, &QThread::finished, m_thread,
        [this] {
            // Still on the worker thread: the transport dies where it lived.
            delete m_transport.exchange(nullptr);
        },
        Qt::DirectConnection);
}

TransportWorker::~TransportWorker()
{
    if (stop()) {
        delete m_thread;
        return;
    }
    // Destroying a running QThread aborts the process and terminate() can leave a port or a
    // lock half-released: let the thread finish on its own and clean up after itself.
    qCWarning(lcTransportWorker) << "transport thread did not stop in time; leaving it to finish";
    QThread* thread = m_thread;
    // The finished handler above captures `this`; replace it with one that does not.
    QObject::disconnect(thread, &QThread::finished, thread, nullptr);
    Transport* transport = m_transport.exchange(nullptr);
    connect(
        thread, &QThread::finished, thread,
        [thread, transport] {
            delete transport;
            thread->deleteLater();
        },
        Qt::DirectConnection);
}

void TransportWorker::start()
{
    if (m_thread->isRunning())
        return;
    m_thread->start();
}

bool TransportWorker::stop(std::chrono::milliseconds timeout)
{
    if (!m_thread->isRunning())
        return true;
    m_thread->quit();
    if (m_thread->wait(QDeadlineTimer(timeout)))
        return true;
    qCWarning(lcTransportWorker) << "transport thread still running after" << timeout.count()
                                 << "ms";
    return false;
}

bool TransportWorker::isRunning() const
{
    return m_thread->isRunning();
}

} // namespace eol::drivers
