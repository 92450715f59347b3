#pragma once

#include "common/Result.h"
#include "sim/SimConfig.h"
#include "sim/SimIdentity.h"

#include <QByteArray>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <memory>

class QSocketNotifier;
class QTimer;

namespace eol::drivers::sim {

class SimOutputScheduler;
class SimulatedModem;

/// Serves a SimulatedModem on a real pseudo-terminal, so the station (or minicom) talks to it
/// through QSerialPort exactly as to a USB modem. The pty is raw both ways: no echo by the
/// line discipline, no CR/LF translation. The boot banner goes out when the first client opens
/// the slave. The unplug fault closes the master: the client's port then fails with an I/O
/// error, as when a USB device is pulled.
class PtySimServer : public QObject
{
    Q_OBJECT
public:
    explicit PtySimServer(const SimConfig& config, QObject* parent = nullptr);
    ~PtySimServer() override;

    /// Also publish the slave as a symlink at path (e.g. /tmp/eol-dut0), removed again by
    /// stop() or unplug. Set it before start(); an existing symlink there is replaced.
    void setLinkPath(const QString& path);
    QString linkPath() const { return m_linkPath; }

    /// Opens the pty and returns the slave's path (e.g. "/dev/pts/7").
    eol::Result<QString> start();
    /// Closes the pty and removes the link. Safe to call twice.
    void stop();

    bool isRunning() const { return m_masterFd >= 0; }
    QString slavePath() const { return m_slavePath; }
    const SimIdentity& identity() const;
    const SimulatedModem& modem() const { return *m_modem; }

Q_SIGNALS:
    /// A client opened the slave (first time and after every reconnect).
    void clientConnected();
    /// The client closed the slave.
    void clientDisconnected();
    /// The unplug fault struck: the master is closed, the link removed.
    void unplugged();

private:
    void onReadable();
    void onWritable();
    void pollForClient();
    void onClientGone();
    void send(const QByteArray& bytes);
    void flush();
    void onUnplugReached();
    void drainThenUnplug();
    void finishUnplug();
    void queueUnplugIfStruck();
    void closeMaster();
    void removeLink();

    SimConfig m_config;
    std::unique_ptr<SimulatedModem> m_modem;
    SimOutputScheduler* m_scheduler = nullptr;
    QSocketNotifier* m_readNotifier = nullptr;
    QSocketNotifier* m_writeNotifier = nullptr;
    QTimer* m_clientPoll = nullptr;
    QTimer* m_drainTimer = nullptr;
    QDeadlineTimer m_drainDeadline;
    QElapsedTimer m_drainClock;
    QString m_linkPath;
    QString m_slavePath;
    QByteArray m_txBuffer;
    int m_masterFd = -1;
    int m_peerFd = -1; ///< our own handle on the slave while draining before an unplug
    bool m_clientConnected = false;
    bool m_booted = false;
    bool m_unplugQueued = false;
    bool m_linkCreated = false;
};

} // namespace eol::drivers::sim
