#include "audit/AuditSheet.h"

#include "audit/AuditLog.h"
#include "export/XlsxWriter.h"

#include <QJsonDocument>

namespace eol::core::audit {

exporting::ExtraSheet AuditSheet::make(const QDateTime& fromUtc, const QDateTime& toUtc)
{
    exporting::ExtraSheet sheet;
    sheet.name = QStringLiteral("Audit");
    const QList<double> widths{8, 20, 12, 14, 18, 36, 24, 24, 60};
    const QStringList headers = AuditLog::columns();
    for (qsizetype i = 0; i < headers.size(); ++i)
        sheet.columns << exporting::XlsxColumn{headers.at(i), widths.value(i, 16)};
    sheet.write = [fromUtc, toUtc](sqlite3* db, exporting::XlsxWriter& book) -> Result<void> {
        AuditFilter filter;
        filter.from = fromUtc;
        filter.to = toUtc;
        filter.newestFirst = false; // a ledger reads oldest first
        auto rows = AuditLog::queryOn(db, filter);
        if (!rows)
            return rows.error();
        for (const AuditEntry& e : rows.value()) {
            const QString details =
                e.details.isEmpty()
                    ? QString()
                    : QString::fromUtf8(QJsonDocument(e.details).toJson(QJsonDocument::Compact));
            if (auto r = book.appendRow(
                    {exporting::XlsxCell::number(double(e.id)),
                     exporting::XlsxCell::dateTime(e.utc), exporting::XlsxCell::text(e.stationId),
                     exporting::XlsxCell::text(e.actor), exporting::XlsxCell::text(e.action),
                     exporting::XlsxCell::text(e.subject), exporting::XlsxCell::text(e.oldValue),
                     exporting::XlsxCell::text(e.newValue), exporting::XlsxCell::text(details)});
                !r)
                return r;
        }
        return {};
    };
    return sheet;
}

} // namespace eol::core::audit
