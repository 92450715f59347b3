#pragma once

#include "serial/SerialSettings.h"
#include "transport/Transport.h"

#include <QDeadlineTimer>
#include <QSerialPort>

namespace eol::drivers {

/// A Transport over a serial port (QSerialPort): USB-UART fixture cables, CDC-ACM DUTs, ptys.
///
/// Construct it on, or move it to, the thread that will use it; the QSerialPort is created
/// lazily inside open(), so it always lives on the thread that owns the transport (the fixture
/// slot's worker thread). Every method must be called from that thread.
///
/// Lifecycle: open() always answers later, from the event loop, with opened() or one
/// errorOccurred(), so a caller may connect after calling. While the device node is missing,
/// open() retries for SerialSettings::openTimeoutMs. Once open, the first failure (device
/// gone, I/O error, write backlog full) is reported exactly once, the transport is already
/// closed (isOpen() == false) when the signal arrives, and closed() follows. close() on an open
/// transport emits closed(). A write() while closed reports "io_error" once per open cycle.
class SerialTransport : public Transport
{
    Q_OBJECT
public:
    /// Bytes queued but not yet accepted by the driver before write() gives up ("io_error").
    static constexpr qint64 kMaxWriteBacklog = 1024 * 1024;

    explicit SerialTransport(const SerialSettings& settings, QObject* parent = nullptr);
    ~SerialTransport() override;

    void open() override;
    void close() override;
    void write(const QByteArray& bytes) override;
    bool isOpen() const override;
    QString description() const override;

    const SerialSettings& settings() const { return m_settings; }

    /// Maps a QSerialPort error to a stable Transport error for `portName`.
    /// QSerialPort reports a missing right and a port held by someone else (lock file, EBUSY,
    /// TIOCEXCL) alike as PermissionError; `deviceAccessible` (the device node is readable and
    /// writable for this process) tells them apart. `deviceHungUp` (the tty was hung up or its
    /// node vanished) turns a read/write failure into "unplugged". `detail` is the system text.
    static eol::Error translateError(QSerialPort::SerialPortError error, const QString& portName,
                                     const QString& detail, bool deviceAccessible,
                                     bool deviceHungUp);

private:
    enum class State
    {
        Closed,
        Opening,
        Open
    };

    void attemptOpen(quint64 cycle, QDeadlineTimer deadline);
    eol::Result<void> applySettings(QSerialPort& port) const;
    void onReadyRead();
    void onPortError(QSerialPort::SerialPortError error);
    /// Reports `error` once per open cycle, leaving the transport closed. `queued` defers the
    /// signal to the event loop (errors found inside a caller's open()/write()).
    void fail(const eol::Error& error, bool queued);
    /// Releases the port. `deferred` keeps the QSerialPort alive until control returns to the
    /// event loop, for failures raised from inside the port's own notifier.
    void releasePort(bool deferred);
    QString systemLocation() const;
    bool deviceAccessible() const;
    bool deviceHungUp() const;

    SerialSettings m_settings;
    QSerialPort* m_port = nullptr;
    State m_state = State::Closed;
    quint64 m_cycle = 0; // bumped by open()/close(); stale retries and queued calls check it
    bool m_errorReported = false;
};

} // namespace eol::drivers
