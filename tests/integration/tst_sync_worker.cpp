// The sync worker against a fault-injection registry on 127.0.0.1: a real SQLite store, a real
// StoreWriter thread, real libcurl on the sync thread, and a small HTTP/1.1 server (QTcpServer)
// that answers like the registry contract says — or fails in the ways networks and servers do:
// 500, 503 + Retry-After, a stall, a connection reset mid-response, a response lost after the
// batch was committed, 401, rejected and conflicting runs. It keeps its own set of applied run
// ids, so "every run exactly once" is checked on the server side too.
#include "station/Station.h"
#include "store/RunStore.h"
#include "store/StoreWriter.h"
#include "sync/SyncConfig.h"
#include "sync/SyncStatus.h"
#include "sync/SyncWorker.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUuid>

using namespace eol::core;

namespace {

const QByteArray kToken = "station-token-0123456789";

/// Just enough of the registry: POST /api/v1/runs:batch with scripted faults.
class FakeRegistry : public QObject
{
public:
    enum class Fault
    {
        None,
        Status,
        Stall,
        ResetMidResponse,
        LostAfterCommit
    };
    struct Plan
    {
        Fault fault = Fault::None;
        int status = 200;
        QByteArray retryAfter;
        QByteArray body;
    };
    struct Request
    {
        QDateTime atUtc;
        QByteArray authorization;
        QStringList runIds;
        QJsonArray runs;
    };

    FakeRegistry()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* s = m_server.nextPendingConnection()) {
                s->setParent(this);
                connect(s, &QTcpSocket::readyRead, this, [this, s] { onData(s); });
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
        QVERIFY(m_server.listen(QHostAddress::LocalHost, 0));
    }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()); }

    QList<Plan> plans;                  ///< consumed one per request; then normal answers
    QHash<QString, QString> itemStatus; ///< run id -> "rejected" | "conflict"
    bool alwaysUnauthorized = false;
    QSet<QString> applied; ///< run ids the "registry" holds
    int duplicates = 0;    ///< replays answered "duplicate"
    QList<Request> requests;
    /// A request arrived less than `stallWindowMs` after a stalled one, i.e. while its sender
    /// was still waiting for the answer: two senders at once.
    bool overlapped = false;
    qint64 stallWindowMs = 0;

private:
    void onData(QTcpSocket* s)
    {
        QByteArray& buf = m_buffers[s];
        buf += s->readAll();
        const qsizetype end = buf.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QByteArray head = buf.left(end);
        qsizetype length = 0;
        QByteArray auth;
        for (const QByteArray& line : head.split('\n')) {
            const qsizetype colon = line.indexOf(':');
            if (colon < 0)
                continue;
            const QByteArray name = line.left(colon).trimmed().toLower();
            if (name == "content-length")
                length = line.mid(colon + 1).trimmed().toLongLong();
            else if (name == "authorization")
                auth = line.mid(colon + 1).trimmed();
        }
        if (buf.size() < end + 4 + length)
            return;
        const QByteArray body = buf.mid(end + 4, length);
        buf.remove(0, end + 4 + length);
        handle(s, auth, body);
    }

    void handle(QTcpSocket* s, const QByteArray& auth, const QByteArray& body)
    {
        Request req;
        req.atUtc = QDateTime::currentDateTimeUtc();
        req.authorization = auth;
        req.runs = QJsonDocument::fromJson(body).object().value(u"runs").toArray();
        for (const auto& v : std::as_const(req.runs))
            req.runIds.append(v.toObject().value(u"run_id").toString());
        requests.append(req);
        // libcurl closes a timed-out connection lazily, so the client's timeout is the window.
        if (m_stalledAt.isValid() && m_stalledAt.msecsTo(req.atUtc) < stallWindowMs)
            overlapped = true;
        const Plan plan = plans.isEmpty() ? Plan{} : plans.takeFirst();

        if (alwaysUnauthorized || auth != "Bearer " + kToken) {
            reply(s, 401, R"({"error":{"field":"authorization","message":"bad token"}})");
            return;
        }
        switch (plan.fault) {
        case Fault::Status:
            reply(s, plan.status, plan.body, plan.retryAfter);
            return;
        case Fault::Stall:
            m_stalledAt = req.atUtc;
            return; // never answer: the client's timeout must fire
        case Fault::LostAfterCommit:
            (void)apply(req.runIds);
            s->abort(); // committed, but the answer never leaves
            return;
        case Fault::ResetMidResponse: {
            const QByteArray full = apply(req.runIds);
            s->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
                     QByteArray::number(full.size()) + "\r\n\r\n" + full.left(full.size() / 2));
            s->flush();
            s->abort();
            return;
        }
        case Fault::None:
            reply(s, 200, apply(req.runIds));
            return;
        }
    }

    QByteArray apply(const QStringList& ids)
    {
        QJsonArray results;
        for (const QString& id : ids) {
            QJsonObject r{{QStringLiteral("run_id"), id}};
            if (itemStatus.contains(id)) {
                r.insert(QStringLiteral("status"), itemStatus.value(id));
                r.insert(QStringLiteral("message"),
                         QStringLiteral("%1 by the test registry").arg(itemStatus.value(id)));
                r.insert(QStringLiteral("field"), QStringLiteral("imei"));
            } else if (applied.contains(id)) {
                r.insert(QStringLiteral("status"), QStringLiteral("duplicate"));
                ++duplicates;
            } else {
                applied.insert(id);
                r.insert(QStringLiteral("status"), QStringLiteral("created"));
            }
            results.append(r);
        }
        return QJsonDocument(QJsonObject{{QStringLiteral("results"), results}})
            .toJson(QJsonDocument::Compact);
    }

    void reply(QTcpSocket* s, int status, const QByteArray& body, const QByteArray& retryAfter = {})
    {
        QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + " X\r\n";
        out +=
            "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
            "\r\n";
        if (!retryAfter.isEmpty())
            out += "Retry-After: " + retryAfter + "\r\n";
        s->write(out + "\r\n" + body);
    }

    QTcpServer m_server;
    QHash<QTcpSocket*, QByteArray> m_buffers;
    QDateTime m_stalledAt; ///< when the last stalled request arrived
};

} // namespace

class TstSyncWorker : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    QString m_db;
    QString m_tokenFile;
    std::unique_ptr<FakeRegistry> m_registry;
    QThread* m_writerThread = nullptr;
    store::StoreWriter* m_writer = nullptr;
    QThread* m_syncThread = nullptr;
    sync::SyncWorker* m_worker = nullptr;
    QList<sync::SyncStatus> m_passes; ///< drainFinished, collected on the test thread
    /// Receiver of the worker's queued signals, one per test: a late signal of the last test's
    /// worker dies with it instead of landing in this test's m_passes.
    std::unique_ptr<QObject> m_context;
    QStringList m_runIds;

    sync::SyncConfig config() const
    {
        sync::SyncConfig c;
        c.registryUrl = m_registry->url();
        c.tokenFile = m_tokenFile;
        c.backoffBaseMs = 50;
        c.backoffMaxMs = 400;
        c.connectTimeoutMs = 2000;
        c.totalTimeoutMs = 2000;
        c.periodicDrainMs = 3'600'000; // only nudges and backoff timers drive these tests
        return c;
    }

    void seedRuns(int n)
    {
        auto store = store::RunStore::open(m_db);
        QVERIFY(store.ok());
        for (int i = 0; i < n; ++i) {
            store::RunRecord r;
            r.runId = QUuid::createUuid().toString(QUuid::WithoutBraces);
            r.serial = QStringLiteral("SN%1").arg(i, 8, 10, QLatin1Char('0'));
            r.imei = QStringLiteral("35265610157660%1").arg(i % 10);
            r.product = QStringLiteral("tracker-x");
            r.planId = QStringLiteral("nrf91");
            r.planRevision = 1;
            r.startedUtc = QDateTime::currentDateTimeUtc().addMSecs(i); // oldest first = i order
            QVERIFY(store.value()->beginRun(r).ok());
            store::StepRecord s;
            s.runId = r.runId;
            s.phase = QStringLiteral("steps");
            s.stepId = QStringLiteral("imei");
            s.kind = QStringLiteral("at");
            s.verdict = QStringLiteral("pass");
            s.measured = r.imei;
            QVERIFY(store.value()->appendSteps({s}).ok());
            r.verdict = QStringLiteral("pass");
            QVERIFY(store.value()->finishRun(r).ok());
            m_runIds.append(r.runId);
        }
    }

    void startWorker(const sync::SyncConfig& c)
    {
        auto store = store::RunStore::open(m_db);
        QVERIFY(store.ok());
        m_writerThread = new QThread;
        m_writer = new store::StoreWriter(std::move(store).value());
        m_writer->moveToThread(m_writerThread);
        connect(m_writerThread, &QThread::finished, m_writer, &QObject::deleteLater);
        m_writerThread->start();
        m_syncThread = new QThread;
        m_syncThread->setObjectName(QStringLiteral("sync"));
        m_worker = new sync::SyncWorker(c, m_db, m_writer);
        m_worker->moveToThread(m_syncThread);
        connect(m_syncThread, &QThread::started, m_worker, &sync::SyncWorker::start);
        connect(m_syncThread, &QThread::finished, m_worker, &QObject::deleteLater);
        connect(m_worker, &sync::SyncWorker::drainFinished, m_context.get(),
                [this](const sync::SyncStatus& s) { m_passes.append(s); });
        m_syncThread->start();
    }

    store::OutboxSummary summary() const
    {
        auto store = store::RunStore::open(m_db);
        return store ? store.value()->outboxSummary().value() : store::OutboxSummary{};
    }
    QList<store::OutboxEntry> entries(const char* state) const
    {
        auto store = store::RunStore::open(m_db);
        return store ? store.value()->outboxEntries(QLatin1String(state), 0).value()
                     : QList<store::OutboxEntry>{};
    }
    void writeToken(QFile::Permissions perms)
    {
        QFile f(m_tokenFile);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(kToken + '\n');
        f.close();
        QVERIFY(QFile::setPermissions(m_tokenFile, perms));
    }

    /// `eol-station args...` as its own process; this thread's event loop keeps serving HTTP.
    QJsonObject cli(const QStringList& args, int& code, QByteArray* text = nullptr,
                    int timeoutMs = 30000)
    {
        QProcess p;
        QSignalSpy done(&p, &QProcess::finished);
        p.start(QStringLiteral(EOL_STATION_BIN), args);
        code = -1;
        if (!done.wait(timeoutMs)) {
            p.kill();
            p.waitForFinished(5000);
            return {};
        }
        code = p.exitCode();
        const QByteArray out = p.readAllStandardOutput();
        if (text)
            *text = out + p.readAllStandardError();
        return QJsonDocument::fromJson(out).object();
    }
    QStringList syncNowArgs(const QStringList& extra = {}) const
    {
        return QStringList{QStringLiteral("sync"),         QStringLiteral("now"),
                           QStringLiteral("--db"),         m_db,
                           QStringLiteral("--registry"),   m_registry->url(),
                           QStringLiteral("--token-file"), m_tokenFile} +
               extra;
    }

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<sync::SyncStatus>(); }

    void init()
    {
        m_db = m_dir.filePath(QStringLiteral("s%1.db").arg(++m_counter));
        m_tokenFile = m_dir.filePath(QStringLiteral("token%1").arg(m_counter));
        writeToken(QFile::ReadOwner | QFile::WriteOwner);
        m_registry = std::make_unique<FakeRegistry>();
        m_passes.clear();
        m_runIds.clear();
        m_context = std::make_unique<QObject>();
    }

    void cleanup()
    {
        if (m_syncThread) {
            m_worker->requestStop();
            m_syncThread->quit();
            QVERIFY(m_syncThread->wait(5000));
            delete m_syncThread;
            m_syncThread = nullptr;
        }
        if (m_writerThread) {
            QMetaObject::invokeMethod(
                m_writer, [t = m_writerThread] { t->quit(); }, Qt::QueuedConnection);
            QVERIFY(m_writerThread->wait(5000));
            delete m_writerThread;
            m_writerThread = nullptr;
        }
        m_context.reset();
        m_registry.reset();
    }

    void drainsOldestFirstInBatches()
    {
        seedRuns(7);
        auto c = config();
        c.batchSize = 3;
        startWorker(c);
        QTRY_COMPARE_WITH_TIMEOUT(summary().synced, 7, 10000);
        QCOMPARE(m_registry->requests.size(), 3);
        QCOMPARE(m_registry->requests[0].runIds, m_runIds.mid(0, 3));
        QCOMPARE(m_registry->requests[1].runIds, m_runIds.mid(3, 3));
        QCOMPARE(m_registry->requests[2].runIds, m_runIds.mid(6, 1));
        QCOMPARE(m_registry->requests[0].authorization, "Bearer " + kToken);
        // The payload is the CLI's run JSON plus its steps.
        const QJsonObject run = m_registry->requests[0].runs[0].toObject();
        QCOMPARE(run.value(u"serial").toString(), QStringLiteral("SN00000000"));
        QCOMPARE(run.value(u"verdict").toString(), QStringLiteral("pass"));
        QCOMPARE(run.value(u"steps").toArray().size(), 1);
        QCOMPARE(m_registry->applied.size(), 7);
        const auto s = summary();
        QCOMPARE(s.pending, 0);
        QVERIFY(s.lastSyncedUtc.isValid());
    }

    void serverErrorThenSuccess()
    {
        seedRuns(3);
        m_registry->plans = {{FakeRegistry::Fault::Status, 500, {}, "oops"}};
        startWorker(config());
        QTRY_COMPARE_WITH_TIMEOUT(summary().synced, 3, 10000);
        QCOMPARE(m_registry->requests.size(), 2);
        QCOMPARE(m_registry->applied.size(), 3);
        for (const auto& e : entries("synced")) {
            QCOMPARE(e.attempts, 2);
            QVERIFY(e.lastError.isEmpty()); // cleared by the success
        }
    }

    void retryAfterIsHonoured()
    {
        seedRuns(2);
        m_registry->plans = {{FakeRegistry::Fault::Status, 503, "2", {}}};
        startWorker(config());
        // The failed attempt is recorded with its next attempt time: not before 2 s after the
        // registry answered (the jittered backoff alone would be at most 400 ms here).
        QTRY_VERIFY_WITH_TIMEOUT(!summary().lastError.isEmpty(), 10000);
        const auto failed = summary();
        QCOMPARE(failed.pending, 2);
        QVERIFY2(failed.lastError.contains(QLatin1String("503")), qPrintable(failed.lastError));
        const QDateTime asked = m_registry->requests.first().atUtc;
        QVERIFY2(asked.msecsTo(failed.nextAttemptUtc) >= 2000,
                 qPrintable(QString::number(asked.msecsTo(failed.nextAttemptUtc))));
        QVERIFY(asked.msecsTo(failed.nextAttemptUtc) < 3000);
        QTRY_COMPARE_WITH_TIMEOUT(summary().synced, 2, 10000);
        QCOMPARE(m_registry->requests.size(), 2);
        QVERIFY(m_registry->requests[0].atUtc.msecsTo(m_registry->requests[1].atUtc) >= 1990);
    }

    void stallPastTheTimeout()
    {
        seedRuns(2);
        m_registry->plans = {{FakeRegistry::Fault::Stall, 0, {}, {}}};
        auto c = config();
        c.totalTimeoutMs = 700;
        startWorker(c);
        QTRY_COMPARE_WITH_TIMEOUT(summary().synced, 2, 10000);
        QCOMPARE(m_registry->requests.size(), 2);
        QVERIFY(!m_passes.isEmpty());
        QVERIFY2(m_passes.first().lastError.contains(QLatin1String("did not answer in time")),
                 qPrintable(m_passes.first().lastError));
        for (const auto& e : entries("synced"))
            QCOMPARE(e.attempts, 2);
    }

    void connectionResetMidResponse()
    {
        seedRuns(4);
        m_registry->plans = {{FakeRegistry::Fault::ResetMidResponse, 0, {}, {}}};
        startWorker(config());
        QTRY_COMPARE_WITH_TIMEOUT(summary().synced, 4, 10000);
        // The first answer was cut off after the server applied the batch: the resend is
        // answered "duplicate", and the server holds each run once.
        QCOMPARE(m_registry->requests.size(), 2);
        QCOMPARE(m_registry->applied.size(), 4);
        QCOMPARE(m_registry->duplicates, 4);
    }

    void responseLostAfterCommit()
    {
        seedRuns(5);
        m_registry->plans = {{FakeRegistry::Fault::LostAfterCommit, 0, {}, {}}};
        auto c = config();
        c.batchSize = 2;
        startWorker(c);
        QTRY_COMPARE_WITH_TIMEOUT(summary().synced, 5, 10000);
        QCOMPARE(summary().pending, 0);
        QCOMPARE(m_registry->requests.size(), 4); // lost, resend, then the other two batches
        QCOMPARE(m_registry->requests[1].runIds, m_registry->requests[0].runIds);
        QCOMPARE(m_registry->duplicates, 2);
        const QSet<QString> expected(m_runIds.cbegin(), m_runIds.cend());
        QCOMPARE(m_registry->applied, expected); // every run, exactly once
    }

    void unauthorizedKeepsTheBatchAndSaysWhy()
    {
        seedRuns(2);
        m_registry->alwaysUnauthorized = true;
        startWorker(config());
        QTRY_VERIFY_WITH_TIMEOUT(!m_passes.isEmpty(), 10000);
        const auto status = m_passes.first();
        QVERIFY2(status.lastError.contains(QStringLiteral(
                     "registry refused the batch: 401 token invalid — check the token file")),
                 qPrintable(status.lastError));
        QVERIFY(!status.lastError.contains(QString::fromLatin1(kToken)));
        QCOMPARE(status.pending, 2);
        QVERIFY(status.backingOffUntilUtc.isValid());
        const auto s = summary();
        QCOMPARE(s.pending, 2);
        QVERIFY(s.lastError.contains(QLatin1String("401")));
        // Refused requests wait the maximum delay (400 ms in this test), not the short backoff.
        QVERIFY(m_registry->requests.first().atUtc.msecsTo(s.nextAttemptUtc) >= 390);
        QCOMPARE(m_registry->applied.size(), 0);
    }

    void rejectedAndConflictAreKeptAndNeverResent()
    {
        seedRuns(4);
        m_registry->itemStatus.insert(m_runIds[1], QStringLiteral("rejected"));
        m_registry->itemStatus.insert(m_runIds[2], QStringLiteral("conflict"));
        startWorker(config());
        QTRY_COMPARE_WITH_TIMEOUT(summary().synced, 2, 10000);
        auto s = summary();
        QCOMPARE(s.pending, 0);
        QCOMPARE(s.rejected, 1);
        QCOMPARE(s.conflicts, 1);
        const auto rejected = entries("rejected");
        QCOMPARE(rejected.size(), 1);
        QCOMPARE(rejected[0].runId, m_runIds[1]);
        QCOMPARE(rejected[0].reason, QStringLiteral("rejected by the test registry"));
        QCOMPARE(rejected[0].reasonField, QStringLiteral("imei"));
        QCOMPARE(entries("conflict")[0].runId, m_runIds[2]);
        // More passes send nothing again.
        const int passes = m_passes.size();
        QMetaObject::invokeMethod(m_worker, &sync::SyncWorker::drainNow, Qt::QueuedConnection);
        QTRY_VERIFY_WITH_TIMEOUT(m_passes.size() > passes, 5000);
        QCOMPARE(m_registry->requests.size(), 1);
        QVERIFY(m_passes.last().needsAttention(3600, QDateTime::currentDateTimeUtc()));
    }

    void worldReadableTokenIsRefused()
    {
        seedRuns(1);
        writeToken(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
        startWorker(config());
        QTRY_VERIFY_WITH_TIMEOUT(!m_passes.isEmpty(), 10000);
        QVERIFY2(m_passes.first().lastError.contains(QLatin1String("mode is 0644")),
                 qPrintable(m_passes.first().lastError));
        QVERIFY(m_passes.first().lastError.contains(QLatin1String("chmod 600")));
        QVERIFY(m_registry->requests.isEmpty()); // the token never left the station
        QCOMPARE(summary().pending, 1);
    }

    void cliStatusAndNow()
    {
        seedRuns(3);
        m_registry->itemStatus.insert(m_runIds[0], QStringLiteral("rejected"));
        // The CLI runs as its own process; this thread's event loop keeps serving HTTP.
        auto station = [&](const QStringList& args, int& code) {
            QProcess p;
            QSignalSpy done(&p, &QProcess::finished);
            p.start(QStringLiteral(EOL_STATION_BIN), args);
            if (!done.wait(30000))
                return QJsonObject{};
            code = p.exitCode();
            return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        };
        int code = -1;
        QJsonObject o = station({QStringLiteral("sync"), QStringLiteral("status"),
                                 QStringLiteral("--db"), m_db, QStringLiteral("--json")},
                                code);
        QCOMPARE(code, 0); // a fresh backlog is no problem yet
        QCOMPARE(o.value(u"pending").toInt(), 3);
        // Once the backlog is older than --warn-age (0 s here), status exits 1.
        QTRY_VERIFY_WITH_TIMEOUT((station({QStringLiteral("sync"), QStringLiteral("status"),
                                           QStringLiteral("--db"), m_db, QStringLiteral("--json"),
                                           QStringLiteral("--warn-age"), QStringLiteral("0")},
                                          code),
                                  code == 1),
                                 10000);
        o = station({QStringLiteral("sync"), QStringLiteral("now"), QStringLiteral("--db"), m_db,
                     QStringLiteral("--registry"), m_registry->url(),
                     QStringLiteral("--token-file"), m_tokenFile, QStringLiteral("--json")},
                    code);
        QCOMPARE(code, 1); // one run was rejected
        QCOMPARE(o.value(u"pending").toInt(), 0);
        QCOMPARE(o.value(u"synced").toInt(), 2);
        QCOMPARE(o.value(u"rejected").toInt(), 1);
        QCOMPARE(o.value(u"refused_runs").toArray()[0].toObject().value(u"run_id").toString(),
                 m_runIds[0]);
        o = station({QStringLiteral("sync"), QStringLiteral("now"), QStringLiteral("--db"), m_db,
                     QStringLiteral("--json")},
                    code);
        QCOMPARE(code, 2); // no registry configured
        QFile::setPermissions(m_tokenFile, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther);
        station({QStringLiteral("sync"), QStringLiteral("now"), QStringLiteral("--db"), m_db,
                 QStringLiteral("--registry"), m_registry->url(), QStringLiteral("--token-file"),
                 m_tokenFile},
                code);
        QCOMPARE(code, 2); // insecure token file
        QCOMPARE(m_registry->requests.size(), 1);
    }

    void syncNowNeverSendsWhileTheStationSyncs()
    {
        // The station's worker (this process) is in a pass: its request stalls past the 2 s
        // timeout, and it holds the database's sync lock all that time.
        seedRuns(4);
        m_registry->plans = {{FakeRegistry::Fault::Stall, 0, {}, {}}};
        m_registry->stallWindowMs = config().totalTimeoutMs - 200;
        startWorker(config());
        QTRY_COMPARE_WITH_TIMEOUT(m_registry->requests.size(), 1, 5000);
        QVERIFY(QFile::exists(sync::SyncWorker::lockFilePath(m_db)));

        // `sync now --wait 0` in a second process: refuses at once, names the holder, sends
        // nothing.
        int code = -1;
        QByteArray text;
        QJsonObject o = cli(
            syncNowArgs({QStringLiteral("--wait"), QStringLiteral("0"), QStringLiteral("--json")}),
            code, &text);
        QCOMPARE(code, 1);
        QVERIFY2(o.value(u"locked_by")
                     .toString()
                     .contains(QString::number(QCoreApplication::applicationPid())),
                 text.constData());
        QVERIFY2(text.contains("is syncing"), text.constData());
        QCOMPARE(m_registry->requests.size(), 1);

        // With time to wait it takes over once the station's pass is over (the stalled request
        // timed out): every run reaches the registry once, no two requests were ever open at
        // the same time.
        o = cli(
            syncNowArgs({QStringLiteral("--wait"), QStringLiteral("30"), QStringLiteral("--json")}),
            code, &text, 40000);
        QVERIFY2(code == 0, text.constData());
        QCOMPARE(o.value(u"pending").toInt(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(summary().synced, 4, 5000);
        QCOMPARE(m_registry->applied.size(), 4);
        QCOMPARE(m_registry->duplicates, 0);
        QVERIFY(!m_registry->overlapped);
    }

    void retryRequeuesRefusedRuns()
    {
        seedRuns(4);
        m_registry->itemStatus.insert(m_runIds[1], QStringLiteral("rejected"));
        m_registry->itemStatus.insert(m_runIds[2], QStringLiteral("conflict"));
        int code = -1;
        QByteArray text;
        cli(syncNowArgs(), code);
        QCOMPARE(code, 1);
        QCOMPARE(summary().rejected, 1);
        QCOMPARE(summary().conflicts, 1);
        const auto retry = [&](const QStringList& args) {
            return cli(QStringList{QStringLiteral("sync"), QStringLiteral("retry"),
                                   QStringLiteral("--db"), m_db} +
                           args,
                       code, &text);
        };

        // Bad input changes nothing: an unknown id, a run that was not refused, no run at all.
        retry({QStringLiteral("no-such-run")});
        QCOMPARE(code, 2);
        QVERIFY2(text.contains("no-such-run is not in the sync outbox"), text.constData());
        retry({m_runIds[1], m_runIds[0]});
        QCOMPARE(code, 2);
        QVERIFY2(text.contains(
                     QByteArray(m_runIds[0].toUtf8() + " is synced, not rejected or conflict")),
                 text.constData());
        QCOMPARE(summary().rejected, 1); // all or nothing: run 1 was not requeued either
        retry({});
        QCOMPARE(code, 2);
        retry({m_runIds[1], QStringLiteral("--all-rejected")});
        QCOMPARE(code, 2);

        // QA fixed the cause in the registry: the rejected run goes back to pending.
        m_registry->itemStatus.clear();
        QJsonObject o = retry({m_runIds[1], QStringLiteral("--json")});
        QCOMPARE(code, 0);
        QCOMPARE(o.value(u"count").toInt(), 1);
        QCOMPARE(o[u"requeued"][0][u"run_id"].toString(), m_runIds[1]);
        QCOMPARE(o[u"requeued"][0][u"previous_state"].toString(), QStringLiteral("rejected"));
        QCOMPARE(o[u"requeued"][0][u"reason"].toString(),
                 QStringLiteral("rejected by the test registry"));
        auto s = summary();
        QCOMPARE(s.pending, 1);
        QCOMPARE(s.rejected, 0);
        QCOMPARE(s.conflicts, 1);
        retry({QStringLiteral("--all-rejected")});
        QCOMPARE(code, 0);
        QVERIFY2(text.contains(m_runIds[2].toUtf8()) && text.contains("conflict -> pending"),
                 text.constData());
        QCOMPARE(summary().pending, 2);

        cli(syncNowArgs(), code);
        QCOMPARE(code, 0);
        QCOMPARE(m_registry->applied.size(), 4);
        QCOMPARE(summary().synced, 4);
        retry({QStringLiteral("--all-rejected")});
        QCOMPARE(code, 0);
        QVERIFY2(text.contains("nothing to do"), text.constData());
    }

    void committedRunNudgesAndShutdownIsBounded()
    {
        // Through the Station: the writer's commit nudges the worker (the periodic pass is an
        // hour away); then a request stalls and shutdown still ends promptly.
        auto station = station::Station::open(m_db);
        QVERIFY(station.ok());
        auto c = config();
        c.totalTimeoutMs = 60000;
        station.value()->startSync(c);
        QSignalSpy statusSpy(station.value().get(), &station::Station::syncStatusChanged);
        QVERIFY(statusSpy.wait(5000)); // the first (empty) pass

        auto commit = [&](const QString& serial) {
            store::RunRecord r;
            r.runId = QUuid::createUuid().toString(QUuid::WithoutBraces);
            r.serial = serial;
            r.startedUtc = QDateTime::currentDateTimeUtc();
            station.value()->writer()->beginRun(r);
            r.verdict = QStringLiteral("fail");
            station.value()->writer()->finishRun(r);
            return r.runId;
        };
        const QString first = commit(QStringLiteral("SN1"));
        QTRY_VERIFY_WITH_TIMEOUT(m_registry->applied.contains(first), 5000);

        m_registry->plans = {{FakeRegistry::Fault::Stall, 0, {}, {}}};
        const QString second = commit(QStringLiteral("SN2"));
        QTRY_COMPARE_WITH_TIMEOUT(m_registry->requests.size(), 2, 5000);
        QElapsedTimer t;
        t.start();
        QVERIFY(station.value()->shutdown(5000));
        QVERIFY2(t.elapsed() < 3000, qPrintable(QString::number(t.elapsed())));
        station.value().reset();
        const auto s = summary();
        QCOMPARE(s.synced, 1);
        QCOMPARE(s.pending, 1); // the stalled run stays queued for the next start
        QVERIFY(!m_registry->applied.contains(second));
    }
};

QTEST_GUILESS_MAIN(TstSyncWorker)
#include "tst_sync_worker.moc"
