#include "SqliteColumn.h"

#include <QJsonDocument>
#include <sqlite3.h>

namespace eol::core::store {

namespace {

int digits(const char* p, int n)
{
    int v = 0;
    for (int i = 0; i < n; ++i) {
        if (p[i] < '0' || p[i] > '9')
            return -1;
        v = v * 10 + (p[i] - '0');
    }
    return v;
}

/// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).
qint64 daysFromCivil(int y, int m, int d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned doy = unsigned((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1);
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + qint64(doe) - 719468;
}

} // namespace

QString SqliteColumn::text(sqlite3_stmt* s, int i)
{
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(s, i));
    return p ? QString::fromUtf8(p, sqlite3_column_bytes(s, i)) : QString();
}

std::optional<double> SqliteColumn::optionalDouble(sqlite3_stmt* s, int i)
{
    if (sqlite3_column_type(s, i) == SQLITE_NULL)
        return std::nullopt;
    return sqlite3_column_double(s, i);
}

QDateTime SqliteColumn::utc(sqlite3_stmt* s, int i)
{
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(s, i));
    if (!p)
        return {};
    const int n = sqlite3_column_bytes(s, i);
    if (n == 0)
        return {};
    if (n == 24 && p[4] == '-' && p[7] == '-' && p[10] == 'T' && p[13] == ':' && p[16] == ':' &&
        p[19] == '.' && p[23] == 'Z') {
        const int y = digits(p, 4), mo = digits(p + 5, 2), d = digits(p + 8, 2);
        const int h = digits(p + 11, 2), mi = digits(p + 14, 2), sec = digits(p + 17, 2);
        const int ms = digits(p + 20, 3);
        if (y >= 0 && mo >= 1 && mo <= 12 && d >= 1 && d <= 31 && h >= 0 && h < 24 && mi >= 0 &&
            mi < 60 && sec >= 0 && sec < 60 && ms >= 0) {
            const qint64 epochMs =
                ((daysFromCivil(y, mo, d) * 24 + h) * 60 + mi) * 60000 + sec * 1000 + ms;
            return QDateTime::fromMSecsSinceEpoch(epochMs, Qt::UTC);
        }
    }
    return QDateTime::fromString(QString::fromUtf8(p, n), Qt::ISODateWithMs).toUTC();
}

QJsonObject SqliteColumn::jsonObject(sqlite3_stmt* s, int i, bool* unreadable)
{
    if (unreadable)
        *unreadable = false;
    const void* bytes = sqlite3_column_blob(s, i);
    const int n = sqlite3_column_bytes(s, i);
    if (!bytes || n == 0)
        return {};
    const QJsonDocument doc =
        QJsonDocument::fromJson(QByteArray::fromRawData(static_cast<const char*>(bytes), n));
    if (doc.isObject())
        return doc.object();
    if (unreadable)
        *unreadable = true;
    return {};
}

} // namespace eol::core::store
