#include "sim/PtySimServer.h"

#include "sim/SimLogging.h"
#include "sim/SimOutputScheduler.h"
#include "sim/SimulatedModem.h"

#include <QFile>
#include <QFileInfo>
#include <QSocketNotifier>
#include <QTimer>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>

#ifndef TIOCGPTPEER
#define TIOCGPTPEER 0x5441 // Linux >= 4.13; older kernel headers lack the name
#endif

namespace eol::drivers::sim {

namespace {

// How often to look for a client while nobody has the slave open. Linux offers no event for
// "the slave was opened", only the master's POLLHUP going away.
constexpr int kClientPollMs = 10;
// Before an unplug, how long to wait for the client to read the last answer: closing the
// master hangs the slave up, and a hangup discards whatever the client has not read yet.
constexpr int kDrainPollMs = 5;
constexpr int kDrainMaxMs = 2000;
// Without a handle on the slave to see its queue, a fixed allowance for the client to read.
constexpr int kDrainBlindMs = 250;
// Bytes written to the master reach the slave's queue from a kernel work item, so an empty
// queue right after a write may only mean "not arrived yet": only trust it after this long.
constexpr int kDrainSettleMs = 25;

QString errnoText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

} // namespace

PtySimServer::PtySimServer(const SimConfig& config, QObject* parent)
    : QObject(parent), m_config(config), m_modem(std::make_unique<SimulatedModem>(config)),
      m_scheduler(new SimOutputScheduler(this)), m_clientPoll(new QTimer(this)),
      m_drainTimer(new QTimer(this))
{
    m_drainTimer->setInterval(kDrainPollMs);
    connect(m_drainTimer, &QTimer::timeout, this, &PtySimServer::drainThenUnplug);
    m_clientPoll->setInterval(kClientPollMs);
    connect(m_clientPoll, &QTimer::timeout, this, &PtySimServer::pollForClient);
    connect(m_scheduler, &SimOutputScheduler::bytesReady, this, &PtySimServer::send);
    connect(m_scheduler, &SimOutputScheduler::unplugReached, this, &PtySimServer::onUnplugReached);
}

PtySimServer::~PtySimServer()
{
    stop();
}

const SimIdentity& PtySimServer::identity() const
{
    return m_modem->identity();
}

void PtySimServer::setLinkPath(const QString& path)
{
    m_linkPath = path;
}

eol::Result<QString> PtySimServer::start()
{
    if (isRunning())
        return m_slavePath;
    if (m_modem->unplugged()) {
        return eol::makeError(
            QStringLiteral("unplugged"),
            QStringLiteral("sim:%1 was unplugged; start a new simulator").arg(m_config.toSpec()));
    }

    const int fd = ::posix_openpt(O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (fd < 0) {
        return eol::makeError(QStringLiteral("io_error"),
                              QStringLiteral("cannot open a pseudo-terminal (/dev/ptmx): %1; "
                                             "check that devpts is mounted")
                                  .arg(errnoText(errno)));
    }
    const auto fail = [fd](const QString& what) {
        const int error = errno;
        ::close(fd);
        return eol::makeError(QStringLiteral("io_error"),
                              QStringLiteral("cannot set up the pseudo-terminal: %1 failed: %2")
                                  .arg(what, errnoText(error)));
    };
    if (::grantpt(fd) != 0)
        return fail(QStringLiteral("grantpt"));
    if (::unlockpt(fd) != 0)
        return fail(QStringLiteral("unlockpt"));
    char name[128] = {};
    if (::ptsname_r(fd, name, sizeof name) != 0)
        return fail(QStringLiteral("ptsname_r"));
    const int flags = ::fcntl(fd, F_GETFL);
    if (flags < 0 || ::fcntl(fd, F_SETFL, flags | O_NONBLOCK) != 0)
        return fail(QStringLiteral("setting O_NONBLOCK"));

    // The master and slave share one termios. Make it raw now, before any client opens the
    // slave, or the line discipline would echo the station's commands back to it and turn
    // CR into LF on the way in.
    termios settings{};
    if (::tcgetattr(fd, &settings) != 0)
        return fail(QStringLiteral("tcgetattr"));
    ::cfmakeraw(&settings);
    settings.c_cflag |= CLOCAL | CREAD;
    ::cfsetispeed(&settings, B115200);
    ::cfsetospeed(&settings, B115200);
    if (::tcsetattr(fd, TCSANOW, &settings) != 0)
        return fail(QStringLiteral("tcsetattr (raw mode)"));

    // A fresh master does not report POLLHUP until its slave has been opened and closed once;
    // doing that ourselves lets pollForClient() see the real client arrive.
    const int slave = ::open(name, O_RDWR | O_NOCTTY | O_NONBLOCK | O_CLOEXEC);
    if (slave < 0)
        return fail(QStringLiteral("opening the slave %1").arg(QString::fromLocal8Bit(name)));
    ::close(slave);

    m_slavePath = QString::fromLocal8Bit(name);
    if (!m_linkPath.isEmpty()) {
        const QFileInfo link(m_linkPath);
        if (link.isSymLink()) {
            QFile::remove(m_linkPath);
        } else if (link.exists()) {
            ::close(fd);
            return eol::makeError(QStringLiteral("bad_settings"),
                                  QStringLiteral("cannot create the simulator link %1: a file "
                                                 "that is not a symlink is in the way; remove it "
                                                 "or choose another path")
                                      .arg(m_linkPath));
        }
        if (::symlink(name, QFile::encodeName(m_linkPath).constData()) != 0) {
            const int error = errno;
            ::close(fd);
            return eol::makeError(QStringLiteral("io_error"),
                                  QStringLiteral("cannot create the simulator link %1 -> %2: %3")
                                      .arg(m_linkPath, m_slavePath, errnoText(error)));
        }
        m_linkCreated = true;
    }

    m_masterFd = fd;
    m_booted = false;
    m_clientConnected = false;
    m_readNotifier = new QSocketNotifier(fd, QSocketNotifier::Read, this);
    m_readNotifier->setEnabled(false);
    connect(m_readNotifier, &QSocketNotifier::activated, this, &PtySimServer::onReadable);
    m_writeNotifier = new QSocketNotifier(fd, QSocketNotifier::Write, this);
    m_writeNotifier->setEnabled(false);
    connect(m_writeNotifier, &QSocketNotifier::activated, this, &PtySimServer::onWritable);
    m_clientPoll->start();
    qCInfo(lcSim).noquote() << "serving sim:" % m_config.toSpec() << "on" << m_slavePath
                            << (m_linkCreated ? QStringLiteral("(link %1)").arg(m_linkPath)
                                              : QString());
    return m_slavePath;
}

void PtySimServer::stop()
{
    if (!isRunning())
        return;
    closeMaster();
    removeLink();
}

void PtySimServer::pollForClient()
{
    if (!isRunning())
        return;
    pollfd probe{m_masterFd, POLLIN, 0};
    if (::poll(&probe, 1, 0) < 0 || (probe.revents & POLLHUP) != 0)
        return;
    m_clientPoll->stop();
    m_clientConnected = true;
    m_readNotifier->setEnabled(true);
    qCDebug(lcSim) << m_slavePath << "client connected";
    Q_EMIT clientConnected();
    if (!m_booted && isRunning()) {
        m_booted = true;
        m_scheduler->enqueue(m_modem->boot());
        queueUnplugIfStruck();
    }
    flush();
}

void PtySimServer::onReadable()
{
    char buffer[4096];
    while (isRunning() && m_clientConnected) {
        const ssize_t n = ::read(m_masterFd, buffer, sizeof buffer);
        if (n > 0) {
            m_scheduler->enqueue(m_modem->feed(QByteArray(buffer, qsizetype(n))));
            queueUnplugIfStruck();
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
            return;
        // EIO (or EOF) on a master means the last client closed the slave: normal, not fatal.
        if (n < 0 && errno != EIO)
            qCWarning(lcSim) << m_slavePath << "read failed:" << errnoText(errno);
        onClientGone();
        return;
    }
}

void PtySimServer::onClientGone()
{
    if (!m_clientConnected)
        return;
    m_clientConnected = false;
    m_readNotifier->setEnabled(false);
    m_writeNotifier->setEnabled(false);
    if (!m_txBuffer.isEmpty()) {
        qCDebug(lcSim) << m_slavePath << "client left;" << m_txBuffer.size() << "bytes dropped";
        m_txBuffer.clear();
    }
    qCDebug(lcSim) << m_slavePath << "client disconnected";
    Q_EMIT clientDisconnected();
    if (isRunning())
        m_clientPoll->start();
}

void PtySimServer::send(const QByteArray& bytes)
{
    if (!isRunning())
        return;
    if (!m_clientConnected) {
        // Nobody is listening; a real device's UART would shift these bytes into the void.
        qCDebug(lcSim) << m_slavePath << "no client; dropped" << bytes;
        return;
    }
    m_txBuffer += bytes;
    flush();
}

void PtySimServer::onWritable()
{
    flush();
}

void PtySimServer::flush()
{
    while (isRunning() && m_clientConnected && !m_txBuffer.isEmpty()) {
        const ssize_t n = ::write(m_masterFd, m_txBuffer.constData(), size_t(m_txBuffer.size()));
        if (n > 0) {
            m_txBuffer.remove(0, qsizetype(n));
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
            m_writeNotifier->setEnabled(true); // the client is not reading fast enough
            return;
        }
        if (n < 0 && errno != EIO)
            qCWarning(lcSim) << m_slavePath << "write failed:" << errnoText(errno);
        onClientGone();
        return;
    }
    if (m_writeNotifier)
        m_writeNotifier->setEnabled(false);
}

void PtySimServer::queueUnplugIfStruck()
{
    if (m_modem->unplugged() && !m_unplugQueued) {
        m_unplugQueued = true;
        m_scheduler->enqueueUnplug();
    }
}

void PtySimServer::onUnplugReached()
{
    if (!isRunning())
        return;
    qCInfo(lcSim) << m_slavePath << "unplug fault: closing the pty master once the client has"
                  << "read the last answer";
    if (m_readNotifier)
        m_readNotifier->setEnabled(false); // the device is gone; nothing more is read
    // A handle on the slave shows how much the client has not read yet. Opening it fails if
    // the client holds the tty exclusively (QSerialPort does) and we lack CAP_SYS_ADMIN; then
    // a fixed allowance has to do.
    m_peerFd = m_clientConnected
                   ? ::ioctl(m_masterFd, TIOCGPTPEER, O_RDWR | O_NOCTTY | O_NONBLOCK | O_CLOEXEC)
                   : -1;
    m_drainDeadline.setRemainingTime(m_peerFd >= 0 ? kDrainMaxMs : kDrainBlindMs);
    m_drainClock.start();
    drainThenUnplug();
}

void PtySimServer::drainThenUnplug()
{
    if (!isRunning()) {
        m_drainTimer->stop();
        return;
    }
    flush();
    int unread = 0;
    if (m_peerFd >= 0 && ::ioctl(m_peerFd, FIONREAD, &unread) != 0)
        unread = 0;
    const bool drained =
        !m_clientConnected || (m_peerFd >= 0 && unread == 0 && m_txBuffer.isEmpty() &&
                               m_drainClock.elapsed() >= kDrainSettleMs);
    if (drained || m_drainDeadline.hasExpired()) {
        finishUnplug();
        return;
    }
    if (!m_drainTimer->isActive())
        m_drainTimer->start();
}

void PtySimServer::finishUnplug()
{
    m_drainTimer->stop();
    closeMaster();
    removeLink();
    Q_EMIT unplugged();
}

void PtySimServer::closeMaster()
{
    m_clientPoll->stop();
    m_drainTimer->stop();
    m_scheduler->clear();
    m_unplugQueued = false;
    if (m_peerFd >= 0)
        ::close(m_peerFd);
    m_peerFd = -1;
    // The notifiers may be the sender of the slot that got us here: let the loop delete them.
    for (QSocketNotifier* notifier : {m_readNotifier, m_writeNotifier}) {
        if (notifier != nullptr) {
            notifier->setEnabled(false);
            notifier->deleteLater();
        }
    }
    m_readNotifier = nullptr;
    m_writeNotifier = nullptr;
    if (m_masterFd >= 0)
        ::close(m_masterFd);
    m_masterFd = -1;
    m_clientConnected = false;
    m_txBuffer.clear();
}

void PtySimServer::removeLink()
{
    if (m_linkCreated) {
        QFile::remove(m_linkPath);
        m_linkCreated = false;
    }
}

} // namespace eol::drivers::sim
