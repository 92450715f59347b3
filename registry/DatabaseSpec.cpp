#include "registry/DatabaseSpec.h"

#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

namespace eol::registry {

Result<DatabaseSpec> DatabaseSpec::parse(const QString& text)
{
    const QString t = text.trimmed();
    DatabaseSpec spec;
    if (t.isEmpty())
        return makeError(QStringLiteral("bad_db"),
                         QStringLiteral("no database given: pass --db <sqlite file> or "
                                        "--db postgresql://user@host:port/db"));
    if (t.startsWith(QLatin1String("postgresql://")) ||
        t.startsWith(QLatin1String("postgres://"))) {
        const QUrl url(t);
        if (!url.isValid() || url.path().size() < 2)
            return makeError(
                QStringLiteral("bad_db"),
                QString(QStringLiteral("cannot read the PostgreSQL URL \"") %
                        url.toDisplayString(QUrl::RemovePassword) %
                        QStringLiteral("\": expected postgresql://user@host:port/db")));
        spec.m_backend = Backend::Postgresql;
        spec.m_host = url.host();
        spec.m_port = url.port(-1);
        spec.m_database = url.path().mid(1);
        spec.m_user = url.userName();
        spec.m_password = url.password();
        QStringList options;
        const QUrlQuery query(url);
        for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
            if (key == QLatin1String("host"))
                spec.m_host = value; // a unix socket directory
            else
                options << QString(key % QLatin1Char('=') % value);
        }
        spec.m_options = options.join(QLatin1Char(';'));
        return spec;
    }
    if (t.contains(QLatin1Char('=')) &&
        (t.contains(QLatin1String("dbname=")) || t.contains(QLatin1String("host=")))) {
        spec.m_backend = Backend::Postgresql;
        QStringList options;
        for (const QString& part : t.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            const qsizetype eq = part.indexOf(QLatin1Char('='));
            if (eq <= 0)
                return makeError(QStringLiteral("bad_db"),
                                 QString(QStringLiteral("cannot read \"") % part %
                                         QStringLiteral("\" in the PostgreSQL connection string: "
                                                        "expected key=value pairs")));
            const QString key = part.left(eq);
            const QString value = part.mid(eq + 1);
            if (key == QLatin1String("host"))
                spec.m_host = value;
            else if (key == QLatin1String("port"))
                spec.m_port = value.toInt();
            else if (key == QLatin1String("dbname"))
                spec.m_database = value;
            else if (key == QLatin1String("user"))
                spec.m_user = value;
            else if (key == QLatin1String("password"))
                spec.m_password = value;
            else
                options << part;
        }
        spec.m_options = options.join(QLatin1Char(';'));
        return spec;
    }
    spec.m_backend = Backend::Sqlite;
    spec.m_path = t;
    return spec;
}

QString DatabaseSpec::backendName() const
{
    return m_backend == Backend::Sqlite ? QStringLiteral("sqlite") : QStringLiteral("postgresql");
}

QString DatabaseSpec::describe() const
{
    if (m_backend == Backend::Sqlite)
        return QString(QStringLiteral("sqlite:") % m_path);
    return QString(QStringLiteral("postgresql://") % m_user % QLatin1Char('@') % m_host %
                   (m_port > 0 ? QString(QLatin1Char(':') % QString::number(m_port)) : QString()) %
                   QLatin1Char('/') % m_database);
}

} // namespace eol::registry
