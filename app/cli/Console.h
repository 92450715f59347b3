#pragma once

#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <cstdio>

namespace eol::cli {

/// Writes to stdout/stderr as UTF-8 and flushes (output may feed a pipe or a log).
class Console
{
public:
    static void out(const QString& text)
    {
        const QByteArray bytes = text.toUtf8();
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
        std::fflush(stdout);
    }
    static void line(const QString& text) { out(text + QLatin1Char('\n')); }
    /// One clear line on stderr: "eol-station: <message>".
    static void error(const QString& message)
    {
        const QByteArray bytes = (QStringLiteral("eol-station: ") + message + u'\n').toUtf8();
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
        std::fflush(stderr);
    }
    static void json(const QJsonObject& object)
    {
        out(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)));
    }
};

} // namespace eol::cli
