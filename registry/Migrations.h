#pragma once

#include "common/Result.h"

#include <QSqlDatabase>
#include <QStringList>

namespace eol::registry {

/// The registry schema as numbered migrations in portable SQL (SQLite and PostgreSQL run the
/// same statements). Each is applied in its own transaction together with its
/// `schema_migrations` row; shipped migrations are never edited, changes are new entries.
class Migrations
{
public:
    struct Migration
    {
        int version = 0;
        QString name;
        QStringList statements;
    };

    static const QList<Migration>& all();
    static int latestVersion();
    /// Brings the database to the latest version; refuses a database newer than this build.
    static Result<int> apply(QSqlDatabase& db);
};

} // namespace eol::registry
