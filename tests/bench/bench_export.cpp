// Benchmark of the records export (printed as tables; numbers quoted in docs/records.md and
// docs/performance.md): CSV and .xlsx export speed (rows/s, MB written) on a generated record
// database, and the peak resident memory (VmHWM) of the exporting process, to show that the
// export streams: the peak must not grow with the number of rows.
//
// Each export runs in a child process (this binary with --child), so every peak RSS is that
// export's own. Sizes: 100,000 runs x 10 steps (1,000,000 step rows: the most an .xlsx Steps
// sheet can take is 1,048,575) plus one note per 50 runs, and a 5,000-run database for the
// memory comparison; `--quick` (ctest) uses 5,000 and 1,000 runs.

#include "export/RunExporter.h"
#include "store/RunStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <cstdio>
#include <sqlite3.h>
#include <sys/resource.h>

using namespace eol::core;

namespace {

constexpr int kStepsPerRun = 10;

/// Peak resident set size of this process so far, in MiB (VmHWM in /proc/self/status).
double peakRssMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

/// CPU time (user + system) of this process so far, in seconds. The machine is shared, so wall
/// time alone would measure the neighbours too.
double cpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
           double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

bool exec(sqlite3* db, const QByteArray& sql)
{
    char* err = nullptr;
    if (sqlite3_exec(db, sql.constData(), nullptr, nullptr, &err) != SQLITE_OK) {
        std::fprintf(stderr, "generation failed: %s\n", err ? err : "?");
        sqlite3_free(err);
        return false;
    }
    return true;
}

/// A record database of `runs` runs with kStepsPerRun steps each (numeric, text and identifier
/// measurements, limits, messages) and a note on every 50th run, in the current schema.
bool generate(const QString& path, int runs)
{
    {
        auto store = store::RunStore::open(path); // the schema, with its triggers and indexes
        if (!store) {
            std::fprintf(stderr, "%s\n", qPrintable(store.error().message));
            return false;
        }
    }
    sqlite3* db = nullptr;
    sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE, nullptr);
    const QByteArray n = QByteArray::number(runs);
    const bool ok =
        exec(db, "PRAGMA synchronous = OFF; BEGIN") &&
        exec(db, "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < " + n +
                     " - 1) "
                     "INSERT INTO runs (run_id, serial, imei, product, plan_id, plan_revision, "
                     "plan_sha256, station_id, operator, batch, work_order, port, started_utc, "
                     "ended_utc, state, verdict, failing_step, failure_reason, attributes_json) "
                     "SELECT printf('%08x-0000-4000-8000-%012x', i, i), printf('SN%08d', i), "
                     "printf('3526561%08d', i), 'tracker-x', 'nrf91-tracker', 1 + i % 3, "
                     "'9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08', "
                     "'line-' || (i % 4), 'operator ' || (i % 7), 'B-' || (i / 1000), "
                     "'WO-' || (i / 5000), 'sim:nrf91', "
                     "strftime('%Y-%m-%dT%H:%M:%fZ', 1767225600 + i * 7, 'unixepoch'), "
                     "strftime('%Y-%m-%dT%H:%M:%fZ', 1767225600 + i * 7 + 4.25, 'unixepoch'), "
                     "'finished', CASE WHEN i % 20 = 0 THEN 'fail' ELSE 'pass' END, "
                     "CASE WHEN i % 20 = 0 THEN 'rssi' END, "
                     "CASE WHEN i % 20 = 0 THEN 'RSSI -93 dBm below the -90 dBm limit' END, "
                     "json_object('iccid', printf('8901234567%09d', i), 'imsi', "
                     "printf('28401123%07d', i), 'firmware', 'mfw_nrf9160_1.3.5', "
                     "'public_key_sha256', lower(hex(randomblob(32)))) FROM n") &&
        exec(db, "WITH RECURSIVE s(k) AS (SELECT 0 UNION ALL SELECT k + 1 FROM s WHERE k < " +
                     QByteArray::number(kStepsPerRun - 1) +
                     ") INSERT INTO steps (run_id, seq, phase, step_id, name, kind, verdict, "
                     "started_utc, duration_ms, attempts, measured, low, high, unit, message) "
                     "SELECT r.run_id, s.k, 'steps', 'step_' || s.k, 'Step number ' || s.k, "
                     "CASE WHEN s.k % 2 = 0 THEN 'at' ELSE 'check' END, 'pass', r.started_utc, "
                     "0.25 + s.k * 1.5, 1, "
                     "CASE s.k % 3 WHEN 0 THEN printf('%.1f', -60 - (abs(random()) % 300) / 10.0) "
                     "WHEN 1 THEN r.imei ELSE 'OK' END, "
                     "CASE WHEN s.k % 3 = 0 THEN -90.0 END, CASE WHEN s.k % 3 = 0 THEN -30.0 END, "
                     "CASE WHEN s.k % 3 = 0 THEN 'dBm' END, "
                     "CASE WHEN s.k % 3 = 2 THEN 'answered, \"OK\" as expected' END "
                     "FROM runs r, s") &&
        exec(db, "INSERT INTO notes (note_id, run_id, serial, author, created_utc, text) "
                 "SELECT 'n' || run_id, run_id, serial, 'qa.anna', ended_utc, "
                 "'antenna cable re-seated, retest passed' FROM runs "
                 "WHERE CAST(substr(serial, 3) AS INTEGER) % 50 = 0") &&
        exec(db, "COMMIT");
    sqlite3_close_v2(db);
    return ok;
}

/// The child: one export, then one JSON line with what it wrote and its peak memory.
int child(const QString& format, const QString& dbPath, const QString& out)
{
    exporting::ExportRequest request;
    request.outputPath = out;
    if (format == QLatin1String("baseline")) {
        // Everything but the export: the process, Qt and SQLite loaded, the database opened.
        auto store = store::RunStore::open(dbPath);
        std::printf("{\"peak_mib\": %.1f}\n", peakRssMiB());
        return store ? 0 : 2;
    }
    if (format == QLatin1String("csv-all")) {
        request.format = exporting::ExportFormat::Csv;
        request.stepsCsvPath = out + QStringLiteral(".steps.csv");
        request.notesCsvPath = out + QStringLiteral(".notes.csv");
    } else {
        request.format = format == QLatin1String("xlsx") ? exporting::ExportFormat::Xlsx
                                                         : exporting::ExportFormat::Csv;
    }
    const double cpuBefore = cpuSeconds();
    auto summary = exporting::RunExporter::exportRuns(dbPath, request);
    const double cpu = cpuSeconds() - cpuBefore;
    if (!summary) {
        std::fprintf(stderr, "%s\n", qPrintable(summary.error().message));
        return 2;
    }
    const QJsonObject o{{QStringLiteral("runs"), double(summary->runs)},
                        {QStringLiteral("steps"), double(summary->steps)},
                        {QStringLiteral("notes"), double(summary->notes)},
                        {QStringLiteral("bytes"), double(summary->bytes)},
                        {QStringLiteral("seconds"), summary->seconds},
                        {QStringLiteral("cpu"), cpu},
                        {QStringLiteral("peak_mib"), peakRssMiB()}};
    std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
    return 0;
}

QJsonObject runChild(const QString& format, const QString& db, const QString& out)
{
    QProcess p;
    p.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--child"), format, db, out});
    if (!p.waitForFinished(-1) || p.exitCode() != 0) {
        std::fprintf(stderr, "export %s failed: %s\n", qPrintable(format),
                     p.readAllStandardError().constData());
        return {};
    }
    return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.value(1) == QLatin1String("--child"))
        return child(args.value(2), args.value(3), args.value(4));
    // `--generate N FILE`: only build the database (for profiling one export by hand:
    // `bench_export --child xlsx FILE out.xlsx`).
    if (args.value(1) == QLatin1String("--generate"))
        return generate(args.value(3), args.value(2).toInt()) ? 0 : 2;

    const bool quick = args.contains(QStringLiteral("--quick"));
    const QList<int> sizes = quick ? QList<int>{1000, 5000} : QList<int>{5000, 100000};
    QTemporaryDir dir;
    if (!dir.isValid())
        return 2;

    std::printf("## Records export — %s\n\n", quick ? "quick" : "full");
    std::printf("Generated database: N runs x %d steps, a note on every 50th run. Each export in "
                "its own process; peak RSS = VmHWM of that process.\n\n",
                kStepsPerRun);
    std::printf("| export | runs | step rows | note rows | wall (s) | CPU (s) | rows per CPU s | "
                "output (MB) | DB (MB) | peak RSS (MiB) |\n");
    std::printf("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    int failures = 0;
    for (int runs : sizes) {
        const QString db = dir.filePath(QStringLiteral("bench-%1.db").arg(runs));
        QElapsedTimer gen;
        gen.start();
        if (!generate(db, runs))
            return 2;
        std::fprintf(stderr, "generated %d runs in %.1f s\n", runs, gen.elapsed() / 1000.0);
        const double dbMb = double(QFileInfo(db).size()) / 1e6;
        const QJsonObject base = runChild(QStringLiteral("baseline"), db, QString());
        std::printf("| (baseline: process + open database, no export) | %d | | | | | | | %.1f "
                    "| %.1f |\n",
                    runs, dbMb, base.value(QStringLiteral("peak_mib")).toDouble());
        for (const QString& format :
             {QStringLiteral("csv"), QStringLiteral("csv-all"), QStringLiteral("xlsx")}) {
            const QString out = dir.filePath(QStringLiteral("out-%1-%2").arg(runs).arg(format));
            const QJsonObject r = runChild(format, db, out);
            if (r.isEmpty()) {
                ++failures;
                continue;
            }
            const double rows = r.value(QStringLiteral("runs")).toDouble() +
                                r.value(QStringLiteral("steps")).toDouble() +
                                r.value(QStringLiteral("notes")).toDouble();
            const double seconds = r.value(QStringLiteral("seconds")).toDouble();
            const double cpu = r.value(QStringLiteral("cpu")).toDouble();
            const char* label = format == QLatin1String("csv")       ? "CSV, runs only"
                                : format == QLatin1String("csv-all") ? "CSV, runs + steps + notes"
                                                                     : "XLSX, 3 sheets";
            std::printf("| %s | %d | %.0f | %.0f | %.2f | %.2f | %.0f | %.1f | %.1f | %.1f |\n",
                        label, runs, r.value(QStringLiteral("steps")).toDouble(),
                        r.value(QStringLiteral("notes")).toDouble(), seconds, cpu,
                        cpu > 0 ? rows / cpu : 0.0,
                        r.value(QStringLiteral("bytes")).toDouble() / 1e6, dbMb,
                        r.value(QStringLiteral("peak_mib")).toDouble());
            std::fflush(stdout);
            if (r.value(QStringLiteral("runs")).toInt() != runs)
                ++failures;
        }
        QFile::remove(db);
    }
    std::printf("\n");
    return failures == 0 ? 0 : 1;
}
