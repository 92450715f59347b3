#pragma once

#include "transport/Transport.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QTimer>
#include <functional>
#include <memory>

namespace eol::core::scan {

/// A barcode/QR scanner that presents a serial port (USB CDC or RS-232): each scan arrives as
/// one line of text ended by CR and/or LF. Lives on a worker thread with its transport (never
/// on the GUI thread); emits each complete line as scanned(). If the scanner is unplugged or
/// not there yet, it reports once and keeps trying to reopen every few seconds, as a line lead
/// replugging a scanner would expect.
class SerialScannerInput : public QObject
{
    Q_OBJECT
public:
    using TransportFactory = std::function<std::unique_ptr<drivers::Transport>()>;
    static constexpr int kMaxLineBytes = 1024;

    /// `makeTransport` is called on this object's thread each time the port is (re)opened.
    explicit SerialScannerInput(TransportFactory makeTransport, QObject* parent = nullptr);
    ~SerialScannerInput() override;

    void setReopenIntervalMs(int ms) { m_reopen.setInterval(ms); }

public Q_SLOTS:
    void start();
    void stop();

Q_SIGNALS:
    void scanned(const QString& text);
    /// A problem with the scanner (port missing, unplugged, overlong line); reported once per
    /// connection cycle.
    void problem(const QString& message);
    void connected();

private:
    void open();
    void onBytes(const QByteArray& bytes);

    TransportFactory m_makeTransport;
    std::unique_ptr<drivers::Transport> m_transport;
    QByteArray m_line;
    bool m_discarding = false; ///< an overlong line is dropped up to its terminator
    bool m_reported = false;
    QTimer m_reopen;
};

} // namespace eol::core::scan
