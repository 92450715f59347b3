#include "serial/SerialTransport.h"

#include <QFileInfo>
#include <QLoggingCategory>
#include <QPointer>
#include <QThread>
#include <QTimer>
#include <fcntl.h>
#include <poll.h>
#include <unistd.h>

namespace eol::drivers {

namespace {

Q_LOGGING_CATEGORY(lcSerial, "eol.drivers.serial")

// While a USB adapter enumerates, its node appears within a few hundred milliseconds.
constexpr int kOpenRetryIntervalMs = 100;
// Retrying stops this long before openTimeoutMs, so "port_not_found" reaches a caller that
// waits openTimeoutMs for an answer before its own timeout fires.
constexpr int kOpenAnswerMarginMs = 250;

QString withDetail(const QString& detail)
{
    return detail.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(detail);
}

// No system detail: a hung-up tty reads as EOF, so errno (and errorString()) is stale.
eol::Error unplugged(const QString& portName)
{
    return makeError(QStringLiteral("unplugged"),
                     QStringLiteral("serial port %1 disappeared (unplugged or powered off) — "
                                    "reconnect the fixture cable and restart the unit")
                         .arg(portName));
}

QSerialPort::Parity toParity(const QString& parity)
{
    if (parity == QLatin1String("even"))
        return QSerialPort::EvenParity;
    if (parity == QLatin1String("odd"))
        return QSerialPort::OddParity;
    if (parity == QLatin1String("mark"))
        return QSerialPort::MarkParity;
    if (parity == QLatin1String("space"))
        return QSerialPort::SpaceParity;
    return QSerialPort::NoParity;
}

QSerialPort::StopBits toStopBits(const QString& stopBits)
{
    if (stopBits == QLatin1String("1.5"))
        return QSerialPort::OneAndHalfStop;
    if (stopBits == QLatin1String("2"))
        return QSerialPort::TwoStop;
    return QSerialPort::OneStop;
}

QSerialPort::FlowControl toFlowControl(const QString& flowControl)
{
    if (flowControl == QLatin1String("hardware"))
        return QSerialPort::HardwareControl;
    if (flowControl == QLatin1String("software"))
        return QSerialPort::SoftwareControl;
    return QSerialPort::NoFlowControl;
}

} // namespace

SerialTransport::SerialTransport(const SerialSettings& settings, QObject* parent)
    : Transport(parent), m_settings(settings)
{
}

SerialTransport::~SerialTransport()
{
    if (m_port) {
        m_port->disconnect(this);
        m_port->close();
    }
}

void SerialTransport::open()
{
    Q_ASSERT(QThread::currentThread() == thread());
    if (m_state == State::Open) {
        qCDebug(lcSerial) << "open() on already open" << description();
        QMetaObject::invokeMethod(
            this,
            [this, cycle = m_cycle] {
                if (cycle == m_cycle && m_state == State::Open)
                    Q_EMIT opened();
            },
            Qt::QueuedConnection);
        return;
    }
    if (m_state == State::Opening)
        return;

    ++m_cycle;
    m_errorReported = false;
    if (auto valid = SerialSettings::validate(m_settings); !valid) {
        fail(valid.error(), true);
        return;
    }
    m_state = State::Opening;
    const QDeadlineTimer deadline(qMax(0, m_settings.openTimeoutMs - kOpenAnswerMarginMs));
    QMetaObject::invokeMethod(
        this, [this, cycle = m_cycle, deadline] { attemptOpen(cycle, deadline); },
        Qt::QueuedConnection);
}

void SerialTransport::attemptOpen(quint64 cycle, QDeadlineTimer deadline)
{
    if (cycle != m_cycle || m_state != State::Opening)
        return; // closed or reopened meanwhile

    if (!m_port)
        m_port = new QSerialPort(this); // here, on the thread that owns the transport
    if (auto applied = applySettings(*m_port); !applied) {
        fail(applied.error(), false);
        return;
    }

    if (!m_port->open(QIODevice::ReadWrite)) {
        const QSerialPort::SerialPortError error = m_port->error();
        if (error == QSerialPort::DeviceNotFoundError && !deadline.hasExpired()) {
            const int wait = int(qMin<qint64>(kOpenRetryIntervalMs, deadline.remainingTime()));
            QTimer::singleShot(wait, this,
                               [this, cycle, deadline] { attemptOpen(cycle, deadline); });
            return;
        }
        fail(translateError(error, description(), m_port->errorString(), deviceAccessible(), false),
             false);
        return;
    }

    connect(m_port, &QSerialPort::readyRead, this, &SerialTransport::onReadyRead);
    connect(m_port, &QSerialPort::errorOccurred, this, &SerialTransport::onPortError);
    m_state = State::Open;
    qCInfo(lcSerial).noquote() << QStringLiteral(
                                      "opened %1 at %2 baud, %3 data bits, parity %4, stop bits "
                                      "%5, flow control %6")
                                      .arg(description())
                                      .arg(m_settings.baudRate)
                                      .arg(m_settings.dataBits)
                                      .arg(m_settings.parity, m_settings.stopBits,
                                           m_settings.flowControl);
    Q_EMIT opened();
}

eol::Result<void> SerialTransport::applySettings(QSerialPort& port) const
{
#ifndef Q_OS_WIN
    // termios has no 1.5 stop bits; QSerialPort would silently use 1.
    if (m_settings.stopBits == QLatin1String("1.5")) {
        return makeError(QStringLiteral("bad_settings"),
                         QStringLiteral("serial port %1: 1.5 stop bits are not supported on this "
                                        "system — use stopBits \"1\" or \"2\"")
                             .arg(description()));
    }
#endif
    port.setPortName(m_settings.portName);
    // Before open() these only store the values; QSerialPort applies them all while opening and
    // reports a rejected value as UnsupportedOperationError ("bad_settings").
    port.setBaudRate(m_settings.baudRate);
    port.setDataBits(QSerialPort::DataBits(m_settings.dataBits));
    port.setParity(toParity(m_settings.parity));
    port.setStopBits(toStopBits(m_settings.stopBits));
    port.setFlowControl(toFlowControl(m_settings.flowControl));
    return {};
}

void SerialTransport::close()
{
    Q_ASSERT(QThread::currentThread() == thread());
    const bool wasOpen = m_state == State::Open;
    ++m_cycle; // cancels a pending open attempt or retry
    m_state = State::Closed;
    releasePort(false);
    if (wasOpen) {
        qCInfo(lcSerial).noquote() << "closed" << description();
        Q_EMIT closed();
    }
}

void SerialTransport::write(const QByteArray& bytes)
{
    Q_ASSERT(QThread::currentThread() == thread());
    if (m_state != State::Open || !m_port) {
        fail(makeError(QStringLiteral("io_error"),
                       QStringLiteral("cannot write to serial port %1: it is not open — open it "
                                      "and wait for opened() before writing")
                           .arg(description())),
             true);
        return;
    }
    if (bytes.isEmpty())
        return;
    if (m_port->bytesToWrite() + bytes.size() > kMaxWriteBacklog) {
        fail(makeError(QStringLiteral("io_error"),
                       QStringLiteral("write backlog full on serial port %1 (%2 bytes queued, "
                                      "limit %3) — the device is not reading; check flow "
                                      "control and the cable")
                           .arg(description())
                           .arg(m_port->bytesToWrite() + bytes.size())
                           .arg(kMaxWriteBacklog)),
             true);
        return;
    }
    if (m_port->write(bytes) != bytes.size()) {
        fail(translateError(m_port->error() == QSerialPort::NoError ? QSerialPort::WriteError
                                                                    : m_port->error(),
                            description(), m_port->errorString(), true, deviceHungUp()),
             true);
    }
}

bool SerialTransport::isOpen() const
{
    return m_state == State::Open;
}

QString SerialTransport::description() const
{
    return m_settings.portName;
}

void SerialTransport::onReadyRead()
{
    if (!m_port || m_state != State::Open)
        return;
    const QByteArray bytes = m_port->readAll();
    if (!bytes.isEmpty()) {
        qCDebug(lcSerial).noquote() << description() << "received" << bytes.size() << "bytes";
        Q_EMIT bytesReceived(bytes);
        return;
    }
    // Readable but empty: a hung-up tty (adapter pulled, pty master closed) reads as EOF.
    if (deviceHungUp()) {
        fail(translateError(QSerialPort::ResourceError, description(), QString(), true, true),
             false);
    }
}

void SerialTransport::onPortError(QSerialPort::SerialPortError error)
{
    if (error == QSerialPort::NoError || error == QSerialPort::TimeoutError || !m_port)
        return;
    qCDebug(lcSerial).noquote() << description() << "QSerialPort error" << error
                                << m_port->errorString();
    fail(translateError(error, description(), m_port->errorString(), true, deviceHungUp()), false);
}

void SerialTransport::fail(const eol::Error& error, bool queued)
{
    const bool wasOpen = m_state == State::Open;
    m_state = State::Closed;
    ++m_cycle;
    // Deferred: we may be inside the port's notifier, which close() would delete under us.
    releasePort(true);
    if (m_errorReported) {
        qCDebug(lcSerial).noquote()
            << "suppressed repeat error on" << description() << error.code << error.message;
        return;
    }
    m_errorReported = true;
    qCWarning(lcSerial).noquote() << error.code << error.message;

    if (!queued) {
        Q_EMIT errorOccurred(error);
        if (wasOpen)
            Q_EMIT closed();
        return;
    }
    QMetaObject::invokeMethod(
        this,
        [this, error, wasOpen] {
            Q_EMIT errorOccurred(error);
            if (wasOpen)
                Q_EMIT closed();
        },
        Qt::QueuedConnection);
}

void SerialTransport::releasePort(bool deferred)
{
    if (!m_port)
        return;
    QSerialPort* port = m_port;
    m_port = nullptr;
    port->disconnect(this);
    if (!deferred) {
        if (port->isOpen())
            port->flush(); // best effort: hand already written bytes to the driver
        port->close();
        port->deleteLater();
        return;
    }
    // A posted call, not deleteLater(): it runs in order with a following open()'s attempt, so
    // the device lock is released before the port is opened again.
    QMetaObject::invokeMethod(
        port,
        [port] {
            port->close();
            delete port;
        },
        Qt::QueuedConnection);
}

QString SerialTransport::systemLocation() const
{
    // Mirrors QSerialPort: a bare name ("ttyUSB0") lives under /dev.
    const QString& name = m_settings.portName;
    if (name.startsWith(QLatin1Char('/')) || name.startsWith(QLatin1String("./")) ||
        name.startsWith(QLatin1String("../"))) {
        return name;
    }
    return QStringLiteral("/dev/") + name;
}

bool SerialTransport::deviceAccessible() const
{
    // Effective ids, as open() uses them; plain access() would check the real ids.
    return ::faccessat(AT_FDCWD, QFile::encodeName(systemLocation()).constData(), R_OK | W_OK,
                       AT_EACCESS) == 0;
}

bool SerialTransport::deviceHungUp() const
{
    if (!QFileInfo::exists(systemLocation()))
        return true;
    if (!m_port || m_port->handle() < 0)
        return false;
    pollfd fd{int(m_port->handle()), POLLIN, 0};
    if (::poll(&fd, 1, 0) < 0)
        return false;
    // A hung-up tty always polls POLLHUP; POLLNVAL means the descriptor is already gone.
    return (fd.revents & (POLLHUP | POLLNVAL)) != 0;
}

eol::Error SerialTransport::translateError(QSerialPort::SerialPortError error,
                                           const QString& portName, const QString& detail,
                                           bool deviceAccessible, bool deviceHungUp)
{
    switch (error) {
    case QSerialPort::DeviceNotFoundError:
        return makeError(QStringLiteral("port_not_found"),
                         QStringLiteral("serial port %1 not found — check the fixture cable and "
                                        "the port name in the station settings")
                             .arg(portName));
    case QSerialPort::PermissionError:
        if (deviceAccessible) {
            return makeError(QStringLiteral("port_busy"),
                             QStringLiteral("serial port %1 is in use by another program%2 — "
                                            "close it (minicom, screen, ModemManager, another "
                                            "station) and retry")
                                 .arg(portName, withDetail(detail)));
        }
        return makeError(QStringLiteral("permission_denied"),
                         QStringLiteral("permission denied on %1 — add the station user to the "
                                        "dialout group and log in again")
                             .arg(portName));
    case QSerialPort::OpenError:
        return makeError(QStringLiteral("port_busy"),
                         QStringLiteral("serial port %1 is already open — close it before "
                                        "opening it again")
                             .arg(portName));
    case QSerialPort::ResourceError:
        return unplugged(portName);
    case QSerialPort::UnsupportedOperationError:
        return makeError(QStringLiteral("bad_settings"),
                         QStringLiteral("serial port %1 rejected the settings%2 — check baud "
                                        "rate, data bits, parity, stop bits and flow control "
                                        "for this adapter")
                             .arg(portName, withDetail(detail)));
    default:
        break;
    }
    if (deviceHungUp)
        return unplugged(portName);
    return makeError(QStringLiteral("io_error"),
                     QStringLiteral("I/O error on serial port %1%2 — check the cable and the "
                                    "adapter, then retry")
                         .arg(portName, withDetail(detail)));
}

} // namespace eol::drivers
