#include "registry/RunIngestor.h"

#include "registry/Database.h"
#include "registry/RegistryLog.h"
#include "registry/RunValidator.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QVariantList>
#include <algorithm>

namespace eol::registry {

namespace {
QVariant textOrNull(const QString& s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

QString compact(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString compact(const QJsonArray& a)
{
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}
} // namespace

RunIngestor::RunIngestor(Database& database) : m_database(database) {}

RunIngestor::~RunIngestor() = default;

Result<void> RunIngestor::prepareAll()
{
    if (m_prepared)
        return {};
    const Result<void> prepared = m_database.prepare({
        // One look-up per run for the device and for whoever holds its IMEI or key (at most
        // three rows: serial, imei and public_key_sha256 are each unique).
        {&m_identity, "SELECT imei, product, manufacture_date, batch, work_order, "
                      "attributes_json, attribute_times_json, last_run_id, last_verdict, "
                      "last_run_utc, created_utc, serial, public_key_sha256 FROM devices "
                      "WHERE serial = ? OR imei = ? OR public_key_sha256 = ?"},
        {&m_keyOwner, "SELECT serial FROM devices WHERE public_key_sha256 = ? AND serial <> ?"},
        {&m_upsertDevice,
         "INSERT INTO devices (serial, imei, product, manufacture_date, batch, work_order, "
         "public_key_sha256, attributes_json, attribute_times_json, last_run_id, last_verdict, "
         "last_run_utc, created_utc, updated_utc) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
         "?) "
         "ON CONFLICT (serial) DO UPDATE SET imei = excluded.imei, product = excluded.product, "
         "manufacture_date = excluded.manufacture_date, batch = excluded.batch, "
         "work_order = excluded.work_order, public_key_sha256 = excluded.public_key_sha256, "
         "attributes_json = excluded.attributes_json, "
         "attribute_times_json = excluded.attribute_times_json, "
         "last_run_id = excluded.last_run_id, last_verdict = excluded.last_verdict, "
         "last_run_utc = excluded.last_run_utc, updated_utc = excluded.updated_utc"},
        {&m_insertConfig, "INSERT INTO device_configurations (serial, created_utc, config_json) "
                          "VALUES (?, ?, ?) ON CONFLICT (serial) DO NOTHING"},
        {&m_insertRun,
         "INSERT INTO runs (run_id, serial, imei, product, plan_id, plan_revision, plan_sha256, "
         "station_id, operator, batch, work_order, port, started_utc, ended_utc, state, verdict, "
         "failing_step, failure_reason, manufacture_date, attributes_json, steps_json, "
         "received_utc, received_from, status) "
         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"},
        },
        QStringLiteral("cannot prepare an ingest statement"));
    if (!prepared)
        return prepared;
    m_prepared = true;
    return {};
}

Result<RunIngestor::Outcome> RunIngestor::ingest(const QJsonArray& runs,
                                                 const QString& receivedFrom)
{
    if (const Result<void> prepared = prepareAll(); !prepared)
        return prepared.error();
    QSqlDatabase& db = m_database.db();
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    Outcome outcome;
    if (!db.transaction())
        return makeError(
            QStringLiteral("storage_error"),
            QString(QStringLiteral("cannot begin a transaction: ") % db.lastError().text()));
    if (const Result<void> known = loadKnownRunIds(runs); !known) {
        db.rollback();
        return known.error();
    }
    for (const QJsonValue& value : runs) {
        QJsonObject result;
        const QJsonValue id = value.toObject().value(QStringLiteral("run_id"));
        result.insert(QStringLiteral("run_id"), id.isString() ? id.toString() : QString());
        const Result<IncomingRun> run = RunValidator::validate(value);
        QString status;
        if (!run) {
            status = QStringLiteral("rejected");
            result.insert(QStringLiteral("field"), run.error().code);
            result.insert(QStringLiteral("message"), run.error().message);
        } else {
            const Result<Applied> applied = apply(run.value(), receivedFrom, now);
            if (!applied) {
                db.rollback();
                qCWarning(lcRegistry, "batch of %lld rolled back: %s", qlonglong(runs.size()),
                          qPrintable(applied.error().message));
                return applied.error();
            }
            switch (applied->status) {
            case Status::Created:
                status = QStringLiteral("created");
                break;
            case Status::Duplicate:
                status = QStringLiteral("duplicate");
                break;
            case Status::Conflict:
                status = QStringLiteral("conflict");
                result.insert(QStringLiteral("message"), applied->message);
                break;
            }
        }
        result.insert(QStringLiteral("status"), status);
        outcome.counts[status] += 1;
        outcome.results.append(result);
    }
    if (!db.commit()) {
        const QString why = db.lastError().text();
        db.rollback();
        return makeError(QStringLiteral("storage_error"),
                         QString(QStringLiteral("cannot commit the batch: ") % why));
    }
    return outcome;
}

Result<void> RunIngestor::loadKnownRunIds(const QJsonArray& runs)
{
    m_knownRunIds.clear();
    QStringList ids;
    for (const QJsonValue& v : runs) {
        const QJsonValue id = v.toObject().value(QStringLiteral("run_id"));
        if (id.isString() && !id.toString().isEmpty())
            ids.append(id.toString());
    }
    constexpr qsizetype kChunk = 250; // well below every backend's bound-parameter limit
    for (qsizetype from = 0; from < ids.size(); from += kChunk) {
        const qsizetype n = std::min(kChunk, ids.size() - from);
        QSqlQuery q(m_database.db());
        q.setForwardOnly(true);
        QString sql = QStringLiteral("SELECT run_id FROM runs WHERE run_id IN (?");
        sql += QStringLiteral(",?").repeated(n - 1);
        sql += QLatin1Char(')');
        if (!q.prepare(sql))
            return Database::queryError(QStringLiteral("cannot prepare the run look-up"), q);
        for (qsizetype i = from; i < from + n; ++i)
            q.addBindValue(ids.at(i));
        if (!q.exec())
            return Database::queryError(QStringLiteral("cannot look up the runs"), q);
        while (q.next())
            m_knownRunIds.insert(q.value(0).toString());
    }
    return {};
}

Result<RunIngestor::Applied> RunIngestor::apply(const IncomingRun& run, const QString& receivedFrom,
                                                const QString& now)
{
    if (m_knownRunIds.contains(run.runId))
        return Applied{Status::Duplicate, {}};

    bool deviceApplied = false;
    if (run.hasIdentity()) {
        m_identity.addBindValue(run.serial);
        m_identity.addBindValue(run.imei);
        m_identity.addBindValue(textOrNull(run.publicKeySha256));
        if (!m_identity.exec())
            return Database::queryError(QStringLiteral("cannot look up the device, IMEI and key"), m_identity);
        bool known = false;
        QVariantList device;
        QString imeiOwner, keyOwner;
        while (m_identity.next()) {
            const QString serial = m_identity.value(11).toString();
            if (serial == run.serial) {
                known = true;
                for (int i = 0; i <= 10; ++i)
                    device.append(m_identity.value(i));
            } else if (m_identity.value(0).toString() == run.imei) {
                imeiOwner = serial;
            } else if (!run.publicKeySha256.isEmpty() &&
                       m_identity.value(12).toString() == run.publicKeySha256) {
                keyOwner = serial;
            }
        }
        m_identity.finish();
        if (!imeiOwner.isEmpty())
            return Applied{Status::Conflict,
                           QString(QStringLiteral("IMEI ") % run.imei %
                                   QStringLiteral(" is already registered to serial ") % imeiOwner %
                                   QStringLiteral("; this run for serial ") % run.serial %
                                   QStringLiteral(" was not applied"))};
        if (!keyOwner.isEmpty())
            return Applied{Status::Conflict,
                           QString(QStringLiteral("public key ") % run.publicKeySha256.left(16) %
                                   QStringLiteral("… is already registered to serial ") % keyOwner %
                                   QStringLiteral("; this run for serial ") % run.serial %
                                   QStringLiteral(" was not applied"))};

        QString imei = run.imei, product = run.product, mdate = run.manufactureDate;
        QString batch = run.batch, workOrder = run.workOrder;
        QString lastRunId = run.runId, lastVerdict = run.verdict, lastRunUtc = run.startedUtc;
        QString createdUtc = now;
        QJsonObject attributes, times;
        if (known) {
            attributes = QJsonDocument::fromJson(device.at(5).toString().toUtf8()).object();
            times = QJsonDocument::fromJson(device.at(6).toString().toUtf8()).object();
            createdUtc = device.at(10).toString();
            const QString knownLast = device.at(9).toString();
            if (run.startedUtc < knownLast) {
                // An older run arriving late (store-and-forward): the device keeps its newer
                // identity; only attribute keys it never had, or older ones, are filled in.
                imei = device.at(0).toString();
                product = device.at(1).toString();
                mdate = device.at(2).toString();
                batch = device.at(3).toString();
                workOrder = device.at(4).toString();
                lastRunId = device.at(7).toString();
                lastVerdict = device.at(8).toString();
                lastRunUtc = knownLast;
            } else {
                if (batch.isEmpty())
                    batch = device.at(3).toString();
                if (workOrder.isEmpty())
                    workOrder = device.at(4).toString();
            }
        }
        // Newest wins per key: each key remembers the start time of the run that set it.
        for (auto it = run.attributes.begin(); it != run.attributes.end(); ++it) {
            const QString setAt = times.value(it.key()).toString();
            if (setAt.isEmpty() || setAt <= run.startedUtc) {
                attributes.insert(it.key(), it.value());
                times.insert(it.key(), run.startedUtc);
            }
        }
        const QString key = RunValidator::publicKeySha256(attributes);
        if (!key.isEmpty() && key != run.publicKeySha256) {
            // The merged key is the one this serial already owns unless another device took it.
            m_keyOwner.addBindValue(key);
            m_keyOwner.addBindValue(run.serial);
            if (!m_keyOwner.exec())
                return Database::queryError(QStringLiteral("cannot look up the public key"), m_keyOwner);
            const bool taken = m_keyOwner.next();
            const QString other = taken ? m_keyOwner.value(0).toString() : QString();
            m_keyOwner.finish();
            if (taken)
                return Applied{Status::Conflict,
                               QString(QStringLiteral("public key ") % key.left(16) %
                                       QStringLiteral("… is already registered to serial ") %
                                       other % QStringLiteral("; this run for serial ") %
                                       run.serial % QStringLiteral(" was not applied"))};
        }
        for (const QVariant& v :
             {QVariant(run.serial), QVariant(imei), QVariant(product), QVariant(mdate),
              textOrNull(batch), textOrNull(workOrder), textOrNull(key),
              QVariant(compact(attributes)), QVariant(compact(times)), QVariant(lastRunId),
              QVariant(lastVerdict), QVariant(lastRunUtc), QVariant(createdUtc), QVariant(now)})
            m_upsertDevice.addBindValue(v);
        if (!m_upsertDevice.exec())
            return Database::queryError(QString(QStringLiteral("cannot store device ") % run.serial),
                            m_upsertDevice);
        m_upsertDevice.finish();

        if (run.verdict == QLatin1String("pass")) {
            const QJsonObject config{
                {QStringLiteral("version"), 1},
                {QStringLiteral("product"), run.product},
                {QStringLiteral("imei"), run.imei},
                {QStringLiteral("public_key_sha256"), run.publicKeySha256},
                {QStringLiteral("firmware"), run.attributes.value(QStringLiteral("firmware"))},
                {QStringLiteral("provisioned_by_run"), run.runId},
                {QStringLiteral("plan_id"), run.planId},
                {QStringLiteral("plan_revision"), run.planRevision},
            };
            m_insertConfig.addBindValue(run.serial);
            m_insertConfig.addBindValue(now);
            m_insertConfig.addBindValue(compact(config));
            if (!m_insertConfig.exec())
                return Database::queryError(
                    QString(QStringLiteral("cannot store the configuration of ") % run.serial),
                    m_insertConfig);
            m_insertConfig.finish();
        }
        deviceApplied = true;
    }

    for (const QVariant& v :
         {QVariant(run.runId),
          textOrNull(run.serial),
          textOrNull(run.imei),
          textOrNull(run.product),
          textOrNull(run.planId),
          QVariant(run.planRevision),
          textOrNull(run.planSha256),
          textOrNull(run.stationId),
          textOrNull(run.operatorName),
          textOrNull(run.batch),
          textOrNull(run.workOrder),
          textOrNull(run.port),
          QVariant(run.startedUtc),
          textOrNull(run.endedUtc),
          QVariant(run.state),
          QVariant(run.verdict),
          textOrNull(run.failingStep),
          textOrNull(run.failureReason),
          QVariant(run.manufactureDate),
          QVariant(compact(run.attributes)),
          QVariant(compact(run.steps)),
          QVariant(now),
          textOrNull(receivedFrom),
          QVariant(deviceApplied ? QStringLiteral("applied") : QStringLiteral("history_only"))})
        m_insertRun.addBindValue(v);
    if (!m_insertRun.exec())
        return Database::queryError(QString(QStringLiteral("cannot store run ") % run.runId), m_insertRun);
    m_insertRun.finish();
    m_knownRunIds.insert(run.runId); // a repeat later in this batch is a duplicate
    return Applied{Status::Created, {}};
}

} // namespace eol::registry
