// The sync worker's pure decisions: backoff with full jitter, Retry-After, what a registry answer
// means for each run, and the token file's permission check. No network, no timers.
#include "sync/Backoff.h"
#include "sync/BatchResponse.h"
#include "sync/RetryAfter.h"
#include "sync/SyncWorker.h"
#include "sync/TokenFile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace eol::core::sync;

namespace {

HttpReply answer(int status, const QByteArray& body, const QByteArray& retryAfter = {})
{
    HttpReply r;
    r.transportOk = true;
    r.status = status;
    r.body = body;
    r.retryAfter = retryAfter;
    return r;
}

const QDateTime kNow = QDateTime(QDate(2026, 11, 22), QTime(21, 0, 0), Qt::UTC);
const QString kRegistry = QStringLiteral("https://registry.test/api/v1/runs:batch");

} // namespace

class TstSyncPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void backoffGrowsToTheCap()
    {
        // random = 1 gives the cap: 1 s, 2 s, 4 s, ... then 5 min for ever.
        QCOMPARE(Backoff::delayMs(1, 0.999999, 1000, 300000), 1000);
        QCOMPARE(Backoff::delayMs(2, 1.0, 1000, 300000), 2000);
        QCOMPARE(Backoff::delayMs(3, 1.0, 1000, 300000), 4000);
        QCOMPARE(Backoff::delayMs(9, 1.0, 1000, 300000), 256000);
        QCOMPARE(Backoff::delayMs(10, 1.0, 1000, 300000), 300000);
        QCOMPARE(Backoff::delayMs(1000, 1.0, 1000, 300000), 300000);
    }

    void backoffJitterSpansBaseToCap()
    {
        QCOMPARE(Backoff::delayMs(5, 0.0, 1000, 300000), 1000); // never below the base
        QCOMPARE(Backoff::delayMs(5, 0.5, 1000, 300000), 1000 + 7500);
        for (int f = 1; f < 30; ++f) {
            for (double r : {0.0, 0.1, 0.5, 0.9, 0.999}) {
                const qint64 d = Backoff::delayMs(f, r, 1000, 300000);
                QVERIFY(d >= 1000 && d <= 300000);
            }
        }
        // Nonsense input is clamped rather than trusted.
        QCOMPARE(Backoff::delayMs(0, -3.0, 1000, 300000), 1000);
        QCOMPARE(Backoff::delayMs(3, 7.0, 1000, 300000), 4000);
    }

    void retryAfterSeconds()
    {
        QCOMPARE(RetryAfter::parseMs("2", kNow), std::optional<qint64>(2000));
        QCOMPARE(RetryAfter::parseMs(" 120 ", kNow), std::optional<qint64>(120000));
        QCOMPARE(RetryAfter::parseMs("0", kNow), std::optional<qint64>(0));
        QVERIFY(!RetryAfter::parseMs("", kNow));
        QVERIFY(!RetryAfter::parseMs("-5", kNow));
        QVERIFY(!RetryAfter::parseMs("soon", kNow));
        QVERIFY(!RetryAfter::parseMs("1.5", kNow));
    }

    void retryAfterHttpDates()
    {
        QCOMPARE(RetryAfter::parseMs("Sun, 22 Nov 2026 21:00:30 GMT", kNow),
                 std::optional<qint64>(30000));
        QCOMPARE(RetryAfter::parseMs("Sunday, 22-Nov-26 21:01:00 GMT", kNow),
                 std::optional<qint64>(60000));
        QCOMPARE(RetryAfter::parseMs("Sun Nov 22 21:00:05 2026", kNow),
                 std::optional<qint64>(5000));
        // A date in the past means "now".
        QCOMPARE(RetryAfter::parseMs("Sun, 06 Nov 1994 08:49:37 GMT", kNow),
                 std::optional<qint64>(0));
        QVERIFY(!RetryAfter::parseMs("Sun, 22 Nov 2026 25:00:00 GMT", kNow));
    }

    void answeredResultsMapPerRun()
    {
        const QStringList sent{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"),
                               QStringLiteral("d"), QStringLiteral("e")};
        const QByteArray body = R"({"results":[
            {"run_id":"a","status":"created"},
            {"run_id":"b","status":"duplicate"},
            {"run_id":"c","status":"rejected","message":"imei fails the Luhn check","field":"imei"},
            {"run_id":"d","status":"conflict","message":"run id exists with different data"},
            {"run_id":"zz","status":"created"}]})";
        const BatchOutcome o = BatchResponse::interpret(sent, answer(200, body), kRegistry, kNow);
        QCOMPARE(o.kind, BatchOutcome::Kind::Answered);
        QCOMPARE(o.synced, (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
        QCOMPARE(o.refused.size(), 2);
        QCOMPARE(o.refused[0].runId, QStringLiteral("c"));
        QCOMPARE(o.refused[0].status, QStringLiteral("rejected"));
        QCOMPARE(o.refused[0].field, QStringLiteral("imei"));
        QCOMPARE(o.refused[1].status, QStringLiteral("conflict"));
        // "e" had no answer (and the stray "zz" is ignored): it is sent again.
        QCOMPARE(o.unsettled, QStringList{QStringLiteral("e")});
        QVERIFY(o.error.contains(QLatin1String("1 of 5")));
    }

    void unknownItemStatusIsRetried()
    {
        const BatchOutcome o = BatchResponse::interpret(
            {QStringLiteral("a")}, answer(200, R"({"results":[{"run_id":"a","status":"queued"}]})"),
            kRegistry, kNow);
        QCOMPARE(o.kind, BatchOutcome::Kind::Answered);
        QCOMPARE(o.unsettled, QStringList{QStringLiteral("a")});
        QVERIFY(o.error.contains(QLatin1String("queued")));
    }

    void unreadable200IsTransient()
    {
        const auto o = BatchResponse::interpret(
            {QStringLiteral("a")}, answer(200, "<html>portal</html>"), kRegistry, kNow);
        QCOMPARE(o.kind, BatchOutcome::Kind::Transient);
        QVERIFY(o.synced.isEmpty());
    }

    void serverErrorsAreTransient_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<qint64>("expectRetryMs"); // -1 = none
        QTest::newRow("500") << 500 << QByteArray() << qint64(-1);
        QTest::newRow("502") << 502 << QByteArray() << qint64(-1);
        QTest::newRow("503 retry-after 2") << 503 << QByteArray("2") << qint64(2000);
        QTest::newRow("429 date") << 429 << QByteArray("Sun, 22 Nov 2026 21:00:10 GMT")
                                  << qint64(10000);
        QTest::newRow("408") << 408 << QByteArray() << qint64(-1);
    }
    void serverErrorsAreTransient()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, retryAfter);
        QFETCH(qint64, expectRetryMs);
        const auto o = BatchResponse::interpret({QStringLiteral("a")},
                                                answer(status, "", retryAfter), kRegistry, kNow);
        QCOMPARE(o.kind, BatchOutcome::Kind::Transient);
        if (expectRetryMs < 0)
            QVERIFY(!o.retryAfterMs);
        else
            QCOMPARE(o.retryAfterMs, std::optional<qint64>(expectRetryMs));
        QVERIFY(o.error.contains(QString::number(status)));
    }

    void transportFailuresAreTransient()
    {
        HttpReply r;
        r.transportError = QStringLiteral("Connection refused");
        auto o = BatchResponse::interpret({QStringLiteral("a")}, r, kRegistry, kNow);
        QCOMPARE(o.kind, BatchOutcome::Kind::Transient);
        QVERIFY(o.error.contains(QLatin1String("cannot reach")));
        r.timedOut = true;
        o = BatchResponse::interpret({QStringLiteral("a")}, r, kRegistry, kNow);
        QVERIFY(o.error.contains(QLatin1String("did not answer in time")));
    }

    void clientErrorsRefuseTheBatch_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("expect");
        QTest::newRow("401") << 401 << QByteArray()
                             << QStringLiteral(
                                    "registry refused the batch: 401 token invalid — check the "
                                    "token file");
        QTest::newRow("403") << 403 << QByteArray() << QStringLiteral("--role station");
        QTest::newRow("400") << 400
                             << QByteArray(R"({"error":{"field":"runs","message":"not a list"}})")
                             << QStringLiteral("runs: not a list");
        QTest::newRow("404") << 404 << QByteArray() << QStringLiteral("check the registry URL");
    }
    void clientErrorsRefuseTheBatch()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QString, expect);
        const auto o =
            BatchResponse::interpret({QStringLiteral("a")}, answer(status, body), kRegistry, kNow);
        QCOMPARE(o.kind, BatchOutcome::Kind::Refused);
        QVERIFY2(o.error.contains(expect), qPrintable(o.error));
        QVERIFY(o.synced.isEmpty() && o.refused.isEmpty());
    }

    void endpointFromBaseUrl()
    {
        QCOMPARE(SyncWorker::batchEndpoint(QStringLiteral("https://r.example/")),
                 QStringLiteral("https://r.example/api/v1/runs:batch"));
        QCOMPARE(SyncWorker::batchEndpoint(QStringLiteral(" http://127.0.0.1:8080 ")),
                 QStringLiteral("http://127.0.0.1:8080/api/v1/runs:batch"));
        QVERIFY(SyncWorker::batchEndpoint(QString()).isEmpty());
    }

    void noteAnswersMapPerNote()
    {
        const QStringList sent{QStringLiteral("n1"), QStringLiteral("n2"), QStringLiteral("n3"),
                               QStringLiteral("n4"), QStringLiteral("n5"), QStringLiteral("n6")};
        const QByteArray body =
            R"({"results":[{"note_id":"n1","status":"created"},{"note_id":"n2","status":"duplicate"},
            {"note_id":"n3","status":"deleted"},{"note_id":"n4","status":"rejected","field":"text",
            "message":"text is missing"},{"note_id":"n5","status":"conflict","field":"text",
            "message":"stored with a different text"},{"note_id":"n6","status":"unknown_run",
            "message":"run r9 is not in the registry yet"}]})";
        const BatchOutcome o = BatchResponse::interpret(sent, answer(200, body), kRegistry, kNow,
                                                        BatchResponse::Items::Notes);
        QCOMPARE(o.kind, BatchOutcome::Kind::Answered);
        QCOMPARE(o.synced,
                 (QStringList{QStringLiteral("n1"), QStringLiteral("n2"), QStringLiteral("n3")}));
        QCOMPARE(o.refused.size(), 2);
        QCOMPARE(o.refused[0].runId, QStringLiteral("n4")); // the item's id, whatever it is
        QCOMPARE(o.refused[0].field, QStringLiteral("text"));
        QCOMPARE(o.refused[1].status, QStringLiteral("conflict"));
        QCOMPARE(o.unsettled, QStringList{QStringLiteral("n6")}); // its run comes first: retry
        QVERIFY2(o.error.contains(QLatin1String("r9")), qPrintable(o.error));

        // The same answer read as runs: "deleted" is no run status, and ids are run_id.
        const BatchOutcome runs =
            BatchResponse::interpret(sent, answer(200, body), kRegistry, kNow);
        QCOMPARE(runs.synced.size(), 0);
        QCOMPARE(runs.unsettled.size(), 6);

        // An older registry without the notes endpoint: the notes wait, and the message says so.
        const BatchOutcome old = BatchResponse::interpret(
            sent, answer(404, R"({"error":{"message":"no such endpoint"}})"), kRegistry, kNow,
            BatchResponse::Items::Notes);
        QCOMPARE(old.kind, BatchOutcome::Kind::Refused);
        QVERIFY2(old.error.contains(QLatin1String("does not take notes")), qPrintable(old.error));
    }

    void notesEndpointAndLockFile()
    {
        QCOMPARE(SyncWorker::notesEndpoint(QStringLiteral("https://r.example/")),
                 QStringLiteral("https://r.example/api/v1/notes:batch"));
        QVERIFY(SyncWorker::notesEndpoint(QString()).isEmpty());
        QCOMPARE(SyncWorker::lockFilePath(QStringLiteral("/var/lib/eol/records.db")),
                 QStringLiteral("/var/lib/eol/records.db.sync.lock"));
        QVERIFY(SyncWorker::lockFilePath(QStringLiteral("rel.db")).startsWith(u'/'));
    }

    void tokenFileMustBePrivate()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("token"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("s3cr3t-token-value\n");
        f.close();
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
        auto ok = TokenFile::read(path);
        QVERIFY(ok.ok());
        QCOMPARE(ok.value(), QByteArray("s3cr3t-token-value"));

        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner |
                                                QFile::ReadGroup | QFile::ReadOther));
        auto refused = TokenFile::read(path);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, QStringLiteral("sync_token_insecure"));
        QVERIFY(refused.error().message.contains(QLatin1String("0644")));
        QVERIFY(refused.error().message.contains(QLatin1String("chmod 600")));
        QVERIFY(!refused.error().message.contains(QLatin1String("s3cr3t"))); // never the secret

        QVERIFY(!TokenFile::read(dir.filePath(QStringLiteral("missing"))).ok());
        QVERIFY(!TokenFile::read(QString()).ok());
    }
};

QTEST_GUILESS_MAIN(TstSyncPolicy)
#include "tst_sync_policy.moc"
