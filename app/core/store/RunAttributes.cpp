#include "RunAttributes.h"

#include <QCryptographicHash>
#include <QJsonValue>
#include <QRegularExpression>

namespace eol::core::store {

QString RunAttributes::text(const QJsonObject& attributes, const QString& key)
{
    const QJsonValue v = attributes.value(key);
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 17);
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return {};
}

QString RunAttributes::publicKeySha256(const QJsonObject& attributes)
{
    const QString given = text(attributes, QStringLiteral("public_key_sha256"));
    if (!given.isEmpty())
        return given.toLower();
    const QString key = text(attributes, QStringLiteral("public_key")).trimmed();
    if (key.isEmpty())
        return {};
    QByteArray bytes;
    static const QRegularExpression pem(
        QStringLiteral("^-----BEGIN [A-Z ]+-----(.*)-----END [A-Z ]+-----$"),
        QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression hex(QStringLiteral("^([0-9A-Fa-f]{2})+$"));
    if (const auto m = pem.match(key); m.hasMatch()) {
        QByteArray body = m.captured(1).toLatin1();
        body.replace('\r', "").replace('\n', "").replace(' ', "");
        bytes = QByteArray::fromBase64(body);
    } else if (hex.match(key).hasMatch()) {
        bytes = QByteArray::fromHex(key.toLatin1());
    } else {
        bytes = key.toUtf8();
    }
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace eol::core::store
