#pragma once

#include "common/Result.h"
#include "registry/IncomingRun.h"

#include <QHash>
#include <QJsonArray>
#include <QSqlQuery>
#include <memory>

namespace eol::registry {

class Database;

/// Applies a batch of station runs: history row per run, device upsert by serial, device
/// configuration on the first PASS. Idempotent by run_id. The whole batch is one transaction:
/// either every "created" answer is on disk or (storage error) nothing of the batch is.
class RunIngestor
{
public:
    explicit RunIngestor(Database& database);
    ~RunIngestor();

    struct Outcome
    {
        QJsonArray results;         ///< {run_id, status, message?, field?} in request order
        QHash<QString, int> counts; ///< status -> how many
    };

    /// `receivedFrom` is the token name, kept with each run.
    Result<Outcome> ingest(const QJsonArray& runs, const QString& receivedFrom);

private:
    enum class Status
    {
        Created,
        Duplicate,
        Conflict
    };
    struct Applied
    {
        Status status = Status::Created;
        QString message;
    };

    Result<Applied> apply(const IncomingRun& run, const QString& receivedFrom, const QString& now);
    Result<void> prepareAll();
    Error sqlError(const QString& what, const QSqlQuery& q) const;

    Database& m_database;
    bool m_prepared = false;
    QSqlQuery m_runExists;
    QSqlQuery m_imeiOwner;
    QSqlQuery m_keyOwner;
    QSqlQuery m_device;
    QSqlQuery m_upsertDevice;
    QSqlQuery m_insertConfig;
    QSqlQuery m_insertRun;
};

} // namespace eol::registry
