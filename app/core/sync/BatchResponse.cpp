#include "BatchResponse.h"

#include "RetryAfter.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace eol::core::sync {

namespace {

/// The registry's {"error":{"field","message"}}, as "field: message", or a short body excerpt.
QString errorText(const QByteArray& body)
{
    const QJsonObject error = QJsonDocument::fromJson(body).object().value(u"error").toObject();
    const QString message = error.value(u"message").toString();
    const QString field = error.value(u"field").toString();
    if (!message.isEmpty())
        return field.isEmpty() ? message : field + QStringLiteral(": ") + message;
    QString text = QString::fromUtf8(body.left(200)).simplified();
    return text;
}

QString withDetail(const QString& head, const QString& detail)
{
    return detail.isEmpty() ? head : head + QStringLiteral(" (") + detail + u')';
}

} // namespace

BatchOutcome BatchResponse::interpret(const QStringList& sentIds, const HttpReply& reply,
                                      const QString& registry, const QDateTime& nowUtc, Items items)
{
    const bool notes = items == Items::Notes;
    const QString noun = notes ? QStringLiteral("notes") : QStringLiteral("runs");
    BatchOutcome out;
    if (!reply.transportOk) {
        out.kind = BatchOutcome::Kind::Transient;
        if (reply.aborted)
            out.error = QStringLiteral("sync stopped: the station is shutting down");
        else if (reply.timedOut)
            out.error = QStringLiteral("the registry at %1 did not answer in time (%2) — will "
                                       "retry")
                            .arg(registry, reply.transportError);
        else
            out.error = QStringLiteral("cannot reach the registry at %1: %2 — will retry")
                            .arg(registry, reply.transportError);
        return out;
    }
    const int status = reply.status;
    if (status == 429 || status >= 500 || status == 408) {
        out.kind = BatchOutcome::Kind::Transient;
        out.retryAfterMs = RetryAfter::parseMs(reply.retryAfter, nowUtc);
        const QString head = status == 429
                                 ? QStringLiteral("the registry is busy (429)")
                                 : QStringLiteral("the registry had an error (%1)").arg(status);
        out.error = withDetail(head, errorText(reply.body)) + QStringLiteral(" — will retry");
        return out;
    }
    if (status != 200) {
        out.kind = BatchOutcome::Kind::Refused;
        QString what;
        switch (status) {
        case 401:
            what = QStringLiteral("401 token invalid — check the token file");
            break;
        case 403:
            what = QStringLiteral("403 this token may not send %1 — use a token made with "
                                  "--role station")
                       .arg(noun);
            break;
        case 400:
            what = withDetail(QStringLiteral("400 malformed request"), errorText(reply.body)) +
                   QStringLiteral(" — report this with the station log");
            break;
        case 404:
            what = notes ? QStringLiteral("404 the registry at %1 does not take notes "
                                          "(/api/v1/notes:batch) — update the registry; the notes "
                                          "wait, runs still sync")
                               .arg(registry)
                         : QStringLiteral("404 no batch endpoint at %1 — check the registry URL")
                               .arg(registry);
            break;
        case 413:
            what = QStringLiteral("413 batch too large — lower the batch size");
            break;
        default:
            what = withDetail(QString::number(status), errorText(reply.body));
            break;
        }
        out.error = QStringLiteral("registry refused the batch: ") + what;
        return out;
    }

    // 200: one result per item, in request order; matched by id all the same.
    const QString idKey = notes ? QStringLiteral("note_id") : QStringLiteral("run_id");
    const QJsonDocument doc = QJsonDocument::fromJson(reply.body);
    const QJsonValue resultsValue = doc.object().value(u"results");
    if (!doc.isObject() || !resultsValue.isArray()) {
        out.kind = BatchOutcome::Kind::Transient;
        out.error = QStringLiteral("the registry at %1 answered 200 without a readable "
                                   "\"results\" list — will retry")
                        .arg(registry);
        return out;
    }
    out.kind = BatchOutcome::Kind::Answered;
    const QSet<QString> sent(sentIds.cbegin(), sentIds.cend());
    QHash<QString, QJsonObject> byId;
    for (const QJsonValue& v : resultsValue.toArray()) {
        const QJsonObject o = v.toObject();
        const QString id = o.value(idKey).toString();
        if (sent.contains(id) && !byId.contains(id))
            byId.insert(id, o);
    }
    QStringList unknownStatuses;
    QString waitingMessage; // notes only: the registry does not hold the note's run yet
    for (const QString& id : sentIds) {
        const auto it = byId.constFind(id);
        if (it == byId.cend()) {
            out.unsettled.append(id);
            continue;
        }
        const QString st = it->value(u"status").toString();
        if (st == QLatin1String("created") || st == QLatin1String("duplicate") ||
            (notes && st == QLatin1String("deleted"))) {
            out.synced.append(id);
        } else if (notes && st == QLatin1String("unknown_run")) {
            out.unsettled.append(id);
            waitingMessage = it->value(u"message").toString();
        } else if (st == QLatin1String("rejected") || st == QLatin1String("conflict")) {
            out.refused.append(
                {id, st, it->value(u"message").toString(), it->value(u"field").toString()});
        } else {
            out.unsettled.append(id);
            unknownStatuses.append(st.isEmpty() ? QStringLiteral("(none)") : st);
        }
    }
    if (!out.unsettled.isEmpty()) {
        out.error = !unknownStatuses.isEmpty()
                        ? QStringLiteral("the registry answered an unknown status (%1) — those "
                                         "%2 will be resent")
                              .arg(unknownStatuses.join(QStringLiteral(", ")), noun)
                    : !waitingMessage.isEmpty()
                        ? QStringLiteral("the registry does not hold the run of a note yet (%1) "
                                         "— the note will be resent")
                              .arg(waitingMessage)
                        : QStringLiteral("the registry did not answer for %1 of %2 %3 — they "
                                         "will be resent")
                              .arg(out.unsettled.size())
                              .arg(sentIds.size())
                              .arg(noun);
    }
    return out;
}

} // namespace eol::core::sync
