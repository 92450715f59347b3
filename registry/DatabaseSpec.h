#pragma once

#include "common/Result.h"

#include <QString>

namespace eol::registry {

/// Where the registry keeps its data: an SQLite file (the embedded default) or a PostgreSQL
/// server. Parsed from the `--db` argument: `postgresql://user[:password]@host[:port]/db`
/// (or `postgres://`), a libpq keyword string (`host=... port=... dbname=... user=...`), or a path.
class DatabaseSpec
{
public:
    enum class Backend
    {
        Sqlite,
        Postgresql
    };

    static Result<DatabaseSpec> parse(const QString& text);

    Backend backend() const { return m_backend; }
    QString backendName() const;
    QString sqlitePath() const { return m_path; }
    QString host() const { return m_host; }
    int port() const { return m_port; }
    QString databaseName() const { return m_database; }
    QString user() const { return m_user; }
    QString password() const { return m_password; }
    /// Extra QPSQL connect options (`key=value;...`), e.g. sslmode.
    QString connectOptions() const { return m_options; }
    /// For messages: the spec without its password.
    QString describe() const;

private:
    Backend m_backend = Backend::Sqlite;
    QString m_path;
    QString m_host;
    int m_port = -1;
    QString m_database;
    QString m_user;
    QString m_password;
    QString m_options;
};

} // namespace eol::registry
