#pragma once

#include "common/Result.h"
#include "registry/DatabaseSpec.h"

#include <QSqlDatabase>
#include <QString>
#include <initializer_list>
#include <utility>

class QSqlQuery;

namespace eol::registry {

/// One open, migrated connection to the registry database (QSQLITE or QPSQL — same SQL).
/// Owned by the thread that opened it.
class Database
{
public:
    Database() = default;
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    /// Opens and migrates. SQLite runs with WAL, foreign keys, synchronous=FULL.
    Result<void> open(const DatabaseSpec& spec);
    void close();

    QSqlDatabase& db() { return m_db; }
    const DatabaseSpec& spec() const { return m_spec; }
    bool isPostgres() const { return m_spec.backend() == DatabaseSpec::Backend::Postgresql; }
    /// True when a trivial query succeeds (for /healthz).
    bool ping();

    /// One statement to prepare: the query object to fill and its SQL.
    using Statement = std::pair<QSqlQuery*, const char*>;
    /// Prepares every statement on this connection (forward-only); the first that fails is
    /// the error, "<what>: <driver message>".
    Result<void> prepare(std::initializer_list<Statement> statements, const QString& what);
    /// "<what>: <driver message>" as a `storage_error` — the one form every storage failure of
    /// the registry takes (the server answers 503 for it).
    static Error queryError(const QString& what, const QSqlQuery& query);

private:
    DatabaseSpec m_spec;
    QSqlDatabase m_db;
    QString m_connectionName;
};

} // namespace eol::registry
