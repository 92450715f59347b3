#include "registry/RegistryServer.h"

#include "registry/Database.h"
#include "registry/RegistryLog.h"

#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonParseError>
#include <QUrlQuery>
#include <optional>

namespace eol::registry {

namespace {
using Method = QHttpServerRequest::Method;

QByteArray header(const QHttpServerRequest& request, const char* name)
{
    for (const auto& [key, value] : request.headers()) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

HttpReply methodNotAllowed(const char* allowed)
{
    return HttpReply::error(
        405, QString(),
        QString(QStringLiteral("method not allowed here; use ") % QLatin1String(allowed)));
}
/// The array `key` of an ingest body ({"runs": [...]} / {"notes": [...]}): 1 to `maxItems`
/// items, the body at most `maxBytes`. On bad input `*reply` is the 4xx that names the field.
std::optional<QJsonArray> batchArray(const QHttpServerRequest& request, const QString& key,
                                     qsizetype maxBytes, qsizetype maxItems, HttpReply* reply)
{
    const QByteArray body = request.body();
    if (body.size() > maxBytes) {
        *reply = HttpReply::error(413, key,
                                  QString(QStringLiteral("request body too large: send at most ") %
                                          QString::number(maxItems) % QLatin1Char(' ') % key %
                                          QStringLiteral(" per batch")));
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *reply = HttpReply::error(400, QString(),
                                  QString(QStringLiteral("the body is not JSON (") %
                                          parseError.errorString() % QStringLiteral(" at byte ") %
                                          QString::number(parseError.offset) % QLatin1Char(')')));
        return std::nullopt;
    }
    if (!doc.isObject() || !doc.object().value(key).isArray()) {
        *reply = HttpReply::error(400, key,
                                  QString(QStringLiteral("expected {\"") % key %
                                          QStringLiteral("\": [...]}")));
        return std::nullopt;
    }
    const QJsonArray items = doc.object().value(key).toArray();
    if (items.isEmpty() || items.size() > maxItems) {
        *reply = HttpReply::error(400, key,
                                  QString(QStringLiteral("a batch holds 1 to ") %
                                          QString::number(maxItems) % QLatin1Char(' ') % key %
                                          QStringLiteral(", not ") %
                                          QString::number(items.size())));
        return std::nullopt;
    }
    return items;
}
} // namespace

RegistryServer::RegistryServer(Database& database, QObject* parent)
    : QAbstractHttpServer(parent), m_database(database), m_tokens(database.db()),
      m_ingestor(database), m_noteIngestor(database), m_queries(database.db())
{
}

bool RegistryServer::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    QElapsedTimer timer;
    timer.start();
    QString route = QStringLiteral("other");
    const HttpReply reply = dispatch(request, route);
    QHttpServerResponder responder = makeResponder(request, socket);
    const auto status = static_cast<QHttpServerResponder::StatusCode>(reply.status);
    if (reply.status == 401)
        responder.write(reply.body,
                        {{"Content-Type", reply.contentType},
                         {"WWW-Authenticate", "Bearer realm=\"eol-registry\""},
                         {"Cache-Control", "no-store"}},
                        status);
    else
        responder.write(reply.body,
                        {{"Content-Type", reply.contentType}, {"Cache-Control", "no-store"}},
                        status);
    m_metrics.observeRequest(route, reply.status, double(timer.nsecsElapsed()) / 1e9);
    return true;
}

void RegistryServer::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket)
{
    // Unreachable: handleRequest answers every request, unknown paths with 404.
    const HttpReply reply = HttpReply::error(404, QString(), QStringLiteral("no such endpoint"));
    makeResponder(request, socket)
        .write(reply.body, reply.contentType, QHttpServerResponder::StatusCode::NotFound);
}

HttpReply RegistryServer::dispatch(const QHttpServerRequest& request, QString& route)
{
    const QString path = request.url().path(QUrl::FullyEncoded);
    const Method method = request.method();
    if (path == QLatin1String("/healthz")) {
        route = path;
        return method == Method::Get ? health() : methodNotAllowed("GET");
    }
    if (path == QLatin1String("/metrics")) {
        route = path;
        return method == Method::Get ? metrics() : methodNotAllowed("GET");
    }
    static const QLatin1String kApi("/api/v1/");
    if (!path.startsWith(kApi))
        return HttpReply::error(404, QString(),
                                QString(QStringLiteral("no such endpoint: ") % path));
    const QStringList parts = path.mid(kApi.size()).split(QLatin1Char('/'));
    TokenInfo token;
    if (parts.size() == 1 && parts.at(0) == QLatin1String("runs:batch")) {
        route = QStringLiteral("/api/v1/runs:batch");
        if (method != Method::Post)
            return methodNotAllowed("POST");
        if (auto denied = authorize(request, true, token))
            return *denied;
        return ingest(request, token);
    }
    if (parts.size() == 1 && parts.at(0) == QLatin1String("notes:batch")) {
        route = QStringLiteral("/api/v1/notes:batch");
        if (method != Method::Post)
            return methodNotAllowed("POST");
        if (auto denied = authorize(request, true, token))
            return *denied;
        return ingestNotes(request, token);
    }
    if (parts.size() == 1 &&
        (parts.at(0) == QLatin1String("devices") || parts.at(0) == QLatin1String("devices.csv"))) {
        const bool csv = parts.at(0) == QLatin1String("devices.csv");
        route = csv ? QStringLiteral("/api/v1/devices.csv") : QStringLiteral("/api/v1/devices");
        if (method != Method::Get)
            return methodNotAllowed("GET");
        if (auto denied = authorize(request, false, token))
            return *denied;
        return listDevices(request, csv);
    }
    if (parts.size() >= 2 && parts.at(0) == QLatin1String("devices") && !parts.at(1).isEmpty()) {
        const QString serial = QUrl::fromPercentEncoding(parts.at(1).toUtf8());
        if (parts.size() == 2) {
            route = QStringLiteral("/api/v1/devices/{serial}");
            if (method != Method::Get)
                return methodNotAllowed("GET");
            if (auto denied = authorize(request, false, token))
                return *denied;
            return deviceDetail(serial);
        }
        if (parts.size() == 3 && parts.at(2) == QLatin1String("notes")) {
            route = QStringLiteral("/api/v1/devices/{serial}/notes");
            if (method != Method::Post)
                return methodNotAllowed("POST");
            if (auto denied = authorize(request, false, token))
                return *denied;
            return addNote(request, serial, token);
        }
    }
    return HttpReply::error(404, QString(), QString(QStringLiteral("no such endpoint: ") % path));
}

std::optional<HttpReply> RegistryServer::authorize(const QHttpServerRequest& request, bool ingest,
                                                   TokenInfo& token)
{
    const QByteArray auth = header(request, "Authorization").trimmed();
    QString secret;
    if (auth.size() > 7 && auth.left(7).compare("Bearer ", Qt::CaseInsensitive) == 0)
        secret = QString::fromLatin1(auth.mid(7).trimmed());
    else if (!auth.isEmpty())
        return HttpReply::error(401, QStringLiteral("Authorization"),
                                QStringLiteral("expected \"Authorization: Bearer <token>\""));
    const Result<TokenInfo> found = m_tokens.authenticate(secret);
    if (!found) {
        if (found.error().code == QLatin1String("storage_error")) {
            qCWarning(lcRegistry, "%s", qPrintable(found.error().message));
            return HttpReply::error(503, QString(),
                                    QStringLiteral("the registry database is unavailable; retry"));
        }
        return HttpReply::error(401, QStringLiteral("Authorization"), found.error().message);
    }
    token = found.value();
    if (ingest && !token.canIngest())
        return HttpReply::error(403, QStringLiteral("Authorization"),
                                QString(QStringLiteral("token \"") % token.name %
                                        QStringLiteral("\" (role ") % token.role %
                                        QStringLiteral(") may not upload runs: a station or admin "
                                                       "token is needed")));
    if (!ingest && !token.canRead())
        return HttpReply::error(403, QStringLiteral("Authorization"),
                                QString(QStringLiteral("token \"") % token.name %
                                        QStringLiteral("\" (role ") % token.role %
                                        QStringLiteral(") may not read the registry: a reader or "
                                                       "admin token is needed")));
    return std::nullopt;
}

HttpReply RegistryServer::ingest(const QHttpServerRequest& request, const TokenInfo& token)
{
    HttpReply refused;
    const std::optional<QJsonArray> runs =
        batchArray(request, QStringLiteral("runs"), kMaxBody, kMaxBatch, &refused);
    if (!runs)
        return refused;
    const Result<RunIngestor::Outcome> outcome = m_ingestor.ingest(*runs, token.name);
    if (!outcome) {
        qCWarning(lcRegistry, "batch from %s not stored: %s", qPrintable(token.name),
                  qPrintable(outcome.error().message));
        return HttpReply::error(503, QString(),
                                QStringLiteral("the registry could not store this batch; nothing "
                                               "of it was kept — retry later"));
    }
    m_metrics.observeBatch(int(runs->size()));
    for (auto it = outcome->counts.begin(); it != outcome->counts.end(); ++it)
        m_metrics.countRuns(it.key(), it.value());
    qCInfo(lcRegistry,
           "batch of %lld runs from %s: %d created, %d duplicate, %d conflict, %d "
           "rejected",
           qlonglong(runs->size()), qPrintable(token.name),
           outcome->counts.value(QStringLiteral("created")),
           outcome->counts.value(QStringLiteral("duplicate")),
           outcome->counts.value(QStringLiteral("conflict")),
           outcome->counts.value(QStringLiteral("rejected")));
    return HttpReply::json(QJsonObject{{QStringLiteral("results"), outcome->results}});
}

HttpReply RegistryServer::ingestNotes(const QHttpServerRequest& request, const TokenInfo& token)
{
    HttpReply refused;
    const std::optional<QJsonArray> notes =
        batchArray(request, QStringLiteral("notes"), kMaxBody, kMaxBatch, &refused);
    if (!notes)
        return refused;
    const Result<NoteIngestor::Outcome> outcome = m_noteIngestor.ingest(*notes, token.name);
    if (!outcome) {
        qCWarning(lcRegistry, "note batch from %s not stored: %s", qPrintable(token.name),
                  qPrintable(outcome.error().message));
        return HttpReply::error(503, QString(),
                                QStringLiteral("the registry could not store this batch; nothing "
                                               "of it was kept — retry later"));
    }
    for (auto it = outcome->counts.begin(); it != outcome->counts.end(); ++it)
        m_metrics.countNotes(it.key(), it.value());
    qCInfo(lcRegistry, "note batch of %lld from %s: %d created, %d duplicate, %d deleted",
           qlonglong(notes->size()), qPrintable(token.name),
           outcome->counts.value(QStringLiteral("created")),
           outcome->counts.value(QStringLiteral("duplicate")),
           outcome->counts.value(QStringLiteral("deleted")));
    return HttpReply::json(QJsonObject{{QStringLiteral("results"), outcome->results}});
}

HttpReply RegistryServer::listDevices(const QHttpServerRequest& request, bool csv)
{
    const Result<DeviceFilter> filter = DeviceFilter::fromQuery(request.query(), csv);
    if (!filter)
        return HttpReply::error(400, filter.error().code, filter.error().message);
    if (csv) {
        const Result<QByteArray> data = m_queries.csv(filter.value());
        if (!data) {
            qCWarning(lcRegistry, "%s", qPrintable(data.error().message));
            return HttpReply::error(503, QString(),
                                    QStringLiteral("the registry database is "
                                                   "unavailable; retry"));
        }
        return HttpReply{200, QByteArrayLiteral("text/csv; charset=utf-8"), data.value()};
    }
    const Result<QJsonObject> list = m_queries.list(filter.value());
    if (!list) {
        qCWarning(lcRegistry, "%s", qPrintable(list.error().message));
        return HttpReply::error(503, QString(),
                                QStringLiteral("the registry database is unavailable; retry"));
    }
    return HttpReply::json(list.value());
}

HttpReply RegistryServer::deviceDetail(const QString& serial)
{
    const auto device = m_queries.detail(serial);
    if (!device) {
        qCWarning(lcRegistry, "%s", qPrintable(device.error().message));
        return HttpReply::error(503, QString(),
                                QStringLiteral("the registry database is unavailable; retry"));
    }
    if (!device->has_value())
        return HttpReply::error(
            404, QStringLiteral("serial"),
            QString(QStringLiteral("no device with serial \"") % serial % QStringLiteral("\"")));
    return HttpReply::json(**device);
}

HttpReply RegistryServer::addNote(const QHttpServerRequest& request, const QString& serial,
                                  const TokenInfo& token)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return HttpReply::error(400, QString(),
                                QStringLiteral("expected a JSON object {\"text\", \"author\"}"));
    const QJsonObject o = doc.object();
    const QJsonValue text = o.value(QStringLiteral("text"));
    if (!text.isString() || text.toString().trimmed().isEmpty())
        return HttpReply::error(400, QStringLiteral("text"),
                                QStringLiteral("text is missing: a note needs some text"));
    if (text.toString().size() > 10000)
        return HttpReply::error(400, QStringLiteral("text"),
                                QStringLiteral("text is longer than 10000 characters"));
    const QJsonValue author = o.value(QStringLiteral("author"));
    if (!author.isUndefined() && !author.isNull() && !author.isString())
        return HttpReply::error(400, QStringLiteral("author"),
                                QStringLiteral("author must be a string"));
    const QString who =
        author.toString().trimmed().isEmpty() ? token.name : author.toString().trimmed();
    const auto note = m_queries.addNote(serial, who, text.toString());
    if (!note) {
        qCWarning(lcRegistry, "%s", qPrintable(note.error().message));
        return HttpReply::error(503, QString(),
                                QStringLiteral("the registry database is unavailable; retry"));
    }
    if (!note->has_value())
        return HttpReply::error(
            404, QStringLiteral("serial"),
            QString(QStringLiteral("no device with serial \"") % serial % QStringLiteral("\"")));
    return HttpReply::json(**note, 201);
}

HttpReply RegistryServer::health()
{
    const QString backend = m_database.spec().backendName();
    if (!m_database.ping())
        return HttpReply::json(QJsonObject{{QStringLiteral("status"), QStringLiteral("error")},
                                           {QStringLiteral("backend"), backend},
                                           {QStringLiteral("message"),
                                            QStringLiteral("the database does not answer")}},
                               503);
    return HttpReply::json(QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")},
                                       {QStringLiteral("backend"), backend}});
}

HttpReply RegistryServer::metrics()
{
    const Result<qint64> devices = m_queries.deviceCount();
    return HttpReply{
        200, QByteArrayLiteral("text/plain; version=0.0.4; charset=utf-8"),
        m_metrics.render(devices ? devices.value() : -1, m_database.spec().backendName())};
}

} // namespace eol::registry
