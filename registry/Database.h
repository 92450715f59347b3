#pragma once

#include "common/Result.h"
#include "registry/DatabaseSpec.h"

#include <QSqlDatabase>
#include <QString>

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

private:
    DatabaseSpec m_spec;
    QSqlDatabase m_db;
    QString m_connectionName;
};

} // namespace eol::registry
