#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

namespace eol::registry {

/// What a route handler answers; RegistryServer writes it to the socket.
struct HttpReply
{
    int status = 200;
    QByteArray contentType = QByteArrayLiteral("application/json");
    QByteArray body;

    static HttpReply json(const QJsonObject& o, int status = 200)
    {
        return HttpReply{status, QByteArrayLiteral("application/json"),
                         QJsonDocument(o).toJson(QJsonDocument::Compact)};
    }
    /// {"error":{"field","message"}}: field is the JSON field / query parameter / header at fault.
    static HttpReply error(int status, const QString& field, const QString& message)
    {
        return json(QJsonObject{{QStringLiteral("error"),
                                 QJsonObject{{QStringLiteral("field"), field},
                                             {QStringLiteral("message"), message}}}},
                    status);
    }
};

} // namespace eol::registry
