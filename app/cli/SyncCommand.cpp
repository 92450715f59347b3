#include "cli/SyncCommand.h"

#include "cli/Console.h"
#include "cli/DefaultPaths.h"
#include "cli/ExitCode.h"
#include "cli/SubcommandParser.h"
#include "store/RunStore.h"
#include "store/StoreWriter.h"
#include "sync/SyncConfig.h"
#include "sync/SyncStatus.h"
#include "sync/SyncWorker.h"
#include "sync/TokenFile.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QJsonArray>
#include <QProcessEnvironment>
#include <QThread>
#include <QTimer>

namespace eol::cli {

namespace {

constexpr qint64 kDefaultWarningAgeS = 3600;

QString age(qint64 seconds)
{
    if (seconds < 120)
        return QStringLiteral("%1 s").arg(seconds);
    if (seconds < 7200)
        return QStringLiteral("%1 min").arg(seconds / 60);
    if (seconds < 2 * 86400)
        return QStringLiteral("%1 h %2 min").arg(seconds / 3600).arg(seconds % 3600 / 60);
    return QStringLiteral("%1 days").arg(seconds / 86400);
}

QString local(const QDateTime& t)
{
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                       : QStringLiteral("never");
}

/// Rejected and conflicting runs with the registry's reasons: what QA has to look at
/// (`limit` per state, 0 = all).
QList<core::store::OutboxEntry> refusedRuns(const core::store::RunStore& store, QString& error,
                                            int limit = 100)
{
    QList<core::store::OutboxEntry> out;
    for (const char* state : {"rejected", "conflict"}) {
        auto rows = store.outboxEntries(QLatin1String(state), limit);
        if (!rows) {
            error = rows.error().message;
            return {};
        }
        out += rows.value();
    }
    return out;
}

int report(const core::store::RunStore& store, const core::sync::SyncStatus& status, bool json,
           qint64 warnAgeS, int code)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QString error;
    const auto refused = refusedRuns(store, error);
    if (!error.isEmpty()) {
        Console::error(error);
        return kExitError;
    }
    if (json) {
        QJsonObject o = status.toJson(now);
        QJsonArray list;
        for (const auto& e : refused) {
            list.append(QJsonObject{{QStringLiteral("run_id"), e.runId},
                                    {QStringLiteral("serial"), e.serial},
                                    {QStringLiteral("state"), e.state},
                                    {QStringLiteral("reason"), e.reason},
                                    {QStringLiteral("field"), e.reasonField}});
        }
        o.insert(QStringLiteral("refused_runs"), list);
        o.insert(QStringLiteral("warning_age_s"), warnAgeS);
        o.insert(QStringLiteral("database"), store.path());
        o.insert(QStringLiteral("exit_code"), code);
        Console::json(o);
        return code;
    }
    QString line = QStringLiteral("registry sync: %1 pending").arg(status.pending);
    if (status.pending > 0)
        line += QStringLiteral(" (oldest %1)").arg(age(status.oldestPendingAgeSeconds(now)));
    line += QStringLiteral(" · %1 synced · %2 rejected · %3 conflicts")
                .arg(status.synced)
                .arg(status.rejected)
                .arg(status.conflicts);
    Console::line(line);
    if (status.notesPending + status.notesWaiting + status.notesRejected > 0)
        Console::line(QStringLiteral("  notes: %1 pending · %2 waiting for their run to sync · "
                                     "%3 rejected")
                          .arg(status.notesPending)
                          .arg(status.notesWaiting)
                          .arg(status.notesRejected));
    Console::line(QStringLiteral("  last success: %1").arg(local(status.lastSuccessUtc)));
    if (!status.lastError.isEmpty())
        Console::line(QStringLiteral("  last error: %1").arg(status.lastError));
    if (status.backingOffUntilUtc.isValid())
        Console::line(
            QStringLiteral("  next attempt not before %1").arg(local(status.backingOffUntilUtc)));
    if (status.oldestPendingAgeSeconds(now) > warnAgeS)
        Console::line(QStringLiteral("  WARNING: records have waited longer than %1 — check the "
                                     "network and the registry settings")
                          .arg(age(warnAgeS)));
    for (const auto& e : refused) {
        Console::line(
            QStringLiteral("  %1 %2 %3 — %4%5")
                .arg(e.state.toUpper(), e.runId,
                     e.serial.isEmpty() ? QStringLiteral("(no serial)") : e.serial, e.reason,
                     e.reasonField.isEmpty() ? QString()
                                             : QStringLiteral(" (field %1)").arg(e.reasonField)));
    }
    return code;
}

int status(const QString& dbPath, bool json, qint64 warnAgeS, const QString& registryUrl)
{
    auto store = core::store::RunStore::open(dbPath);
    if (!store) {
        Console::error(store.error().message);
        return kExitError;
    }
    auto summary = store.value()->outboxSummary();
    if (!summary) {
        Console::error(summary.error().message);
        return kExitError;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto s = core::sync::SyncStatus::fromOutbox(summary.value(), now);
    s.configured = !registryUrl.isEmpty();
    s.registryUrl = registryUrl;
    return report(*store.value(), s, json, warnAgeS,
                  s.needsAttention(warnAgeS, now) ? kExitFail : kExitOk);
}

int now(const QString& dbPath, bool json, qint64 warnAgeS, core::sync::SyncConfig config)
{
    if (!config.isConfigured()) {
        Console::error(QStringLiteral("sync now: no registry — give --registry URL or set "
                                      "EOL_REGISTRY_URL"));
        return kExitError;
    }
    if (auto token = core::sync::TokenFile::read(config.tokenFile); !token) {
        Console::error(QStringLiteral("sync now: ") + token.error().message);
        return kExitError;
    }
    auto writeStore = core::store::RunStore::open(dbPath);
    if (!writeStore) {
        Console::error(writeStore.error().message);
        return kExitError;
    }
    QThread writerThread;
    writerThread.setObjectName(QStringLiteral("record-writer"));
    auto* writer = new core::store::StoreWriter(std::move(writeStore).value());
    writer->moveToThread(&writerThread);
    QObject::connect(&writerThread, &QThread::finished, writer, &QObject::deleteLater);
    writerThread.start();

    QThread syncThread;
    syncThread.setObjectName(QStringLiteral("sync"));
    auto* worker = new core::sync::SyncWorker(config, dbPath, writer);
    worker->moveToThread(&syncThread);
    QObject::connect(&syncThread, &QThread::started, worker, &core::sync::SyncWorker::start);
    QObject::connect(&syncThread, &QThread::finished, worker, &QObject::deleteLater);
    QEventLoop loop;
    core::sync::SyncStatus last;
    QObject::connect(worker, &core::sync::SyncWorker::drainFinished, &loop,
                     [&](const core::sync::SyncStatus& s) {
                         last = s;
                         loop.quit();
                     });
    if (!json)
        QObject::connect(worker, &core::sync::SyncWorker::batchSending, &loop, [](int count) {
            Console::line(QStringLiteral("sending %1 run(s)...").arg(count));
        });
    syncThread.start();
    QMetaObject::invokeMethod(worker, &core::sync::SyncWorker::drainNow, Qt::QueuedConnection);
    loop.exec();
    worker->requestStop();
    syncThread.quit();
    syncThread.wait();
    // Posted after the worker's last updates: once it runs, they are committed.
    QMetaObject::invokeMethod(
        writer, [&writerThread] { writerThread.quit(); }, Qt::QueuedConnection);
    writerThread.wait();

    if (!last.lockedBy.isEmpty())
        Console::error(QStringLiteral("sync now: another process (%1) is syncing %2 right now and "
                                      "did not finish within --wait — it sends the backlog "
                                      "itself; nothing was sent from here")
                           .arg(last.lockedBy, dbPath));
    const bool clean = last.pending == 0 && last.rejected == 0 && last.conflicts == 0 &&
                       last.notesPending == 0 && last.notesRejected == 0 && last.lockedBy.isEmpty();
    auto readStore = core::store::RunStore::open(dbPath);
    if (!readStore) {
        Console::error(readStore.error().message);
        return kExitError;
    }
    return report(*readStore.value(), last, json, warnAgeS, clean ? kExitOk : kExitFail);
}

/// `sync retry`: refused runs back to pending, all or nothing.
int retry(const QString& dbPath, bool json, QStringList ids, bool all)
{
    auto store = core::store::RunStore::open(dbPath);
    if (!store) {
        Console::error(store.error().message);
        return kExitError;
    }
    if (all) {
        QString error;
        for (const auto& e : refusedRuns(*store.value(), error, 0))
            ids.append(e.runId);
        if (!error.isEmpty()) {
            Console::error(error);
            return kExitError;
        }
    }
    ids.removeDuplicates();
    QList<core::store::OutboxEntry> requeued;
    if (!ids.isEmpty()) {
        auto done = store.value()->requeueRefused(ids);
        if (!done) {
            Console::error(QStringLiteral("sync retry: ") + done.error().message);
            return kExitError;
        }
        requeued = done.value();
    }
    if (json) {
        QJsonArray list;
        for (const auto& e : std::as_const(requeued))
            list.append(QJsonObject{{QStringLiteral("run_id"), e.runId},
                                    {QStringLiteral("serial"), e.serial},
                                    {QStringLiteral("previous_state"), e.state},
                                    {QStringLiteral("reason"), e.reason},
                                    {QStringLiteral("field"), e.reasonField}});
        Console::json(QJsonObject{{QStringLiteral("requeued"), list},
                                  {QStringLiteral("count"), int(list.size())},
                                  {QStringLiteral("database"), store.value()->path()}});
        return kExitOk;
    }
    if (requeued.isEmpty()) {
        Console::line(QStringLiteral("sync retry: no rejected or conflicting runs in %1 — "
                                     "nothing to do")
                          .arg(store.value()->path()));
        return kExitOk;
    }
    for (const auto& e : std::as_const(requeued))
        Console::line(QStringLiteral("run %1 (%2): %3 -> pending (the registry had said: %4%5)")
                          .arg(e.runId, e.serial.isEmpty() ? QStringLiteral("no serial") : e.serial,
                               e.state, e.reason,
                               e.reasonField.isEmpty()
                                   ? QString()
                                   : QStringLiteral(", field %1").arg(e.reasonField)));
    Console::line(QStringLiteral("%1 run(s) queued again: they go out with the station's next "
                                 "sync pass, or at once with eol-station sync now")
                      .arg(requeued.size()));
    return kExitOk;
}

} // namespace

int SyncCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Registry sync: eol-station sync status | now | retry <run id>... | retry "
        "--all-rejected. Exit codes — status: 0 ok, 1 a backlog older than --warn-age or "
        "refused runs or notes; now: 0 backlog empty, 1 runs or notes remain or were refused, "
        "or another process is syncing the database, 2 configuration error; retry: 0 queued "
        "again, 2 unknown run or a run that was not refused (nothing changed)."));
    parser.addHelpOption();
    const auto env = QProcessEnvironment::systemEnvironment();
    const QCommandLineOption dbOpt(QStringLiteral("db"), QStringLiteral("Record database."),
                                   QStringLiteral("file"), DefaultPaths::database());
    const QCommandLineOption jsonOpt(QStringLiteral("json"),
                                     QStringLiteral("Machine-readable output."));
    const QCommandLineOption registryOpt(
        QStringLiteral("registry"),
        QStringLiteral("Registry base URL (default $EOL_REGISTRY_URL)."), QStringLiteral("url"),
        env.value(QStringLiteral("EOL_REGISTRY_URL")));
    const QCommandLineOption tokenOpt(
        QStringLiteral("token-file"),
        QStringLiteral("File with the station token, mode 0600 (default "
                       "$EOL_REGISTRY_TOKEN_FILE)."),
        QStringLiteral("file"), env.value(QStringLiteral("EOL_REGISTRY_TOKEN_FILE")));
    const QCommandLineOption caOpt(
        QStringLiteral("ca-file"),
        QStringLiteral("CA bundle for the registry's TLS certificate (default $EOL_REGISTRY_CA)."),
        QStringLiteral("file"), env.value(QStringLiteral("EOL_REGISTRY_CA")));
    const QCommandLineOption batchOpt(QStringLiteral("batch-size"),
                                      QStringLiteral("Runs per request (1..500, default 200)."),
                                      QStringLiteral("n"), QStringLiteral("200"));
    const QCommandLineOption timeoutOpt(QStringLiteral("timeout"),
                                        QStringLiteral("Seconds per request (default 60)."),
                                        QStringLiteral("s"), QStringLiteral("60"));
    const QCommandLineOption warnOpt(
        QStringLiteral("warn-age"),
        QStringLiteral("Backlog age in seconds that counts as a problem (default 3600)."),
        QStringLiteral("s"), QString::number(kDefaultWarningAgeS));
    const QCommandLineOption waitOpt(
        QStringLiteral("wait"),
        QStringLiteral("sync now: seconds to wait while another process (the GUI station) is "
                       "syncing the same database (default 30)."),
        QStringLiteral("s"), QStringLiteral("30"));
    const QCommandLineOption allRejectedOpt(
        QStringLiteral("all-rejected"),
        QStringLiteral("sync retry: every run the registry refused (rejected or conflict)."));
    parser.addOptions({dbOpt, jsonOpt, registryOpt, tokenOpt, caOpt, batchOpt, timeoutOpt, warnOpt,
                       waitOpt, allRejectedOpt});
    parser.addPositionalArgument(QStringLiteral("action"),
                                 QStringLiteral("status | now | retry <run id>..."));
    if (const auto done = SubcommandParser::parse(parser, arguments))
        return *done;
    const QStringList pos = parser.positionalArguments();
    const QString action = pos.value(0);
    if (action == QLatin1String("retry")) {
        const QStringList ids = pos.mid(1);
        const bool all = parser.isSet(allRejectedOpt);
        if (ids.isEmpty() == !all) {
            Console::error(QStringLiteral("sync retry: name the runs to retry — eol-station sync "
                                          "retry <run id>..., or eol-station sync retry "
                                          "--all-rejected (not both)"));
            return kExitError;
        }
        return retry(parser.value(dbOpt), parser.isSet(jsonOpt), ids, all);
    }
    if (pos.size() != 1 || (action != QLatin1String("status") && action != QLatin1String("now"))) {
        Console::error(QStringLiteral("sync: say what to do — eol-station sync status, "
                                      "eol-station sync now, or eol-station sync retry"));
        return kExitError;
    }
    if (parser.isSet(allRejectedOpt)) {
        Console::error(QStringLiteral("--all-rejected belongs to eol-station sync retry"));
        return kExitError;
    }
    bool ok = false;
    const qint64 warnAge = parser.value(warnOpt).toLongLong(&ok);
    if (!ok || warnAge < 0) {
        Console::error(QStringLiteral("--warn-age must be a number of seconds"));
        return kExitError;
    }
    const bool json = parser.isSet(jsonOpt);
    const QString db = parser.value(dbOpt);
    if (pos[0] == QLatin1String("status"))
        return status(db, json, warnAge, parser.value(registryOpt).trimmed());

    core::sync::SyncConfig config;
    config.registryUrl = parser.value(registryOpt).trimmed();
    config.tokenFile = parser.value(tokenOpt).trimmed();
    config.caFile = parser.value(caOpt).trimmed();
    config.batchSize = parser.value(batchOpt).toInt(&ok);
    if (!ok || config.batchSize < 1 || config.batchSize > 500) {
        Console::error(QStringLiteral("--batch-size must be between 1 and 500"));
        return kExitError;
    }
    const int timeoutS = parser.value(timeoutOpt).toInt(&ok);
    if (!ok || timeoutS < 1) {
        Console::error(QStringLiteral("--timeout must be a positive number of seconds"));
        return kExitError;
    }
    config.totalTimeoutMs = timeoutS * 1000;
    const int waitS = parser.value(waitOpt).toInt(&ok);
    if (!ok || waitS < 0 || waitS > 86400) {
        Console::error(QStringLiteral("--wait must be a number of seconds (0 = do not wait)"));
        return kExitError;
    }
    config.lockWaitMs = waitS * 1000;
    config.connectTimeoutMs = std::min(config.connectTimeoutMs, config.totalTimeoutMs);
    return now(db, json, warnAge, config);
}

} // namespace eol::cli
