#include "registry/TokenStore.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace eol::registry {

namespace {
QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

Error storageError(const QString& what, const QSqlQuery& q)
{
    return makeError(QStringLiteral("storage_error"),
                     QString(what % QStringLiteral(": ") % q.lastError().text()));
}
} // namespace

QStringList TokenStore::roles()
{
    return {QStringLiteral("station"), QStringLiteral("reader"), QStringLiteral("admin")};
}

QString TokenStore::hashOf(const QString& token)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

Result<QString> TokenStore::create(const QString& name, const QString& role)
{
    static const QRegularExpression kName(QStringLiteral("^[A-Za-z0-9._@-]{1,64}$"));
    if (!kName.match(name).hasMatch())
        return makeError(QStringLiteral("bad_name"),
                         QStringLiteral("token name must be 1-64 letters, digits or . _ @ -"));
    if (!roles().contains(role))
        return makeError(QStringLiteral("bad_role"),
                         QString(QStringLiteral("unknown role \"") % role %
                                 QStringLiteral("\": use station, reader or admin")));
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM tokens WHERE name = ? AND revoked_utc IS NULL"));
    q.addBindValue(name);
    if (!q.exec() || !q.next())
        return storageError(QStringLiteral("cannot read tokens"), q);
    if (q.value(0).toLongLong() > 0)
        return makeError(QStringLiteral("name_taken"),
                         QString(QStringLiteral("a valid token named \"") % name %
                                 QStringLiteral("\" exists already: revoke it first "
                                                "(eol-registry token revoke --name ") %
                                 name % QLatin1Char(')')));
    QByteArray secret(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(secret.data()),
                                          secret.size() / int(sizeof(quint32)));
    const QString token = QString::fromLatin1(
        secret.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    q.prepare(QStringLiteral(
        "INSERT INTO tokens (token_sha256, name, role, created_utc) VALUES (?, ?, ?, ?)"));
    q.addBindValue(hashOf(token));
    q.addBindValue(name);
    q.addBindValue(role);
    q.addBindValue(nowUtc());
    if (!q.exec())
        return storageError(QStringLiteral("cannot store the token"), q);
    return token;
}

Result<QList<TokenInfo>> TokenStore::list()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT token_sha256, name, role, created_utc, revoked_utc "
                               "FROM tokens ORDER BY created_utc, name")))
        return storageError(QStringLiteral("cannot list tokens"), q);
    QList<TokenInfo> out;
    while (q.next())
        out.append(TokenInfo{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                             q.value(3).toString(), q.value(4).toString()});
    return out;
}

Result<int> TokenStore::revoke(const QString& name)
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("UPDATE tokens SET revoked_utc = ? WHERE name = ? AND revoked_utc IS NULL"));
    q.addBindValue(nowUtc());
    q.addBindValue(name);
    if (!q.exec())
        return storageError(QStringLiteral("cannot revoke the token"), q);
    return q.numRowsAffected();
}

Result<TokenInfo> TokenStore::authenticate(const QString& token)
{
    if (token.isEmpty())
        return makeError(QStringLiteral("unauthorized"),
                         QStringLiteral("missing token: send \"Authorization: Bearer <token>\""));
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT token_sha256, name, role, created_utc, revoked_utc "
                             "FROM tokens WHERE token_sha256 = ?"));
    q.addBindValue(hashOf(token));
    if (!q.exec())
        return storageError(QStringLiteral("cannot check the token"), q);
    if (!q.next())
        return makeError(QStringLiteral("unauthorized"),
                         QStringLiteral("unknown token: ask the registry administrator for one "
                                        "(eol-registry token create)"));
    TokenInfo info{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                   q.value(3).toString(), q.value(4).toString()};
    if (!info.revokedUtc.isEmpty())
        return makeError(QStringLiteral("unauthorized"),
                         QString(QStringLiteral("this token was revoked on ") % info.revokedUtc));
    return info;
}

} // namespace eol::registry
