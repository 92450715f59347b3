#include "audit/SqlStatement.h"

#include <sqlite3.h>
#include <utility>

namespace eol::core::audit {

SqlStatement::SqlStatement(sqlite3* db, sqlite3_stmt* stmt, QString what)
    : m_db(db), m_stmt(stmt), m_what(std::move(what))
{
}

SqlStatement::SqlStatement(SqlStatement&& other) noexcept
    : m_db(other.m_db), m_stmt(std::exchange(other.m_stmt, nullptr)),
      m_what(std::move(other.m_what))
{
}

SqlStatement& SqlStatement::operator=(SqlStatement&& other) noexcept
{
    if (this != &other) {
        if (m_stmt)
            sqlite3_finalize(m_stmt);
        m_db = other.m_db;
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_what = std::move(other.m_what);
    }
    return *this;
}

SqlStatement::~SqlStatement()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
}

Error SqlStatement::error(sqlite3* db, const QString& code, const QString& what)
{
    const char* file = db ? sqlite3_db_filename(db, "main") : nullptr;
    const QString path = file && *file ? QString::fromUtf8(file) : QStringLiteral("(memory)");
    const QString message =
        db ? QString::fromUtf8(sqlite3_errmsg(db)) : QStringLiteral("no database");
    return makeError(code, QStringLiteral("cannot %1 in %2: %3").arg(what, path, message));
}

Result<SqlStatement> SqlStatement::prepare(sqlite3* db, const char* sql, const QString& what)
{
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) != SQLITE_OK) {
        sqlite3_finalize(stmt);
        return error(db, QStringLiteral("store_sql_failed"), what);
    }
    return SqlStatement(db, stmt, what);
}

void SqlStatement::bind(int index, const QString& text)
{
    if (text.isEmpty()) {
        sqlite3_bind_null(m_stmt, index);
        return;
    }
    const QByteArray utf8 = text.toUtf8();
    sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

void SqlStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
}

void SqlStatement::bindBlob(int index, const QByteArray& bytes)
{
    // A zero-length blob is still a blob (an empty plan is refused elsewhere, not turned NULL).
    sqlite3_bind_blob(m_stmt, index, bytes.constData(), int(bytes.size()), SQLITE_TRANSIENT);
}

void SqlStatement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
}

Result<bool> SqlStatement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    const int primary = rc & 0xff;
    const QString code = primary == SQLITE_CONSTRAINT ? QStringLiteral("store_constraint")
                                                      : QStringLiteral("store_sql_failed");
    return error(m_db, code, m_what);
}

Result<void> SqlStatement::run()
{
    for (;;) {
        auto r = step();
        if (!r)
            return r.error();
        if (!r.value())
            return {};
    }
}

bool SqlStatement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

QString SqlStatement::text(int column) const
{
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    return p ? QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, column)) : QString();
}

qint64 SqlStatement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

QByteArray SqlStatement::blob(int column) const
{
    const void* p = sqlite3_column_blob(m_stmt, column);
    const int n = sqlite3_column_bytes(m_stmt, column);
    return p ? QByteArray(static_cast<const char*>(p), n) : QByteArray();
}

int SqlStatement::changes() const
{
    return sqlite3_changes(m_db);
}

qint64 SqlStatement::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

} // namespace eol::core::audit
