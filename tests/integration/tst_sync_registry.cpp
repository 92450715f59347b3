// End to end against the real registry (registry/, `eol-registry`) on 127.0.0.1: the station
// tests simulated units with the real CLI, the sync worker drains the outbox, and the registry
// process is killed with SIGKILL while batches are in flight and restarted on the same port
// and database. In the end the registry holds exactly the station's runs — none lost, none
// twice. Where the kill lands inside a batch is not scripted (before, during or after the
// registry's commit); the fault-injection tests in tst_sync_worker pin each of those cases.
#include "store/RunStore.h"
#include "store/StoreWriter.h"
#include "sync/SyncConfig.h"
#include "sync/SyncWorker.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUrl>

using namespace eol::core;

class TstSyncRegistry : public QObject
{
    Q_OBJECT

#ifdef EOL_REGISTRY_BIN
private:
    QTemporaryDir m_dir;
    QString m_registryDb;
    QProcess m_registry;
    quint16 m_port = 0;

    QByteArray registryTool(const QStringList& args)
    {
        QProcess p;
        p.start(QStringLiteral(EOL_REGISTRY_BIN), args);
        if (!p.waitForFinished(30000) || p.exitCode() != 0) {
            qWarning() << "eol-registry" << args << "failed:" << p.readAllStandardError();
            return {};
        }
        return p.readAllStandardOutput().trimmed();
    }

    bool startRegistry(quint16 port)
    {
        m_registry.setProcessChannelMode(QProcess::SeparateChannels);
        // Its log goes to a file: an unread pipe would fill up and stall the server.
        m_registry.setStandardErrorFile(m_dir.filePath(QStringLiteral("registry.log")),
                                        QIODevice::Append);
        m_registry.start(QStringLiteral(EOL_REGISTRY_BIN),
                         {QStringLiteral("serve"), QStringLiteral("--db"), m_registryDb,
                          QStringLiteral("--listen"), QStringLiteral("127.0.0.1"),
                          QStringLiteral("--port"), QString::number(port)});
        if (!m_registry.waitForStarted(10000))
            return false;
        QByteArray line;
        while (!line.contains('\n')) {
            if (!m_registry.waitForReadyRead(15000))
                return false;
            line += m_registry.readAllStandardOutput();
        }
        const QByteArray first = line.left(line.indexOf('\n')).trimmed();
        if (!first.startsWith("listening on "))
            return false;
        m_port = quint16(QUrl(QString::fromUtf8(first.mid(13))).port());
        return m_port != 0;
    }

    /// GET with a reader token over a plain socket (the tests link no HTTP client but libcurl,
    /// which the code under test owns).
    QJsonObject get(const QString& path, const QByteArray& token)
    {
        QTcpSocket s;
        s.connectToHost(QStringLiteral("127.0.0.1"), m_port);
        if (!s.waitForConnected(5000))
            return {};
        s.write("GET " + QUrl::toPercentEncoding(path, "/") +
                " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                "Authorization: Bearer " +
                token + "\r\nConnection: close\r\n\r\n");
        QByteArray all;
        while (s.state() == QAbstractSocket::ConnectedState && s.waitForReadyRead(5000))
            all += s.readAll();
        all += s.readAll();
        const qsizetype body = all.indexOf("\r\n\r\n");
        QByteArray payload = all.mid(body + 4);
        if (all.toLower().contains("transfer-encoding: chunked")) {
            QByteArray joined; // de-chunk
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
        return QJsonDocument::fromJson(payload).object();
    }

private Q_SLOTS:
    void killedMidBatchEndsWithExactlyTheStationsRuns()
    {
        m_registryDb = m_dir.filePath(QStringLiteral("registry.db"));
        const QByteArray stationToken =
            registryTool({QStringLiteral("token"), QStringLiteral("create"), QStringLiteral("--db"),
                          m_registryDb, QStringLiteral("--name"), QStringLiteral("st-1"),
                          QStringLiteral("--role"), QStringLiteral("station")});
        const QByteArray readerToken =
            registryTool({QStringLiteral("token"), QStringLiteral("create"), QStringLiteral("--db"),
                          m_registryDb, QStringLiteral("--name"), QStringLiteral("qa"),
                          QStringLiteral("--role"), QStringLiteral("reader")});
        QVERIFY(!stationToken.isEmpty() && !readerToken.isEmpty());
        const QString tokenFile = m_dir.filePath(QStringLiteral("station.token"));
        {
            QFile f(tokenFile);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(stationToken + '\n');
        }
        QVERIFY(QFile::setPermissions(tokenFile, QFile::ReadOwner | QFile::WriteOwner));
        QVERIFY(startRegistry(0));

        // The station tests units (two runs for some serials) with the real CLI.
        const QString stationDb = m_dir.filePath(QStringLiteral("station.db"));
        QHash<QString, QSet<QString>> runsBySerial;
        constexpr int kRuns = 9;
        for (int i = 0; i < kRuns; ++i) {
            const QString serial = QStringLiteral("SN%1").arg(90000000 + i % 6);
            QProcess p;
            p.start(QStringLiteral(EOL_STATION_BIN),
                    {QStringLiteral("run"), QStringLiteral("--plan"), QStringLiteral("nrf91"),
                     QStringLiteral("--port"),
                     QStringLiteral("sim:nrf91,serial=%1,seed=%2").arg(serial).arg(i),
                     QStringLiteral("--serial"), serial, QStringLiteral("--db"), stationDb,
                     QStringLiteral("--json")});
            QVERIFY(p.waitForFinished(60000));
            const QJsonObject o = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
            QVERIFY2(o.value(u"committed").toBool(), qPrintable(p.readAllStandardError()));
            runsBySerial[serial].insert(o.value(u"run_id").toString());
        }

        // Sync in small batches; SIGKILL the registry when the second batch goes out.
        auto store = store::RunStore::open(stationDb);
        QVERIFY(store.ok());
        QThread writerThread;
        auto* writer = new store::StoreWriter(std::move(store).value());
        writer->moveToThread(&writerThread);
        connect(&writerThread, &QThread::finished, writer, &QObject::deleteLater);
        writerThread.start();
        sync::SyncConfig config;
        config.registryUrl = QStringLiteral("http://127.0.0.1:%1").arg(m_port);
        config.tokenFile = tokenFile;
        config.batchSize = 3;
        config.backoffBaseMs = 100;
        config.backoffMaxMs = 1000;
        config.totalTimeoutMs = 5000;
        QThread syncThread;
        auto* worker = new sync::SyncWorker(config, stationDb, writer);
        worker->moveToThread(&syncThread);
        connect(&syncThread, &QThread::started, worker, &sync::SyncWorker::start);
        connect(&syncThread, &QThread::finished, worker, &QObject::deleteLater);
        int batches = 0;
        bool killed = false;
        const quint16 port = m_port;
        connect(worker, &sync::SyncWorker::batchSending, this, [&](int) {
            if (++batches != 2 || killed)
                return;
            killed = true;
            m_registry.kill(); // SIGKILL
            m_registry.waitForFinished(5000);
            QVERIFY(startRegistry(port)); // same database, same port
        });
        syncThread.start();

        auto pending = [&] {
            auto s = store::RunStore::open(stationDb);
            return s ? s.value()->outboxSummary().value().pending : -1;
        };
        QTRY_COMPARE_WITH_TIMEOUT(pending(), 0, 60000);
        QVERIFY(killed);
        worker->requestStop();
        syncThread.quit();
        QVERIFY(syncThread.wait(5000));
        QMetaObject::invokeMethod(
            writer, [&writerThread] { writerThread.quit(); }, Qt::QueuedConnection);
        QVERIFY(writerThread.wait(5000));

        auto check = store::RunStore::open(stationDb);
        QVERIFY(check.ok());
        const auto summary = check.value()->outboxSummary().value();
        QCOMPARE(summary.synced, kRuns);
        QCOMPARE(summary.rejected + summary.conflicts, 0);

        // The registry holds exactly the station's runs, each once.
        int total = 0;
        for (auto it = runsBySerial.cbegin(); it != runsBySerial.cend(); ++it) {
            const QJsonObject device =
                get(QStringLiteral("/api/v1/devices/") + it.key(), readerToken);
            QStringList ids;
            for (const auto& r : device.value(u"runs").toArray())
                ids.append(r.toObject().value(u"run_id").toString());
            QCOMPARE(ids.size(), it.value().size());
            QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()), it.value());
            total += int(ids.size());
        }
        QCOMPARE(total, kRuns);
        m_registry.terminate();
        m_registry.waitForFinished(5000);
    }
#else
private Q_SLOTS:
    void realRegistryNotBuilt()
    {
        QSKIP("the eol-registry target is not part of this build");
    }
#endif
};

QTEST_GUILESS_MAIN(TstSyncRegistry)
#include "tst_sync_registry.moc"
