#pragma once

#include "common/Result.h"
#include "registry/IncomingRun.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>
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
    /// The run ids of `runs` already stored: one query per batch instead of one per run.
    Result<void> loadKnownRunIds(const QJsonArray& runs);

    Database& m_database;
    bool m_prepared = false;
    QSet<QString> m_knownRunIds; ///< this batch's ids already stored, plus those it created
    QSqlQuery m_identity;        ///< the device by serial and whoever holds the IMEI / key
    QSqlQuery m_keyOwner;
    QSqlQuery m_upsertDevice;
    QSqlQuery m_insertConfig;
    QSqlQuery m_insertRun;
};

} // namespace eol::registry
