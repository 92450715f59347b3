#include "scan/SerialScannerInput.h"

#include "scan/ScanLog.h"

namespace eol::core::scan {

SerialScannerInput::SerialScannerInput(TransportFactory makeTransport, QObject* parent)
    : QObject(parent), m_makeTransport(std::move(makeTransport))
{
    m_reopen.setInterval(3000);
    m_reopen.setSingleShot(true);
    connect(&m_reopen, &QTimer::timeout, this, &SerialScannerInput::open);
}

SerialScannerInput::~SerialScannerInput() = default;

void SerialScannerInput::start()
{
    m_reported = false;
    open();
}

void SerialScannerInput::stop()
{
    m_reopen.stop();
    if (m_transport) {
        m_transport->disconnect(this);
        m_transport->close();
        m_transport.reset();
    }
}

void SerialScannerInput::open()
{
    if (m_transport) {
        m_transport->disconnect(this);
        m_transport.reset();
    }
    m_transport = m_makeTransport();
    if (!m_transport) {
        Q_EMIT problem(tr("the scanner port is not configured correctly"));
        return;
    }
    m_line.clear();
    m_discarding = false;
    connect(m_transport.get(), &drivers::Transport::opened, this, [this] {
        m_reported = false;
        qCInfo(lcScan) << "serial scanner connected on" << m_transport->description();
        Q_EMIT connected();
    });
    connect(m_transport.get(), &drivers::Transport::bytesReceived, this,
            &SerialScannerInput::onBytes);
    connect(m_transport.get(), &drivers::Transport::errorOccurred, this,
            [this](const eol::Error& error) {
                if (!m_reported) {
                    m_reported = true;
                    Q_EMIT problem(tr("scanner: %1").arg(error.message));
                }
                m_reopen.start();
            });
    m_transport->open();
}

void SerialScannerInput::onBytes(const QByteArray& bytes)
{
    for (const char c : bytes) {
        if (c == '\r' || c == '\n') {
            if (!m_discarding && !m_line.trimmed().isEmpty())
                Q_EMIT scanned(QString::fromUtf8(m_line.trimmed()));
            m_line.clear();
            m_discarding = false;
            continue;
        }
        if (m_discarding)
            continue;
        if (m_line.size() >= kMaxLineBytes) {
            // Not a scan (a scanner misconfigured without a suffix, or noise): drop it whole.
            m_discarding = true;
            m_line.clear();
            Q_EMIT problem(tr("scanner sent a line longer than %1 bytes; it was ignored — check "
                              "that the scanner ends each code with CR or LF")
                               .arg(kMaxLineBytes));
            continue;
        }
        m_line.append(c);
    }
}

} // namespace eol::core::scan
