#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QObject>
#include <QString>

namespace eol::drivers {

/// One byte stream to a device under test: serial port, USB bulk pipe or simulated DUT.
///
/// A Transport is created on, and used from, the thread that owns it (a fixture slot's worker
/// thread). Every operation is asynchronous: open() reports through opened() or
/// errorOccurred(); bytes arrive through bytesReceived(). Error codes are stable strings:
///   "port_not_found", "permission_denied", "port_busy", "unplugged", "io_error", "bad_settings".
/// Each error is reported once per open cycle; after an error the transport is closed.
class Transport : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~Transport() override = default;

    virtual void open() = 0;
    virtual void close() = 0;
    virtual void write(const QByteArray& bytes) = 0;
    virtual bool isOpen() const = 0;
    /// Human-readable name for messages, e.g. "/dev/ttyUSB0" or "sim:nrf91".
    virtual QString description() const = 0;

Q_SIGNALS:
    void opened();
    void bytesReceived(const QByteArray& bytes);
    void errorOccurred(const eol::Error& error);
    void closed();
};

} // namespace eol::drivers
