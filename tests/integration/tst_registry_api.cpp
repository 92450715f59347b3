// The cloud registry end to end: the real `eol-registry serve` process on 127.0.0.1, driven over
// HTTP with QNetworkAccessManager, against a real SQLite file AND a real, throw-away PostgreSQL
// cluster started by this test. Every ingest/query test runs once per backend.

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>
#include <memory>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

const QString kRegistryBin = QStringLiteral(EOL_REGISTRY_BIN);
const QString kPgBin = QStringLiteral("/usr/lib/postgresql/15/bin");

struct Http
{
    int status = 0;
    QByteArray body;
    QByteArray contentType;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorText;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

struct ProcResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

ProcResult runProcess(const QString& program, const QStringList& args, int timeoutMs = 60000)
{
    QProcess p;
    p.start(program, args);
    ProcResult r;
    if (!p.waitForStarted(10000)) {
        r.err = QString(QStringLiteral("cannot start ") % program % QStringLiteral(": ") %
                        p.errorString())
                    .toUtf8();
        return r;
    }
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(5000);
        r.err = "did not finish in time";
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

int freePort()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    return s.serverPort();
}

/// `eol-registry serve` as a child process; url() once it printed "listening on ...".
class RegistryProcess
{
public:
    ~RegistryProcess() { stop(); }

    bool start(const QStringList& args)
    {
        m_process = std::make_unique<QProcess>();
        m_process->start(kRegistryBin, QStringList{QStringLiteral("serve")} + args);
        if (!m_process->waitForStarted(10000))
            return false;
        QByteArray out;
        while (!out.contains('\n') && m_process->waitForReadyRead(20000))
            out += m_process->readAllStandardOutput();
        const QByteArray line = out.left(out.indexOf('\n')).trimmed();
        if (!line.startsWith("listening on ")) {
            m_failure =
                QString::fromUtf8(line % QByteArray(" / ") % m_process->readAllStandardError());
            return false;
        }
        m_url = QString::fromUtf8(line.mid(int(qstrlen("listening on "))));
        return true;
    }
    void stop()
    {
        if (!m_process || m_process->state() == QProcess::NotRunning)
            return;
        m_process->terminate();
        if (!m_process->waitForFinished(10000)) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
    }
    QString url() const { return m_url; }
    QString failure() const { return m_failure; }
    QProcess* process() { return m_process.get(); }

private:
    std::unique_ptr<QProcess> m_process;
    QString m_url;
    QString m_failure;
};

struct Backend
{
    QString name;
    QString db; ///< the --db argument
    RegistryProcess server;
    QString station;
    QString reader;
    QString admin;
};

int g_imeiCounter = 0;
QString nextImei()
{
    return QString(QStringLiteral("3526561") % QString::number(10000000 + ++g_imeiCounter));
}

QString sha(const QString& s)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(s.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QJsonObject makeRun(const QString& runId, const QString& serial, const QString& imei,
                    const QString& verdict, const QString& started,
                    const QJsonObject& extraAttributes = {},
                    const QString& product = QStringLiteral("nrf91-tracker"),
                    const QString& batch = QStringLiteral("B-01"))
{
    QJsonObject attributes{
        {QStringLiteral("public_key_sha256"), sha(QString(QStringLiteral("key-") % serial))},
        {QStringLiteral("iccid"), QString(QStringLiteral("8901") % imei)},
        {QStringLiteral("imsi"), QStringLiteral("284011234580687")},
        {QStringLiteral("firmware"), QStringLiteral("mfw_nrf9160_1.3.5")},
    };
    for (auto it = extraAttributes.begin(); it != extraAttributes.end(); ++it)
        attributes.insert(it.key(), it.value());
    const bool pass = verdict == QLatin1String("pass");
    QDateTime t = QDateTime::fromString(started, Qt::ISODateWithMs);
    QJsonArray steps{
        QJsonObject{{QStringLiteral("sequence"), 0},
                    {QStringLiteral("phase"), QStringLiteral("steps")},
                    {QStringLiteral("id"), QStringLiteral("read_imei")},
                    {QStringLiteral("name"), QStringLiteral("Read IMEI")},
                    {QStringLiteral("kind"), QStringLiteral("at")},
                    {QStringLiteral("verdict"), QStringLiteral("pass")},
                    {QStringLiteral("started_utc"), started},
                    {QStringLiteral("duration_ms"), 0.3},
                    {QStringLiteral("attempts"), 1},
                    {QStringLiteral("measured"), imei},
                    {QStringLiteral("message"), QString()}},
        QJsonObject{
            {QStringLiteral("sequence"), 1},
            {QStringLiteral("phase"), QStringLiteral("steps")},
            {QStringLiteral("id"), QStringLiteral("rssi")},
            {QStringLiteral("name"), QStringLiteral("Signal strength")},
            {QStringLiteral("kind"), QStringLiteral("check")},
            {QStringLiteral("verdict"), verdict},
            {QStringLiteral("started_utc"), t.addMSecs(5).toString(Qt::ISODateWithMs)},
            {QStringLiteral("duration_ms"), 1.25},
            {QStringLiteral("attempts"), 1},
            {QStringLiteral("measured"), pass ? QStringLiteral("-71") : QStringLiteral("-113")},
            {QStringLiteral("message"),
             pass ? QString() : QStringLiteral("-113 dBm is below -100")},
            {QStringLiteral("low"), -100},
            {QStringLiteral("high"), -40},
            {QStringLiteral("unit"), QStringLiteral("dBm")}},
    };
    return QJsonObject{
        {QStringLiteral("run_id"), runId},
        {QStringLiteral("serial"), serial},
        {QStringLiteral("imei"), imei},
        {QStringLiteral("product"), product},
        {QStringLiteral("plan_id"), QStringLiteral("nrf91-tracker")},
        {QStringLiteral("plan_revision"), 3},
        {QStringLiteral("plan_sha256"), sha(QStringLiteral("plan"))},
        {QStringLiteral("station_id"), QStringLiteral("line-3")},
        {QStringLiteral("operator"), QStringLiteral("ana")},
        {QStringLiteral("batch"), batch},
        {QStringLiteral("work_order"), QStringLiteral("WO-7")},
        {QStringLiteral("port"), QStringLiteral("sim:nrf91")},
        {QStringLiteral("started_utc"), started},
        {QStringLiteral("ended_utc"), t.addSecs(4).toString(Qt::ISODateWithMs)},
        {QStringLiteral("state"), QStringLiteral("finished")},
        {QStringLiteral("verdict"), verdict},
        {QStringLiteral("failing_step"), pass ? QString() : QStringLiteral("rssi")},
        {QStringLiteral("failure_reason"),
         pass ? QString() : QStringLiteral("-113 dBm is below -100")},
        {QStringLiteral("attributes"), attributes},
        {QStringLiteral("steps"), steps},
    };
}

QByteArray batchBody(const QJsonArray& runs)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("runs"), runs}})
        .toJson(QJsonDocument::Compact);
}

QStringList statuses(const Http& r)
{
    QStringList out;
    for (const QJsonValue& v : r.json().value(QStringLiteral("results")).toArray())
        out << v.toObject().value(QStringLiteral("status")).toString();
    return out;
}

} // namespace

class tst_registry_api : public QObject
{
    Q_OBJECT

private:
    Http request(const QByteArray& verb, const QString& url, const QString& token,
                 const QByteArray& body = {}, const QSslConfiguration* ssl = nullptr)
    {
        QNetworkRequest req{QUrl(url)};
        req.setTransferTimeout(60000);
        if (!token.isEmpty())
            req.setRawHeader("Authorization", QByteArray("Bearer ") + token.toLatin1());
        if (!body.isEmpty())
            req.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        if (ssl)
            req.setSslConfiguration(*ssl);
        QNetworkReply* reply = m_nam.sendCustomRequest(req, verb, body);
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            done.wait(60000);
        Http r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.body = reply->readAll();
        r.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        r.error = reply->error();
        r.errorText = reply->errorString();
        reply->deleteLater();
        return r;
    }
    Http get(Backend& b, const QString& path, const QString& token)
    {
        return request("GET", QString(b.server.url() % path), token);
    }
    Http post(Backend& b, const QString& path, const QString& token, const QByteArray& body)
    {
        return request("POST", QString(b.server.url() % path), token, body);
    }
    Http ingest(Backend& b, const QJsonArray& runs)
    {
        return post(b, QStringLiteral("/api/v1/runs:batch"), b.station, batchBody(runs));
    }

    Backend& backend()
    {
        QFETCH_GLOBAL(QString, backendName);
        return *m_backends.value(backendName);
    }

    QString createToken(const QString& db, const QString& name, const QString& role)
    {
        const ProcResult r =
            runProcess(kRegistryBin,
                       {QStringLiteral("token"), QStringLiteral("create"), QStringLiteral("--db"),
                        db, QStringLiteral("--name"), name, QStringLiteral("--role"), role});
        if (r.exitCode != 0)
            return {};
        return QString::fromLatin1(r.out.trimmed());
    }

    /// Direct row counts, bypassing the API (the database is the ground truth).
    qint64 countRows(Backend& b, const QString& sql)
    {
        const QString name = QString(QStringLiteral("probe-") % b.name);
        qint64 n = -1;
        {
            QSqlDatabase db;
            if (b.name == QLatin1String("sqlite")) {
                db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
                db.setDatabaseName(b.db);
            } else {
                db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
                db.setHostName(QStringLiteral("127.0.0.1"));
                db.setPort(m_pgPort);
                db.setDatabaseName(QStringLiteral("postgres"));
                db.setUserName(QStringLiteral("postgres"));
            }
            if (db.open()) {
                QSqlQuery q(db);
                if (q.exec(sql) && q.next())
                    n = q.value(0).toLongLong();
            }
        }
        QSqlDatabase::removeDatabase(name);
        return n;
    }

    bool startServer(Backend& b)
    {
        return b.server.start({QStringLiteral("--db"), b.db, QStringLiteral("--listen"),
                               QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
                               QStringLiteral("0")});
    }

    ProcResult pg(const QString& tool, const QStringList& args)
    {
        const QString bin = QString(kPgBin % QLatin1Char('/') % tool);
        if (geteuid() == 0)
            return runProcess(QStringLiteral("runuser"),
                              QStringList{QStringLiteral("-u"), QStringLiteral("postgres"),
                                          QStringLiteral("--"), bin} +
                                  args,
                              120000);
        return runProcess(bin, args, 120000);
    }

    void startPostgres()
    {
        m_pgDir = std::make_unique<QTemporaryDir>(QDir::tempPath() %
                                                  QStringLiteral("/eol-registry-pg-XXXXXX"));
        QVERIFY2(m_pgDir->isValid(), "cannot create a temporary directory for PostgreSQL");
        if (geteuid() == 0) {
            // PostgreSQL refuses to run as root: the cluster belongs to the postgres user.
            const passwd* pw = getpwnam("postgres");
            QVERIFY2(pw, "PostgreSQL tests need the 'postgres' user (apt-get install postgresql)");
            QVERIFY(::chown(m_pgDir->path().toLocal8Bit().constData(), pw->pw_uid, pw->pw_gid) ==
                    0);
        }
        ::chmod(m_pgDir->path().toLocal8Bit().constData(), 0700);
        QVERIFY2(QFile::exists(QString(kPgBin % QStringLiteral("/initdb"))),
                 "PostgreSQL 15 is not installed (/usr/lib/postgresql/15/bin/initdb missing): "
                 "apt-get install postgresql");
        const QString data = m_pgDir->filePath(QStringLiteral("data"));
        const ProcResult init =
            pg(QStringLiteral("initdb"),
               {QStringLiteral("-D"), data, QStringLiteral("-U"), QStringLiteral("postgres"),
                QStringLiteral("--auth=trust"), QStringLiteral("-E"), QStringLiteral("UTF8"),
                QStringLiteral("--no-sync")});
        QVERIFY2(init.exitCode == 0,
                 qPrintable(QString(QStringLiteral("PostgreSQL initdb failed: ") %
                                    QString::fromUtf8(init.err))));
        m_pgPort = freePort();
        const ProcResult start =
            pg(QStringLiteral("pg_ctl"),
               {QStringLiteral("-D"), data, QStringLiteral("-l"),
                m_pgDir->filePath(QStringLiteral("postgres.log")), QStringLiteral("-w"),
                QStringLiteral("-t"), QStringLiteral("60"), QStringLiteral("-o"),
                QString(QStringLiteral("-p ") % QString::number(m_pgPort) % QStringLiteral(" -k ") %
                        m_pgDir->path() %
                        QStringLiteral(" -c listen_addresses=127.0.0.1 -c fsync=off")),
                QStringLiteral("start")});
        if (start.exitCode != 0) {
            QFile log(m_pgDir->filePath(QStringLiteral("postgres.log")));
            log.open(QIODevice::ReadOnly);
            QFAIL(qPrintable(QString(QStringLiteral("PostgreSQL did not start: ") %
                                     QString::fromUtf8(start.err) % QStringLiteral(" / log: ") %
                                     QString::fromUtf8(log.readAll()))));
        }
        m_pgStarted = true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(kRegistryBin), "eol-registry is not built");
        QVERIFY(m_dir.isValid());

        auto sqlite = std::make_unique<Backend>();
        sqlite->name = QStringLiteral("sqlite");
        sqlite->db = m_dir.filePath(QStringLiteral("registry.db"));
        m_backends.insert(sqlite->name, sqlite.get());
        m_owned.push_back(std::move(sqlite));

        startPostgres();
        if (QTest::currentTestFailed())
            return;
        auto postgres = std::make_unique<Backend>();
        postgres->name = QStringLiteral("postgresql");
        postgres->db = QString(QStringLiteral("postgresql://postgres@127.0.0.1:") %
                               QString::number(m_pgPort) % QStringLiteral("/postgres"));
        m_backends.insert(postgres->name, postgres.get());
        m_owned.push_back(std::move(postgres));

        for (Backend* b : m_backends) {
            b->station = createToken(b->db, QStringLiteral("st-1"), QStringLiteral("station"));
            b->reader = createToken(b->db, QStringLiteral("qa"), QStringLiteral("reader"));
            b->admin = createToken(b->db, QStringLiteral("root"), QStringLiteral("admin"));
            QVERIFY2(!b->station.isEmpty() && !b->reader.isEmpty() && !b->admin.isEmpty(),
                     qPrintable(QString(QStringLiteral("token create failed on ") % b->name)));
            QVERIFY2(startServer(*b),
                     qPrintable(QString(QStringLiteral("eol-registry serve on ") % b->name %
                                        QStringLiteral(": ") % b->server.failure())));
        }
    }

    void initTestCase_data()
    {
        QTest::addColumn<QString>("backendName");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        QTest::newRow("postgresql") << QStringLiteral("postgresql");
    }

    void cleanupTestCase()
    {
        for (Backend* b : m_backends)
            b->server.stop();
        if (m_pgStarted)
            pg(QStringLiteral("pg_ctl"),
               {QStringLiteral("-D"), m_pgDir->filePath(QStringLiteral("data")),
                QStringLiteral("-m"), QStringLiteral("fast"), QStringLiteral("-w"),
                QStringLiteral("stop")});
    }

    void healthz()
    {
        Backend& b = backend();
        const Http r = get(b, QStringLiteral("/healthz"), QString());
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        QCOMPARE(r.json().value(QStringLiteral("backend")).toString(), b.name);
    }

    void ingestPassAndFail()
    {
        Backend& b = backend();
        const QString imeiA = nextImei(), imeiB = nextImei();
        const Http r = ingest(
            b, {makeRun(QStringLiteral("ing-1"), QStringLiteral("ING-A"), imeiA,
                        QStringLiteral("pass"), QStringLiteral("2026-03-01T08:00:00.000Z")),
                makeRun(QStringLiteral("ing-2"), QStringLiteral("ING-B"), imeiB,
                        QStringLiteral("fail"), QStringLiteral("2026-03-01T08:01:00.000Z"))});
        QCOMPARE(r.status, 200);
        QCOMPARE(statuses(r), (QStringList{QStringLiteral("created"), QStringLiteral("created")}));
        QCOMPARE(r.json()[QStringLiteral("results")][0][QStringLiteral("run_id")].toString(),
                 QStringLiteral("ing-1"));

        const QJsonObject a = get(b, QStringLiteral("/api/v1/devices/ING-A"), b.reader).json();
        QCOMPARE(a.value(QStringLiteral("imei")).toString(), imeiA);
        QCOMPARE(a.value(QStringLiteral("manufacture_date")).toString(),
                 QStringLiteral("2026-03-01"));
        QCOMPARE(a.value(QStringLiteral("last_verdict")).toString(), QStringLiteral("pass"));
        QCOMPARE(a.value(QStringLiteral("public_key_sha256")).toString(),
                 sha(QStringLiteral("key-ING-A")));
        QCOMPARE(a[QStringLiteral("attributes")][QStringLiteral("firmware")].toString(),
                 QStringLiteral("mfw_nrf9160_1.3.5"));
        QVERIFY(a.value(QStringLiteral("configuration")).isObject()); // PASS provisions
        QCOMPARE(a[QStringLiteral("configuration")][QStringLiteral("config")]
                  [QStringLiteral("provisioned_by_run")]
                      .toString(),
                 QStringLiteral("ing-1"));

        const QJsonObject fb = get(b, QStringLiteral("/api/v1/devices/ING-B"), b.reader).json();
        QCOMPARE(fb.value(QStringLiteral("last_verdict")).toString(), QStringLiteral("fail"));
        QVERIFY(fb.value(QStringLiteral("configuration")).isNull()); // a FAIL does not
        QCOMPARE(fb.value(QStringLiteral("runs")).toArray().size(), 1);
        QCOMPARE(countRows(b, QStringLiteral("SELECT COUNT(*) FROM runs WHERE run_id IN "
                                             "('ing-1','ing-2')")),
                 2);
        QCOMPARE(countRows(b, QStringLiteral("SELECT COUNT(*) FROM device_configurations WHERE "
                                             "serial IN ('ING-A','ING-B')")),
                 1);
    }

    void replayChangesNothing()
    {
        Backend& b = backend();
        const QJsonArray runs{
            makeRun(QStringLiteral("rep-1"), QStringLiteral("REP-A"), nextImei(),
                    QStringLiteral("pass"), QStringLiteral("2026-03-02T08:00:00.000Z")),
            makeRun(QStringLiteral("rep-2"), QStringLiteral("REP-B"), nextImei(),
                    QStringLiteral("fail"), QStringLiteral("2026-03-02T08:01:00.000Z"))};
        QCOMPARE(statuses(ingest(b, runs)),
                 (QStringList{QStringLiteral("created"), QStringLiteral("created")}));
        const QByteArray devicesBefore = get(b, QStringLiteral("/api/v1/devices"), b.reader).body;
        const QByteArray aBefore = get(b, QStringLiteral("/api/v1/devices/REP-A"), b.reader).body;
        const qint64 runsBefore = countRows(b, QStringLiteral("SELECT COUNT(*) FROM runs"));
        const qint64 configsBefore =
            countRows(b, QStringLiteral("SELECT COUNT(*) FROM device_configurations"));

        const Http replay = ingest(b, runs);
        QCOMPARE(replay.status, 200);
        QCOMPARE(statuses(replay),
                 (QStringList{QStringLiteral("duplicate"), QStringLiteral("duplicate")}));
        QCOMPARE(get(b, QStringLiteral("/api/v1/devices"), b.reader).body, devicesBefore);
        QCOMPARE(get(b, QStringLiteral("/api/v1/devices/REP-A"), b.reader).body, aBefore);
        QCOMPARE(countRows(b, QStringLiteral("SELECT COUNT(*) FROM runs")), runsBefore);
        QCOMPARE(countRows(b, QStringLiteral("SELECT COUNT(*) FROM device_configurations")),
                 configsBefore);

        // The same new run twice in one batch: created, then duplicate.
        const QJsonObject twice =
            makeRun(QStringLiteral("rep-3"), QStringLiteral("REP-C"), nextImei(),
                    QStringLiteral("pass"), QStringLiteral("2026-03-02T09:00:00.000Z"));
        QCOMPARE(statuses(ingest(b, {twice, twice})),
                 (QStringList{QStringLiteral("created"), QStringLiteral("duplicate")}));
        QCOMPARE(countRows(b, QStringLiteral("SELECT COUNT(*) FROM runs WHERE run_id = 'rep-3'")),
                 1);
    }

    void imeiConflict()
    {
        Backend& b = backend();
        const QString imei = nextImei();
        QCOMPARE(statuses(ingest(b, {makeRun(QStringLiteral("imc-1"), QStringLiteral("IMC-A"), imei,
                                             QStringLiteral("pass"),
                                             QStringLiteral("2026-03-03T08:00:00.000Z"))})),
                 QStringList{QStringLiteral("created")});
        const Http r = ingest(
            b, {makeRun(QStringLiteral("imc-2"), QStringLiteral("IMC-B"), imei,
                        QStringLiteral("pass"), QStringLiteral("2026-03-03T08:05:00.000Z"))});
        QCOMPARE(r.status, 200);
        const QJsonObject result = r.json()[QStringLiteral("results")][0].toObject();
        QCOMPARE(result.value(QStringLiteral("status")).toString(), QStringLiteral("conflict"));
        QVERIFY2(
            result.value(QStringLiteral("message")).toString().contains(QStringLiteral("IMC-A")),
            qPrintable(result.value(QStringLiteral("message")).toString()));
        // Nothing half-written: no run, no device, no configuration for IMC-B.
        QCOMPARE(countRows(b, QStringLiteral("SELECT COUNT(*) FROM runs WHERE run_id = 'imc-2'")),
                 0);
        QCOMPARE(
            countRows(b, QStringLiteral("SELECT COUNT(*) FROM devices WHERE serial = 'IMC-B'")), 0);
        QCOMPARE(get(b, QStringLiteral("/api/v1/devices/IMC-B"), b.reader).status, 404);
    }

    void publicKeyConflict()
    {
        Backend& b = backend();
        const QString key = sha(QStringLiteral("shared-key"));
        const QJsonObject attrs{{QStringLiteral("public_key_sha256"), key}};
        QCOMPARE(statuses(ingest(b, {makeRun(QStringLiteral("pkc-1"), QStringLiteral("PKC-A"),
                                             nextImei(), QStringLiteral("pass"),
                                             QStringLiteral("2026-03-04T08:00:00.000Z"), attrs)})),
                 QStringList{QStringLiteral("created")});
        const Http r = ingest(b, {makeRun(QStringLiteral("pkc-2"), QStringLiteral("PKC-B"),
                                          nextImei(), QStringLiteral("pass"),
                                          QStringLiteral("2026-03-04T08:05:00.000Z"), attrs)});
        const QJsonObject result = r.json()[QStringLiteral("results")][0].toObject();
        QCOMPARE(result.value(QStringLiteral("status")).toString(), QStringLiteral("conflict"));
        QVERIFY(
            result.value(QStringLiteral("message")).toString().contains(QStringLiteral("PKC-A")));
        QCOMPARE(countRows(b, QStringLiteral("SELECT COUNT(*) FROM runs WHERE run_id = 'pkc-2'")),
                 0);
        QCOMPARE(
            countRows(b, QStringLiteral("SELECT COUNT(*) FROM devices WHERE serial = 'PKC-B'")), 0);
    }

    void rejectedRunNamesTheField()
    {
        Backend& b = backend();
        QJsonObject noId =
            makeRun(QStringLiteral("x"), QStringLiteral("REJ-A"), nextImei(),
                    QStringLiteral("pass"), QStringLiteral("2026-03-05T08:00:00.000Z"));
        noId.remove(QStringLiteral("run_id"));
        QJsonObject badTime =
            makeRun(QStringLiteral("rej-2"), QStringLiteral("REJ-B"), nextImei(),
                    QStringLiteral("pass"), QStringLiteral("2026-03-05T08:00:00.000Z"));
        badTime.insert(QStringLiteral("started_utc"), QStringLiteral("yesterday"));
        QJsonObject badVerdict =
            makeRun(QStringLiteral("rej-3"), QStringLiteral("REJ-C"), nextImei(),
                    QStringLiteral("pass"), QStringLiteral("2026-03-05T08:00:00.000Z"));
        badVerdict.insert(QStringLiteral("verdict"), QStringLiteral("great"));
        QJsonObject badStep =
            makeRun(QStringLiteral("rej-4"), QStringLiteral("REJ-D"), nextImei(),
                    QStringLiteral("pass"), QStringLiteral("2026-03-05T08:00:00.000Z"));
        QJsonArray steps = badStep.value(QStringLiteral("steps")).toArray();
        QJsonObject step1 = steps.at(1).toObject();
        step1.insert(QStringLiteral("verdict"), QStringLiteral("maybe"));
        steps.replace(1, step1);
        badStep.insert(QStringLiteral("steps"), steps);
        QJsonObject endsEarly =
            makeRun(QStringLiteral("rej-5"), QStringLiteral("REJ-E"), nextImei(),
                    QStringLiteral("pass"), QStringLiteral("2026-03-05T08:00:00.000Z"));
        endsEarly.insert(QStringLiteral("ended_utc"), QStringLiteral("2026-03-05T07:00:00.000Z"));
        const QJsonObject good =
            makeRun(QStringLiteral("rej-6"), QStringLiteral("REJ-F"), nextImei(),
                    QStringLiteral("pass"), QStringLiteral("2026-03-05T08:00:00.000Z"));

        const Http r = ingest(b, {noId, badTime, badVerdict, badStep, endsEarly, good});
        QCOMPARE(r.status, 200);
        const QJsonArray results = r.json().value(QStringLiteral("results")).toArray();
        QCOMPARE(results.size(), 6);
        const QStringList fields{QStringLiteral("run_id"), QStringLiteral("started_utc"),
                                 QStringLiteral("verdict"), QStringLiteral("steps[1].verdict"),
                                 QStringLiteral("ended_utc")};
        for (int i = 0; i < fields.size(); ++i) {
            const QJsonObject res = results.at(i).toObject();
            QCOMPARE(res.value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
            QCOMPARE(res.value(QStringLiteral("field")).toString(), fields.at(i));
            QVERIFY(!res.value(QStringLiteral("message")).toString().isEmpty());
        }
        QCOMPARE(results.at(5)[QStringLiteral("status")].toString(), QStringLiteral("created"));
        QCOMPARE(countRows(b, QStringLiteral("SELECT COUNT(*) FROM runs WHERE run_id IN "
                                             "('rej-2','rej-3','rej-4','rej-5')")),
                 0);
        QCOMPARE(countRows(b, QStringLiteral("SELECT COUNT(*) FROM runs WHERE run_id = 'rej-6'")),
                 1);
    }

    void malformedRequests()
    {
        Backend& b = backend();
        const QString path = QStringLiteral("/api/v1/runs:batch");
        Http r = post(b, path, b.station, QByteArrayLiteral("{not json"));
        QCOMPARE(r.status, 400);
        QVERIFY(r.json()[QStringLiteral("error")][QStringLiteral("message")].isString());
        r = post(b, path, b.station, QByteArrayLiteral("{\"rons\":[]}"));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json()[QStringLiteral("error")][QStringLiteral("field")].toString(),
                 QStringLiteral("runs"));
        r = post(b, path, b.station, QByteArrayLiteral("{\"runs\":[]}"));
        QCOMPARE(r.status, 400);
        QJsonArray tooMany;
        for (int i = 0; i < 501; ++i)
            tooMany.append(QJsonObject{{QStringLiteral("run_id"), QString::number(i)}});
        r = post(b, path, b.station, batchBody(tooMany));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json()[QStringLiteral("error")][QStringLiteral("field")].toString(),
                 QStringLiteral("runs"));
        r = get(b, QStringLiteral("/api/v1/devices?limit=abc"), b.reader);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json()[QStringLiteral("error")][QStringLiteral("field")].toString(),
                 QStringLiteral("limit"));
        QCOMPARE(get(b, QStringLiteral("/api/v1/nothing"), b.reader).status, 404);
    }

    void authorization()
    {
        Backend& b = backend();
        const QByteArray body = batchBody(
            {makeRun(QStringLiteral("auth-1"), QStringLiteral("AUTH-A"), nextImei(),
                     QStringLiteral("pass"), QStringLiteral("2026-03-06T08:00:00.000Z"))});
        const QString path = QStringLiteral("/api/v1/runs:batch");
        QCOMPARE(post(b, path, QString(), body).status, 401);
        QCOMPARE(post(b, path, QStringLiteral("not-a-token"), body).status, 401);
        QCOMPARE(get(b, QStringLiteral("/api/v1/devices"), QString()).status, 401);
        // Roles: a station ingests but does not read; a reader reads but does not ingest.
        Http r = post(b, path, b.reader, body);
        QCOMPARE(r.status, 403);
        QCOMPARE(r.json()[QStringLiteral("error")][QStringLiteral("field")].toString(),
                 QStringLiteral("Authorization"));
        QCOMPARE(get(b, QStringLiteral("/api/v1/devices"), b.station).status, 403);
        QCOMPARE(get(b, QStringLiteral("/api/v1/devices.csv"), b.station).status, 403);
        QCOMPARE(countRows(b, QStringLiteral("SELECT COUNT(*) FROM runs WHERE run_id = 'auth-1'")),
                 0);
        QCOMPARE(post(b, path, b.admin, body).status, 200);
        QCOMPARE(get(b, QStringLiteral("/api/v1/devices/AUTH-A"), b.admin).status, 200);

        // A revoked token stops working at once.
        const QString temp = createToken(b.db, QStringLiteral("temp"), QStringLiteral("reader"));
        QCOMPARE(get(b, QStringLiteral("/api/v1/devices"), temp).status, 200);
        const ProcResult revoke =
            runProcess(kRegistryBin,
                       {QStringLiteral("token"), QStringLiteral("revoke"), QStringLiteral("--db"),
                        b.db, QStringLiteral("--name"), QStringLiteral("temp")});
        QCOMPARE(revoke.exitCode, 0);
        QCOMPARE(get(b, QStringLiteral("/api/v1/devices"), temp).status, 401);
    }

    void deviceQueryFilters()
    {
        Backend& b = backend();
        QJsonObject old =
            makeRun(QStringLiteral("flt-1"), QStringLiteral("FLT-1"), nextImei(),
                    QStringLiteral("pass"), QStringLiteral("2026-04-01T08:00:00.000Z"), {},
                    QStringLiteral("flt-prod"), QStringLiteral("FB-1"));
        QJsonObject made =
            makeRun(QStringLiteral("flt-2"), QStringLiteral("FLT-2"), nextImei(),
                    QStringLiteral("fail"), QStringLiteral("2026-04-02T08:00:00.000Z"), {},
                    QStringLiteral("flt-prod"), QStringLiteral("FB-1"));
        made.insert(QStringLiteral("manufacture_date"), QStringLiteral("2026-03-15"));
        const QString imei3 = nextImei();
        const QJsonObject third =
            makeRun(QStringLiteral("flt-3"), QStringLiteral("FLT-3"), imei3, QStringLiteral("pass"),
                    QStringLiteral("2026-04-03T08:00:00.000Z"), {}, QStringLiteral("flt-prod"),
                    QStringLiteral("FB-2"));
        QCOMPARE(statuses(ingest(b, {old, made, third})),
                 (QStringList{QStringLiteral("created"), QStringLiteral("created"),
                              QStringLiteral("created")}));
        const auto serials = [&](const QString& query) {
            const Http r = get(b, QString(QStringLiteral("/api/v1/devices?") % query), b.reader);
            QStringList out;
            for (const QJsonValue& d : r.json().value(QStringLiteral("devices")).toArray())
                out << d[QStringLiteral("serial")].toString();
            return qMakePair(out, r.json().value(QStringLiteral("total")).toInt());
        };
        QCOMPARE(serials(QStringLiteral("product=flt-prod")).first,
                 (QStringList{QStringLiteral("FLT-1"), QStringLiteral("FLT-2"),
                              QStringLiteral("FLT-3")}));
        QCOMPARE(serials(QStringLiteral("product=flt-prod&batch=FB-1")).first,
                 (QStringList{QStringLiteral("FLT-1"), QStringLiteral("FLT-2")}));
        QCOMPARE(serials(QStringLiteral("product=flt-prod&verdict=fail")).first,
                 QStringList{QStringLiteral("FLT-2")});
        QCOMPARE(serials(QString(QStringLiteral("imei=") % imei3)).first,
                 QStringList{QStringLiteral("FLT-3")});
        QCOMPARE(serials(QStringLiteral("serial=FLT-1")).first,
                 QStringList{QStringLiteral("FLT-1")});
        QCOMPARE(serials(QStringLiteral("product=flt-prod&from=2026-04-01&to=2026-04-02")).first,
                 QStringList{QStringLiteral("FLT-1")});
        QCOMPARE(serials(QStringLiteral("product=flt-prod&to=2026-03-31")).first,
                 QStringList{QStringLiteral("FLT-2")});
        const auto page = serials(QStringLiteral("product=flt-prod&limit=2&offset=1"));
        QCOMPARE(page.first, (QStringList{QStringLiteral("FLT-2"), QStringLiteral("FLT-3")}));
        QCOMPARE(page.second, 3);
        QCOMPARE(serials(QStringLiteral("product=none")).second, 0);
    }

    void deviceDetailWithHistory()
    {
        Backend& b = backend();
        const QString imei = nextImei();
        const QJsonObject first =
            makeRun(QStringLiteral("his-1"), QStringLiteral("HIS-A"), imei, QStringLiteral("fail"),
                    QStringLiteral("2026-05-01T08:00:00.000Z"),
                    {{QStringLiteral("firmware"), QStringLiteral("fw-1")},
                     {QStringLiteral("old_only"), QStringLiteral("kept")}});
        const QJsonObject second =
            makeRun(QStringLiteral("his-2"), QStringLiteral("HIS-A"), imei, QStringLiteral("pass"),
                    QStringLiteral("2026-05-01T09:00:00.000Z"),
                    {{QStringLiteral("firmware"), QStringLiteral("fw-2")}});
        // The newer run arrives first; the older one late (store-and-forward): newest wins per key.
        QCOMPARE(statuses(ingest(b, {second})), QStringList{QStringLiteral("created")});
        QCOMPARE(statuses(ingest(b, {first})), QStringList{QStringLiteral("created")});
        const Http r = get(b, QStringLiteral("/api/v1/devices/HIS-A"), b.reader);
        QCOMPARE(r.status, 200);
        const QJsonObject d = r.json();
        QCOMPARE(d[QStringLiteral("attributes")][QStringLiteral("firmware")].toString(),
                 QStringLiteral("fw-2"));
        QCOMPARE(d[QStringLiteral("attributes")][QStringLiteral("old_only")].toString(),
                 QStringLiteral("kept"));
        QCOMPARE(d.value(QStringLiteral("last_verdict")).toString(), QStringLiteral("pass"));
        QCOMPARE(d.value(QStringLiteral("last_run_id")).toString(), QStringLiteral("his-2"));
        const QJsonArray runs = d.value(QStringLiteral("runs")).toArray();
        QCOMPARE(runs.size(), 2);
        QCOMPARE(runs.at(0)[QStringLiteral("run_id")].toString(), QStringLiteral("his-2"));
        QCOMPARE(runs.at(1)[QStringLiteral("run_id")].toString(), QStringLiteral("his-1"));
        QCOMPARE(runs.at(1)[QStringLiteral("failing_step")].toString(), QStringLiteral("rssi"));
        const QJsonArray steps = runs.at(1)[QStringLiteral("steps")].toArray();
        QCOMPARE(steps.size(), 2);
        QCOMPARE(steps.at(1)[QStringLiteral("measured")].toString(), QStringLiteral("-113"));
        QCOMPARE(steps.at(1)[QStringLiteral("low")].toDouble(), -100.0);
        QCOMPARE(steps.at(1)[QStringLiteral("unit")].toString(), QStringLiteral("dBm"));
        QCOMPARE(get(b, QStringLiteral("/api/v1/devices/NOPE"), b.reader).status, 404);
    }

    void notes()
    {
        Backend& b = backend();
        QCOMPARE(statuses(ingest(b, {makeRun(QStringLiteral("not-1"), QStringLiteral("NOT-A"),
                                             nextImei(), QStringLiteral("fail"),
                                             QStringLiteral("2026-05-02T08:00:00.000Z"))})),
                 QStringList{QStringLiteral("created")});
        const QString path = QStringLiteral("/api/v1/devices/NOT-A/notes");
        const QByteArray note =
            QJsonDocument(
                QJsonObject{{QStringLiteral("text"), QStringLiteral("antenna re-seated, retest")},
                            {QStringLiteral("author"), QStringLiteral("QA Ines")}})
                .toJson();
        QCOMPARE(post(b, path, b.station, note).status, 403);
        const Http created = post(b, path, b.reader, note);
        QCOMPARE(created.status, 201);
        QCOMPARE(created.json().value(QStringLiteral("author")).toString(),
                 QStringLiteral("QA Ines"));
        Http bad = post(b, path, b.reader, QByteArrayLiteral("{\"text\":\"\"}"));
        QCOMPARE(bad.status, 400);
        QCOMPARE(bad.json()[QStringLiteral("error")][QStringLiteral("field")].toString(),
                 QStringLiteral("text"));
        QCOMPARE(post(b, QStringLiteral("/api/v1/devices/NOPE/notes"), b.reader, note).status, 404);
        const QJsonArray notes = get(b, QStringLiteral("/api/v1/devices/NOT-A"), b.reader)
                                     .json()[QStringLiteral("notes")]
                                     .toArray();
        QCOMPARE(notes.size(), 1);
        QCOMPARE(notes.at(0)[QStringLiteral("text")].toString(),
                 QStringLiteral("antenna re-seated, retest"));
    }

    void notesBatchFromStations()
    {
        Backend& b = backend();
        const QString imei = nextImei();
        QCOMPARE(statuses(ingest(b, {makeRun(QStringLiteral("nb-run"), QStringLiteral("NB-A"), imei,
                                             QStringLiteral("fail"),
                                             QStringLiteral("2026-05-03T08:00:00.000Z"))})),
                 QStringList{QStringLiteral("created")});
        // A history_only run (no IMEI read): its note needs no device row.
        QJsonObject early =
            makeRun(QStringLiteral("nb-early"), QStringLiteral("NB-EARLY"), QString(),
                    QStringLiteral("error"), QStringLiteral("2026-05-03T08:01:00.000Z"));
        early.remove(QStringLiteral("imei"));
        QCOMPARE(statuses(ingest(b, {early})), QStringList{QStringLiteral("created")});

        const auto note = [](const char* id, const QString& runId, const QString& serial,
                             const QString& text) {
            return QJsonObject{
                {QStringLiteral("note_id"), QLatin1String(id)},
                {QStringLiteral("run_id"), runId.isEmpty() ? QJsonValue() : QJsonValue(runId)},
                {QStringLiteral("serial"), serial.isEmpty() ? QJsonValue() : QJsonValue(serial)},
                {QStringLiteral("author"), QStringLiteral("QA Ines")},
                {QStringLiteral("text"), text},
                {QStringLiteral("created_utc"), QStringLiteral("2026-05-03T09:00:00.000Z")},
                {QStringLiteral("deleted_utc"), QJsonValue()},
                {QStringLiteral("deleted_by"), QJsonValue()}};
        };
        const char* kRunNote = "0b6f2c3e-1111-4a5b-9c1d-000000000001";
        const char* kDeviceNote = "0b6f2c3e-1111-4a5b-9c1d-000000000002";
        const char* kEarlyNote = "0b6f2c3e-1111-4a5b-9c1d-000000000003";
        const char* kWaitingNote = "0b6f2c3e-1111-4a5b-9c1d-000000000004";
        const QJsonArray first{
            note(kRunNote, QStringLiteral("nb-run"), QString(), QStringLiteral("RF cable loose")),
            note(kDeviceNote, QString(), QStringLiteral("NB-A"), QStringLiteral("housing scratch")),
            note(kEarlyNote, QStringLiteral("nb-early"), QStringLiteral("NB-EARLY"),
                 QStringLiteral("no boot banner")),
            note(kWaitingNote, QStringLiteral("nb-not-yet"), QStringLiteral("NB-A"),
                 QStringLiteral("run still on its way")),
            note("not-a-uuid", QString(), QStringLiteral("NB-A"), QStringLiteral("x")),
            note("0b6f2c3e-1111-4a5b-9c1d-000000000005", QStringLiteral("nb-run"),
                 QStringLiteral("NB-OTHER"), QStringLiteral("wrong serial")),
        };
        const QByteArray body =
            QJsonDocument(QJsonObject{{QStringLiteral("notes"), first}}).toJson();
        const QString path = QStringLiteral("/api/v1/notes:batch");
        QCOMPARE(post(b, path, b.reader, body).status, 403); // stations send notes
        Http r = post(b, path, b.station, body);
        QCOMPARE(r.status, 200);
        QCOMPARE(statuses(r),
                 (QStringList{QStringLiteral("created"), QStringLiteral("created"),
                              QStringLiteral("created"), QStringLiteral("unknown_run"),
                              QStringLiteral("rejected"), QStringLiteral("conflict")}));
        const QJsonArray results = r.json()[QStringLiteral("results")].toArray();
        QCOMPARE(results[4][QStringLiteral("field")].toString(), QStringLiteral("note_id"));
        QCOMPARE(results[5][QStringLiteral("field")].toString(), QStringLiteral("serial"));
        QVERIFY(results[3][QStringLiteral("message")].toString().contains(u"nb-not-yet"));

        // Replay: nothing changes. Same id, other text: conflict. A deletion stamp: deleted.
        QCOMPARE(statuses(post(b, path, b.station, body)).mid(0, 3),
                 (QStringList{QStringLiteral("duplicate"), QStringLiteral("duplicate"),
                              QStringLiteral("duplicate")}));
        QJsonObject edited = first[1].toObject();
        edited[QStringLiteral("text")] = QStringLiteral("edited later");
        QJsonObject deleted = first[2].toObject();
        deleted[QStringLiteral("deleted_utc")] = QStringLiteral("2026-05-03T10:00:00.000Z");
        deleted[QStringLiteral("deleted_by")] = QStringLiteral("QA Lead");
        r = post(b, path, b.station,
                 QJsonDocument(QJsonObject{{QStringLiteral("notes"), QJsonArray{edited, deleted}}})
                     .toJson());
        QCOMPARE(statuses(r), (QStringList{QStringLiteral("conflict"), QStringLiteral("deleted")}));
        QCOMPARE(r.json()[QStringLiteral("results")][0][QStringLiteral("field")].toString(),
                 QStringLiteral("text"));
        QCOMPARE(countRows(b, QStringLiteral("SELECT COUNT(*) FROM notes WHERE note_id LIKE "
                                             "'0b6f2c3e-1111-%'")),
                 3);
        QCOMPARE(countRows(b, QStringLiteral("SELECT COUNT(*) FROM notes WHERE note_id = "
                                             "'0b6f2c3e-1111-4a5b-9c1d-000000000003' AND "
                                             "deleted_utc IS NOT NULL AND deleted_by = 'QA Lead'")),
                 1);

        // The device detail: device and run notes, each run with its own; deleted ones hidden.
        const QJsonObject device = get(b, QStringLiteral("/api/v1/devices/NB-A"), b.reader).json();
        QStringList ids;
        for (const QJsonValue& v : device[QStringLiteral("notes")].toArray())
            ids << v[QStringLiteral("id")].toString();
        ids.sort();
        QCOMPARE(ids, (QStringList{QLatin1String(kRunNote), QLatin1String(kDeviceNote)}));
        const QJsonArray runs = device[QStringLiteral("runs")].toArray();
        QCOMPARE(runs.size(), 1);
        const QJsonArray runNotes = runs[0][QStringLiteral("notes")].toArray();
        QCOMPARE(runNotes.size(), 1);
        QCOMPARE(runNotes[0][QStringLiteral("id")].toString(), QLatin1String(kRunNote));
        QCOMPARE(runNotes[0][QStringLiteral("run_id")].toString(), QStringLiteral("nb-run"));
        QCOMPARE(runNotes[0][QStringLiteral("text")].toString(), QStringLiteral("RF cable loose"));

        Http bad = post(b, path, b.station, QByteArrayLiteral("{\"notes\":[]}"));
        QCOMPARE(bad.status, 400);
        QCOMPARE(bad.json()[QStringLiteral("error")][QStringLiteral("field")].toString(),
                 QStringLiteral("notes"));
    }

    void csvExport()
    {
        Backend& b = backend();
        const QString imei = nextImei();
        QCOMPARE(
            statuses(ingest(
                b, {makeRun(QStringLiteral("csv-1"), QStringLiteral("CSV-A"), imei,
                            QStringLiteral("pass"), QStringLiteral("2026-05-03T08:00:00.000Z"),
                            {{QStringLiteral("note"), QStringLiteral("a \"quoted\", comma\nline")}},
                            QStringLiteral("=csv-prod"), QStringLiteral("B,1"))})),
            QStringList{QStringLiteral("created")});
        const Http r = get(b, QStringLiteral("/api/v1/devices.csv?product=%3Dcsv-prod"), b.reader);
        QCOMPARE(r.status, 200);
        QVERIFY(r.contentType.startsWith("text/csv"));
        QFile file(m_dir.filePath(QString(b.name % QStringLiteral("-devices.csv"))));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(r.body);
        file.close();
        const ProcResult py = runProcess(
            QStringLiteral("python3"),
            {QStringLiteral("-c"),
             QStringLiteral("import csv, json, sys\n"
                            "print(json.dumps(list(csv.DictReader(open(sys.argv[1], newline='', "
                            "encoding='utf-8')))))"),
             file.fileName()});
        QVERIFY2(py.exitCode == 0, py.err.constData());
        const QJsonArray rows = QJsonDocument::fromJson(py.out).array();
        QCOMPARE(rows.size(), 1);
        const QJsonObject row = rows.at(0).toObject();
        QCOMPARE(row[QStringLiteral("serial")].toString(), QStringLiteral("CSV-A"));
        QCOMPARE(row[QStringLiteral("imei")].toString(), imei);
        QCOMPARE(row[QStringLiteral("product")].toString(),
                 QStringLiteral("'=csv-prod")); // guarded
        QCOMPARE(row[QStringLiteral("batch")].toString(), QStringLiteral("B,1"));
        QCOMPARE(row[QStringLiteral("last_verdict")].toString(), QStringLiteral("pass"));
        QCOMPARE(row[QStringLiteral("provisioned")].toString(), QStringLiteral("yes"));
        QCOMPARE(row[QStringLiteral("firmware")].toString(), QStringLiteral("mfw_nrf9160_1.3.5"));
        const QJsonObject attrs =
            QJsonDocument::fromJson(row[QStringLiteral("attributes_json")].toString().toUtf8())
                .object();
        QCOMPARE(attrs[QStringLiteral("note")].toString(),
                 QStringLiteral("a \"quoted\", comma\nline"));
    }

    void metrics()
    {
        Backend& b = backend();
        const Http r = get(b, QStringLiteral("/metrics"), QString());
        QCOMPARE(r.status, 200);
        const QString text = QString::fromUtf8(r.body);
        const qint64 devices = countRows(b, QStringLiteral("SELECT COUNT(*) FROM devices"));
        QVERIFY2(text.contains(QString(QStringLiteral("\neol_registry_devices_total ") %
                                       QString::number(devices) % QLatin1Char('\n'))),
                 qPrintable(text));
        for (const char* needle :
             {"eol_registry_runs_ingested_total{status=\"created\"}",
              "eol_registry_runs_ingested_total{status=\"duplicate\"}",
              "eol_registry_runs_ingested_total{status=\"conflict\"}",
              "eol_registry_runs_ingested_total{status=\"rejected\"}",
              "eol_registry_batch_size_runs_count",
              "eol_registry_http_request_duration_seconds_bucket{route=\"/api/v1/runs:batch\",le=",
              "# TYPE eol_registry_http_request_duration_seconds histogram"})
            QVERIFY2(text.contains(QLatin1String(needle)), needle);
        QVERIFY(!text.contains(b.station));
    }

    void crashMidBatchIsAllOrNothing()
    {
        Backend& b = backend();
        QJsonArray runs;
        for (int i = 0; i < 500; ++i)
            runs.append(makeRun(QString(QStringLiteral("crash-") % QString::number(i)),
                                QString(QStringLiteral("CRASH-") % QString::number(i)), nextImei(),
                                QStringLiteral("pass"),
                                QStringLiteral("2026-06-01T08:00:00.000Z")));
        QNetworkRequest req{QUrl(QString(b.server.url() % QStringLiteral("/api/v1/runs:batch")))};
        req.setRawHeader("Authorization", QByteArray("Bearer ") + b.station.toLatin1());
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply* reply = m_nam.post(req, batchBody(runs));
        QSignalSpy uploaded(reply, &QNetworkReply::uploadProgress);
        QTRY_VERIFY_WITH_TIMEOUT(!uploaded.isEmpty() || reply->isFinished(), 30000);
        b.server.process()->kill(); // SIGKILL while (or right after) the batch is written
        b.server.process()->waitForFinished(10000);
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            done.wait(30000);
        reply->deleteLater();
        const qint64 stored =
            countRows(b, QStringLiteral("SELECT COUNT(*) FROM runs WHERE run_id LIKE 'crash-%'"));
        QVERIFY2(stored == 0 || stored == 500, qPrintable(QString::number(stored)));
        QCOMPARE(countRows(
                     b, QStringLiteral("SELECT COUNT(*) FROM devices WHERE serial LIKE 'CRASH-%'")),
                 stored);
        QCOMPARE(countRows(b, QStringLiteral("SELECT COUNT(*) FROM device_configurations WHERE "
                                             "serial LIKE 'CRASH-%'")),
                 stored);
        // Restarted, the station's retry completes the batch.
        QVERIFY2(startServer(b), qPrintable(b.server.failure()));
        const Http retry = ingest(b, runs);
        QCOMPARE(retry.status, 200);
        QCOMPARE(
            statuses(retry).count(stored ? QStringLiteral("duplicate") : QStringLiteral("created")),
            500);
        QCOMPARE(
            countRows(b, QStringLiteral("SELECT COUNT(*) FROM runs WHERE run_id LIKE 'crash-%'")),
            500);
    }

    void tokenCliStoresOnlyTheHash()
    {
        Backend& b = backend();
        if (b.name != QLatin1String("sqlite"))
            QSKIP("CLI and file checks run once, on the SQLite file");
        const QString token =
            createToken(b.db, QStringLiteral("st-hash"), QStringLiteral("station"));
        QCOMPARE(token.size(), 43); // 32 bytes, base64url without padding
        QVERIFY(QRegularExpression(QStringLiteral("^[A-Za-z0-9_-]{43}$")).match(token).hasMatch());
        for (const QString& path : {b.db, QString(b.db % QStringLiteral("-wal"))}) {
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const QByteArray bytes = f.readAll();
            QVERIFY2(!bytes.contains(token.toLatin1()), qPrintable(path));
        }
        QCOMPARE(countRows(b, QString(QStringLiteral("SELECT COUNT(*) FROM tokens WHERE "
                                                     "token_sha256 = '") %
                                      sha(token) % QStringLiteral("' AND name = 'st-hash'"))),
                 1);
        const ProcResult list =
            runProcess(kRegistryBin, {QStringLiteral("token"), QStringLiteral("list"),
                                      QStringLiteral("--db"), b.db, QStringLiteral("--json")});
        QCOMPARE(list.exitCode, 0);
        QVERIFY(list.out.contains("st-hash"));
        QVERIFY(!list.out.contains(token.toLatin1()));
        const ProcResult dup =
            runProcess(kRegistryBin,
                       {QStringLiteral("token"), QStringLiteral("create"), QStringLiteral("--db"),
                        b.db, QStringLiteral("--name"), QStringLiteral("st-hash"),
                        QStringLiteral("--role"), QStringLiteral("station")});
        QVERIFY(dup.exitCode != 0);
        QVERIFY(dup.out.isEmpty());
        const ProcResult badRole = runProcess(
            kRegistryBin, {QStringLiteral("token"), QStringLiteral("create"),
                           QStringLiteral("--db"), b.db, QStringLiteral("--name"),
                           QStringLiteral("x"), QStringLiteral("--role"), QStringLiteral("god")});
        QCOMPARE(badRole.exitCode, 2);
    }

    void tlsWithSelfSignedCertificate()
    {
        Backend& b = backend();
        if (b.name != QLatin1String("sqlite"))
            QSKIP("transport test, independent of the backend: runs on SQLite");
        const QString cert = m_dir.filePath(QStringLiteral("cert.pem"));
        const QString key = m_dir.filePath(QStringLiteral("key.pem"));
        const ProcResult gen = runProcess(
            QStringLiteral("openssl"),
            {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
             QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"), key,
             QStringLiteral("-out"), cert, QStringLiteral("-days"), QStringLiteral("2"),
             QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
             QStringLiteral("subjectAltName=IP:127.0.0.1")});
        QVERIFY2(gen.exitCode == 0, gen.err.constData());
        RegistryProcess tls;
        QVERIFY2(
            tls.start({QStringLiteral("--db"), b.db, QStringLiteral("--port"), QStringLiteral("0"),
                       QStringLiteral("--tls-cert"), cert, QStringLiteral("--tls-key"), key}),
            qPrintable(tls.failure()));
        QVERIFY2(tls.url().startsWith(QLatin1String("https://127.0.0.1:")), qPrintable(tls.url()));

        QSslConfiguration trusting = QSslConfiguration::defaultConfiguration();
        trusting.addCaCertificates(QSslCertificate::fromPath(cert));
        Http r = request("GET", QString(tls.url() % QStringLiteral("/healthz")), QString(), {},
                         &trusting);
        QVERIFY2(r.status == 200, qPrintable(r.errorText));
        QCOMPARE(r.json().value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        r = request("GET", QString(tls.url() % QStringLiteral("/api/v1/devices?limit=1")), b.reader,
                    {}, &trusting);
        QCOMPARE(r.status, 200);

        // Without the CA the client must refuse the self-signed certificate (fresh connection).
        m_nam.clearConnectionCache();
        m_nam.clearAccessCache();
        const QSslConfiguration plain = QSslConfiguration::defaultConfiguration();
        r = request("GET", QString(tls.url() % QStringLiteral("/healthz")), QString(), {}, &plain);
        QCOMPARE(r.error, QNetworkReply::SslHandshakeFailedError);
        tls.stop();
    }

    void plainHttpRefusedOffLoopback()
    {
        Backend& b = backend();
        if (b.name != QLatin1String("sqlite"))
            QSKIP("transport test, independent of the backend: runs on SQLite");
        const ProcResult refused =
            runProcess(kRegistryBin, {QStringLiteral("serve"), QStringLiteral("--db"), b.db,
                                      QStringLiteral("--listen"), QStringLiteral("0.0.0.0"),
                                      QStringLiteral("--port"), QStringLiteral("0")});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY(refused.out.isEmpty());
        QVERIFY2(refused.err.contains("--allow-plain-http"), refused.err.constData());

        RegistryProcess allowed;
        QVERIFY2(allowed.start({QStringLiteral("--db"), b.db, QStringLiteral("--listen"),
                                QStringLiteral("0.0.0.0"), QStringLiteral("--port"),
                                QStringLiteral("0"), QStringLiteral("--allow-plain-http")}),
                 qPrintable(allowed.failure()));
        QVERIFY(allowed.url().startsWith(QLatin1String("http://0.0.0.0:")));
        allowed.stop();
    }

    void sigtermStopsCleanly()
    {
        Backend& b = backend();
        RegistryProcess p;
        QVERIFY2(
            p.start({QStringLiteral("--db"), b.db, QStringLiteral("--port"), QStringLiteral("0")}),
            qPrintable(p.failure()));
        QCOMPARE(request("GET", QString(p.url() % QStringLiteral("/healthz")), QString()).status,
                 200);
        p.process()->terminate();
        QVERIFY(p.process()->waitForFinished(10000));
        QCOMPARE(p.process()->exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.process()->exitCode(), 0);
    }

private:
    QTemporaryDir m_dir;
    QNetworkAccessManager m_nam;
    std::unique_ptr<QTemporaryDir> m_pgDir;
    int m_pgPort = 0;
    bool m_pgStarted = false;
    std::vector<std::unique_ptr<Backend>> m_owned;
    QMap<QString, Backend*> m_backends;
};

QTEST_GUILESS_MAIN(tst_registry_api)
#include "tst_registry_api.moc"
