#include "registry/Database.h"

#include "registry/Migrations.h"
#include "registry/RegistryLog.h"

#include <QAtomicInt>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace eol::registry {

namespace {
QAtomicInt g_connectionCounter;
}

Database::~Database()
{
    close();
}

void Database::close()
{
    if (m_connectionName.isEmpty())
        return;
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
}

Result<void> Database::open(const DatabaseSpec& spec)
{
    close();
    m_spec = spec;
    m_connectionName = QString(QStringLiteral("eol-registry-") +
                               QString::number(g_connectionCounter.fetchAndAddRelaxed(1)));
    if (spec.backend() == DatabaseSpec::Backend::Sqlite) {
        if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
            return makeError(QStringLiteral("no_driver"),
                             QStringLiteral("the Qt SQLite driver is missing: install "
                                            "libqt6sql6-sqlite"));
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        m_db.setDatabaseName(spec.sqlitePath());
        m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    } else {
        if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
            return makeError(QStringLiteral("no_driver"),
                             QStringLiteral("the Qt PostgreSQL driver is missing: install "
                                            "libqt6sql6-psql"));
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
        m_db.setHostName(spec.host());
        if (spec.port() > 0)
            m_db.setPort(spec.port());
        m_db.setDatabaseName(spec.databaseName());
        m_db.setUserName(spec.user());
        m_db.setPassword(spec.password());
        if (!spec.connectOptions().isEmpty())
            m_db.setConnectOptions(spec.connectOptions());
    }
    if (!m_db.open()) {
        const QString why = m_db.lastError().text();
        close();
        return makeError(QStringLiteral("db_open_failed"),
                         QString(QStringLiteral("cannot open the registry database ") %
                                 spec.describe() % QStringLiteral(": ") % why));
    }
    if (spec.backend() == DatabaseSpec::Backend::Sqlite) {
        QSqlQuery q(m_db);
        // WAL: readers never block the writer. FULL: a batch answered 200 is on disk, so the
        // station may forget it. Foreign keys are off by default in SQLite.
        for (const char* pragma :
             {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON"}) {
            if (!q.exec(QString::fromLatin1(pragma))) {
                const QString why = q.lastError().text();
                close();
                return makeError(QStringLiteral("db_open_failed"),
                                 QString(QStringLiteral("cannot configure ") % spec.describe() %
                                         QStringLiteral(" (") % QString::fromLatin1(pragma) %
                                         QStringLiteral("): ") % why));
            }
        }
    }
    const Result<int> migrated = Migrations::apply(m_db);
    if (!migrated) {
        const Error e = migrated.error();
        close();
        return e;
    }
    qCInfo(lcRegistry, "database %s at schema version %d", qPrintable(spec.describe()),
           migrated.value());
    return {};
}

bool Database::ping()
{
    if (!m_db.isOpen())
        return false;
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("SELECT 1")) && q.next();
}

Result<void> Database::prepare(std::initializer_list<Statement> statements, const QString& what)
{
    for (const auto& [query, sql] : statements) {
        *query = QSqlQuery(m_db);
        query->setForwardOnly(true);
        if (!query->prepare(QString::fromLatin1(sql)))
            return queryError(what, *query);
    }
    return {};
}

Error Database::queryError(const QString& what, const QSqlQuery& query)
{
    return makeError(QStringLiteral("storage_error"),
                     QString(what % QStringLiteral(": ") % query.lastError().text()));
}

} // namespace eol::registry
