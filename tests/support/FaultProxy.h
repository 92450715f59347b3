#pragma once

// A fault-injecting HTTP/1.1 proxy on 127.0.0.1 in front of a real server (the registry): each
// incoming connection takes the next fault from a queue the test sets (then Pass), so the
// network and server failures the sync worker must survive hit the REAL registry's commits.
// It runs in its own thread: it keeps proxying while the test's thread blocks (QTRY_*, a
// process waited for). One request per connection: the proxy reads a whole request
// (Content-Length), forwards it with `Connection: close`, reads the whole response
// (Content-Length, chunked, or up to the server's close) and answers with `Connection: close`
// too, so libcurl never reuses a connection and every request meets exactly one fault.
// No Qt Test dependency.

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QMutex>
#include <QMutexLocker>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>
#include <array>
#include <memory>
#include <optional>
#include <sys/socket.h>

class FaultProxy
{
public:
    enum class Fault
    {
        Pass,                    ///< forward the request, relay the registry's answer
        Respond500,              ///< answer 500 itself; the registry never sees the request
        Respond503RetryAfter1,   ///< answer 503 + `Retry-After: 1` itself
        StallPastTimeout,        ///< read the request, never answer: the client's timeout fires
        ResetMidResponse,        ///< forward; relay half of the answer, then RST
        DropResponseAfterCommit, ///< forward; wait for the COMPLETE answer, then close silently
    };
    static constexpr int kFaultKinds = 6;

    explicit FaultProxy(quint16 upstreamPort) : m_upstreamPort(upstreamPort) {}
    ~FaultProxy() { stop(); }
    FaultProxy(const FaultProxy&) = delete;
    FaultProxy& operator=(const FaultProxy&) = delete;

    /// Starts the proxy thread and listens on 127.0.0.1 at a free port; false if it cannot.
    bool start()
    {
        stop();
        m_thread = std::make_unique<QThread>();
        m_thread->setObjectName(QStringLiteral("fault-proxy"));
        m_context = new QObject;
        m_context->moveToThread(m_thread.get());
        QObject::connect(m_thread.get(), &QThread::finished, m_context, &QObject::deleteLater);
        m_thread->start();
        quint16 port = 0;
        QMetaObject::invokeMethod(
            m_context,
            [this, &port] {
                auto* server = new QTcpServer(m_context);
                QObject::connect(server, &QTcpServer::newConnection, m_context, [this, server] {
                    while (QTcpSocket* s = server->nextPendingConnection())
                        accept(s);
                });
                if (server->listen(QHostAddress::LocalHost, 0))
                    port = server->serverPort();
            },
            Qt::BlockingQueuedConnection);
        m_port = port;
        return m_port != 0;
    }

    /// Closes every connection and ends the thread.
    void stop()
    {
        if (!m_thread)
            return;
        m_thread->quit();
        m_thread->wait();
        m_thread.reset();
        m_context = nullptr; // deleted by deleteLater as the thread finished
        m_port = 0;
    }

    quint16 port() const { return m_port; }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }

    /// Faults for the next requests, one per request in order; after them, Pass.
    void enqueue(const QList<Fault>& faults)
    {
        QMutexLocker lock(&m_mutex);
        m_queue += faults;
    }
    int queued() const
    {
        QMutexLocker lock(&m_mutex);
        return int(m_queue.size());
    }
    /// Requests that met `fault` (counted when the fault is applied, i.e. it really fired).
    int fired(Fault fault) const
    {
        QMutexLocker lock(&m_mutex);
        return m_fired[size_t(fault)];
    }
    int requests() const
    {
        QMutexLocker lock(&m_mutex);
        int n = 0;
        for (int c : m_fired)
            n += c;
        return n;
    }
    /// Responses from the registry that the proxy saw complete (committed or answered).
    int upstreamResponses() const
    {
        QMutexLocker lock(&m_mutex);
        return m_upstreamResponses;
    }

private:
    struct Message
    {
        qsizetype headEnd = -1; ///< index of "\r\n\r\n"
        qsizetype total = -1;   ///< whole message size, -1 = unknown yet / until close
    };

    /// Where an HTTP/1.1 message in `buf` ends; total = -1 while it is incomplete. A response
    /// without Content-Length or chunked coding ends when the server closes (`untilClose`).
    static Message measure(const QByteArray& buf, bool isResponse, bool* untilClose = nullptr)
    {
        Message m;
        m.headEnd = buf.indexOf("\r\n\r\n");
        if (m.headEnd < 0)
            return m;
        const qsizetype bodyStart = m.headEnd + 4;
        qsizetype length = -1;
        bool chunked = false;
        for (const QByteArray& line : buf.left(m.headEnd).split('\n')) {
            const qsizetype colon = line.indexOf(':');
            if (colon < 0)
                continue;
            const QByteArray name = line.left(colon).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed().toLower();
            if (name == "content-length")
                length = value.toLongLong();
            else if (name == "transfer-encoding" && value.contains("chunked"))
                chunked = true;
        }
        if (chunked) {
            qsizetype pos = bodyStart;
            while (true) {
                const qsizetype eol = buf.indexOf("\r\n", pos);
                if (eol < 0)
                    return m;
                const qsizetype size =
                    buf.mid(pos, eol - pos).split(';').first().toLongLong(nullptr, 16);
                if (size == 0) {
                    const qsizetype trailerEnd = buf.indexOf("\r\n\r\n", eol);
                    const qsizetype end = buf.mid(eol, 4) == "\r\n\r\n" ? eol + 4
                                          : trailerEnd < 0              ? -1
                                                                        : trailerEnd + 4;
                    if (end > 0)
                        m.total = end;
                    return m;
                }
                pos = eol + 2 + size + 2;
                if (pos > buf.size())
                    return m;
            }
        }
        if (length < 0) {
            if (isResponse) {
                if (untilClose)
                    *untilClose = true;
                return m; // ends at the server's close
            }
            length = 0; // a request without a body
        }
        if (buf.size() >= bodyStart + length)
            m.total = bodyStart + length;
        return m;
    }

    /// The message with its Connection header replaced by `Connection: close`.
    static QByteArray withConnectionClose(const QByteArray& message, qsizetype headEnd)
    {
        QByteArray head;
        for (const QByteArray& line : message.left(headEnd).split('\n')) {
            const QByteArray lower = line.trimmed().toLower();
            if (lower.startsWith("connection:") || lower.startsWith("keep-alive:"))
                continue;
            head += line.endsWith('\r') ? line.chopped(1) : line;
            head += "\r\n";
        }
        return head + "Connection: close\r\n\r\n" + message.mid(headEnd + 4);
    }

    static QByteArray errorResponse(int status, const char* reason, const QByteArray& extra,
                                    const QByteArray& message)
    {
        const QByteArray body = R"({"error":{"field":"","message":")" + message + R"("}})";
        return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason +
               "\r\nContent-Type: application/json\r\nContent-Length: " +
               QByteArray::number(body.size()) + "\r\n" + extra + "Connection: close\r\n\r\n" +
               body;
    }

    Fault nextFault()
    {
        QMutexLocker lock(&m_mutex);
        const Fault f = m_queue.isEmpty() ? Fault::Pass : m_queue.takeFirst();
        ++m_fired[size_t(f)];
        return f;
    }

    /// Runs in the proxy thread, as every slot below.
    void accept(QTcpSocket* client)
    {
        client->setParent(m_context);
        auto buffer = std::make_shared<QByteArray>();
        auto handled = std::make_shared<bool>(false);
        QObject::connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        QObject::connect(client, &QTcpSocket::readyRead, client, [=, this] {
            *buffer += client->readAll();
            if (*handled)
                return; // one request per connection
            const Message m = measure(*buffer, false);
            if (m.headEnd >= 0 &&
                buffer->left(m.headEnd).toLower().contains("expect: 100-continue") && m.total < 0 &&
                !buffer->contains("HTTP/1.1 100")) {
                client->write("HTTP/1.1 100 Continue\r\n\r\n");
            }
            if (m.total < 0)
                return;
            *handled = true;
            handle(client, withConnectionClose(buffer->left(m.total), m.headEnd));
        });
    }

    void handle(QTcpSocket* client, const QByteArray& request)
    {
        const Fault fault = nextFault();
        switch (fault) {
        case Fault::Respond500:
            answer(client, errorResponse(500, "Internal Server Error", {},
                                         "injected by FaultProxy: internal error"));
            return;
        case Fault::Respond503RetryAfter1:
            answer(client, errorResponse(503, "Service Unavailable", "Retry-After: 1\r\n",
                                         "injected by FaultProxy: unavailable"));
            return;
        case Fault::StallPastTimeout:
            return; // the request was read; nothing ever answers it. The client gives up.
        case Fault::Pass:
        case Fault::ResetMidResponse:
        case Fault::DropResponseAfterCommit:
            forward(client, request, fault);
            return;
        }
    }

    /// Writes `bytes`, then closes gracefully once they are out.
    static void answer(QTcpSocket* client, const QByteArray& bytes)
    {
        client->write(bytes);
        client->disconnectFromHost(); // flushes first
    }

    /// Close with SO_LINGER 0: the peer sees a TCP RST, not an orderly FIN.
    static void reset(QTcpSocket* client)
    {
        const linger hard{1, 0};
        if (client->socketDescriptor() >= 0)
            ::setsockopt(int(client->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hard,
                         sizeof hard);
        client->abort();
    }

    void forward(QTcpSocket* client, const QByteArray& request, Fault fault)
    {
        auto* upstream = new QTcpSocket(client); // dies with the client connection
        auto response = std::make_shared<QByteArray>();
        auto done = std::make_shared<bool>(false);
        QPointer<QTcpSocket> peer(client);
        auto finish = [=, this](bool complete) {
            if (*done)
                return;
            *done = true;
            if (!peer)
                return; // the client gave up meanwhile
            if (!complete) {
                // The registry failed on its own (it should not here): make that visible to
                // the client as a 502 rather than hiding it.
                answer(peer, errorResponse(502, "Bad Gateway", {},
                                           "FaultProxy: the upstream closed without an answer"));
                return;
            }
            {
                QMutexLocker lock(&m_mutex);
                ++m_upstreamResponses;
            }
            const Message m = measure(*response, true);
            const QByteArray relayed =
                m.headEnd >= 0 ? withConnectionClose(*response, m.headEnd) : *response;
            switch (fault) {
            case Fault::DropResponseAfterCommit:
                // The registry has answered, so it has committed: the answer is lost.
                reset(peer);
                return;
            case Fault::ResetMidResponse: {
                peer->write(relayed.left(relayed.size() / 2));
                peer->flush();
                // Give the kernel a moment to hand the half over before the RST: a linger-0
                // close drops unsent bytes.
                QTimer::singleShot(50, peer, [peer] {
                    if (peer)
                        reset(peer);
                });
                return;
            }
            default:
                answer(peer, relayed);
                return;
            }
        };
        QObject::connect(upstream, &QTcpSocket::connected, upstream,
                         [upstream, request] { upstream->write(request); });
        QObject::connect(upstream, &QTcpSocket::readyRead, upstream, [=] {
            *response += upstream->readAll();
            bool untilClose = false;
            if (measure(*response, true, &untilClose).total >= 0) {
                upstream->disconnectFromHost();
                finish(true);
            }
        });
        QObject::connect(upstream, &QTcpSocket::disconnected, upstream, [=] {
            *response += upstream->readAll();
            bool untilClose = false;
            const Message m = measure(*response, true, &untilClose);
            finish(m.total >= 0 || (untilClose && m.headEnd >= 0));
        });
        QObject::connect(upstream, &QTcpSocket::errorOccurred, upstream,
                         [=](QAbstractSocket::SocketError e) {
                             if (e == QAbstractSocket::RemoteHostClosedError)
                                 return; // handled by disconnected
                             const Message m = measure(*response, true);
                             finish(m.total >= 0);
                         });
        upstream->connectToHost(QHostAddress::LocalHost, m_upstreamPort);
    }

    quint16 m_upstreamPort;
    quint16 m_port = 0;
    std::unique_ptr<QThread> m_thread;
    QObject* m_context = nullptr; ///< lives in m_thread; parent of the server and sockets
    mutable QMutex m_mutex;
    QList<Fault> m_queue;
    std::array<int, kFaultKinds> m_fired{};
    int m_upstreamResponses = 0;
};
