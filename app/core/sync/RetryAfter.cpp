#include "RetryAfter.h"

#include <QLocale>

namespace eol::core::sync {

std::optional<qint64> RetryAfter::parseMs(const QByteArray& raw, const QDateTime& nowUtc)
{
    const QByteArray value = raw.trimmed();
    if (value.isEmpty())
        return std::nullopt;
    bool digits = true;
    for (char c : value)
        digits = digits && c >= '0' && c <= '9';
    if (digits) {
        bool ok = false;
        const qint64 seconds = value.size() <= 12 ? value.toLongLong(&ok) : 0;
        if (!ok)
            return std::nullopt;
        return seconds * 1000;
    }
    // HTTP-date: the preferred IMF-fixdate, then the two obsolete forms senders may still use.
    // The weekday is dropped before parsing: it is redundant, and Qt would check it against
    // the century it guesses for two-digit years.
    QString text = QString::fromLatin1(value).simplified();
    const qsizetype comma = text.indexOf(QLatin1Char(','));
    if (comma > 0)
        text = text.mid(comma + 1).trimmed();
    else if (text.indexOf(QLatin1Char(' ')) == 3) // asctime: "Sun Nov  6 08:49:37 1994"
        text = text.mid(4);
    const QLocale c = QLocale::c();
    QDateTime at;
    for (const QString& format :
         {QStringLiteral("dd MMM yyyy HH:mm:ss 'GMT'"), // IMF-fixdate: 06 Nov 1994 08:49:37 GMT
          QStringLiteral("dd-MMM-yy HH:mm:ss 'GMT'"),   // RFC 850: 06-Nov-94 08:49:37 GMT
          QStringLiteral("MMM d HH:mm:ss yyyy")}) {     // asctime: Nov 6 08:49:37 1994
        at = c.toDateTime(text, format);
        if (at.isValid())
            break;
    }
    if (!at.isValid())
        return std::nullopt;
    if (at.date().year() < 1970) // two-digit years of the RFC 850 form: 94 -> 1994, not 1894
        at = at.addYears(100);
    const QDateTime utc(at.date(), at.time(), Qt::UTC); // HTTP dates are always GMT
    return std::max<qint64>(0, nowUtc.msecsTo(utc));
}

} // namespace eol::core::sync
