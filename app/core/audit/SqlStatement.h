#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace eol::core::audit {

/// One prepared SQLite statement, finalized when it goes out of scope. Shared by the modules
/// that keep their tables in the station database next to the audit trail (audit, auth,
/// planrepo), so every error names the database file and SQLite's own words the same way.
class SqlStatement
{
public:
    /// Prepares `sql` on `db`. `what` says what the statement is for ("list users"), for errors.
    static Result<SqlStatement> prepare(sqlite3* db, const char* sql, const QString& what);

    SqlStatement(SqlStatement&& other) noexcept;
    SqlStatement& operator=(SqlStatement&& other) noexcept;
    SqlStatement(const SqlStatement&) = delete;
    SqlStatement& operator=(const SqlStatement&) = delete;
    ~SqlStatement();

    /// Empty text is bound as NULL, like RunStore does: absent, not "".
    void bind(int index, const QString& text);
    void bind(int index, qint64 value);
    void bindBlob(int index, const QByteArray& bytes);
    void bindNull(int index);

    /// Steps once: true = a row is available, false = done. A constraint or trigger refusal is
    /// an error whose message carries SQLite's text (e.g. the trigger's RAISE message).
    Result<bool> step();
    /// Steps to the end (an INSERT/UPDATE/DELETE).
    Result<void> run();

    bool isNull(int column) const;
    QString text(int column) const;
    qint64 int64(int column) const;
    QByteArray blob(int column) const;

    /// Rows changed by the last run() on this connection.
    int changes() const;
    /// Row id of the last INSERT on this connection.
    qint64 lastInsertId() const;

    /// "<what> in <file>: <sqlite message>" with `code`.
    static Error error(sqlite3* db, const QString& code, const QString& what);

private:
    SqlStatement(sqlite3* db, sqlite3_stmt* stmt, QString what);

    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
    QString m_what;
};

} // namespace eol::core::audit
