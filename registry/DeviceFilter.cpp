#include "registry/DeviceFilter.h"

#include <QDate>
#include <QStringList>

namespace eol::registry {

Result<DeviceFilter> DeviceFilter::fromQuery(const QUrlQuery& query, bool forExport)
{
    DeviceFilter f;
    if (forExport)
        f.limit = -1;
    const auto value = [&](const char* key) {
        return query.queryItemValue(QLatin1String(key), QUrl::FullyDecoded).trimmed();
    };
    f.serial = value("serial");
    f.imei = value("imei");
    f.product = value("product");
    f.batch = value("batch");
    f.verdict = value("verdict");
    static const QStringList kVerdicts{QStringLiteral("pass"),    QStringLiteral("skipped"),
                                       QStringLiteral("fail"),    QStringLiteral("error"),
                                       QStringLiteral("aborted"), QStringLiteral("interrupted")};
    if (!f.verdict.isEmpty() && !kVerdicts.contains(f.verdict))
        return makeError(QStringLiteral("verdict"),
                         QString(QStringLiteral("unknown verdict \"") % f.verdict %
                                 QStringLiteral("\": use pass, skipped, fail, error, aborted or "
                                                "interrupted")));
    for (const auto& [key, out] : {std::pair{"from", &f.from}, std::pair{"to", &f.to}}) {
        *out = value(key);
        if (!out->isEmpty() &&
            (out->size() != 10 || !QDate::fromString(*out, Qt::ISODate).isValid()))
            return makeError(QLatin1String(key),
                             QString(QLatin1String(key) %
                                     QStringLiteral(" must be a manufacture date YYYY-MM-DD")));
    }
    const QString limit = value("limit");
    if (!limit.isEmpty()) {
        bool ok = false;
        f.limit = limit.toInt(&ok);
        if (!ok || f.limit < 1 || f.limit > kMaxLimit)
            return makeError(QStringLiteral("limit"),
                             QString(QStringLiteral("limit must be an integer from 1 to ") %
                                     QString::number(kMaxLimit)));
    }
    const QString offset = value("offset");
    if (!offset.isEmpty()) {
        bool ok = false;
        f.offset = offset.toInt(&ok);
        if (!ok || f.offset < 0)
            return makeError(QStringLiteral("offset"),
                             QStringLiteral("offset must be an integer ≥ 0"));
    }
    return f;
}

} // namespace eol::registry
