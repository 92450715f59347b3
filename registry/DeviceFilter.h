#pragma once

#include "common/Result.h"

#include <QString>
#include <QUrlQuery>

namespace eol::registry {

/// The query string of GET /api/v1/devices and /devices.csv. `from`/`to` bound the
/// manufacture date (inclusive, YYYY-MM-DD); `verdict` is the verdict of the device's newest run.
struct DeviceFilter
{
    QString serial;
    QString imei;
    QString product;
    QString batch;
    QString from;
    QString to;
    QString verdict;
    int limit = 100; ///< -1 = no limit (CSV export default)
    int offset = 0;

    static constexpr int kMaxLimit = 1000;

    /// On error the Error's code is the offending query parameter.
    static Result<DeviceFilter> fromQuery(const QUrlQuery& query, bool forExport);
};

} // namespace eol::registry
