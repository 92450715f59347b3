// Registry ingest throughput: N station runs (12 steps each, identity attributes with a PEM key)
// posted in batches of 500 to a real `eol-registry serve` on 127.0.0.1, one batch at a time as a
// station's sync worker does. Prints a markdown table of records/s per backend.
//   bench_registry_ingest           10,000 runs, SQLite and PostgreSQL (throw-away cluster)
//   bench_registry_ingest --quick   1,000 runs, SQLite only
// The eol-registry binary: $EOL_REGISTRY_BIN, else <bench dir>/../../eol-registry.

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimeZone>
#include <cstdio>
#include <memory>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

constexpr int kBatch = 500;
const QString kPgBin = QStringLiteral("/usr/lib/postgresql/15/bin");

QTextStream& out()
{
    static QTextStream s(stdout);
    return s;
}

QString registryBin()
{
    const QString env = qEnvironmentVariable("EOL_REGISTRY_BIN");
    if (!env.isEmpty())
        return env;
    return QDir(QCoreApplication::applicationDirPath())
        .absoluteFilePath(QStringLiteral("../../eol-registry"));
}

int run(const QString& program, const QStringList& args, QByteArray* stdoutText = nullptr)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForStarted(10000) || !p.waitForFinished(120000))
        return -1;
    if (stdoutText)
        *stdoutText = p.readAllStandardOutput();
    if (p.exitCode() != 0)
        fprintf(stderr, "%s: %s\n", qPrintable(program), p.readAllStandardError().constData());
    return p.exitCode();
}

int pg(const QString& tool, const QStringList& args)
{
    const QString bin = QString(kPgBin % QLatin1Char('/') % tool);
    if (geteuid() == 0)
        return run(QStringLiteral("runuser"),
                   QStringList{QStringLiteral("-u"), QStringLiteral("postgres"),
                               QStringLiteral("--"), bin} +
                       args);
    return run(bin, args);
}

int freePort()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    return s.serverPort();
}

QJsonObject makeRun(int i)
{
    const QString serial =
        QString(QStringLiteral("BENCH") % QString::number(i).rightJustified(7, QLatin1Char('0')));
    const QString imei = QString(QStringLiteral("35265610") %
                                 QString::number(i).rightJustified(7, QLatin1Char('0')));
    const QString started = QDateTime(QDate(2026, 7, 1), QTime(6, 0), QTimeZone::utc())
                                .addSecs(i * 7)
                                .toString(Qt::ISODateWithMs);
    QJsonArray steps;
    for (int s = 0; s < 12; ++s)
        steps.append(QJsonObject{
            {QStringLiteral("sequence"), s},
            {QStringLiteral("phase"), QStringLiteral("steps")},
            {QStringLiteral("id"), QString(QStringLiteral("step_") % QString::number(s))},
            {QStringLiteral("name"), QStringLiteral("A representative test step")},
            {QStringLiteral("kind"), QStringLiteral("at")},
            {QStringLiteral("verdict"), QStringLiteral("pass")},
            {QStringLiteral("started_utc"), started},
            {QStringLiteral("duration_ms"), 12.5},
            {QStringLiteral("attempts"), 1},
            {QStringLiteral("measured"), QStringLiteral("-71")},
            {QStringLiteral("message"), QString()},
            {QStringLiteral("low"), -100},
            {QStringLiteral("high"), -40},
            {QStringLiteral("unit"), QStringLiteral("dBm")}});
    const QString pem = QString(
        QStringLiteral("-----BEGIN PUBLIC KEY-----\n") %
        QString::fromLatin1(
            QCryptographicHash::hash(serial.toUtf8(), QCryptographicHash::Sha512).toBase64()) %
        QStringLiteral("\n-----END PUBLIC KEY-----\n"));
    return QJsonObject{
        {QStringLiteral("run_id"), QString(QStringLiteral("bench-") % QString::number(i))},
        {QStringLiteral("serial"), serial},
        {QStringLiteral("imei"), imei},
        {QStringLiteral("product"), QStringLiteral("nrf91-tracker")},
        {QStringLiteral("plan_id"), QStringLiteral("nrf91-tracker")},
        {QStringLiteral("plan_revision"), 3},
        {QStringLiteral("plan_sha256"), QString(64, QLatin1Char('a'))},
        {QStringLiteral("station_id"), QStringLiteral("line-3")},
        {QStringLiteral("operator"), QStringLiteral("ana")},
        {QStringLiteral("batch"), QStringLiteral("B-2026-07")},
        {QStringLiteral("work_order"), QStringLiteral("WO-7")},
        {QStringLiteral("port"), QStringLiteral("/dev/ttyUSB0")},
        {QStringLiteral("started_utc"), started},
        {QStringLiteral("ended_utc"), started},
        {QStringLiteral("state"), QStringLiteral("finished")},
        {QStringLiteral("verdict"), i % 10 == 9 ? QStringLiteral("fail") : QStringLiteral("pass")},
        {QStringLiteral("failing_step"), QString()},
        {QStringLiteral("failure_reason"), QString()},
        {QStringLiteral("attributes"),
         QJsonObject{
             {QStringLiteral("public_key_pem"), pem},
             {QStringLiteral("public_key_sha256"),
              QString::fromLatin1(
                  QCryptographicHash::hash(pem.toUtf8(), QCryptographicHash::Sha256).toHex())},
             {QStringLiteral("iccid"), QString(QStringLiteral("8901") % imei)},
             {QStringLiteral("imsi"), QStringLiteral("284011234580687")},
             {QStringLiteral("firmware"), QStringLiteral("mfw_nrf9160_1.3.5")}}},
        {QStringLiteral("steps"), steps},
    };
}

struct Row
{
    QString backend;
    int runs = 0;
    int created = 0;
    double seconds = 0;
    QString problem;
};

Row ingest(const QString& backend, const QString& db, const QList<QByteArray>& bodies, int runs)
{
    Row row{backend, runs, 0, 0, {}};
    const QString bin = registryBin();
    QByteArray token;
    if (run(bin,
            {QStringLiteral("token"), QStringLiteral("create"), QStringLiteral("--db"), db,
             QStringLiteral("--name"), QStringLiteral("bench"), QStringLiteral("--role"),
             QStringLiteral("station")},
            &token) != 0) {
        row.problem = QStringLiteral("token create failed");
        return row;
    }
    token = token.trimmed();
    QProcess server;
    server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    server.start(bin, {QStringLiteral("serve"), QStringLiteral("--db"), db,
                       QStringLiteral("--port"), QStringLiteral("0")});
    QByteArray line;
    while (!line.contains('\n') && server.waitForReadyRead(20000))
        line += server.readAllStandardOutput();
    if (!line.startsWith("listening on ")) {
        row.problem = QStringLiteral("server did not start");
        return row;
    }
    const QUrl url(
        QString(QString::fromUtf8(line.mid(13).trimmed()) % QStringLiteral("/api/v1/runs:batch")));
    server.setStandardOutputFile(QProcess::nullDevice());
    QNetworkAccessManager nam;
    QElapsedTimer timer;
    timer.start();
    for (const QByteArray& body : bodies) {
        QNetworkRequest req(url);
        req.setRawHeader("Authorization", "Bearer " + token);
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        req.setTransferTimeout(120000);
        QNetworkReply* reply = nam.post(req, body);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        if (!reply->isFinished())
            loop.exec();
        const QJsonArray results = QJsonDocument::fromJson(reply->readAll())
                                       .object()
                                       .value(QStringLiteral("results"))
                                       .toArray();
        for (const QJsonValue& r : results)
            row.created += r[QStringLiteral("status")].toString() == QLatin1String("created");
        if (reply->error() != QNetworkReply::NoError)
            row.problem = reply->errorString();
        reply->deleteLater();
    }
    row.seconds = double(timer.nsecsElapsed()) / 1e9;
    server.terminate();
    server.waitForFinished(10000);
    return row;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const bool quick = app.arguments().contains(QStringLiteral("--quick"));
    const int runs = quick ? 1000 : 10000;
    if (!QFile::exists(registryBin())) {
        fprintf(stderr, "eol-registry not found at %s: build it or set EOL_REGISTRY_BIN\n",
                qPrintable(registryBin()));
        return 2;
    }
    QList<QByteArray> bodies;
    for (int start = 0; start < runs; start += kBatch) {
        QJsonArray batch;
        for (int i = start; i < qMin(runs, start + kBatch); ++i)
            batch.append(makeRun(i));
        bodies.append(QJsonDocument(QJsonObject{{QStringLiteral("runs"), batch}})
                          .toJson(QJsonDocument::Compact));
    }
    QTemporaryDir dir;
    QList<Row> rows;
    rows.append(ingest(QStringLiteral("SQLite (WAL, synchronous=FULL)"),
                       dir.filePath(QStringLiteral("bench.db")), bodies, runs));

    if (!quick) {
        QTemporaryDir pgDir(QDir::tempPath() % QStringLiteral("/eol-bench-pg-XXXXXX"));
        if (geteuid() == 0) {
            if (const passwd* pw = getpwnam("postgres")) [[maybe_unused]]
                const int rc =
                    ::chown(pgDir.path().toLocal8Bit().constData(), pw->pw_uid, pw->pw_gid);
        }
        const QString data = pgDir.filePath(QStringLiteral("data"));
        const int port = freePort();
        const bool up =
            pg(QStringLiteral("initdb"),
               {QStringLiteral("-D"), data, QStringLiteral("-U"), QStringLiteral("postgres"),
                QStringLiteral("--auth=trust"), QStringLiteral("-E"), QStringLiteral("UTF8")}) ==
                0 &&
            pg(QStringLiteral("pg_ctl"),
               {QStringLiteral("-D"), data, QStringLiteral("-l"),
                pgDir.filePath(QStringLiteral("log")), QStringLiteral("-w"), QStringLiteral("-o"),
                QString(QStringLiteral("-p ") % QString::number(port) % QStringLiteral(" -k ") %
                        pgDir.path() % QStringLiteral(" -c listen_addresses=127.0.0.1")),
                QStringLiteral("start")}) == 0;
        if (up) {
            rows.append(ingest(QStringLiteral("PostgreSQL 15 (fsync on, loopback TCP)"),
                               QString(QStringLiteral("postgresql://postgres@127.0.0.1:") %
                                       QString::number(port) % QStringLiteral("/postgres")),
                               bodies, runs));
            pg(QStringLiteral("pg_ctl"),
               {QStringLiteral("-D"), data, QStringLiteral("-m"), QStringLiteral("fast"),
                QStringLiteral("-w"), QStringLiteral("stop")});
        } else {
            rows.append(Row{QStringLiteral("PostgreSQL 15"), runs, 0, 0,
                            QStringLiteral("could not start a PostgreSQL cluster")});
        }
    }

    out() << "\n### Registry ingest (" << runs << " runs, batches of " << kBatch
          << ", 12 steps each, HTTP on 127.0.0.1)\n\n";
    out() << "| backend | runs | created | seconds | records/s |\n|---|---:|---:|---:|---:|\n";
    bool ok = true;
    for (const Row& r : rows) {
        out() << "| " << r.backend << " | " << r.runs << " | " << r.created << " | "
              << QString::number(r.seconds, 'f', 2) << " | "
              << (r.seconds > 0 ? QString::number(qRound(r.runs / r.seconds)) : QStringLiteral("-"))
              << (r.problem.isEmpty()
                      ? QString()
                      : QString(QStringLiteral(" (") % r.problem % QLatin1Char(')')))
              << " |\n";
        ok = ok && r.problem.isEmpty() && r.created == r.runs;
    }
    out().flush();
    return ok ? 0 : 1;
}
