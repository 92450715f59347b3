#include "ExportReader.h"

#include "ExportLog.h"
#include "review/ReviewFilterSql.h"
#include "store/RecordColumns.h"
#include "store/SqliteColumn.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <sqlite3.h>

namespace eol::core::exporting {

namespace {

constexpr int kBusyTimeoutMs = 5000;

const char* const kOrder = " ORDER BY r.started_utc DESC, r.run_id DESC";

constexpr auto columnText = &store::SqliteColumn::text;
constexpr auto columnUtc = &store::SqliteColumn::utc;

void bindAll(sqlite3_stmt* stmt, const QVariantList& params)
{
    int i = 1;
    for (const QVariant& v : params) {
        switch (v.typeId()) {
        case QMetaType::Int:
        case QMetaType::LongLong:
            sqlite3_bind_int64(stmt, i, v.toLongLong());
            break;
        default: {
            const QByteArray utf8 = v.toString().toUtf8();
            sqlite3_bind_text(stmt, i, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
            break;
        }
        }
        ++i;
    }
}

/// Finalizes a statement when the scope ends.
class Statement
{
public:
    explicit Statement(sqlite3_stmt* s) : m_stmt(s) {}
    ~Statement() { sqlite3_finalize(m_stmt); }
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    sqlite3_stmt* get() const { return m_stmt; }

private:
    sqlite3_stmt* m_stmt;
};

} // namespace

ExportReader::ExportReader(sqlite3* db, QString path) : m_db(db), m_path(std::move(path)) {}

ExportReader::~ExportReader()
{
    if (m_db) {
        // Ends the read transaction; nothing was written.
        sqlite3_exec(m_db, "COMMIT", nullptr, nullptr, nullptr);
        sqlite3_close_v2(m_db);
    }
}

Error ExportReader::sqlError(const QString& what) const
{
    return makeError(QStringLiteral("export_read_failed"),
                     QStringLiteral("cannot %1 in %2: %3 — check the file is an EOL Station "
                                    "database and readable")
                         .arg(what, m_path, QString::fromUtf8(sqlite3_errmsg(m_db))));
}

Result<std::unique_ptr<ExportReader>> ExportReader::open(const QString& dbPath,
                                                         const review::ReviewFilter& filter,
                                                         const QString& serial, int limit)
{
    // Validate the filter before touching the file: a bad filter is the caller's input error.
    if (auto where = review::ReviewFilterSql::build(filter, QStringLiteral("r")); !where)
        return where.error();
    if (limit < 0)
        return makeError(
            QStringLiteral("export_bad_filter"),
            QStringLiteral("the run limit must be 0 (all) or more, not %1").arg(limit));
    if (!QFileInfo::exists(dbPath))
        return makeError(
            QStringLiteral("export_no_database"),
            QStringLiteral("no record database at %1 — check the path (--db FILE)").arg(dbPath));

    sqlite3* db = nullptr;
    const int rc = sqlite3_open_v2(QFile::encodeName(dbPath).constData(), &db,
                                   SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr);
    std::unique_ptr<ExportReader> reader(new ExportReader(db, dbPath));
    if (rc != SQLITE_OK) {
        return makeError(
            QStringLiteral("export_read_failed"),
            QStringLiteral("cannot open %1 for reading: %2 — check the file exists "
                           "and is readable")
                .arg(dbPath, QString::fromUtf8(db ? sqlite3_errmsg(db) : sqlite3_errstr(rc))));
    }
    sqlite3_busy_timeout(db, kBusyTimeoutMs);
    reader->m_filter = filter;
    reader->m_serial = serial.trimmed();
    reader->m_limit = limit;

    // One read transaction: counts, runs, steps and notes all see the same snapshot.
    if (sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr) != SQLITE_OK)
        return reader->sqlError(QStringLiteral("start a read transaction"));
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &st, nullptr) != SQLITE_OK)
        return reader->sqlError(QStringLiteral("read the schema version"));
    Statement version(st);
    if (sqlite3_step(st) != SQLITE_ROW)
        return reader->sqlError(QStringLiteral("read the schema version"));
    const int schema = sqlite3_column_int(st, 0);
    if (schema < kMinimumSchema) {
        return makeError(QStringLiteral("export_schema_too_old"),
                         QStringLiteral("cannot export from %1: its schema version is %2, the "
                                        "export needs %3 or later — open it once with this "
                                        "version of EOL Station (e.g. eol-station records list "
                                        "--db FILE), which upgrades it")
                             .arg(dbPath)
                             .arg(schema)
                             .arg(kMinimumSchema));
    }
    return reader;
}

ExportReader::Query ExportReader::selection(const QString& alias) const
{
    Query q;
    auto where = review::ReviewFilterSql::build(m_filter, alias);
    // open() validated the filter, so this cannot fail; match nothing if it ever did.
    q.sql = where ? where->where.toUtf8() : QByteArray("0");
    if (where)
        q.params = where->params;
    if (!m_serial.isEmpty()) {
        q.sql += " AND " + alias.toUtf8() + ".serial = ?";
        q.params << m_serial;
    }
    return q;
}

ExportReader::Query ExportReader::runsQuery(bool forCount) const
{
    const Query sel = selection(QStringLiteral("r"));
    Query q;
    if (forCount) {
        q.sql = "SELECT COUNT(*) FROM (SELECT 1 FROM runs r WHERE " + sel.sql + " LIMIT ?)";
    } else {
        q.sql = "SELECT " + store::RecordColumns::runs("r") +
                ", (SELECT group_concat(line, char(10)) FROM (SELECT author || ': ' || text AS line "
                "FROM notes WHERE run_id = r.run_id AND deleted_utc IS NULL "
                "ORDER BY created_utc, note_id)) "
                "FROM runs r WHERE " +
                sel.sql + kOrder + " LIMIT ?";
    }
    q.params = sel.params;
    q.params << (m_limit > 0 ? m_limit : -1);
    return q;
}

ExportReader::Query ExportReader::stepsQuery(bool forCount) const
{
    const Query sel = selection(QStringLiteral("r"));
    Query q;
    q.sql = forCount ? QByteArray("SELECT COUNT(*)")
                     : "SELECT " + store::RecordColumns::steps("s") + ", r.serial";
    q.sql += " FROM runs r JOIN steps s ON s.run_id = r.run_id WHERE ";
    if (m_limit > 0) {
        // The newest N runs first, then their steps; without a limit the join streams.
        q.sql += "r.run_id IN (SELECT r.run_id FROM runs r WHERE " + sel.sql + kOrder + " LIMIT ?)";
        q.params = sel.params;
        q.params << m_limit;
    } else {
        q.sql += sel.sql;
        q.params = sel.params;
    }
    if (!forCount)
        q.sql += QByteArray(kOrder) + ", s.seq";
    return q;
}

ExportReader::Query ExportReader::notesQuery(bool forCount) const
{
    Query q;
    q.sql = forCount ? QByteArray("SELECT COUNT(*)")
                     : QByteArray("SELECT n.note_id, n.run_id, n.serial, n.author, n.created_utc, "
                                  "n.text, n.deleted_utc, n.deleted_by, n.sync_state, "
                                  "n.sync_error");
    if (m_limit > 0) {
        const Query sel = selection(QStringLiteral("r"));
        const QByteArray newest = " FROM runs r WHERE " + sel.sql + kOrder + " LIMIT ?";
        q.sql += " FROM notes n WHERE n.run_id IN (SELECT r.run_id" + newest +
                 ") OR (n.run_id IS NULL AND n.serial IN (SELECT r.serial" + newest + "))";
        q.params << sel.params << m_limit << sel.params << m_limit;
    } else {
        // Walks the notes (few) and checks each against the filter, instead of collecting the
        // ids of possibly a million selected runs first.
        const Query onRun = selection(QStringLiteral("r"));
        const Query onDevice = selection(QStringLiteral("d"));
        q.sql += " FROM notes n LEFT JOIN runs r ON r.run_id = n.run_id "
                 "WHERE (n.run_id IS NOT NULL AND " +
                 onRun.sql +
                 ") OR (n.run_id IS NULL AND EXISTS (SELECT 1 FROM runs d WHERE "
                 "d.serial = n.serial AND " +
                 onDevice.sql + "))";
        q.params << onRun.params << onDevice.params;
    }
    if (!forCount)
        q.sql += " ORDER BY n.created_utc, n.note_id";
    return q;
}

Result<sqlite3_stmt*> ExportReader::prepare(const Query& q) const
{
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(m_db, q.sql.constData(), int(q.sql.size()), &st, nullptr) != SQLITE_OK) {
        qCWarning(lcExport) << "cannot prepare" << q.sql;
        return sqlError(QStringLiteral("prepare the export query"));
    }
    bindAll(st, q.params);
    return st;
}

Result<qint64> ExportReader::count(const Query& q) const
{
    auto st = prepare(q);
    if (!st)
        return st.error();
    Statement guard(*st);
    if (sqlite3_step(*st) != SQLITE_ROW)
        return sqlError(QStringLiteral("count the rows to export"));
    return sqlite3_column_int64(*st, 0);
}

Result<qint64> ExportReader::countRuns() const
{
    return count(runsQuery(true));
}

Result<qint64> ExportReader::countSteps() const
{
    return count(stepsQuery(true));
}

Result<qint64> ExportReader::countNotes() const
{
    return count(notesQuery(true));
}

Result<void> ExportReader::forEachRun(const RunFn& fn) const
{
    auto st = prepare(runsQuery(false));
    if (!st)
        return st.error();
    Statement guard(*st);
    sqlite3_stmt* s = *st;
    store::RunRecord r;
    int rc;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
        r = store::RecordColumns::readRun(s);
        if (auto done = fn(r, columnText(s, store::RecordColumns::kRunColumnCount)); !done)
            return done;
    }
    if (rc != SQLITE_DONE)
        return sqlError(QStringLiteral("read the runs to export"));
    return {};
}

Result<void> ExportReader::forEachStep(const StepFn& fn) const
{
    auto st = prepare(stepsQuery(false));
    if (!st)
        return st.error();
    Statement guard(*st);
    sqlite3_stmt* s = *st;
    store::StepRecord r;
    int rc;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
        r = store::RecordColumns::readStep(s);
        if (auto done = fn(r, columnText(s, store::RecordColumns::kStepColumnCount)); !done)
            return done;
    }
    if (rc != SQLITE_DONE)
        return sqlError(QStringLiteral("read the steps to export"));
    return {};
}

Result<void> ExportReader::forEachNote(const NoteFn& fn) const
{
    auto st = prepare(notesQuery(false));
    if (!st)
        return st.error();
    Statement guard(*st);
    sqlite3_stmt* s = *st;
    int rc;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
        store::NoteRecord n;
        n.noteId = columnText(s, 0);
        n.runId = columnText(s, 1);
        n.serial = columnText(s, 2);
        n.author = columnText(s, 3);
        n.createdUtc = columnUtc(s, 4);
        n.text = columnText(s, 5);
        n.deletedUtc = columnUtc(s, 6);
        n.deletedBy = columnText(s, 7);
        n.syncState = columnText(s, 8);
        n.syncError = columnText(s, 9);
        if (auto done = fn(n); !done)
            return done;
    }
    if (rc != SQLITE_DONE)
        return sqlError(QStringLiteral("read the notes to export"));
    return {};
}

} // namespace eol::core::exporting
