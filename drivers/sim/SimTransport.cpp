#include "sim/SimTransport.h"

#include "sim/SimLogging.h"
#include "sim/SimOutputScheduler.h"
#include "sim/SimulatedModem.h"

namespace eol::drivers::sim {

SimTransport::SimTransport(const SimConfig& config, QObject* parent)
    : Transport(parent), m_config(config), m_modem(std::make_unique<SimulatedModem>(config)),
      m_scheduler(new SimOutputScheduler(this))
{
    connect(m_scheduler, &SimOutputScheduler::bytesReady, this, [this](const QByteArray& bytes) {
        if (m_open)
            Q_EMIT bytesReceived(bytes);
    });
    connect(m_scheduler, &SimOutputScheduler::unplugReached, this, &SimTransport::onUnplugReached);
}

SimTransport::~SimTransport() = default;

QString SimTransport::description() const
{
    return QStringLiteral("sim:") % m_config.toSpec();
}

const SimIdentity& SimTransport::identity() const
{
    return m_modem->identity();
}

void SimTransport::open()
{
    if (m_open)
        return;
    const quint64 cycle = ++m_openCycle;
    if (m_modem->unplugged()) {
        QMetaObject::invokeMethod(
            this,
            [this, cycle] {
                if (cycle != m_openCycle)
                    return;
                Q_EMIT errorOccurred(eol::makeError(
                    QStringLiteral("port_not_found"),
                    QStringLiteral("%1: the simulated device was unplugged; start a new "
                                   "simulator to test again")
                        .arg(description())));
            },
            Qt::QueuedConnection);
        return;
    }
    m_open = true;
    // Opening is asynchronous like a real port: opened() first, then the power-on output.
    QMetaObject::invokeMethod(
        this,
        [this, cycle] {
            if (cycle != m_openCycle || !m_open)
                return;
            Q_EMIT opened();
            if (!m_open)
                return; // a slot closed us again
            m_scheduler->enqueue(m_modem->boot());
            queueUnplugIfStruck();
        },
        Qt::QueuedConnection);
}

void SimTransport::close()
{
    if (!m_open)
        return;
    m_open = false;
    ++m_openCycle;
    m_scheduler->clear();
    m_unplugQueued = false;
    Q_EMIT closed();
}

void SimTransport::write(const QByteArray& bytes)
{
    if (!m_open) {
        qCWarning(lcSim) << description() << "dropped a write while closed:" << bytes;
        return;
    }
    m_scheduler->enqueue(m_modem->feed(bytes));
    queueUnplugIfStruck();
}

void SimTransport::queueUnplugIfStruck()
{
    if (m_modem->unplugged() && !m_unplugQueued) {
        m_unplugQueued = true;
        m_scheduler->enqueueUnplug();
    }
}

void SimTransport::onUnplugReached()
{
    if (!m_open)
        return;
    m_open = false;
    ++m_openCycle;
    m_scheduler->clear();
    qCInfo(lcSim) << description() << "unplugged";
    Q_EMIT errorOccurred(
        eol::makeError(QStringLiteral("unplugged"), QStringLiteral("simulated device unplugged")));
}

} // namespace eol::drivers::sim
