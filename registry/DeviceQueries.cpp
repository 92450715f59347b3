#include "registry/DeviceQueries.h"

#include "registry/CsvWriter.h"
#include "registry/Database.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

namespace eol::registry {

namespace {

const char* const kDeviceColumns =
    "d.serial, d.imei, d.product, d.manufacture_date, d.batch, d.work_order, "
    "d.public_key_sha256, d.attributes_json, d.last_run_id, d.last_verdict, d.last_run_utc, "
    "d.created_utc, d.updated_utc, "
    "(SELECT COUNT(*) FROM device_configurations c WHERE c.serial = d.serial) AS provisioned";

constexpr auto sqlError = &Database::queryError;

QJsonValue textOrNull(const QVariant& v)
{
    return v.isNull() ? QJsonValue() : QJsonValue(v.toString());
}

QJsonObject parseObject(const QVariant& v)
{
    return QJsonDocument::fromJson(v.toString().toUtf8()).object();
}

QJsonObject deviceFromRow(const QSqlQuery& q)
{
    return QJsonObject{
        {QStringLiteral("serial"), q.value(0).toString()},
        {QStringLiteral("imei"), q.value(1).toString()},
        {QStringLiteral("product"), q.value(2).toString()},
        {QStringLiteral("manufacture_date"), q.value(3).toString()},
        {QStringLiteral("batch"), textOrNull(q.value(4))},
        {QStringLiteral("work_order"), textOrNull(q.value(5))},
        {QStringLiteral("public_key_sha256"), textOrNull(q.value(6))},
        {QStringLiteral("attributes"), parseObject(q.value(7))},
        {QStringLiteral("last_run_id"), textOrNull(q.value(8))},
        {QStringLiteral("last_verdict"), textOrNull(q.value(9))},
        {QStringLiteral("last_run_utc"), textOrNull(q.value(10))},
        {QStringLiteral("created_utc"), q.value(11).toString()},
        {QStringLiteral("updated_utc"), q.value(12).toString()},
        {QStringLiteral("provisioned"), q.value(13).toLongLong() > 0},
    };
}

QString attributeText(const QJsonObject& attributes, const char* key)
{
    const QJsonValue v = attributes.value(QLatin1String(key));
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 17);
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return {};
}

} // namespace

QString DeviceQueries::whereClause(const DeviceFilter& f, QVariantList& binds) const
{
    QStringList where;
    const auto add = [&](const QString& value, const char* sql) {
        if (value.isEmpty())
            return;
        where << QString::fromLatin1(sql);
        binds << value;
    };
    add(f.serial, "d.serial = ?");
    add(f.imei, "d.imei = ?");
    add(f.product, "d.product = ?");
    add(f.batch, "d.batch = ?");
    add(f.from, "d.manufacture_date >= ?");
    add(f.to, "d.manufacture_date <= ?");
    add(f.verdict, "d.last_verdict = ?");
    return where.isEmpty()
               ? QString()
               : QString(QStringLiteral(" WHERE ") % where.join(QStringLiteral(" AND ")));
}

bool DeviceQueries::selectDevices(QSqlQuery& q, const DeviceFilter& filter) const
{
    // One query for the JSON list and the CSV export: the same filter gives the same devices.
    QVariantList binds;
    const QString where = whereClause(filter, binds);
    QString sql =
        QString(QStringLiteral("SELECT ") % QLatin1String(kDeviceColumns) %
                QStringLiteral(" FROM devices d") % where % QStringLiteral(" ORDER BY d.serial"));
    if (filter.limit > 0)
        sql += QStringLiteral(" LIMIT ? OFFSET ?");
    q.prepare(sql);
    for (const QVariant& b : binds)
        q.addBindValue(b);
    if (filter.limit > 0) {
        q.addBindValue(filter.limit);
        q.addBindValue(filter.offset);
    }
    return q.exec();
}

Result<QJsonObject> DeviceQueries::list(const DeviceFilter& filter)
{
    QVariantList binds;
    const QString where = whereClause(filter, binds);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QString(QStringLiteral("SELECT COUNT(*) FROM devices d") % where));
    for (const QVariant& b : binds)
        q.addBindValue(b);
    if (!q.exec() || !q.next())
        return sqlError(QStringLiteral("cannot count devices"), q);
    const qint64 total = q.value(0).toLongLong();
    q.finish();

    if (!selectDevices(q, filter))
        return sqlError(QStringLiteral("cannot list devices"), q);
    QJsonArray devices;
    while (q.next())
        devices.append(deviceFromRow(q));
    return QJsonObject{{QStringLiteral("devices"), devices},
                       {QStringLiteral("total"), total},
                       {QStringLiteral("limit"), filter.limit},
                       {QStringLiteral("offset"), filter.offset}};
}

Result<std::optional<QJsonObject>> DeviceQueries::detail(const QString& serial)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QString(QStringLiteral("SELECT ") % QLatin1String(kDeviceColumns) %
                      QStringLiteral(" FROM devices d WHERE d.serial = ?")));
    q.addBindValue(serial);
    if (!q.exec())
        return sqlError(QStringLiteral("cannot read the device"), q);
    if (!q.next())
        return std::optional<QJsonObject>{};
    QJsonObject device = deviceFromRow(q);
    q.finish();

    q.prepare(QStringLiteral(
        "SELECT created_utc, config_json FROM device_configurations WHERE serial = ?"));
    q.addBindValue(serial);
    if (!q.exec())
        return sqlError(QStringLiteral("cannot read the device configuration"), q);
    if (q.next())
        device.insert(QStringLiteral("configuration"),
                      QJsonObject{{QStringLiteral("created_utc"), q.value(0).toString()},
                                  {QStringLiteral("config"), parseObject(q.value(1))}});
    else
        device.insert(QStringLiteral("configuration"), QJsonValue());
    q.finish();

    // Device notes and notes on this serial's runs; deleted notes stay in the table (audit)
    // but are not shown.
    q.prepare(QStringLiteral("SELECT note_id, author, text, created_utc, run_id FROM notes "
                             "WHERE deleted_utc IS NULL AND (serial = ? OR run_id IN "
                             "(SELECT run_id FROM runs WHERE serial = ?)) "
                             "ORDER BY created_utc DESC, note_id"));
    q.addBindValue(serial);
    q.addBindValue(serial);
    if (!q.exec())
        return sqlError(QStringLiteral("cannot read the notes"), q);
    QJsonArray notes;
    QHash<QString, QJsonArray> notesByRun;
    while (q.next()) {
        const QJsonObject note{{QStringLiteral("id"), q.value(0).toString()},
                               {QStringLiteral("author"), q.value(1).toString()},
                               {QStringLiteral("text"), q.value(2).toString()},
                               {QStringLiteral("created_utc"), q.value(3).toString()},
                               {QStringLiteral("run_id"), textOrNull(q.value(4))}};
        notes.append(note);
        if (!q.value(4).isNull())
            notesByRun[q.value(4).toString()].append(note);
    }
    device.insert(QStringLiteral("notes"), notes);
    q.finish();

    q.prepare(QStringLiteral(
        "SELECT run_id, serial, imei, product, plan_id, plan_revision, plan_sha256, station_id, "
        "operator, batch, work_order, port, started_utc, ended_utc, state, verdict, "
        "failing_step, failure_reason, manufacture_date, attributes_json, steps_json, "
        "received_utc, status FROM runs WHERE serial = ? ORDER BY started_utc DESC, run_id"));
    q.addBindValue(serial);
    if (!q.exec())
        return sqlError(QStringLiteral("cannot read the run history"), q);
    QJsonArray runs;
    while (q.next()) {
        QJsonObject run;
        static const char* const kText[] = {
            "run_id",     "serial",       "imei",           "product",         "plan_id",
            nullptr,      "plan_sha256",  "station_id",     "operator",        "batch",
            "work_order", "port",         "started_utc",    "ended_utc",       "state",
            "verdict",    "failing_step", "failure_reason", "manufacture_date"};
        for (int i = 0; i < int(std::size(kText)); ++i) {
            if (kText[i])
                run.insert(QLatin1String(kText[i]), textOrNull(q.value(i)));
        }
        run.insert(QStringLiteral("plan_revision"), q.value(5).toInt());
        run.insert(QStringLiteral("attributes"), parseObject(q.value(19)));
        run.insert(QStringLiteral("steps"),
                   QJsonDocument::fromJson(q.value(20).toString().toUtf8()).array());
        run.insert(QStringLiteral("received_utc"), q.value(21).toString());
        run.insert(QStringLiteral("status"), q.value(22).toString());
        run.insert(QStringLiteral("notes"), notesByRun.value(q.value(0).toString()));
        runs.append(run);
    }
    device.insert(QStringLiteral("runs"), runs);
    return std::optional<QJsonObject>(device);
}

Result<std::optional<QJsonObject>>
DeviceQueries::addNote(const QString& serial, const QString& author, const QString& text)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT 1 FROM devices WHERE serial = ?"));
    q.addBindValue(serial);
    if (!q.exec())
        return sqlError(QStringLiteral("cannot read the device"), q);
    if (!q.next())
        return std::optional<QJsonObject>{};
    q.finish();
    const QJsonObject note{
        {QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
        {QStringLiteral("serial"), serial},
        {QStringLiteral("author"), author},
        {QStringLiteral("text"), text},
        {QStringLiteral("created_utc"),
         QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
    };
    q.prepare(QStringLiteral(
        "INSERT INTO notes (note_id, serial, author, text, created_utc) VALUES (?, ?, ?, ?, ?)"));
    for (const char* key : {"id", "serial", "author", "text", "created_utc"})
        q.addBindValue(note.value(QLatin1String(key)).toString());
    if (!q.exec())
        return sqlError(QStringLiteral("cannot store the note"), q);
    return std::optional<QJsonObject>(note);
}

QStringList DeviceQueries::csvColumns()
{
    return {QStringLiteral("serial"),
            QStringLiteral("imei"),
            QStringLiteral("product"),
            QStringLiteral("manufacture_date"),
            QStringLiteral("batch"),
            QStringLiteral("work_order"),
            QStringLiteral("last_verdict"),
            QStringLiteral("last_run_utc"),
            QStringLiteral("last_run_id"),
            QStringLiteral("provisioned"),
            QStringLiteral("public_key_sha256"),
            QStringLiteral("iccid"),
            QStringLiteral("imsi"),
            QStringLiteral("firmware"),
            QStringLiteral("created_utc"),
            QStringLiteral("updated_utc"),
            QStringLiteral("attributes_json")};
}

Result<QByteArray> DeviceQueries::csv(const DeviceFilter& filter)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!selectDevices(q, filter))
        return sqlError(QStringLiteral("cannot export devices"), q);
    CsvWriter out;
    out.addRow(csvColumns());
    while (q.next()) {
        const QJsonObject attributes = parseObject(q.value(7));
        out.addRow({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                    q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                    q.value(9).toString(), q.value(10).toString(), q.value(8).toString(),
                    q.value(13).toLongLong() > 0 ? QStringLiteral("yes") : QStringLiteral("no"),
                    q.value(6).toString(), attributeText(attributes, "iccid"),
                    attributeText(attributes, "imsi"), attributeText(attributes, "firmware"),
                    q.value(11).toString(), q.value(12).toString(), q.value(7).toString()});
    }
    return out.data();
}

Result<qint64> DeviceQueries::deviceCount()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM devices")) || !q.next())
        return sqlError(QStringLiteral("cannot count devices"), q);
    return q.value(0).toLongLong();
}

} // namespace eol::registry
