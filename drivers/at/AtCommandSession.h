#pragma once

#include "at/AtCodec.h"
#include "at/AtResponse.h"
#include "common/Result.h"
#include "transport/TranscriptEntry.h"
#include "transport/Transport.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <optional>

namespace eol::drivers::at {

/// Sends AT commands over a Transport one at a time (FIFO) and reports their responses.
///
/// Lives on, and is used from, the transport's thread; it does not own the transport. Each
/// command's timeout runs from the moment it is written. Nothing blocks and no event loop is
/// spun: results arrive through responseReady(). URCs, stray lines and the raw bytes in both
/// directions are reported through their own signals.
class AtCommandSession : public QObject
{
    Q_OBJECT
public:
    explicit AtCommandSession(eol::drivers::Transport* transport, QObject* parent = nullptr);
    ~AtCommandSession() override;

    /// Appended to every command when written; default "\r" (V.250).
    void setLineEnding(const QByteArray& lineEnding);
    /// See AtCodec::setUrcPrefixes().
    void setUrcPrefixes(const QStringList& prefixes);
    /// See AtCodec::setMaxLineLength().
    void setMaxLineLength(int bytes);

    /// Queues a command line (without line ending, e.g. "AT+CGSN=1"). Returns its id, which
    /// responseReady() carries; ids start at 1 and increase. The write happens from the event
    /// loop, never inside send(), so the caller always knows the id before any result.
    quint64 send(const QString& command, int timeoutMs);
    /// Drops the queued commands and the one in flight without a responseReady() for them; a
    /// late reply to the one in flight comes out as strayLine().
    void cancelAll();

    /// After a timeout or cancel, the next command is held until the abandoned command's late
    /// final result code arrives or the device has been given this long (default 1000 ms), so
    /// a late answer (e.g. an IMSI) is never taken as the next command's (e.g. the IMEI).
    void setLateReplyGraceMs(int ms);
    /// Number of commands queued or in flight.
    int pendingCount() const;

Q_SIGNALS:
    void responseReady(quint64 id, const eol::drivers::at::AtResponse& response);
    void urcReceived(const QString& line);
    /// Every chunk written (ToDevice) and received (FromDevice), raw, before parsing.
    void transcript(const eol::drivers::TranscriptEntry& entry);
    /// A line that answers nothing: a late reply after a timeout, binary debris, an overlong
    /// line.
    void strayLine(const QString& line);

private:
    struct Pending
    {
        quint64 id = 0;
        QString command;
        int timeoutMs = 0;
    };

    void scheduleStart();
    void startNext();
    void complete(AtResponse response);
    void onBytesReceived(const QByteArray& bytes);
    void onTransportError(const eol::Error& error);
    void onTimeout();
    void onLateReplyGraceExpired();
    void emitTranscript(TranscriptEntry::Direction direction, const QByteArray& bytes);

    QPointer<Transport> m_transport;
    AtCodec m_codec;
    QTimer m_lateReplyGrace;
    QByteArray m_lineEnding = QByteArrayLiteral("\r");
    QList<Pending> m_queue;
    std::optional<Pending> m_inFlight;
    bool m_anyByteReceived = false;
    bool m_startScheduled = false;
    quint64 m_nextId = 1;
    QTimer m_timeout;
    QElapsedTimer m_elapsed;
};

} // namespace eol::drivers::at
