// The sync worker's fault cases against the REAL registry (`eol-registry serve`, SQLite and
// PostgreSQL): tst_sync_worker pins each fault against a fake server that keeps its own idea of
// "applied"; here a FaultProxy (tests/support/FaultProxy.h) sits between the worker and the
// real registry and injects 500, 503 + Retry-After, a stall past the client's timeout, a reset
// mid-response and a response lost after the registry committed. After recovery the registry,
// queried directly (not through the proxy), holds exactly the station's runs: none missing,
// none twice — and its own counters show the replays of committed batches as duplicates.
#include "FaultProxy.h"
#include "PostgresCluster.h"
#include "RegistryProcess.h"
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
#include <QRegularExpression>
#include <QSet>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUuid>
#include <map>
#include <memory>

using namespace eol::core;
using Fault = FaultProxy::Fault;

class TstSyncFaultsRealRegistry : public QObject
{
    Q_OBJECT

#ifdef EOL_REGISTRY_BIN
private:
    struct Backend
    {
        QString db; ///< the registry's --db
        std::unique_ptr<RegistryProcess> server;
        QString tokenFile; ///< the station token, mode 0600
        QByteArray reader;
    };

    static constexpr int kSerials = 6; ///< runs spread over a few devices, several per device

    QTemporaryDir m_dir;
    std::unique_ptr<PostgresCluster> m_pg;
    QString m_pgSkip; ///< why the PostgreSQL row is skipped (binaries missing)
    std::map<QString, std::unique_ptr<Backend>> m_backends;
    int m_counter = 0;

    Backend* backend()
    {
        QFETCH_GLOBAL(QString, backendName);
        auto it = m_backends.find(backendName);
        return it == m_backends.end() ? nullptr : it->second.get();
    }

    QString setUp(const QString& name, const QString& db)
    {
        auto b = std::make_unique<Backend>();
        b->db = db;
        b->server = std::make_unique<RegistryProcess>(QStringLiteral(EOL_REGISTRY_BIN));
        const QByteArray station =
            b->server->createToken(db, QStringLiteral("st-1"), QStringLiteral("station"));
        b->reader = b->server->createToken(db, QStringLiteral("qa"), QStringLiteral("reader"));
        if (station.isEmpty() || b->reader.isEmpty())
            return b->server->failure();
        b->tokenFile = m_dir.filePath(name + QStringLiteral(".token"));
        QFile f(b->tokenFile);
        if (!f.open(QIODevice::WriteOnly))
            return QStringLiteral("cannot write ") + b->tokenFile;
        f.write(station + '\n');
        f.close();
        QFile::setPermissions(b->tokenFile, QFile::ReadOwner | QFile::WriteOwner);
        if (!b->server->start(db, 0, m_dir.filePath(name + QStringLiteral("-registry.log"))))
            return b->server->failure();
        m_backends[name] = std::move(b);
        return {};
    }

    /// A GET straight to the registry (never through the proxy) over a plain socket: the body.
    QByteArray getRaw(quint16 port, const QString& path, const QByteArray& token)
    {
        QTcpSocket s;
        s.connectToHost(QStringLiteral("127.0.0.1"), port);
        if (!s.waitForConnected(5000))
            return {};
        QByteArray request = "GET " + QUrl::toPercentEncoding(path, "/") +
                             " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n";
        if (!token.isEmpty())
            request += "Authorization: Bearer " + token + "\r\n";
        s.write(request + "\r\n");
        // The registry keeps the connection open despite "Connection: close": read until the
        // response is complete (Content-Length or the last chunk), not until a timeout.
        QByteArray all;
        auto complete = [&all] {
            const qsizetype headEnd = all.indexOf("\r\n\r\n");
            if (headEnd < 0)
                return false;
            const QByteArray head = all.left(headEnd).toLower();
            if (head.contains("transfer-encoding: chunked"))
                return all.endsWith("0\r\n\r\n");
            const qsizetype at = head.indexOf("content-length:");
            if (at < 0)
                return false;
            const qsizetype eol = head.indexOf('\r', at);
            const qsizetype length =
                head.mid(at + 15, eol < 0 ? -1 : eol - at - 15).trimmed().toLongLong();
            return all.size() >= headEnd + 4 + length;
        };
        while (!complete() && s.state() == QAbstractSocket::ConnectedState &&
               s.waitForReadyRead(5000))
            all += s.readAll();
        const qsizetype headEnd = all.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return {};
        QByteArray payload = all.mid(headEnd + 4);
        if (all.left(headEnd).toLower().contains("transfer-encoding: chunked")) {
            QByteArray joined;
            qsizetype pos = 0;
            while (true) {
                const qsizetype eol = payload.indexOf("\r\n", pos);
                const qsizetype size = payload.mid(pos, eol - pos).toLongLong(nullptr, 16);
                if (eol < 0 || size <= 0)
                    break;
                joined += payload.mid(eol + 2, size);
                pos = eol + 2 + size + 2;
            }
            payload = joined;
        }
        return payload;
    }

    /// eol_registry_runs_ingested_total{status="..."} from /metrics; -1 if not found.
    qint64 ingested(Backend& b, const char* status)
    {
        const QString text =
            QString::fromUtf8(getRaw(b.server->port(), QStringLiteral("/metrics"), {}));
        const QRegularExpression re(
            QStringLiteral(R"(eol_registry_runs_ingested_total\{status="%1"\} (\d+))")
                .arg(QLatin1String(status)));
        const auto m = re.match(text);
        return m.hasMatch() ? m.captured(1).toLongLong() : -1;
    }

    /// N finished runs through the real RunStore, spread over kSerials devices (unique per
    /// test: the registry is shared by the tests of one backend).
    QHash<QString, QStringList> seedRuns(const QString& db, int n)
    {
        QHash<QString, QStringList> bySerial;
        auto store = store::RunStore::open(db);
        if (!store) {
            qWarning() << "cannot open" << db;
            return {};
        }
        const QDateTime t0 = QDateTime::currentDateTimeUtc();
        for (int i = 0; i < n; ++i) {
            const int device = i % kSerials;
            store::RunRecord r;
            r.runId = QUuid::createUuid().toString(QUuid::WithoutBraces);
            r.serial =
                QStringLiteral("SNF%1-%2").arg(m_counter, 3, 10, QLatin1Char('0')).arg(device);
            // IMEIs are unique per device in the registry: one per (test, device).
            r.imei = QStringLiteral("35%1").arg(m_counter * 100 + device, 13, 10, QLatin1Char('0'));
            r.product = QStringLiteral("tracker-x");
            r.planId = QStringLiteral("nrf91");
            r.planRevision = 1;
            r.startedUtc = t0.addMSecs(i); // oldest first = i order
            if (!store.value()->beginRun(r).ok())
                return {};
            store::StepRecord s;
            s.runId = r.runId;
            s.phase = QStringLiteral("steps");
            s.stepId = QStringLiteral("imei");
            s.kind = QStringLiteral("at");
            s.verdict = QStringLiteral("pass");
            s.measured = r.imei;
            if (!store.value()->appendSteps({s}).ok())
                return {};
            r.endedUtc = r.startedUtc.addMSecs(500);
            r.verdict = i % 7 == 3 ? QStringLiteral("fail") : QStringLiteral("pass");
            if (!store.value()->finishRun(r).ok())
                return {};
            bySerial[r.serial].append(r.runId);
        }
        return bySerial;
    }

    /// Seeds `runs` runs, drains them through a FaultProxy with `script`, and checks the outcome
    /// on the station and in the registry. Returns the drain's duration (ms).
    qint64 drainThrough(const QList<Fault>& script, int runs, int batchSize)
    {
        Backend* b = backend();
        if (!b) {
            if (!m_pgSkip.isEmpty()) {
                QTest::qSkip(qPrintable(m_pgSkip), __FILE__, __LINE__);
                return -1;
            }
            QTest::qFail("this backend did not start", __FILE__, __LINE__);
            return -1;
        }
        ++m_counter;
        const QString stationDb = m_dir.filePath(QStringLiteral("station-%1.db").arg(m_counter));
        const QHash<QString, QStringList> bySerial = seedRuns(stationDb, runs);
        int seeded = 0;
        for (const auto& ids : bySerial)
            seeded += int(ids.size());
        if (seeded != runs) {
            QTest::qFail("seeding the station database failed", __FILE__, __LINE__);
            return -1;
        }
        const qint64 createdBefore = ingested(*b, "created");
        const qint64 duplicateBefore = ingested(*b, "duplicate");
        if (createdBefore < 0 || duplicateBefore < 0) {
            QTest::qFail("no run counters in the registry's /metrics", __FILE__, __LINE__);
            return -1;
        }

        FaultProxy proxy(b->server->port());
        if (!proxy.start()) {
            QTest::qFail("the fault proxy cannot listen", __FILE__, __LINE__);
            return -1;
        }
        proxy.enqueue(script);

        auto store = store::RunStore::open(stationDb);
        if (!store) {
            QTest::qFail("cannot open the station database", __FILE__, __LINE__);
            return -1;
        }
        QThread writerThread;
        auto* writer = new store::StoreWriter(std::move(store).value());
        writer->moveToThread(&writerThread);
        connect(&writerThread, &QThread::finished, writer, &QObject::deleteLater);
        writerThread.start();
        sync::SyncConfig config;
        config.registryUrl = proxy.url();
        config.tokenFile = b->tokenFile;
        config.batchSize = batchSize;
        config.backoffBaseMs = 50;
        config.backoffMaxMs = 300;
        config.connectTimeoutMs = 2000;
        // The stall fault costs this much per hit; the registry answers a small batch in ms.
        config.totalTimeoutMs = 1500;
        config.periodicDrainMs = 3'600'000; // only the start and backoff timers drive the drain
        QThread syncThread;
        auto* worker = new sync::SyncWorker(config, stationDb, writer);
        worker->moveToThread(&syncThread);
        connect(&syncThread, &QThread::started, worker, &sync::SyncWorker::start);
        connect(&syncThread, &QThread::finished, worker, &QObject::deleteLater);
        QElapsedTimer clock;
        clock.start();
        syncThread.start();

        auto summary = [&] {
            auto s = store::RunStore::open(stationDb);
            return s ? s.value()->outboxSummary().value() : store::OutboxSummary{};
        };
        // Settled = synced or refused; a refused run would be a failure, checked below.
        auto settled = [&] {
            const auto s = summary();
            return s.synced + s.rejected + s.conflicts;
        };
        bool drained = QTest::qWaitFor([&] { return settled() == runs; }, 45000);
        const qint64 elapsed = clock.elapsed();
        worker->requestStop();
        syncThread.quit();
        syncThread.wait(10000);
        QMetaObject::invokeMethod(
            writer, [&writerThread] { writerThread.quit(); }, Qt::QueuedConnection);
        writerThread.wait(10000);
        proxy.stop();
        if (!drained) {
            const auto s = summary();
            QTest::qFail(qPrintable(QStringLiteral("the outbox did not drain: %1 pending, %2 "
                                                   "synced, last error: %3")
                                        .arg(s.pending)
                                        .arg(s.synced)
                                        .arg(s.lastError)),
                         __FILE__, __LINE__);
            return -1;
        }

        // The station: every run synced, none refused, nothing left.
        const auto s = summary();
        [&] {
            QCOMPARE(s.pending, 0);
            QCOMPARE(s.synced, runs);
            QCOMPARE(s.rejected, 0);
            QCOMPARE(s.conflicts, 0);
        }();
        if (QTest::currentTestFailed())
            return -1;

        // The proxy: the whole script was played, each fault exactly as often as scripted.
        [&] {
            QCOMPARE(proxy.queued(), 0);
            for (int k = 1; k < FaultProxy::kFaultKinds; ++k) {
                const auto fault = Fault(k);
                QVERIFY2(proxy.fired(fault) == script.count(fault),
                         qPrintable(QStringLiteral("fault %1 fired %2 times, scripted %3")
                                        .arg(k)
                                        .arg(proxy.fired(fault))
                                        .arg(script.count(fault))));
            }
            QVERIFY(proxy.fired(Fault::Pass) >= 1);
        }();
        if (QTest::currentTestFailed())
            return -1;

        // The registry, asked directly: exactly the station's runs, each once.
        [&] {
            int total = 0;
            for (auto it = bySerial.cbegin(); it != bySerial.cend(); ++it) {
                const QJsonObject device =
                    QJsonDocument::fromJson(getRaw(b->server->port(),
                                                   QStringLiteral("/api/v1/devices/") + it.key(),
                                                   b->reader))
                        .object();
                QStringList ids;
                for (const auto& r : device.value(u"runs").toArray())
                    ids.append(r.toObject().value(u"run_id").toString());
                const QSet<QString> unique(ids.cbegin(), ids.cend());
                QVERIFY2(unique.size() == ids.size(),
                         qPrintable(QStringLiteral("a run is twice on ") + it.key()));
                QCOMPARE(ids.size(), it.value().size());
                QCOMPARE(unique, QSet<QString>(it.value().cbegin(), it.value().cend()));
                total += int(ids.size());
            }
            QCOMPARE(total, runs);
            // Each run was created once. Only the batches the registry answered and the
            // station never heard of (reset, lost) were sent again: each of their runs is one
            // duplicate, and nothing else is (500/503/stall never reached the registry).
            const int replayed = (proxy.fired(Fault::ResetMidResponse) +
                                  proxy.fired(Fault::DropResponseAfterCommit)) *
                                 batchSize;
            QCOMPARE(ingested(*b, "created") - createdBefore, qint64(runs));
            QCOMPARE(ingested(*b, "duplicate") - duplicateBefore, qint64(replayed));
        }();
        return elapsed;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qRegisterMetaType<sync::SyncStatus>();
        QString failure =
            setUp(QStringLiteral("sqlite"), m_dir.filePath(QStringLiteral("registry.db")));
        QVERIFY2(failure.isEmpty(), qPrintable(QStringLiteral("sqlite: ") + failure));
        m_pg = std::make_unique<PostgresCluster>();
        if (!m_pg->start(false)) {
            // Missing binaries skip the PostgreSQL row; a cluster that fails to start fails.
            QVERIFY2(m_pg->error().contains(QLatin1String("not installed")) ||
                         m_pg->error().contains(QLatin1String("no 'postgres' user")),
                     qPrintable(m_pg->error()));
            m_pgSkip = m_pg->error();
            return;
        }
        failure = setUp(QStringLiteral("postgresql"), m_pg->url());
        QVERIFY2(failure.isEmpty(), qPrintable(QStringLiteral("postgresql: ") + failure));
    }

    void initTestCase_data()
    {
        QTest::addColumn<QString>("backendName");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        QTest::newRow("postgresql") << QStringLiteral("postgresql");
    }

    void cleanupTestCase()
    {
        for (auto& [name, b] : m_backends)
            b->server->stop();
        if (m_pg)
            m_pg->stop();
    }

    /// Every fault kind, several times, between successful batches.
    void mixedScriptEndsWithExactlyTheStationsRuns()
    {
        // 40 runs in batches of 5: 8 answered batches are needed, the script holds only 6
        // Pass, so it is played to the end before the outbox can be empty.
        const QList<Fault> script{
            Fault::Pass,
            Fault::Respond500,
            Fault::Pass,
            Fault::Respond503RetryAfter1,
            Fault::StallPastTimeout,
            Fault::Pass,
            Fault::ResetMidResponse,
            Fault::Pass,
            Fault::DropResponseAfterCommit,
            Fault::Respond500,
            Fault::ResetMidResponse,
            Fault::Pass,
            Fault::DropResponseAfterCommit,
            Fault::StallPastTimeout,
            Fault::Pass,
        };
        const qint64 ms = drainThrough(script, 40, 5);
        if (ms >= 0)
            qInfo("mixed script drained in %lld ms", ms);
    }

    void serverError500()
    {
        drainThrough({Fault::Respond500, Fault::Pass, Fault::Respond500, Fault::Respond500}, 10, 5);
    }

    void unavailable503RetryAfter()
    {
        const qint64 ms = drainThrough({Fault::Respond503RetryAfter1}, 10, 5);
        // Retry-After: 1 is honoured (the jittered backoff alone is at most 300 ms here).
        if (ms >= 0)
            QVERIFY2(ms >= 950, qPrintable(QString::number(ms)));
    }

    void stallPastTheClientTimeout()
    {
        const qint64 ms =
            drainThrough({Fault::Pass, Fault::StallPastTimeout, Fault::StallPastTimeout}, 15, 5);
        // Each stall ends with the client's 1.5 s timeout, not earlier.
        if (ms >= 0)
            QVERIFY2(ms >= 2 * 1500 - 50, qPrintable(QString::number(ms)));
    }

    void resetMidResponse()
    {
        drainThrough({Fault::ResetMidResponse, Fault::Pass, Fault::ResetMidResponse}, 15, 5);
    }

    void responseLostAfterCommit()
    {
        drainThrough({Fault::DropResponseAfterCommit, Fault::DropResponseAfterCommit, Fault::Pass,
                      Fault::DropResponseAfterCommit},
                     15, 5);
    }
#else
private Q_SLOTS:
    void realRegistryNotBuilt()
    {
        QSKIP("the eol-registry target is not part of this build");
    }
#endif
};

QTEST_GUILESS_MAIN(TstSyncFaultsRealRegistry)
#include "tst_sync_faults_real_registry.moc"
