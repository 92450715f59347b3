#pragma once

#include "common/Result.h"
#include "registry/DeviceFilter.h"

#include <QByteArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>
#include <optional>

namespace eol::registry {

/// Read side of the registry: device lists, one device with its history, notes, CSV export.
class DeviceQueries
{
public:
    explicit DeviceQueries(QSqlDatabase db) : m_db(std::move(db)) {}

    /// {"devices":[...], "total": N} — total ignores limit/offset.
    Result<QJsonObject> list(const DeviceFilter& filter);
    /// The device, its configuration, notes and its runs (newest first, with steps);
    /// std::nullopt when no device has that serial.
    Result<std::optional<QJsonObject>> detail(const QString& serial);
    /// Adds a note; std::nullopt when the device does not exist.
    Result<std::optional<QJsonObject>> addNote(const QString& serial, const QString& author,
                                               const QString& text);
    Result<QByteArray> csv(const DeviceFilter& filter);
    Result<qint64> deviceCount();

    static QStringList csvColumns();

private:
    QString whereClause(const DeviceFilter& filter, QVariantList& binds) const;
    /// Prepares, binds and runs the filtered, ordered, paged device SELECT.
    bool selectDevices(QSqlQuery& q, const DeviceFilter& filter) const;

    QSqlDatabase m_db;
};

} // namespace eol::registry
