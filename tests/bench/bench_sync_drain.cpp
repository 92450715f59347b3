// Station-side registry sync throughput (numbers quoted in docs/performance.md and docs/sync.md):
//  1. Drain: a station database (real RunStore file) holding N finished runs — 12 steps each
//     with measured values and limits, identity attributes (imei, iccid, imsi, firmware, public
//     key), a transcript — all pending in the outbox, drained by the real SyncWorker on its sync
//     thread with the real StoreWriter (exactly as the station wires them) to a fresh
//     `eol-registry serve` on 127.0.0.1: SQLite, then a throw-away PostgreSQL 15 cluster.
//     records/s from the first request to the outbox being empty; afterwards the registry must
//     hold exactly N runs (devices total and the created-runs counter).
//  2. Testing while syncing: the nrf91 product plan against the in-process simulated nRF91
//     (answers after a fixed latency) through the real Station / FixtureSlot, once with nothing
//     to sync and once while an N-run backlog drains to the registry. Median cycle, runs/s and
//     their ratio.
//   bench_sync_drain           N = 10,000, both backends
//   bench_sync_drain --quick   N = 1,000, SQLite only (the ctest run)
// Exit code 0 only when every drain emptied the outbox and the registry holds exactly N runs.

#include "PostgresCluster.h"
#include "RegistryProcess.h"
#include "plan/PlanLoader.h"
#include "runner/FixtureSlot.h"
#include "station/Station.h"
#include "store/RunStore.h"
#include "store/StoreWriter.h"
#include "sync/SyncConfig.h"
#include "sync/SyncStatus.h"
#include "sync/SyncWorker.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>
#include <QTimeZone>
#include <QTimer>
#include <QUuid>
#include <algorithm>
#include <cstdio>
#include <sys/resource.h>
#include <tuple>
#include <unistd.h>
#include <vector>

using namespace eol::core;

namespace {

constexpr int kDrainTimeoutMs = 600'000;
constexpr int kSimLatencyMs = 10;

QString registryBin()
{
#ifdef EOL_REGISTRY_BIN
    return QStringLiteral(EOL_REGISTRY_BIN);
#else
    return qEnvironmentVariable("EOL_REGISTRY_BIN");
#endif
}

QString hex(const QByteArray& bytes, QCryptographicHash::Algorithm a)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, a).toHex());
}

/// One realistic finished run: identity, 12 steps (AT answers and limit checks), transcript.
void addRun(store::RunStore& s, int i, const QDateTime& base)
{
    const QString serial = QStringLiteral("BL%1").arg(i, 8, 10, QLatin1Char('0'));
    const QString imei = QStringLiteral("3526561%1").arg(i, 8, 10, QLatin1Char('0'));
    const QString imsi = QStringLiteral("28401%1").arg(i, 10, 10, QLatin1Char('0'));
    const QString iccid = QStringLiteral("894401%1").arg(i, 13, 10, QLatin1Char('0'));
    const QString pem =
        QStringLiteral("-----BEGIN PUBLIC KEY-----\n") +
        QString::fromLatin1(
            QByteArray(
                QByteArray::fromHex("3059301306072a8648ce3d020106082a8648ce3d03010703420004") +
                QCryptographicHash::hash(serial.toUtf8(), QCryptographicHash::Sha512))
                .toBase64()) +
        QStringLiteral("\n-----END PUBLIC KEY-----\n");
    store::RunRecord r;
    r.runId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    r.serial = serial;
    r.imei = imei;
    r.product = QStringLiteral("nRF9160 asset tracker");
    r.planId = QStringLiteral("nrf91-tracker");
    r.planRevision = 3;
    r.planSha256 = hex("nrf91-tracker rev 3", QCryptographicHash::Sha256);
    r.stationId = QStringLiteral("line-3-st-2");
    r.operatorName = QStringLiteral("ana");
    r.batch = QStringLiteral("B-2026-07");
    r.workOrder = QStringLiteral("WO-7731");
    r.port = QStringLiteral("/dev/ttyACM0");
    r.startedUtc = base.addSecs(qint64(i) * 7);
    r.state = QStringLiteral("running");
    (void)s.beginRun(r);

    const bool fail = i % 10 == 9;
    struct Step
    {
        const char* id;
        const char* name;
        const char* kind;
        QString measured;
        std::optional<double> low, high;
        const char* unit;
    };
    const QList<Step> plan{
        {"at_sync", "Modem answers AT", "at", QStringLiteral("OK"), {}, {}, ""},
        {"imei", "Read IMEI", "at", imei, {}, {}, ""},
        {"imei_valid", "IMEI passes Luhn", "check", imei, {}, {}, ""},
        {"imsi", "Read IMSI", "at", imsi, {}, {}, ""},
        {"iccid", "Read ICCID", "at", iccid, {}, {}, ""},
        {"firmware", "Modem firmware", "at", QStringLiteral("mfw_nrf9160_1.3.5"), {}, {}, ""},
        {"battery", "Battery voltage", "check", QString::number(3700 + i % 300), 3300, 4400, "mV"},
        {"rssi", "Signal strength", "check", fail ? QStringLiteral("-113") : QStringLiteral("-71"),
         -100, -40, "dBm"},
        {"temperature", "Modem temperature", "check", QString::number(24 + i % 9), -10, 60, "°C"},
        {"sleep_current", "Sleep current", "check", QStringLiteral("3.2"), 0, 8, "µA"},
        {"public_key", "Generate device key", "at", pem, {}, {}, ""},
        {"dut_serial", "Serial matches label", "check", serial, {}, {}, ""},
    };
    QList<store::StepRecord> steps;
    QList<eol::drivers::TranscriptEntry> transcript;
    qint64 t = r.startedUtc.toMSecsSinceEpoch() * 1000;
    for (int k = 0; k < plan.size(); ++k) {
        const Step& p = plan.at(k);
        store::StepRecord st;
        st.runId = r.runId;
        st.sequence = k;
        st.phase = QStringLiteral("steps");
        st.stepId = QLatin1String(p.id);
        st.name = QLatin1String(p.name);
        st.kind = QLatin1String(p.kind);
        st.verdict = fail && k == 7 ? QStringLiteral("fail") : QStringLiteral("pass");
        st.startedUtc = QDateTime::fromMSecsSinceEpoch(t / 1000, QTimeZone::utc());
        st.durationMs = 11.5 + k;
        st.measured = p.measured;
        st.low = p.low;
        st.high = p.high;
        st.unit = QString::fromUtf8(p.unit);
        if (st.verdict == QLatin1String("fail"))
            st.message = QStringLiteral("-113 dBm is below the limit -100 dBm");
        steps.append(st);
        if (st.kind == QLatin1String("at")) {
            transcript.append({t, eol::drivers::TranscriptEntry::Direction::ToDevice,
                               QByteArray(QByteArray("AT+") + p.id + "\r")});
            transcript.append({t + 9000, eol::drivers::TranscriptEntry::Direction::FromDevice,
                               QByteArray("\r\n" + p.measured.toUtf8() + "\r\nOK\r\n")});
        }
        t += 14000;
    }
    (void)s.appendSteps(steps);
    (void)s.appendTranscript(r.runId, transcript);
    r.state = QStringLiteral("finished");
    r.endedUtc = QDateTime::fromMSecsSinceEpoch(t / 1000, QTimeZone::utc());
    r.verdict = fail ? QStringLiteral("fail") : QStringLiteral("pass");
    if (fail) {
        r.failingStep = QStringLiteral("rssi");
        r.failureReason = QStringLiteral("-113 dBm is below the limit -100 dBm");
    }
    r.attributes = QJsonObject{
        {QStringLiteral("imei"), imei},
        {QStringLiteral("imsi"), imsi},
        {QStringLiteral("iccid"), iccid},
        {QStringLiteral("firmware"), QStringLiteral("mfw_nrf9160_1.3.5")},
        {QStringLiteral("public_key"), pem},
        {QStringLiteral("public_key_sha256"), hex(pem.toUtf8(), QCryptographicHash::Sha256)},
    };
    (void)s.finishRun(r);
}

/// A station database with `n` finished runs, all pending in the outbox.
bool makeBacklog(const QString& path, int n)
{
    auto store = store::RunStore::open(path);
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(store.error().message));
        return false;
    }
    const QDateTime base = QDateTime(QDate(2026, 7, 1), QTime(6, 0), QTimeZone::utc());
    for (int start = 0; start < n; start += 500) {
        const auto done = store.value()->transaction([&]() -> eol::Result<void> {
            for (int i = start; i < std::min(n, start + 500); ++i)
                addRun(*store.value(), i, base);
            return {};
        });
        if (!done) {
            std::fprintf(stderr, "%s\n", qPrintable(done.error().message));
            return false;
        }
    }
    auto pending = store.value()->outboxCount();
    return pending && pending.value() == n;
}

bool copyDb(const QString& from, const QString& to)
{
    QFile::remove(to);
    return QFile::copy(from, to);
}

QByteArray httpGet(const QString& url, const QByteArray& token)
{
    QNetworkAccessManager nam;
    QNetworkRequest req{QUrl(url)};
    if (!token.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + token);
    req.setTransferTimeout(60000);
    QNetworkReply* reply = nam.get(req);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    const QByteArray body = reply->readAll();
    reply->deleteLater();
    return body;
}

/// Runs and devices the registry holds: the created counter of /metrics, devices "total".
std::pair<qint64, qint64> registryCounts(const RegistryProcess& registry, const QByteArray& reader)
{
    const QByteArray metrics = httpGet(registry.url() + QStringLiteral("/metrics"), {});
    static const QRegularExpression created(
        QStringLiteral("eol_registry_runs_ingested_total\\{status=\"created\"\\} (\\d+)"));
    const auto m = created.match(QString::fromUtf8(metrics));
    const qint64 runs = m.hasMatch() ? m.captured(1).toLongLong() : -1;
    static const QRegularExpression handled(QStringLiteral(
        "eol_registry_http_request_duration_seconds_sum\\{route=\"/api/v1/runs:batch\"\\} "
        "([0-9.e+-]+)"));
    if (const auto h = handled.match(QString::fromUtf8(metrics)); h.hasMatch())
        std::fprintf(stderr, "registry: %.2f s inside its batch handler\n",
                     h.captured(1).toDouble());
    const QJsonObject list =
        QJsonDocument::fromJson(
            httpGet(registry.url() + QStringLiteral("/api/v1/devices?limit=1"), reader))
            .object();
    return {runs, list.value(QStringLiteral("total")).toInteger(-1)};
}

/// The 1-minute load average: other work on the machine skews every number here.
QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll().split(' ').value(0))
                                       : QStringLiteral("?");
}

/// CPU time (user + system) this process used so far, all threads.
double ownCpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
           double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

/// CPU time (user + system) of another process, from /proc/PID/stat.
double processCpuSeconds(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray stat = f.readAll();
    // After the command name (which may hold spaces): field 3 (state) onwards; utime is 14.
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return 0;
    return double(fields.at(11).toLongLong() + fields.at(12).toLongLong()) /
           double(sysconf(_SC_CLK_TCK));
}

bool writeToken(const QString& path, const QByteArray& token)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    f.write(token + '\n');
    f.close();
    return QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
}

/// A fresh registry with a station and a reader token.
struct Registry
{
    std::unique_ptr<RegistryProcess> process;
    QByteArray station;
    QByteArray reader;
    QString tokenFile;
    QString problem;
};

Registry startRegistry(const QString& db, const QTemporaryDir& dir, const QString& tag)
{
    Registry r;
    r.process = std::make_unique<RegistryProcess>(registryBin());
    r.station = r.process->createToken(db, QStringLiteral("st-bench"), QStringLiteral("station"));
    r.reader = r.process->createToken(db, QStringLiteral("qa-bench"), QStringLiteral("reader"));
    r.tokenFile = dir.filePath(tag + QStringLiteral(".token"));
    if (r.station.isEmpty() || r.reader.isEmpty() || !writeToken(r.tokenFile, r.station))
        r.problem = QStringLiteral("token create failed: ") + r.process->failure();
    else if (!r.process->start(db, 0, dir.filePath(tag + QStringLiteral(".registry.log"))))
        r.problem = r.process->failure();
    return r;
}

struct DrainRow
{
    QString backend;
    int batchSize = 0;
    int runs = 0;
    double seconds = 0;
    int synced = 0;
    qint64 registryRuns = -1;
    qint64 registryDevices = -1;
    double stationCpuS = 0;  ///< CPU time of this process (writer + sync threads) in the drain
    double registryCpuS = 0; ///< CPU time of the registry process in the drain
    QString problem;
    bool ok() const
    {
        return problem.isEmpty() && synced == runs && registryRuns == runs &&
               registryDevices == runs;
    }
};

/// Drains the backlog in `stationDb` with the real writer + sync worker, as `sync now` does.
DrainRow drain(const QString& backend, const QString& registryDb, const QString& stationDb,
               int runs, int batchSize, const QTemporaryDir& dir, const QString& tag)
{
    DrainRow row{backend, batchSize, runs};
    Registry registry = startRegistry(registryDb, dir, tag);
    if (!registry.problem.isEmpty()) {
        row.problem = registry.problem;
        return row;
    }
    auto writeStore = store::RunStore::open(stationDb);
    if (!writeStore) {
        row.problem = writeStore.error().message;
        return row;
    }
    QThread writerThread;
    auto* writer = new store::StoreWriter(std::move(writeStore).value());
    writer->moveToThread(&writerThread);
    QObject::connect(&writerThread, &QThread::finished, writer, &QObject::deleteLater);
    writerThread.start();

    sync::SyncConfig config;
    config.registryUrl = registry.process->url();
    config.tokenFile = registry.tokenFile;
    config.batchSize = batchSize;
    config.periodicDrainMs = 3'600'000;
    QThread syncThread;
    auto* worker = new sync::SyncWorker(config, stationDb, writer);
    worker->moveToThread(&syncThread);
    QObject::connect(&syncThread, &QThread::started, worker, &sync::SyncWorker::start);
    QObject::connect(&syncThread, &QThread::finished, worker, &QObject::deleteLater);
    QEventLoop loop;
    sync::SyncStatus last;
    QObject::connect(worker, &sync::SyncWorker::drainFinished, &loop,
                     [&](const sync::SyncStatus& s) {
                         last = s;
                         loop.quit();
                     });
    QTimer::singleShot(kDrainTimeoutMs, &loop, &QEventLoop::quit);
    const qint64 registryPid = registry.process->process()->processId();
    const double cpu0 = ownCpuSeconds();
    const double registryCpu0 = processCpuSeconds(registryPid);
    QElapsedTimer timer;
    timer.start();
    syncThread.start();
    QMetaObject::invokeMethod(worker, &sync::SyncWorker::drainNow, Qt::QueuedConnection);
    loop.exec();
    row.seconds = double(timer.nsecsElapsed()) / 1e9;
    row.stationCpuS = ownCpuSeconds() - cpu0;
    row.registryCpuS = processCpuSeconds(registryPid) - registryCpu0;
    worker->requestStop();
    syncThread.quit();
    syncThread.wait();
    QMetaObject::invokeMethod(
        writer, [&writerThread] { writerThread.quit(); }, Qt::QueuedConnection);
    writerThread.wait();

    auto check = store::RunStore::open(stationDb);
    if (check) {
        if (auto s = check.value()->outboxSummary())
            row.synced = s->synced;
    }
    if (last.pending != 0 || !last.lastError.isEmpty())
        row.problem = QStringLiteral("%1 still pending: %2").arg(last.pending).arg(last.lastError);
    std::tie(row.registryRuns, row.registryDevices) =
        registryCounts(*registry.process, registry.reader);
    registry.process->stop();
    return row;
}

struct Cycle
{
    double ms = 0;
    bool committed = false;
};

Cycle runOnce(runner::FixtureSlot* slot, const plan::Plan& plan, int unit)
{
    const QString serial = QStringLiteral("SN%1").arg(70000000 + unit);
    runner::RunRequest request;
    request.plan = plan;
    request.port = QStringLiteral("sim:nrf91,serial=%1,seed=%2,latency=%3")
                       .arg(serial)
                       .arg(unit)
                       .arg(kSimLatencyMs);
    request.serial = serial;
    request.stationId = QStringLiteral("bench");
    request.operatorName = QStringLiteral("bench");
    QEventLoop loop;
    Cycle c;
    QElapsedTimer timer;
    QObject::connect(slot, &runner::FixtureSlot::finished, &loop, [&](const runner::RunOutcome& o) {
        c.ms = double(timer.nsecsElapsed()) / 1e6;
        c.committed = o.committed;
        loop.quit();
    });
    timer.start();
    slot->start(request);
    loop.exec();
    QObject::disconnect(slot, nullptr, &loop, nullptr);
    return c;
}

double median(std::vector<double> v)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

struct Throughput
{
    int runs = 0;
    double medianMs = 0;
    double runsPerSecond = 0;
    double drainSeconds = 0; ///< while syncing: start of the sync to the outbox first empty
    int drained = 0;
    QString problem;
};

/// Test runs on a station whose database holds the backlog; with `registry`, its sync worker
/// drains the backlog meanwhile and only the runs finished while it drains count.
Throughput testRuns(const QString& stationDb, const plan::Plan& plan, int minRuns,
                    const Registry* registry, int& unit)
{
    Throughput out;
    int backlog = 0;
    if (auto reader = store::RunStore::open(stationDb))
        backlog = reader.value()->outboxCount().value();
    auto station = station::Station::open(stationDb);
    if (!station) {
        out.problem = station.error().message;
        return out;
    }
    auto* slot = station.value()->addSlot(1);
    (void)runOnce(slot, plan, unit++); // warm-up: first write, plan compile, simulator start
    QElapsedTimer clock;
    clock.start();
    qint64 drainedAtNs = -1;
    QObject context;
    if (registry) {
        sync::SyncConfig config;
        config.registryUrl = registry->process->url();
        config.tokenFile = registry->tokenFile;
        config.periodicDrainMs = 3'600'000;
        QObject::connect(station.value().get(), &station::Station::syncStatusChanged, &context,
                         [&](const sync::SyncStatus& s) {
                             if (drainedAtNs < 0 && s.pending == 0 && s.lastError.isEmpty())
                                 drainedAtNs = clock.nsecsElapsed();
                         });
        station.value()->startSync(config);
    }
    std::vector<double> cycles;
    qint64 lastFinishNs = 0;
    while (true) {
        const bool draining = registry && drainedAtNs < 0;
        if (!draining && int(cycles.size()) >= minRuns)
            break;
        if (registry && clock.nsecsElapsed() > qint64(kDrainTimeoutMs) * 1'000'000) {
            out.problem = QStringLiteral("the backlog did not drain in time");
            break;
        }
        const Cycle c = runOnce(slot, plan, unit++);
        if (!c.committed) {
            out.problem = QStringLiteral("a test run was not committed");
            break;
        }
        // While syncing, only runs that ended before the backlog was gone count.
        QCoreApplication::processEvents();
        if (registry && drainedAtNs >= 0 && int(cycles.size()) >= minRuns)
            break;
        cycles.push_back(c.ms);
        lastFinishNs = clock.nsecsElapsed();
    }
    out.runs = int(cycles.size());
    out.medianMs = median(cycles);
    out.runsPerSecond = lastFinishNs > 0 ? out.runs / (double(lastFinishNs) / 1e9) : 0;
    if (registry) {
        out.drainSeconds = drainedAtNs > 0 ? double(drainedAtNs) / 1e9 : 0;
        out.drained = backlog;
    }
    station.value()->shutdown();
    return out;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    qRegisterMetaType<sync::SyncStatus>();
    const QStringList args = app.arguments();
    const bool quick = args.contains(QStringLiteral("--quick"));
    // For profiling: --runs N (backlog size), --batch N (one batch size), --drain-only (no
    // PostgreSQL, no test runs).
    const int runsAt = int(args.indexOf(QStringLiteral("--runs")));
    const int n = runsAt > 0 ? args.value(runsAt + 1).toInt() : quick ? 1000 : 10000;
    const bool drainOnly = args.contains(QStringLiteral("--drain-only"));
    if (n < 1) {
        std::fprintf(stderr, "--runs needs a positive number\n");
        return 2;
    }
    // The station's debug logging (every AT exchange) is not what is measured here.
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=false\neol.*.info=false"));
    if (!QFile::exists(registryBin())) {
        std::fprintf(stderr, "eol-registry not found (%s): build it or set EOL_REGISTRY_BIN\n",
                     qPrintable(registryBin()));
        return 2;
    }
    QTemporaryDir dir;
    // EOL_BENCH_KEEP=1 keeps the databases and the registry logs, for profiling.
    dir.setAutoRemove(qEnvironmentVariableIsEmpty("EOL_BENCH_KEEP"));
    if (!dir.autoRemove())
        std::fprintf(stderr, "keeping %s\n", qPrintable(dir.path()));
    const QString backlog = dir.filePath(QStringLiteral("backlog.db"));
    QElapsedTimer gen;
    gen.start();
    if (!makeBacklog(backlog, n)) {
        std::fprintf(stderr, "cannot create the backlog database\n");
        return 2;
    }
    std::fprintf(stderr, "backlog of %d runs created in %.1f s (%lld KiB)\n", n,
                 double(gen.nsecsElapsed()) / 1e9, QFileInfo(backlog).size() / 1024);

    // 1. Drain.
    QList<DrainRow> rows;
    int tag = 0;
    const auto freshStation = [&] {
        const QString path = dir.filePath(QStringLiteral("station%1.db").arg(++tag));
        return copyDb(backlog, path) ? path : QString();
    };
    const int batchAt = int(args.indexOf(QStringLiteral("--batch")));
    const QList<int> batches = batchAt > 0 ? QList<int>{args.value(batchAt + 1).toInt()}
                               : quick     ? QList<int>{200}
                                           : QList<int>{200, 500};
    for (int batch : batches)
        rows.append(drain(QStringLiteral("SQLite (WAL, synchronous=FULL)"),
                          dir.filePath(QStringLiteral("registry%1.db").arg(tag + 1)),
                          freshStation(), n, batch, dir, QStringLiteral("r%1").arg(tag + 1)));
    PostgresCluster pg;
    if (!quick && !drainOnly) {
        if (pg.start(true)) {
            for (int batch : {200, 500}) {
                const QString name = QStringLiteral("bench%1").arg(batch);
                if (!pg.createDatabase(name)) {
                    rows.append(DrainRow{.backend = QStringLiteral("PostgreSQL 15"),
                                         .batchSize = batch,
                                         .runs = n,
                                         .problem = pg.error()});
                    continue;
                }
                rows.append(drain(QStringLiteral("PostgreSQL 15 (fsync on, loopback TCP)"),
                                  pg.url(name), freshStation(), n, batch, dir,
                                  QStringLiteral("r%1").arg(tag + 1)));
            }
        } else {
            rows.append(DrainRow{.backend = QStringLiteral("PostgreSQL 15"),
                                 .batchSize = 200,
                                 .runs = n,
                                 .problem = pg.error()});
        }
    }
    std::printf("\n### Sync drain: %d-run backlog, station -> eol-registry on 127.0.0.1\n\n", n);
    std::printf("(machine load average while measuring: %s)\n\n", qPrintable(loadAverage()));
    std::printf("| registry backend | batch | runs | seconds | records/s | CPU ms per 1000 "
                "records (station / registry) | registry holds (runs / devices) |\n"
                "|---|---:|---:|---:|---:|---:|---|\n");
    bool ok = true;
    for (const DrainRow& r : rows) {
        std::printf("| %s | %d | %d | %.2f | %s | %.0f / %.0f | %lld / %lld%s |\n",
                    qPrintable(r.backend), r.batchSize, r.runs, r.seconds,
                    r.seconds > 0 ? qPrintable(QString::number(qRound(r.runs / r.seconds))) : "-",
                    r.stationCpuS * 1e6 / r.runs, r.registryCpuS * 1e6 / r.runs, r.registryRuns,
                    r.registryDevices,
                    r.problem.isEmpty() ? "" : qPrintable(QStringLiteral(" — ") + r.problem));
        ok = ok && r.ok();
    }
    std::fflush(stdout);

    if (drainOnly)
        return ok ? 0 : 1;

    // 2. Testing while syncing.
    auto plan = plan::PlanLoader::loadFile(QStringLiteral(EOL_SOURCE_DIR) +
                                           QStringLiteral("/testplans/nrf91.json"));
    if (!plan) {
        std::fprintf(stderr, "%s\n", qPrintable(plan.error().message));
        return 2;
    }
    const int minRuns = quick ? 3 : 20;
    int unit = 0;
    const Throughput idle = testRuns(freshStation(), plan.value(), minRuns, nullptr, unit);
    Registry registry = startRegistry(dir.filePath(QStringLiteral("registry-live.db")), dir,
                                      QStringLiteral("live"));
    Throughput busy;
    if (registry.problem.isEmpty())
        busy = testRuns(freshStation(), plan.value(), quick ? 1 : 3, &registry, unit);
    else
        busy.problem = registry.problem;
    registry.process->stop();
    std::printf("\n### Station test throughput while a %d-run backlog drains (nrf91 plan, "
                "simulated nRF91 answering after %d ms)\n\n",
                n, kSimLatencyMs);
    std::printf("(machine load average: %s)\n\n", qPrintable(loadAverage()));
    std::printf("| station | test runs | median cycle (ms) | runs/s | backlog drained in (s) |\n"
                "|---|---:|---:|---:|---:|\n");
    std::printf("| not syncing | %d | %.1f | %.2f | - |\n", idle.runs, idle.medianMs,
                idle.runsPerSecond);
    std::printf("| draining the backlog to the registry (SQLite) | %d | %.1f | %.2f | %.2f |\n",
                busy.runs, busy.medianMs, busy.runsPerSecond, busy.drainSeconds);
    if (idle.medianMs > 0 && busy.medianMs > 0)
        std::printf("\nthroughput while syncing / not syncing (median cycles): %.3f\n",
                    idle.medianMs / busy.medianMs);
    for (const QString& problem : {idle.problem, busy.problem}) {
        if (!problem.isEmpty()) {
            std::printf("problem: %s\n", qPrintable(problem));
            ok = false;
        }
    }
    std::printf("\n");
    return ok ? 0 : 1;
}
