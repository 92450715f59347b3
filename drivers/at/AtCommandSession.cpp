#include "at/AtCommandSession.h"

#include "at/AtLogging.h"
#include "transport/Transport.h"

#include <QMetaObject>
#include <chrono>

namespace eol::drivers::at {

namespace {

qint64 utcMicrosNow()
{
    using namespace std::chrono;
    return duration_cast<microseconds>(system_clock::now().time_since_epoch()).count();
}

} // namespace

AtCommandSession::AtCommandSession(Transport* transport, QObject* parent)
    : QObject(parent), m_transport(transport)
{
    m_timeout.setSingleShot(true);
    // Precise: a 50 ms timeout must not fire at 45 ms on a coarse timer.
    m_timeout.setTimerType(Qt::PreciseTimer);
    connect(&m_timeout, &QTimer::timeout, this, &AtCommandSession::onTimeout);
    m_lateReplyGrace.setSingleShot(true);
    m_lateReplyGrace.setInterval(1000);
    connect(&m_lateReplyGrace, &QTimer::timeout, this, &AtCommandSession::onLateReplyGraceExpired);
    if (m_transport) {
        connect(m_transport, &Transport::bytesReceived, this, &AtCommandSession::onBytesReceived);
        connect(m_transport, &Transport::errorOccurred, this, &AtCommandSession::onTransportError);
    }
}

AtCommandSession::~AtCommandSession() = default;

void AtCommandSession::setLineEnding(const QByteArray& lineEnding)
{
    m_lineEnding = lineEnding;
}

void AtCommandSession::setUrcPrefixes(const QStringList& prefixes)
{
    m_codec.setUrcPrefixes(prefixes);
}

void AtCommandSession::setMaxLineLength(int bytes)
{
    m_codec.setMaxLineLength(bytes);
}

quint64 AtCommandSession::send(const QString& command, int timeoutMs)
{
    const quint64 id = m_nextId++;
    m_queue.append(Pending{id, command, timeoutMs});
    scheduleStart();
    return id;
}

void AtCommandSession::cancelAll()
{
    if (m_inFlight) {
        qCDebug(lcAt).noquote() << "cancelled in flight:" << m_inFlight->command;
        m_codec.abandonCommand();
        m_timeout.stop();
        m_inFlight.reset();
    }
    m_queue.clear();
}

int AtCommandSession::pendingCount() const
{
    return int(m_queue.size()) + (m_inFlight ? 1 : 0);
}

void AtCommandSession::scheduleStart()
{
    if (m_inFlight || m_startScheduled)
        return;
    m_startScheduled = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_startScheduled = false;
            startNext();
        },
        Qt::QueuedConnection);
}

void AtCommandSession::setLateReplyGraceMs(int ms)
{
    m_lateReplyGrace.setInterval(qMax(0, ms));
}

void AtCommandSession::onLateReplyGraceExpired()
{
    if (m_codec.awaitingAbandonedReply()) {
        qCInfo(lcAt) << "no late reply to the abandoned command within"
                     << m_lateReplyGrace.interval() << "ms; sending the next command";
        m_codec.forgetAbandonedCommand();
    }
    startNext();
}

void AtCommandSession::startNext()
{
    if (!m_inFlight && !m_queue.isEmpty() && m_codec.awaitingAbandonedReply() &&
        m_transport && m_transport->isOpen()) {
        if (!m_lateReplyGrace.isActive())
            m_lateReplyGrace.start();
        return;
    }
    m_lateReplyGrace.stop();
    while (!m_inFlight && !m_queue.isEmpty()) {
        Pending next = m_queue.takeFirst();
        if (!m_transport || !m_transport->isOpen()) {
            const QString where =
                m_transport ? m_transport->description() : QStringLiteral("(no transport)");
            AtResponse r;
            r.status = AtResponse::Status::TransportError;
            r.command = next.command;
            r.timeoutMs = next.timeoutMs;
            r.errorText = QStringLiteral("cannot send \"%1\": the transport %2 is not open; open "
                                         "it and wait for opened() before sending commands")
                              .arg(next.command, where);
            qCWarning(lcAt).noquote() << r.errorText;
            Q_EMIT responseReady(next.id, r);
            continue;
        }

        // All state is set before write(): a transport may deliver the reply synchronously.
        m_inFlight = next;
        m_anyByteReceived = false;
        const QByteArray commandBytes = next.command.toUtf8();
        m_codec.beginCommand(commandBytes);
        const QByteArray wire = commandBytes + m_lineEnding;
        emitTranscript(TranscriptEntry::Direction::ToDevice, wire);
        m_elapsed.start();
        m_timeout.start(qMax(0, next.timeoutMs));
        qCDebug(lcAt).noquote() << "->" << next.command;
        m_transport->write(wire);
        return;
    }
}

void AtCommandSession::complete(AtResponse response)
{
    if (!m_inFlight)
        return;
    const Pending done = *m_inFlight;
    m_inFlight.reset();
    m_timeout.stop();
    response.command = done.command;
    response.timeoutMs = done.timeoutMs;
    response.anyByteReceived = m_anyByteReceived;
    response.elapsedUs = m_elapsed.isValid() ? m_elapsed.nsecsElapsed() / 1000 : 0;
    qCDebug(lcAt).noquote() << "<-" << done.command << response.statusText();
    Q_EMIT responseReady(done.id, response);
}

void AtCommandSession::onBytesReceived(const QByteArray& bytes)
{
    emitTranscript(TranscriptEntry::Direction::FromDevice, bytes);
    if (m_inFlight && !bytes.isEmpty())
        m_anyByteReceived = true;

    const QList<AtEvent> events = m_codec.feed(bytes);
    for (const AtEvent& event : events) {
        switch (event.kind) {
        case AtEvent::Kind::Response:
            complete(event.response);
            break;
        case AtEvent::Kind::Urc:
            qCDebug(lcAt).noquote() << "URC" << event.line;
            Q_EMIT urcReceived(event.line);
            break;
        case AtEvent::Kind::Stray:
            qCInfo(lcAt).noquote() << "stray line (answers no command):" << event.line;
            Q_EMIT strayLine(event.line);
            break;
        case AtEvent::Kind::Overflow:
            qCWarning(lcAt).noquote()
                << "dropped a line from" << (m_transport ? m_transport->description() : QString())
                << "longer than" << m_codec.maxLineLength()
                << "bytes (raise setMaxLineLength() if the device really sends such lines); it "
                   "started with:"
                << event.line;
            Q_EMIT strayLine(event.line);
            break;
        }
    }
    // Start the next command only after this chunk is fully dispatched: lines after the OK in
    // the same chunk arrived before the next command existed.
    startNext();
}

void AtCommandSession::onTransportError(const eol::Error& error)
{
    if (!m_inFlight && m_queue.isEmpty())
        return;
    qCWarning(lcAt).noquote() << "transport error, failing" << pendingCount()
                              << "AT command(s):" << error.message;
    AtResponse r;
    r.status = AtResponse::Status::TransportError;
    r.errorText = error.message.isEmpty() ? error.code : error.message;
    if (m_inFlight) {
        m_codec.abandonCommand();
        complete(r);
    }
    // A slot may have queued more while we emit: fail those too, the transport is gone.
    while (!m_queue.isEmpty()) {
        const Pending next = m_queue.takeFirst();
        AtResponse q = r;
        q.command = next.command;
        q.timeoutMs = next.timeoutMs;
        Q_EMIT responseReady(next.id, q);
    }
}

void AtCommandSession::onTimeout()
{
    if (!m_inFlight)
        return;
    AtResponse r;
    r.status = AtResponse::Status::Timeout;
    r.timeoutMs = m_inFlight->timeoutMs;
    r.anyByteReceived = m_anyByteReceived;
    // The partial reply helps diagnose a garbled answer; the codec forgets it on abandon.
    r.lines = m_codec.pendingLines();
    m_codec.abandonCommand();
    qCWarning(lcAt).noquote() << m_inFlight->command << r.statusText();
    complete(r);
    startNext();
}

void AtCommandSession::emitTranscript(TranscriptEntry::Direction direction, const QByteArray& bytes)
{
    TranscriptEntry entry;
    entry.utcMicros = utcMicrosNow();
    entry.direction = direction;
    entry.bytes = bytes;
    Q_EMIT transcript(entry);
}

} // namespace eol::drivers::at
