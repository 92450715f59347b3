#include "registry/Migrations.h"

#include "registry/RegistryLog.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace eol::registry {

const QList<Migrations::Migration>& Migrations::all()
{
    static const QList<Migration> kMigrations{
        {1,
         QStringLiteral("initial"),
         {
             QStringLiteral("CREATE TABLE tokens ("
                            " token_sha256 TEXT PRIMARY KEY,"
                            " name TEXT NOT NULL,"
                            " role TEXT NOT NULL CHECK (role IN ('station','reader','admin')),"
                            " created_utc TEXT NOT NULL,"
                            " revoked_utc TEXT)"),
             QStringLiteral("CREATE INDEX tokens_name ON tokens(name)"),
             QStringLiteral("CREATE TABLE devices ("
                            " serial TEXT PRIMARY KEY,"
                            " imei TEXT NOT NULL UNIQUE,"
                            " product TEXT NOT NULL,"
                            " manufacture_date TEXT NOT NULL,"
                            " batch TEXT,"
                            " work_order TEXT,"
                            " public_key_sha256 TEXT UNIQUE,"
                            " attributes_json TEXT NOT NULL,"
                            " attribute_times_json TEXT NOT NULL,"
                            " last_run_id TEXT,"
                            " last_verdict TEXT,"
                            " last_run_utc TEXT,"
                            " created_utc TEXT NOT NULL,"
                            " updated_utc TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX devices_product ON devices(product)"),
             QStringLiteral("CREATE INDEX devices_batch ON devices(batch)"),
             QStringLiteral("CREATE INDEX devices_manufacture_date ON devices(manufacture_date)"),
             QStringLiteral("CREATE TABLE device_configurations ("
                            " serial TEXT PRIMARY KEY REFERENCES devices(serial),"
                            " created_utc TEXT NOT NULL,"
                            " config_json TEXT NOT NULL)"),
             QStringLiteral("CREATE TABLE runs ("
                            " run_id TEXT PRIMARY KEY,"
                            " serial TEXT,"
                            " imei TEXT,"
                            " product TEXT,"
                            " plan_id TEXT,"
                            " plan_revision INTEGER,"
                            " plan_sha256 TEXT,"
                            " station_id TEXT,"
                            " operator TEXT,"
                            " batch TEXT,"
                            " work_order TEXT,"
                            " port TEXT,"
                            " started_utc TEXT NOT NULL,"
                            " ended_utc TEXT,"
                            " state TEXT NOT NULL,"
                            " verdict TEXT NOT NULL,"
                            " failing_step TEXT,"
                            " failure_reason TEXT,"
                            " manufacture_date TEXT,"
                            " attributes_json TEXT NOT NULL,"
                            " steps_json TEXT NOT NULL,"
                            " received_utc TEXT NOT NULL,"
                            " received_from TEXT,"
                            " status TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX runs_serial ON runs(serial, started_utc)"),
             QStringLiteral("CREATE INDEX runs_imei ON runs(imei)"),
             QStringLiteral("CREATE INDEX runs_received ON runs(received_utc)"),
             QStringLiteral("CREATE TABLE notes ("
                            " note_id TEXT PRIMARY KEY,"
                            " serial TEXT NOT NULL REFERENCES devices(serial),"
                            " author TEXT NOT NULL,"
                            " text TEXT NOT NULL,"
                            " created_utc TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX notes_serial ON notes(serial, created_utc)"),
         }},
        // Notes sent by stations (POST /api/v1/notes:batch): on a run (run_id) or on a device,
        // with their deletion stamp. The table is rebuilt without the foreign key to devices: a
        // note on a unit that failed before its IMEI was read belongs to a history_only run and
        // has no device row. Same statements on SQLite and PostgreSQL.
        {2,
         QStringLiteral("notes_from_stations"),
         {
             QStringLiteral("CREATE TABLE notes_v2 ("
                            " note_id TEXT PRIMARY KEY,"
                            " serial TEXT,"
                            " run_id TEXT,"
                            " author TEXT NOT NULL,"
                            " text TEXT NOT NULL,"
                            " created_utc TEXT NOT NULL,"
                            " deleted_utc TEXT,"
                            " deleted_by TEXT,"
                            " received_utc TEXT,"
                            " received_from TEXT,"
                            " CHECK (serial IS NOT NULL OR run_id IS NOT NULL))"),
             QStringLiteral("INSERT INTO notes_v2 (note_id, serial, author, text, created_utc) "
                            "SELECT note_id, serial, author, text, created_utc FROM notes"),
             QStringLiteral("DROP TABLE notes"),
             QStringLiteral("ALTER TABLE notes_v2 RENAME TO notes"),
             QStringLiteral("CREATE INDEX notes_serial ON notes(serial, created_utc)"),
             QStringLiteral("CREATE INDEX notes_run ON notes(run_id, created_utc)"),
         }},
    };
    return kMigrations;
}

int Migrations::latestVersion()
{
    return all().isEmpty() ? 0 : all().constLast().version;
}

Result<int> Migrations::apply(QSqlDatabase& db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations ("
                               " version INTEGER PRIMARY KEY,"
                               " name TEXT NOT NULL,"
                               " applied_utc TEXT NOT NULL)")))
        return makeError(QStringLiteral("migration_failed"),
                         QString(QStringLiteral("cannot create the schema_migrations table: ") %
                                 q.lastError().text()));
    if (!q.exec(QStringLiteral("SELECT MAX(version) FROM schema_migrations")))
        return makeError(
            QStringLiteral("migration_failed"),
            QString(QStringLiteral("cannot read the schema version: ") % q.lastError().text()));
    int current = 0;
    if (q.next() && !q.value(0).isNull())
        current = q.value(0).toInt();
    if (current > latestVersion())
        return makeError(QStringLiteral("schema_too_new"),
                         QString(QStringLiteral("the database is at schema version ") %
                                 QString::number(current) %
                                 QStringLiteral(" but this eol-registry knows only ") %
                                 QString::number(latestVersion()) %
                                 QStringLiteral("; run a newer eol-registry against it")));
    for (const Migration& m : all()) {
        if (m.version <= current)
            continue;
        if (!db.transaction())
            return makeError(QStringLiteral("migration_failed"),
                             QString(QStringLiteral("cannot begin migration ") %
                                     QString::number(m.version) % QStringLiteral(": ") %
                                     db.lastError().text()));
        for (const QString& sql : m.statements) {
            if (!q.exec(sql)) {
                const QString why = q.lastError().text();
                db.rollback();
                return makeError(QStringLiteral("migration_failed"),
                                 QString(QStringLiteral("migration ") % QString::number(m.version) %
                                         QStringLiteral(" (") % m.name %
                                         QStringLiteral(") failed, nothing applied: ") % why));
            }
        }
        q.prepare(QStringLiteral(
            "INSERT INTO schema_migrations (version, name, applied_utc) VALUES (?, ?, ?)"));
        q.addBindValue(m.version);
        q.addBindValue(m.name);
        q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        if (!q.exec() || !db.commit()) {
            const QString why = q.lastError().text();
            db.rollback();
            return makeError(QStringLiteral("migration_failed"),
                             QString(QStringLiteral("cannot record migration ") %
                                     QString::number(m.version) % QStringLiteral(": ") % why));
        }
        qCInfo(lcRegistry, "applied schema migration %d (%s)", m.version, qPrintable(m.name));
        current = m.version;
    }
    return current;
}

} // namespace eol::registry
