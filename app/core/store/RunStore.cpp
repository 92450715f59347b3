#include "RunStore.h"

#include "RecordColumns.h"
#include "SqliteColumn.h"
#include "StatementReset.h"
#include "StoreLog.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUuid>
#include <algorithm>
#include <sqlite3.h>

namespace eol::core::store {

namespace {

constexpr int kBusyTimeoutMs = 5000;
const char* const kInterruptedReason =
    "station stopped while the run was in progress (crash or power loss); steps recorded up to "
    "that point are kept";

struct Migration
{
    int version = 0;
    QString name;
    QString resource;
};

/// The migrations shipped in the binary, ":/sql/NNN_name.sql", sorted by version.
QList<Migration> availableMigrations()
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{3})_([A-Za-z0-9_]+)\\.sql$"));
    QList<Migration> out;
    const QDir dir(QStringLiteral(":/sql"));
    for (const QString& file : dir.entryList({QStringLiteral("*.sql")}, QDir::Files)) {
        const auto m = pattern.match(file);
        if (!m.hasMatch()) {
            qCWarning(lcStore) << "ignoring migration resource with a malformed name:" << file;
            continue;
        }
        out.append({m.captured(1).toInt(), m.captured(2), dir.filePath(file)});
    }
    std::sort(out.begin(), out.end(),
              [](const Migration& a, const Migration& b) { return a.version < b.version; });
    return out;
}

QString isoUtc(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime parseUtc(const QString& s)
{
    if (s.isEmpty())
        return {};
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    return t.toUTC();
}

QString nowUtc()
{
    return isoUtc(QDateTime::currentDateTimeUtc());
}

QString hintFor(int primaryCode)
{
    switch (primaryCode) {
    case SQLITE_CANTOPEN:
        return QStringLiteral("check the folder exists and is writable");
    case SQLITE_READONLY:
    case SQLITE_PERM:
        return QStringLiteral("check the file and its folder are writable by the station user");
    case SQLITE_FULL:
        return QStringLiteral("free disk space on the station and retry");
    case SQLITE_IOERR:
        return QStringLiteral("check the disk (dmesg) — the storage device reported an error");
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return QStringLiteral("the file is damaged or not an EOL Station database — restore it "
                              "from a backup or move it aside");
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return QStringLiteral("another process holds the database locked — close other "
                              "EOL Station instances");
    case SQLITE_CONSTRAINT:
        return QStringLiteral("the record conflicts with what is stored — this is a bug in the "
                              "caller; report it with the run id");
    default:
        return QStringLiteral("see the station log");
    }
}

/// Empty text is stored as NULL (absent), so indexes and filters do not see "" values.
void bindText(sqlite3_stmt* s, int i, const QString& v)
{
    if (v.isEmpty()) {
        sqlite3_bind_null(s, i);
        return;
    }
    const QByteArray utf8 = v.toUtf8();
    sqlite3_bind_text(s, i, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

void bindOptional(sqlite3_stmt* s, int i, const std::optional<double>& v)
{
    if (v)
        sqlite3_bind_double(s, i, *v);
    else
        sqlite3_bind_null(s, i);
}

constexpr auto columnText = &SqliteColumn::text;

QString directionText(drivers::TranscriptEntry::Direction d)
{
    switch (d) {
    case drivers::TranscriptEntry::Direction::ToDevice:
        return QStringLiteral("tx");
    case drivers::TranscriptEntry::Direction::FromDevice:
        return QStringLiteral("rx");
    case drivers::TranscriptEntry::Direction::Note:
        return QStringLiteral("note");
    }
    return QStringLiteral("note");
}

QString attributesJson(const QJsonObject& o)
{
    if (o.isEmpty())
        return {};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

bool isKnownVerdict(const QString& v)
{
    static const QStringList known{QStringLiteral("pass"), QStringLiteral("skipped"),
                                   QStringLiteral("fail"), QStringLiteral("error"),
                                   QStringLiteral("aborted")};
    return known.contains(v);
}

} // namespace

RunStore::RunStore(sqlite3* db, QString path) : m_db(db), m_path(std::move(path)) {}

RunStore::~RunStore()
{
    for (auto& [sql, stmt] : m_statements)
        sqlite3_finalize(stmt);
    m_statements.clear();
    if (m_db)
        sqlite3_close_v2(m_db);
}

int RunStore::latestSchemaVersion()
{
    const QList<Migration> all = availableMigrations();
    return all.isEmpty() ? 0 : all.last().version;
}

Result<std::unique_ptr<RunStore>> RunStore::open(const QString& path)
{
    sqlite3* db = nullptr;
    const QByteArray native = QFile::encodeName(path);
    const int rc =
        sqlite3_open_v2(native.constData(), &db,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK) {
        const QString msg =
            db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromUtf8(sqlite3_errstr(rc));
        sqlite3_close_v2(db);
        return makeError(
            QStringLiteral("store_open_failed"),
            QStringLiteral("cannot open database %1: %2 — %3").arg(path, msg, hintFor(rc & 0xff)));
    }
    sqlite3_extended_result_codes(db, 1);
    std::unique_ptr<RunStore> store(new RunStore(db, path));

    // Connection-level settings first: they do not change the file.
    sqlite3_busy_timeout(db, kBusyTimeoutMs);
    if (auto r = store->exec("PRAGMA foreign_keys = ON", QStringLiteral("enable foreign keys")); !r)
        return r.error();

    // Refuse a database written by a newer build before touching anything (not even WAL mode).
    auto current = store->pragma(QStringLiteral("user_version"));
    if (!current)
        return current.error();
    const int onDisk = current->toInt();
    const int latest = latestSchemaVersion();
    if (onDisk > latest) {
        return makeError(
            QStringLiteral("store_schema_too_new"),
            QStringLiteral("cannot open database %1: its schema version is %2 but this build of "
                           "EOL Station only knows versions up to %3 — it was written by a newer "
                           "version; use that version (nothing was changed in the file)")
                .arg(path)
                .arg(onDisk)
                .arg(latest));
    }

    auto mode = store->pragma(QStringLiteral("journal_mode=WAL"));
    if (!mode)
        return mode.error();
    if (mode->compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
        return makeError(QStringLiteral("store_open_failed"),
                         QStringLiteral("cannot open database %1: the journal mode stays '%2' "
                                        "instead of WAL — put the database on a local disk "
                                        "(network file systems cannot use WAL)")
                             .arg(path, *mode));
    }
    if (auto r = store->exec("PRAGMA synchronous = FULL", QStringLiteral("set synchronous=FULL"));
        !r)
        return r.error();

    if (auto r = store->migrate(); !r)
        return r.error();
    qCDebug(lcStore) << "opened" << path << "schema version" << store->m_schemaVersion;
    return store;
}

Error RunStore::sqlError(const QString& code, const QString& what) const
{
    const int ext = sqlite3_extended_errcode(m_db);
    return makeError(
        code, QStringLiteral("%1 in %2: %3 — %4")
                  .arg(what, m_path, QString::fromUtf8(sqlite3_errmsg(m_db)), hintFor(ext & 0xff)));
}

Result<void> RunStore::exec(const char* sql, const QString& what) const
{
    char* err = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &err);
    if (rc == SQLITE_OK)
        return {};
    const QString msg = err ? QString::fromUtf8(err) : QString::fromUtf8(sqlite3_errstr(rc));
    sqlite3_free(err);
    return makeError(
        QStringLiteral("store_sql_failed"),
        QStringLiteral("cannot %1 in %2: %3 — %4").arg(what, m_path, msg, hintFor(rc & 0xff)));
}

Result<sqlite3_stmt*> RunStore::statement(const char* sql) const
{
    const std::string key(sql);
    if (auto it = m_statements.find(key); it != m_statements.end()) {
        sqlite3_reset(it->second);
        sqlite3_clear_bindings(it->second);
        return it->second;
    }
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, nullptr) != SQLITE_OK) {
        return sqlError(
            QStringLiteral("store_sql_failed"),
            QStringLiteral("cannot prepare statement \"%1\"").arg(QString::fromUtf8(sql)));
    }
    m_statements.emplace(key, stmt);
    return stmt;
}

Result<QString> RunStore::pragma(const QString& name) const
{
    // Pragma names cannot be bound as parameters, so only plain identifiers (and the one fixed
    // "journal_mode=WAL" used by open()) are ever put into the SQL text.
    static const QRegularExpression ident(QStringLiteral("^[a-z_]+(=WAL)?$"));
    if (!ident.match(name).hasMatch()) {
        return makeError(QStringLiteral("store_bad_pragma"),
                         QStringLiteral("refusing to read PRAGMA \"%1\": only plain names like "
                                        "journal_mode or integrity_check are allowed")
                             .arg(name));
    }
    const QByteArray sql = "PRAGMA " + name.toLatin1();
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(m_db, sql.constData(), -1, &stmt, nullptr) != SQLITE_OK) {
        return sqlError(QStringLiteral("store_sql_failed"),
                        QStringLiteral("cannot read PRAGMA %1").arg(name));
    }
    QString value;
    const int rc = sqlite3_step(stmt);
    if (rc == SQLITE_ROW)
        value = columnText(stmt, 0);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
        Error e = sqlError(QStringLiteral("store_sql_failed"),
                           QStringLiteral("cannot read PRAGMA %1").arg(name));
        sqlite3_finalize(stmt);
        return e;
    }
    sqlite3_finalize(stmt);
    return value;
}

int RunStore::schemaVersion() const
{
    return m_schemaVersion;
}

bool RunStore::inTransaction() const
{
    return sqlite3_get_autocommit(m_db) == 0;
}

Result<void> RunStore::transaction(const std::function<Result<void>()>& body)
{
    const bool nested = inTransaction();
    const QByteArray savepoint = "eol_sp" + QByteArray::number(m_savepointDepth + 1);
    if (nested) {
        if (auto r = exec(QByteArray("SAVEPOINT " + savepoint).constData(),
                          QStringLiteral("open a savepoint"));
            !r)
            return r;
        ++m_savepointDepth;
    } else if (auto r = exec("BEGIN IMMEDIATE", QStringLiteral("begin a transaction")); !r) {
        return r;
    }

    Result<void> result = body();

    if (nested) {
        --m_savepointDepth;
        // After some errors (disk full, I/O) SQLite has already rolled everything back.
        if (!inTransaction())
            return result.ok() ? Result<void>(makeError(
                                     QStringLiteral("store_sql_failed"),
                                     QStringLiteral("transaction in %1 was rolled back by SQLite "
                                                    "— see the previous error")
                                         .arg(m_path)))
                               : result;
        if (!result) {
            (void)exec(QByteArray("ROLLBACK TO " + savepoint).constData(),
                       QStringLiteral("roll back a savepoint"));
        }
        if (auto r = exec(QByteArray("RELEASE " + savepoint).constData(),
                          QStringLiteral("release a savepoint"));
            !r && result)
            return r;
        return result;
    }

    if (!result) {
        if (inTransaction())
            (void)exec("ROLLBACK", QStringLiteral("roll back a transaction"));
        return result;
    }
    if (auto r = exec("COMMIT", QStringLiteral("commit a transaction")); !r) {
        if (inTransaction())
            (void)exec("ROLLBACK", QStringLiteral("roll back a transaction"));
        return r;
    }
    return {};
}

Result<void> RunStore::migrate()
{
    const QList<Migration> all = availableMigrations();
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (all[i].version != i + 1) {
            return makeError(QStringLiteral("store_bad_migrations"),
                             QStringLiteral("schema migrations shipped in this build are not "
                                            "numbered 001, 002, ... (found %1 at position %2) — "
                                            "this is a packaging bug; report it")
                                 .arg(all[i].resource)
                                 .arg(i + 1));
        }
    }
    auto current = pragma(QStringLiteral("user_version"));
    if (!current)
        return current.error();
    m_schemaVersion = current->toInt();

    for (const Migration& m : all) {
        if (m.version <= m_schemaVersion)
            continue;
        QFile file(m.resource);
        if (!file.open(QIODevice::ReadOnly)) {
            return makeError(QStringLiteral("store_bad_migrations"),
                             QStringLiteral("cannot read schema migration %1: %2 — this is a "
                                            "packaging bug; report it")
                                 .arg(m.resource, file.errorString()));
        }
        const QByteArray script = file.readAll();
        auto applied = transaction([&]() -> Result<void> {
            if (auto r = exec("CREATE TABLE IF NOT EXISTS schema_migrations ("
                              " version INTEGER PRIMARY KEY,"
                              " name TEXT NOT NULL,"
                              " applied_utc TEXT NOT NULL)",
                              QStringLiteral("create the schema_migrations table"));
                !r)
                return r;
            if (auto r = exec(script.constData(),
                              QStringLiteral("apply schema migration %1").arg(m.resource));
                !r)
                return r;
            auto ins = statement(
                "INSERT INTO schema_migrations (version, name, applied_utc) VALUES (?, ?, ?)");
            if (!ins)
                return ins.error();
            sqlite3_stmt* s = *ins;
            StatementReset reset(s);
            sqlite3_bind_int(s, 1, m.version);
            bindText(s, 2, m.name);
            bindText(s, 3, nowUtc());
            if (sqlite3_step(s) != SQLITE_DONE)
                return sqlError(QStringLiteral("store_sql_failed"),
                                QStringLiteral("cannot record schema migration %1").arg(m.version));
            // The version is an integer from the resource name, never user input.
            const QByteArray uv = "PRAGMA user_version = " + QByteArray::number(m.version);
            return exec(uv.constData(), QStringLiteral("set the schema version"));
        });
        if (!applied)
            return applied;
        m_schemaVersion = m.version;
        qCInfo(lcStore) << "applied schema migration" << m.version << m.name << "to" << m_path;
    }
    return {};
}

Result<int> RunStore::closeInterruptedRuns()
{
    int closed = 0;
    auto r = transaction([&]() -> Result<void> {
        const QString now = nowUtc();
        auto outbox = statement("INSERT OR IGNORE INTO outbox (run_id, created_utc, attempts, "
                                "state) SELECT run_id, ?, 0, 'pending' FROM runs "
                                "WHERE state = 'running'");
        if (!outbox)
            return outbox.error();
        {
            StatementReset reset(*outbox);
            bindText(*outbox, 1, now);
            if (sqlite3_step(*outbox) != SQLITE_DONE)
                return sqlError(QStringLiteral("store_sql_failed"),
                                QStringLiteral("cannot queue interrupted runs for sync"));
        }
        auto upd = statement("UPDATE runs SET state = 'interrupted', verdict = 'interrupted', "
                             "ended_utc = ?, failure_reason = ? WHERE state = 'running'");
        if (!upd)
            return upd.error();
        StatementReset reset(*upd);
        bindText(*upd, 1, now);
        bindText(*upd, 2, QString::fromUtf8(kInterruptedReason));
        if (sqlite3_step(*upd) != SQLITE_DONE)
            return sqlError(QStringLiteral("store_sql_failed"),
                            QStringLiteral("cannot close interrupted runs"));
        closed = sqlite3_changes(m_db);
        return {};
    });
    if (!r)
        return r.error();
    if (closed > 0)
        qCWarning(lcStore) << "closed" << closed << "run(s) left running by the last session as"
                           << "interrupted in" << m_path;
    return closed;
}

Result<void> RunStore::beginRun(const RunRecord& run)
{
    if (run.runId.isEmpty()) {
        return makeError(QStringLiteral("store_bad_record"),
                         QStringLiteral("cannot begin a run in %1: the run has no id — the runner "
                                        "must assign a UUID first")
                             .arg(m_path));
    }
    return transaction([&]() -> Result<void> {
        auto st = statement(
            "INSERT INTO runs (run_id, serial, imei, product, plan_id, plan_revision, "
            "plan_sha256, station_id, operator, batch, work_order, port, started_utc, state, "
            "attributes_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'running', ?)");
        if (!st)
            return st.error();
        sqlite3_stmt* s = *st;
        StatementReset reset(s);
        bindText(s, 1, run.runId);
        bindText(s, 2, run.serial);
        bindText(s, 3, run.imei);
        bindText(s, 4, run.product);
        bindText(s, 5, run.planId);
        sqlite3_bind_int(s, 6, run.planRevision);
        bindText(s, 7, run.planSha256);
        bindText(s, 8, run.stationId);
        bindText(s, 9, run.operatorName);
        bindText(s, 10, run.batch);
        bindText(s, 11, run.workOrder);
        bindText(s, 12, run.port);
        bindText(s, 13, run.startedUtc.isValid() ? isoUtc(run.startedUtc) : nowUtc());
        bindText(s, 14, attributesJson(run.attributes));
        if (sqlite3_step(s) == SQLITE_DONE)
            return {};
        if (sqlite3_extended_errcode(m_db) == SQLITE_CONSTRAINT_PRIMARYKEY) {
            return makeError(QStringLiteral("store_run_exists"),
                             QStringLiteral("cannot begin run %1 in %2: a run with this id "
                                            "already exists — every run needs a fresh id")
                                 .arg(run.runId, m_path));
        }
        return sqlError(QStringLiteral("store_write_failed"),
                        QStringLiteral("cannot begin run %1").arg(run.runId));
    });
}

Result<void> RunStore::appendSteps(const QList<StepRecord>& steps)
{
    if (steps.isEmpty())
        return {};
    return transaction([&]() -> Result<void> {
        auto st = statement("INSERT INTO steps (run_id, seq, phase, step_id, name, kind, "
                            "verdict, started_utc, duration_ms, attempts, measured, low, high, "
                            "unit, message) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        if (!st)
            return st.error();
        sqlite3_stmt* s = *st;
        for (const StepRecord& step : steps) {
            StatementReset reset(s);
            bindText(s, 1, step.runId);
            sqlite3_bind_int(s, 2, step.sequence);
            bindText(s, 3, step.phase);
            bindText(s, 4, step.stepId);
            bindText(s, 5, step.name);
            bindText(s, 6, step.kind);
            bindText(s, 7, step.verdict);
            bindText(s, 8, isoUtc(step.startedUtc));
            sqlite3_bind_double(s, 9, step.durationMs);
            sqlite3_bind_int(s, 10, step.attempts);
            bindText(s, 11, step.measured);
            bindOptional(s, 12, step.low);
            bindOptional(s, 13, step.high);
            bindText(s, 14, step.unit);
            bindText(s, 15, step.message);
            if (sqlite3_step(s) == SQLITE_DONE)
                continue;
            const int ext = sqlite3_extended_errcode(m_db);
            if (ext == SQLITE_CONSTRAINT_FOREIGNKEY) {
                return makeError(QStringLiteral("store_unknown_run"),
                                 QStringLiteral("cannot store step %1 (#%2) in %3: run %4 was "
                                                "never begun — call beginRun first")
                                     .arg(step.stepId)
                                     .arg(step.sequence)
                                     .arg(m_path, step.runId));
            }
            if (ext == SQLITE_CONSTRAINT_PRIMARYKEY) {
                return makeError(QStringLiteral("store_duplicate_step"),
                                 QStringLiteral("cannot store step %1 of run %2 in %3: sequence "
                                                "number %4 is already stored — each step needs "
                                                "the next sequence number")
                                     .arg(step.stepId, step.runId, m_path)
                                     .arg(step.sequence));
            }
            return sqlError(QStringLiteral("store_write_failed"),
                            QStringLiteral("cannot store step %1 (#%2) of run %3")
                                .arg(step.stepId)
                                .arg(step.sequence)
                                .arg(step.runId));
        }
        return {};
    });
}

Result<void> RunStore::appendTranscript(const QString& runId,
                                        const QList<drivers::TranscriptEntry>& entries)
{
    if (entries.isEmpty())
        return {};
    return transaction([&]() -> Result<void> {
        auto next = statement("SELECT COALESCE(MAX(seq) + 1, 0) FROM transcript WHERE run_id = ?");
        if (!next)
            return next.error();
        qint64 seq = 0;
        {
            StatementReset reset(*next);
            bindText(*next, 1, runId);
            if (sqlite3_step(*next) != SQLITE_ROW)
                return sqlError(QStringLiteral("store_write_failed"),
                                QStringLiteral("cannot number transcript of run %1").arg(runId));
            seq = sqlite3_column_int64(*next, 0);
        }
        auto st = statement("INSERT INTO transcript (run_id, seq, utc_us, direction, bytes) "
                            "VALUES (?, ?, ?, ?, ?)");
        if (!st)
            return st.error();
        sqlite3_stmt* s = *st;
        for (const drivers::TranscriptEntry& e : entries) {
            StatementReset reset(s);
            bindText(s, 1, runId);
            sqlite3_bind_int64(s, 2, seq++);
            sqlite3_bind_int64(s, 3, e.utcMicros);
            bindText(s, 4, directionText(e.direction));
            // A non-null pointer with length 0 stores an empty blob, not NULL.
            static const char kEmpty = 0;
            sqlite3_bind_blob(s, 5, e.bytes.isEmpty() ? &kEmpty : e.bytes.constData(),
                              int(e.bytes.size()), SQLITE_TRANSIENT);
            if (sqlite3_step(s) == SQLITE_DONE)
                continue;
            if (sqlite3_extended_errcode(m_db) == SQLITE_CONSTRAINT_FOREIGNKEY) {
                return makeError(QStringLiteral("store_unknown_run"),
                                 QStringLiteral("cannot store transcript of run %1 in %2: the "
                                                "run was never begun — call beginRun first")
                                     .arg(runId, m_path));
            }
            return sqlError(QStringLiteral("store_write_failed"),
                            QStringLiteral("cannot store transcript of run %1").arg(runId));
        }
        return {};
    });
}

Result<void> RunStore::finishRun(const RunRecord& run)
{
    if (!isKnownVerdict(run.verdict)) {
        return makeError(QStringLiteral("store_bad_record"),
                         QStringLiteral("cannot finish run %1 in %2: verdict \"%3\" is not one of "
                                        "pass, skipped, fail, error, aborted — this is a bug in "
                                        "the runner")
                             .arg(run.runId, m_path, run.verdict));
    }
    return transaction([&]() -> Result<void> {
        // Empty fields keep what beginRun stored, so a partial record never erases data.
        auto st = statement(
            "UPDATE runs SET serial = COALESCE(?2, serial), imei = COALESCE(?3, imei), "
            "product = COALESCE(?4, product), plan_id = COALESCE(?5, plan_id), "
            "plan_revision = CASE WHEN ?6 > 0 THEN ?6 ELSE plan_revision END, "
            "plan_sha256 = COALESCE(?7, plan_sha256), station_id = COALESCE(?8, station_id), "
            "operator = COALESCE(?9, operator), batch = COALESCE(?10, batch), "
            "work_order = COALESCE(?11, work_order), port = COALESCE(?12, port), "
            "ended_utc = ?13, state = 'finished', verdict = ?14, failing_step = ?15, "
            "failure_reason = ?16, attributes_json = COALESCE(?17, attributes_json) "
            "WHERE run_id = ?1 AND state = 'running'");
        if (!st)
            return st.error();
        sqlite3_stmt* s = *st;
        {
            StatementReset reset(s);
            bindText(s, 1, run.runId);
            bindText(s, 2, run.serial);
            bindText(s, 3, run.imei);
            bindText(s, 4, run.product);
            bindText(s, 5, run.planId);
            sqlite3_bind_int(s, 6, run.planRevision);
            bindText(s, 7, run.planSha256);
            bindText(s, 8, run.stationId);
            bindText(s, 9, run.operatorName);
            bindText(s, 10, run.batch);
            bindText(s, 11, run.workOrder);
            bindText(s, 12, run.port);
            bindText(s, 13, run.endedUtc.isValid() ? isoUtc(run.endedUtc) : nowUtc());
            bindText(s, 14, run.verdict);
            bindText(s, 15, run.failingStep);
            bindText(s, 16, run.failureReason);
            bindText(s, 17, attributesJson(run.attributes));
            if (sqlite3_step(s) != SQLITE_DONE)
                return sqlError(QStringLiteral("store_write_failed"),
                                QStringLiteral("cannot finish run %1").arg(run.runId));
        }
        if (sqlite3_changes(m_db) != 1) {
            auto existing = this->run(run.runId);
            if (!existing)
                return makeError(QStringLiteral("store_unknown_run"),
                                 QStringLiteral("cannot finish run %1 in %2: the run was never "
                                                "begun — call beginRun first")
                                     .arg(run.runId, m_path));
            return makeError(QStringLiteral("store_run_closed"),
                             QStringLiteral("cannot finish run %1 in %2: it is already %3 — a "
                                            "run is finished once")
                                 .arg(run.runId, m_path, existing->state));
        }
        auto ob = statement("INSERT INTO outbox (run_id, created_utc, attempts, state) "
                            "VALUES (?, ?, 0, 'pending')");
        if (!ob)
            return ob.error();
        StatementReset reset(*ob);
        bindText(*ob, 1, run.runId);
        bindText(*ob, 2, nowUtc());
        if (sqlite3_step(*ob) != SQLITE_DONE)
            return sqlError(QStringLiteral("store_write_failed"),
                            QStringLiteral("cannot queue run %1 for registry sync").arg(run.runId));
        return {};
    });
}

Result<RunRecord> RunStore::run(const QString& runId) const
{
    static const QByteArray sql =
        "SELECT " + RecordColumns::runs() + " FROM runs WHERE run_id = ?";
    auto st = statement(sql.constData());
    if (!st)
        return st.error();
    StatementReset reset(*st);
    bindText(*st, 1, runId);
    const int rc = sqlite3_step(*st);
    if (rc == SQLITE_ROW)
        return RecordColumns::readRun(*st);
    if (rc == SQLITE_DONE)
        return makeError(QStringLiteral("store_run_not_found"),
                         QStringLiteral("run %1 is not in %2 — check the id").arg(runId, m_path));
    return sqlError(QStringLiteral("store_read_failed"),
                    QStringLiteral("cannot read run %1").arg(runId));
}

Result<QList<RunRecord>> RunStore::listRuns(const RunFilter& filter) const
{
    // The SQL is assembled from fixed fragments only; every value is a bound parameter.
    QByteArray sql = "SELECT " + RecordColumns::runs() + " FROM runs WHERE 1";
    QStringList params;
    if (!filter.serial.isEmpty()) {
        sql += " AND serial = ?";
        params << filter.serial;
    }
    if (filter.verdict == QLatin1String("failed")) {
        sql += " AND verdict NOT IN ('pass', 'skipped')";
    } else if (!filter.verdict.isEmpty()) {
        sql += " AND verdict = ?";
        params << filter.verdict;
    }
    if (!filter.product.isEmpty()) {
        sql += " AND product = ?";
        params << filter.product;
    }
    if (!filter.planId.isEmpty()) {
        sql += " AND plan_id = ?";
        params << filter.planId;
    }
    sql += " ORDER BY started_utc DESC, run_id DESC";
    if (filter.limit > 0)
        sql += " LIMIT ?";

    auto st = statement(sql.constData());
    if (!st)
        return st.error();
    sqlite3_stmt* s = *st;
    StatementReset reset(s);
    int i = 1;
    for (const QString& p : params)
        bindText(s, i++, p);
    if (filter.limit > 0)
        sqlite3_bind_int(s, i, filter.limit);
    QList<RunRecord> out;
    int rc;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW)
        out.append(RecordColumns::readRun(s));
    if (rc != SQLITE_DONE)
        return sqlError(QStringLiteral("store_read_failed"), QStringLiteral("cannot list runs"));
    return out;
}

Result<QList<StepRecord>> RunStore::steps(const QString& runId) const
{
    static const QByteArray sql =
        "SELECT " + RecordColumns::steps() + " FROM steps WHERE run_id = ? ORDER BY seq";
    auto st = statement(sql.constData());
    if (!st)
        return st.error();
    sqlite3_stmt* s = *st;
    StatementReset reset(s);
    bindText(s, 1, runId);
    QList<StepRecord> out;
    int rc;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW)
        out.append(RecordColumns::readStep(s));
    if (rc != SQLITE_DONE)
        return sqlError(QStringLiteral("store_read_failed"),
                        QStringLiteral("cannot read steps of run %1").arg(runId));
    return out;
}

Result<QList<drivers::TranscriptEntry>> RunStore::transcript(const QString& runId) const
{
    static const QByteArray sql =
        "SELECT " + RecordColumns::transcript() + " FROM transcript WHERE run_id = ? ORDER BY seq";
    auto st = statement(sql.constData());
    if (!st)
        return st.error();
    sqlite3_stmt* s = *st;
    StatementReset reset(s);
    bindText(s, 1, runId);
    QList<drivers::TranscriptEntry> out;
    int rc;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW)
        out.append(RecordColumns::readTranscriptEntry(s));
    if (rc != SQLITE_DONE)
        return sqlError(QStringLiteral("store_read_failed"),
                        QStringLiteral("cannot read transcript of run %1").arg(runId));
    return out;
}

Result<int> RunStore::outboxCount() const
{
    auto st = statement("SELECT COUNT(*) FROM outbox WHERE state = 'pending'");
    if (!st)
        return st.error();
    StatementReset reset(*st);
    if (sqlite3_step(*st) != SQLITE_ROW)
        return sqlError(QStringLiteral("store_read_failed"),
                        QStringLiteral("cannot count the sync outbox"));
    return sqlite3_column_int(*st, 0);
}

Result<QStringList> RunStore::pendingOutbox(int limit, const QString& afterRunId) const
{
    auto st = afterRunId.isEmpty()
                  ? statement("SELECT run_id FROM outbox WHERE state = 'pending' "
                              "ORDER BY created_utc, run_id LIMIT ?1")
                  : statement("SELECT run_id FROM outbox WHERE state = 'pending' AND "
                              "(created_utc, run_id) > (SELECT created_utc, run_id FROM outbox "
                              "WHERE run_id = ?2) ORDER BY created_utc, run_id LIMIT ?1");
    if (!st)
        return st.error();
    StatementReset reset(*st);
    sqlite3_bind_int(*st, 1, limit > 0 ? limit : -1);
    if (!afterRunId.isEmpty())
        bindText(*st, 2, afterRunId);
    QStringList out;
    int rc;
    while ((rc = sqlite3_step(*st)) == SQLITE_ROW)
        out.append(columnText(*st, 0));
    if (rc != SQLITE_DONE)
        return sqlError(QStringLiteral("store_read_failed"),
                        QStringLiteral("cannot read the sync outbox"));
    return out;
}

Result<void> RunStore::markSynced(const QStringList& runIds)
{
    return updateEach("UPDATE outbox SET state = 'synced', attempts = attempts + 1, "
                      "last_attempt_utc = ?2, synced_utc = ?2, last_error = NULL, "
                      "next_attempt_utc = NULL WHERE run_id = ?1 AND state = 'pending'",
                      runIds, {nowUtc()}, QStringLiteral("cannot mark run %1 as synced"));
}

Result<void> RunStore::markRejected(const QString& runId, const QString& state,
                                    const QString& reason, const QString& field)
{
    if (state != QLatin1String("rejected") && state != QLatin1String("conflict")) {
        return makeError(QStringLiteral("store_bad_record"),
                         QStringLiteral("cannot mark run %1 in %2 as \"%3\": only rejected or "
                                        "conflict — this is a bug in the sync worker")
                             .arg(runId, m_path, state));
    }
    return updateEach("UPDATE outbox SET state = ?2, attempts = attempts + 1, "
                      "last_attempt_utc = ?3, reason = ?4, reason_field = ?5, "
                      "last_error = NULL, next_attempt_utc = NULL "
                      "WHERE run_id = ?1 AND state = 'pending'",
                      {runId},
                      {state, nowUtc(),
                       reason.isEmpty() ? QStringLiteral("(the registry gave no reason)") : reason,
                       field},
                      QStringLiteral("cannot mark run %1 as ") + state);
}

Result<void> RunStore::markAttempt(const QStringList& runIds, const QString& error,
                                   const QDateTime& nextAttemptUtc)
{
    return updateEach("UPDATE outbox SET attempts = attempts + 1, last_attempt_utc = ?2, "
                      "last_error = ?3, next_attempt_utc = ?4 "
                      "WHERE run_id = ?1 AND state = 'pending'",
                      runIds, {nowUtc(), error, isoUtc(nextAttemptUtc)},
                      QStringLiteral("cannot record a sync attempt of run %1"));
}

Result<OutboxSummary> RunStore::outboxSummary() const
{
    auto st =
        statement("SELECT "
                  "(SELECT COUNT(*) FROM outbox WHERE state = 'pending'), "
                  "(SELECT COUNT(*) FROM outbox WHERE state = 'rejected'), "
                  "(SELECT COUNT(*) FROM outbox WHERE state = 'conflict'), "
                  "(SELECT COUNT(*) FROM outbox WHERE state = 'synced'), "
                  "(SELECT MIN(created_utc) FROM outbox WHERE state = 'pending'), "
                  "(SELECT MAX(synced_utc) FROM outbox WHERE state = 'synced'), "
                  "(SELECT MAX(next_attempt_utc) FROM outbox WHERE state = 'pending'), "
                  "(SELECT last_attempt_utc FROM outbox WHERE state = 'pending' "
                  "   AND last_attempt_utc IS NOT NULL ORDER BY last_attempt_utc DESC LIMIT 1), "
                  "(SELECT last_error FROM outbox WHERE state = 'pending' "
                  "   AND last_attempt_utc IS NOT NULL ORDER BY last_attempt_utc DESC LIMIT 1), "
                  "(SELECT COUNT(*) FROM notes n WHERE n.sync_state = 'pending' AND "
                  "   (n.run_id IS NULL OR EXISTS (SELECT 1 FROM outbox o "
                  "    WHERE o.run_id = n.run_id AND o.state = 'synced'))), "
                  "(SELECT COUNT(*) FROM notes WHERE sync_state = 'pending'), "
                  "(SELECT COUNT(*) FROM notes WHERE sync_state = 'rejected')");
    if (!st)
        return st.error();
    StatementReset reset(*st);
    if (sqlite3_step(*st) != SQLITE_ROW)
        return sqlError(QStringLiteral("store_read_failed"),
                        QStringLiteral("cannot summarise the sync outbox"));
    OutboxSummary s;
    s.pending = sqlite3_column_int(*st, 0);
    s.rejected = sqlite3_column_int(*st, 1);
    s.conflicts = sqlite3_column_int(*st, 2);
    s.synced = sqlite3_column_int(*st, 3);
    s.oldestPendingUtc = parseUtc(columnText(*st, 4));
    s.lastSyncedUtc = parseUtc(columnText(*st, 5));
    s.nextAttemptUtc = parseUtc(columnText(*st, 6));
    s.lastAttemptUtc = parseUtc(columnText(*st, 7));
    s.lastError = columnText(*st, 8);
    s.notesPending = sqlite3_column_int(*st, 9);
    s.notesWaiting = sqlite3_column_int(*st, 10) - s.notesPending;
    s.notesRejected = sqlite3_column_int(*st, 11);
    return s;
}

Result<QList<OutboxEntry>> RunStore::outboxEntries(const QString& state, int limit) const
{
    auto st = statement("SELECT o.run_id, r.serial, o.state, o.created_utc, o.attempts, "
                        "o.last_error, o.reason, o.reason_field FROM outbox o "
                        "JOIN runs r ON r.run_id = o.run_id WHERE o.state = ? "
                        "ORDER BY o.created_utc, o.run_id LIMIT ?");
    if (!st)
        return st.error();
    StatementReset reset(*st);
    bindText(*st, 1, state);
    sqlite3_bind_int(*st, 2, limit > 0 ? limit : -1);
    QList<OutboxEntry> out;
    int rc;
    while ((rc = sqlite3_step(*st)) == SQLITE_ROW) {
        OutboxEntry e;
        e.runId = columnText(*st, 0);
        e.serial = columnText(*st, 1);
        e.state = columnText(*st, 2);
        e.createdUtc = parseUtc(columnText(*st, 3));
        e.attempts = sqlite3_column_int(*st, 4);
        e.lastError = columnText(*st, 5);
        e.reason = columnText(*st, 6);
        e.reasonField = columnText(*st, 7);
        out.append(e);
    }
    if (rc != SQLITE_DONE)
        return sqlError(QStringLiteral("store_read_failed"),
                        QStringLiteral("cannot list %1 outbox rows").arg(state));
    return out;
}

namespace {

constexpr int kMaxNoteLength = 4000;

constexpr const char* kNoteColumns = "note_id, run_id, serial, author, created_utc, text, "
                                     "deleted_utc, deleted_by, sync_state, sync_error";

NoteRecord readNote(sqlite3_stmt* s)
{
    NoteRecord n;
    n.noteId = columnText(s, 0);
    n.runId = columnText(s, 1);
    n.serial = columnText(s, 2);
    n.author = columnText(s, 3);
    n.createdUtc = parseUtc(columnText(s, 4));
    n.text = columnText(s, 5);
    n.deletedUtc = parseUtc(columnText(s, 6));
    n.deletedBy = columnText(s, 7);
    n.syncState = columnText(s, 8);
    n.syncError = columnText(s, 9);
    return n;
}

} // namespace

Result<NoteRecord> RunStore::addNote(const QString& runId, const QString& serial,
                                     const QString& author, const QString& text)
{
    NoteRecord n;
    n.runId = runId.trimmed();
    n.serial = serial.trimmed();
    n.author = author.trimmed();
    n.text = text.trimmed();
    const QString where = n.runId.isEmpty() ? QStringLiteral("device %1").arg(n.serial)
                                            : QStringLiteral("run %1").arg(n.runId);
    if (n.text.isEmpty()) {
        return makeError(QStringLiteral("note_empty"),
                         QStringLiteral("cannot add a note to %1: the text is empty — write what "
                                        "QA found")
                             .arg(where));
    }
    // Characters as people count them (code points), not UTF-16 units.
    if (const qsizetype length = n.text.toUcs4().size(); length > kMaxNoteLength) {
        return makeError(QStringLiteral("note_too_long"),
                         QStringLiteral("cannot add a note to %1: the text has %2 characters, "
                                        "at most %3 are allowed — shorten it or split it into "
                                        "several notes")
                             .arg(where)
                             .arg(length)
                             .arg(kMaxNoteLength));
    }
    if (n.author.isEmpty()) {
        return makeError(QStringLiteral("note_no_author"),
                         QStringLiteral("cannot add a note to %1: the author is empty — say who "
                                        "writes it")
                             .arg(where));
    }
    if (n.runId.isEmpty() && n.serial.isEmpty()) {
        return makeError(QStringLiteral("note_no_target"),
                         QStringLiteral("cannot add a note in %1: give a run id (run note) or a "
                                        "serial number (device note)")
                             .arg(m_path));
    }
    if (!n.runId.isEmpty()) {
        auto r = run(n.runId);
        if (!r) {
            if (r.error().code == QLatin1String("store_run_not_found"))
                return makeError(QStringLiteral("note_unknown_run"),
                                 QStringLiteral("cannot add a note to run %1: it is not in %2 — "
                                                "check the run id (eol-station records list)")
                                     .arg(n.runId, m_path));
            return r.error();
        }
        if (n.serial.isEmpty()) {
            n.serial = r->serial;
        } else if (!r->serial.isEmpty() && n.serial != r->serial) {
            return makeError(QStringLiteral("note_serial_mismatch"),
                             QStringLiteral("cannot add a note to run %1: the run tested serial "
                                            "%2, not %3 — leave the serial out for a run note")
                                 .arg(n.runId, r->serial, n.serial));
        }
    }
    n.noteId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    // Stored with millisecond precision like every other timestamp, so read it back the same.
    n.createdUtc = parseUtc(nowUtc());
    n.syncState = QStringLiteral("pending");

    auto done = transaction([&]() -> Result<void> {
        auto st = statement("INSERT INTO notes (note_id, run_id, serial, author, created_utc, "
                            "text, sync_state) VALUES (?, ?, ?, ?, ?, ?, 'pending')");
        if (!st)
            return st.error();
        sqlite3_stmt* s = *st;
        StatementReset reset(s);
        bindText(s, 1, n.noteId);
        bindText(s, 2, n.runId);
        bindText(s, 3, n.serial);
        bindText(s, 4, n.author);
        bindText(s, 5, isoUtc(n.createdUtc));
        bindText(s, 6, n.text);
        if (sqlite3_step(s) != SQLITE_DONE)
            return sqlError(QStringLiteral("store_write_failed"),
                            QStringLiteral("cannot add a note to %1").arg(where));
        return {};
    });
    if (!done)
        return done.error();
    return n;
}

Result<NoteRecord> RunStore::note(const QString& noteId) const
{
    static const QByteArray sql =
        QByteArray("SELECT ") + kNoteColumns + " FROM notes WHERE note_id = ?";
    auto st = statement(sql.constData());
    if (!st)
        return st.error();
    StatementReset reset(*st);
    bindText(*st, 1, noteId.trimmed());
    const int rc = sqlite3_step(*st);
    if (rc == SQLITE_ROW)
        return readNote(*st);
    if (rc == SQLITE_DONE)
        return makeError(QStringLiteral("note_not_found"),
                         QStringLiteral("note %1 is not in %2 — check the id (eol-station records "
                                        "note list)")
                             .arg(noteId, m_path));
    return sqlError(QStringLiteral("store_read_failed"),
                    QStringLiteral("cannot read note %1").arg(noteId));
}

Result<QList<NoteRecord>> RunStore::notesForRun(const QString& runId) const
{
    static const QByteArray sql = QByteArray("SELECT ") + kNoteColumns +
                                  " FROM notes WHERE run_id = ? AND deleted_utc IS NULL "
                                  "ORDER BY created_utc, note_id";
    auto st = statement(sql.constData());
    if (!st)
        return st.error();
    StatementReset reset(*st);
    bindText(*st, 1, runId);
    QList<NoteRecord> out;
    int rc;
    while ((rc = sqlite3_step(*st)) == SQLITE_ROW)
        out.append(readNote(*st));
    if (rc != SQLITE_DONE)
        return sqlError(QStringLiteral("store_read_failed"),
                        QStringLiteral("cannot read the notes of run %1").arg(runId));
    return out;
}

Result<QList<NoteRecord>> RunStore::notesForSerial(const QString& serial) const
{
    // A run note keeps the serial the run had when the note was written; a run still running
    // may not have had one yet, so notes are also found through the run.
    static const QByteArray sql =
        QByteArray("SELECT ") + kNoteColumns +
        " FROM notes WHERE deleted_utc IS NULL AND (serial = ?1 OR run_id IN "
        "(SELECT run_id FROM runs WHERE serial = ?1)) ORDER BY created_utc, note_id";
    QList<NoteRecord> out;
    if (serial.trimmed().isEmpty())
        return out;
    auto st = statement(sql.constData());
    if (!st)
        return st.error();
    StatementReset reset(*st);
    bindText(*st, 1, serial.trimmed());
    int rc;
    while ((rc = sqlite3_step(*st)) == SQLITE_ROW)
        out.append(readNote(*st));
    if (rc != SQLITE_DONE)
        return sqlError(QStringLiteral("store_read_failed"),
                        QStringLiteral("cannot read the notes of device %1").arg(serial));
    return out;
}

Result<void> RunStore::deleteNote(const QString& noteId, const QString& deletedBy)
{
    const QString by = deletedBy.trimmed();
    if (by.isEmpty()) {
        return makeError(QStringLiteral("note_no_author"),
                         QStringLiteral("cannot delete note %1: say who deletes it").arg(noteId));
    }
    auto existing = note(noteId);
    if (!existing)
        return existing.error();
    if (existing->isDeleted()) {
        return makeError(
            QStringLiteral("note_already_deleted"),
            QStringLiteral("note %1 was already deleted by %2 at %3 — nothing to do")
                .arg(existing->noteId, existing->deletedBy, isoUtc(existing->deletedUtc)));
    }
    return transaction([&]() -> Result<void> {
        // The deletion must reach the registry too, so a synced note goes back to pending; a
        // note the registry refused for good never got there and stays as it is.
        auto st = statement("UPDATE notes SET deleted_utc = ?2, deleted_by = ?3, "
                            "sync_state = CASE WHEN sync_state = 'rejected' THEN 'rejected' "
                            "ELSE 'pending' END, sync_attempts = CASE WHEN sync_state = "
                            "'rejected' THEN sync_attempts ELSE 0 END "
                            "WHERE note_id = ?1 AND deleted_utc IS NULL");
        if (!st)
            return st.error();
        StatementReset reset(*st);
        bindText(*st, 1, existing->noteId);
        bindText(*st, 2, nowUtc());
        bindText(*st, 3, by);
        if (sqlite3_step(*st) != SQLITE_DONE)
            return sqlError(QStringLiteral("store_write_failed"),
                            QStringLiteral("cannot delete note %1").arg(noteId));
        if (sqlite3_changes(m_db) != 1)
            return makeError(QStringLiteral("note_already_deleted"),
                             QStringLiteral("note %1 was deleted by someone else just now — "
                                            "nothing to do")
                                 .arg(noteId));
        return {};
    });
}

Result<QList<OutboxEntry>> RunStore::requeueRefused(const QStringList& runIds)
{
    QList<OutboxEntry> before;
    auto done = transaction([&]() -> Result<void> {
        auto get = statement("SELECT o.run_id, r.serial, o.state, o.created_utc, o.attempts, "
                             "o.last_error, o.reason, o.reason_field FROM outbox o "
                             "JOIN runs r ON r.run_id = o.run_id WHERE o.run_id = ?");
        if (!get)
            return get.error();
        for (const QString& id : runIds) {
            StatementReset reset(*get);
            bindText(*get, 1, id);
            const int rc = sqlite3_step(*get);
            if (rc == SQLITE_DONE)
                return makeError(QStringLiteral("store_run_not_found"),
                                 QStringLiteral("run %1 is not in the sync outbox of %2 — check "
                                                "the id (eol-station sync status lists the "
                                                "refused runs); nothing was changed")
                                     .arg(id, m_path));
            if (rc != SQLITE_ROW)
                return sqlError(QStringLiteral("store_read_failed"),
                                QStringLiteral("cannot read the outbox row of run %1").arg(id));
            OutboxEntry e;
            e.runId = columnText(*get, 0);
            e.serial = columnText(*get, 1);
            e.state = columnText(*get, 2);
            e.createdUtc = parseUtc(columnText(*get, 3));
            e.attempts = sqlite3_column_int(*get, 4);
            e.lastError = columnText(*get, 5);
            e.reason = columnText(*get, 6);
            e.reasonField = columnText(*get, 7);
            if (e.state != QLatin1String("rejected") && e.state != QLatin1String("conflict"))
                return makeError(QStringLiteral("sync_not_refused"),
                                 QStringLiteral("run %1 is %2, not rejected or conflict — only "
                                                "runs the registry refused can be retried; "
                                                "nothing was changed")
                                     .arg(id, e.state));
            before.append(e);
        }
        // attempts stay as a record of the history; reason and errors go: it is a fresh try.
        auto upd = statement("UPDATE outbox SET state = 'pending', reason = NULL, "
                             "reason_field = NULL, last_error = NULL, next_attempt_utc = NULL "
                             "WHERE run_id = ? AND state IN ('rejected', 'conflict')");
        if (!upd)
            return upd.error();
        for (const OutboxEntry& e : std::as_const(before)) {
            StatementReset reset(*upd);
            bindText(*upd, 1, e.runId);
            if (sqlite3_step(*upd) != SQLITE_DONE)
                return sqlError(QStringLiteral("store_write_failed"),
                                QStringLiteral("cannot queue run %1 again").arg(e.runId));
        }
        return {};
    });
    if (!done)
        return done.error();
    return before;
}

Result<QList<NoteRecord>> RunStore::pendingNotes(int limit) const
{
    static const QByteArray sql =
        QByteArray("SELECT ") + kNoteColumns +
        " FROM notes n WHERE n.sync_state = 'pending' AND (n.run_id IS NULL OR EXISTS "
        "(SELECT 1 FROM outbox o WHERE o.run_id = n.run_id AND o.state = 'synced')) "
        "ORDER BY n.created_utc, n.note_id LIMIT ?";
    auto st = statement(sql.constData());
    if (!st)
        return st.error();
    StatementReset reset(*st);
    sqlite3_bind_int(*st, 1, limit > 0 ? limit : -1);
    QList<NoteRecord> out;
    int rc;
    while ((rc = sqlite3_step(*st)) == SQLITE_ROW)
        out.append(readNote(*st));
    if (rc != SQLITE_DONE)
        return sqlError(QStringLiteral("store_read_failed"),
                        QStringLiteral("cannot read the notes waiting for the registry"));
    return out;
}

Result<void> RunStore::markNotesSynced(const QList<NoteRecord>& sent)
{
    if (sent.isEmpty())
        return {};
    return transaction([&]() -> Result<void> {
        // "deleted_utc IS ?3": only the version that was sent counts as synced.
        auto st = statement("UPDATE notes SET sync_state = 'synced', synced_utc = ?2, "
                            "sync_error = NULL WHERE note_id = ?1 AND sync_state = 'pending' "
                            "AND deleted_utc IS ?3");
        if (!st)
            return st.error();
        const QString now = nowUtc();
        for (const NoteRecord& n : sent) {
            StatementReset reset(*st);
            bindText(*st, 1, n.noteId);
            bindText(*st, 2, now);
            bindText(*st, 3, isoUtc(n.deletedUtc));
            if (sqlite3_step(*st) != SQLITE_DONE)
                return sqlError(QStringLiteral("store_write_failed"),
                                QStringLiteral("cannot mark note %1 as synced").arg(n.noteId));
        }
        return {};
    });
}

Result<void> RunStore::markNoteRejected(const QString& noteId, const QString& error)
{
    return updateEach("UPDATE notes SET sync_state = 'rejected', "
                      "sync_attempts = sync_attempts + 1, sync_error = ?2 "
                      "WHERE note_id = ?1 AND sync_state = 'pending'",
                      {noteId},
                      {error.isEmpty() ? QStringLiteral("(the registry gave no reason)") : error},
                      QStringLiteral("cannot mark note %1 as rejected"));
}

Result<void> RunStore::markNotesAttempt(const QStringList& noteIds, const QString& error)
{
    return updateEach("UPDATE notes SET sync_attempts = sync_attempts + 1, sync_error = ?2 "
                      "WHERE note_id = ?1 AND sync_state = 'pending'",
                      noteIds, {error}, QStringLiteral("cannot record a sync attempt of note %1"));
}

Result<void> RunStore::updateEach(const char* sql, const QStringList& ids,
                                  const QStringList& values, const QString& failure)
{
    if (ids.isEmpty())
        return {};
    return transaction([&]() -> Result<void> {
        auto st = statement(sql);
        if (!st)
            return st.error();
        for (const QString& id : ids) {
            StatementReset reset(*st);
            bindText(*st, 1, id);
            for (int i = 0; i < values.size(); ++i)
                bindText(*st, i + 2, values.at(i));
            if (sqlite3_step(*st) != SQLITE_DONE)
                return sqlError(QStringLiteral("store_write_failed"), failure.arg(id));
        }
        return {};
    });
}

} // namespace eol::core::store
