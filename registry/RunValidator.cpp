#include "registry/RunValidator.h"

#include <QCryptographicHash>
#include <QDate>
#include <QDateTime>
#include <QRegularExpression>
#include <QStringList>
#include <QTimeZone>
#include <cmath>

namespace eol::registry {

namespace {

Error invalid(const QString& field, const QString& message)
{
    return makeError(field, message);
}

/// Reads an optional text field: absent/null -> "", string -> itself, anything else -> error.
bool readText(const QJsonObject& o, const char* key, QString& out, QString& badField,
              const QString& prefix = {})
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull()) {
        out.clear();
        return true;
    }
    if (!v.isString()) {
        badField = QString(prefix % QLatin1String(key));
        return false;
    }
    out = v.toString();
    return true;
}

const QStringList& runVerdicts()
{
    static const QStringList k{QStringLiteral("pass"),    QStringLiteral("skipped"),
                               QStringLiteral("fail"),    QStringLiteral("error"),
                               QStringLiteral("aborted"), QStringLiteral("interrupted")};
    return k;
}

const QStringList& stepVerdicts()
{
    static const QStringList k{QStringLiteral("pass"), QStringLiteral("skipped"),
                               QStringLiteral("fail"), QStringLiteral("error"),
                               QStringLiteral("aborted")};
    return k;
}

bool isInteger(const QJsonValue& v)
{
    if (!v.isDouble())
        return false;
    const double d = v.toDouble();
    return std::isfinite(d) && std::floor(d) == d && std::fabs(d) < 9e15;
}

} // namespace

namespace {
/// "2026-11-22T21:59:15.123Z", the form stations send: already normalised, so it needs neither
/// the regular expression nor a QDateTime round trip (14 timestamps per run add up).
bool isCanonicalUtc(const QString& t)
{
    static const char kShape[] = "dddd-dd-ddTdd:dd:dd.dddZ";
    if (t.size() != 24)
        return false;
    for (int i = 0; i < 24; ++i) {
        const char16_t c = t.at(i).unicode();
        if (kShape[i] == 'd' ? (c < u'0' || c > u'9') : c != char16_t(kShape[i]))
            return false;
    }
    const auto number = [&t](int from, int length) {
        int v = 0;
        for (int i = from; i < from + length; ++i)
            v = v * 10 + (t.at(i).unicode() - u'0');
        return v;
    };
    return QDate::isValid(number(0, 4), number(5, 2), number(8, 2)) && number(11, 2) < 24 &&
           number(14, 2) < 60 && number(17, 2) < 60;
}
} // namespace

QString RunValidator::normaliseUtc(const QString& text)
{
    if (isCanonicalUtc(text))
        return text;
    static const QRegularExpression kShape(
        QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?"
                       "(Z|[+-]\\d{2}:?\\d{2})?$"));
    if (!kShape.match(text).hasMatch())
        return {};
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        return {};
    if (t.timeSpec() == Qt::LocalTime) // no offset given: the station writes UTC
        t.setTimeZone(QTimeZone::utc());
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QString RunValidator::publicKeySha256(const QJsonObject& attributes)
{
    const QJsonValue given = attributes.value(QStringLiteral("public_key_sha256"));
    if (given.isString() && !given.toString().trimmed().isEmpty())
        return given.toString().trimmed().toLower();
    QString key = attributes.value(QStringLiteral("public_key_pem")).toString().trimmed();
    if (key.isEmpty())
        key = attributes.value(QStringLiteral("public_key")).toString().trimmed();
    if (key.isEmpty())
        return {};
    static const QRegularExpression kPem(
        QStringLiteral("^-----BEGIN [A-Z ]+-----(.*)-----END [A-Z ]+-----$"),
        QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression kHex(QStringLiteral("^([0-9A-Fa-f]{2})+$"));
    QByteArray bytes;
    if (const auto m = kPem.match(key); m.hasMatch()) {
        QByteArray body = m.captured(1).toLatin1();
        body.replace('\r', "").replace('\n', "").replace(' ', "");
        bytes = QByteArray::fromBase64(body);
    } else if (kHex.match(key).hasMatch()) {
        bytes = QByteArray::fromHex(key.toLatin1());
    } else {
        bytes = key.toUtf8();
    }
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

Result<IncomingRun> RunValidator::validate(const QJsonValue& value)
{
    if (!value.isObject())
        return invalid(QStringLiteral("run"), QStringLiteral("each run must be a JSON object"));
    const QJsonObject o = value.toObject();
    IncomingRun r;
    QString bad;

    static const QRegularExpression kRunId(QStringLiteral("^[A-Za-z0-9._:{}-]{1,128}$"));
    const QJsonValue runId = o.value(QStringLiteral("run_id"));
    if (!runId.isString() || runId.toString().isEmpty())
        return invalid(QStringLiteral("run_id"), QStringLiteral("run_id is missing: every run "
                                                                "needs its unique id"));
    r.runId = runId.toString();
    if (!kRunId.match(r.runId).hasMatch())
        return invalid(QStringLiteral("run_id"),
                       QStringLiteral("run_id must be 1-128 letters, digits or . _ : { } -"));

    struct TextField
    {
        const char* key;
        QString* out;
    };
    const TextField texts[] = {
        {"serial", &r.serial},
        {"imei", &r.imei},
        {"product", &r.product},
        {"plan_id", &r.planId},
        {"plan_sha256", &r.planSha256},
        {"station_id", &r.stationId},
        {"operator", &r.operatorName},
        {"batch", &r.batch},
        {"work_order", &r.workOrder},
        {"port", &r.port},
        {"state", &r.state},
        {"verdict", &r.verdict},
        {"failing_step", &r.failingStep},
        {"failure_reason", &r.failureReason},
    };
    for (const TextField& f : texts) {
        if (!readText(o, f.key, *f.out, bad))
            return invalid(
                bad, QString(QLatin1String(f.key) % QStringLiteral(" must be a string (or null)")));
    }
    for (QString* id : {&r.serial, &r.imei, &r.product})
        *id = id->trimmed();

    const QJsonValue rev = o.value(QStringLiteral("plan_revision"));
    if (!rev.isUndefined() && !rev.isNull()) {
        if (!isInteger(rev))
            return invalid(QStringLiteral("plan_revision"),
                           QStringLiteral("plan_revision must be an integer"));
        r.planRevision = rev.toInt();
    }

    QString started;
    if (!readText(o, "started_utc", started, bad) || started.isEmpty())
        return invalid(QStringLiteral("started_utc"),
                       QStringLiteral("started_utc is missing: an ISO-8601 UTC timestamp such "
                                      "as 2026-11-22T21:59:15.123Z is required"));
    r.startedUtc = normaliseUtc(started);
    if (r.startedUtc.isEmpty())
        return invalid(QStringLiteral("started_utc"),
                       QString(QStringLiteral("started_utc \"") % started %
                               QStringLiteral("\" is not an ISO-8601 timestamp "
                                              "(e.g. 2026-11-22T21:59:15.123Z)")));
    QString ended;
    if (!readText(o, "ended_utc", ended, bad))
        return invalid(QStringLiteral("ended_utc"), QStringLiteral("ended_utc must be a string"));
    if (!ended.isEmpty()) {
        r.endedUtc = normaliseUtc(ended);
        if (r.endedUtc.isEmpty())
            return invalid(QStringLiteral("ended_utc"),
                           QString(QStringLiteral("ended_utc \"") % ended %
                                   QStringLiteral("\" is not an ISO-8601 timestamp")));
        if (r.endedUtc < r.startedUtc)
            return invalid(QStringLiteral("ended_utc"),
                           QStringLiteral("ended_utc is before started_utc"));
    }

    if (r.verdict.isEmpty())
        return invalid(QStringLiteral("verdict"),
                       QStringLiteral("verdict is missing: a finished run has one of pass, "
                                      "skipped, fail, error, aborted, interrupted"));
    if (!runVerdicts().contains(r.verdict))
        return invalid(QStringLiteral("verdict"),
                       QString(QStringLiteral("unknown verdict \"") % r.verdict %
                               QStringLiteral("\": expected pass, skipped, fail, error, aborted "
                                              "or interrupted")));
    if (r.state.isEmpty())
        r.state = r.verdict == QLatin1String("interrupted") ? QStringLiteral("interrupted")
                                                            : QStringLiteral("finished");
    if (r.state != QLatin1String("finished") && r.state != QLatin1String("interrupted"))
        return invalid(QStringLiteral("state"),
                       QString(QStringLiteral("state \"") % r.state %
                               QStringLiteral("\" cannot be registered: only finished or "
                                              "interrupted runs are")));

    QString mdate;
    if (!readText(o, "manufacture_date", mdate, bad))
        return invalid(QStringLiteral("manufacture_date"),
                       QStringLiteral("manufacture_date must be a string YYYY-MM-DD"));
    if (mdate.isEmpty()) {
        r.manufactureDate = r.startedUtc.left(10);
    } else {
        const QDate d = QDate::fromString(mdate, Qt::ISODate);
        if (mdate.size() != 10 || !d.isValid())
            return invalid(QStringLiteral("manufacture_date"),
                           QString(QStringLiteral("manufacture_date \"") % mdate %
                                   QStringLiteral("\" is not a date YYYY-MM-DD")));
        r.manufactureDate = mdate;
    }

    const QJsonValue attrs = o.value(QStringLiteral("attributes"));
    if (!attrs.isUndefined() && !attrs.isNull() && !attrs.isObject())
        return invalid(QStringLiteral("attributes"),
                       QStringLiteral("attributes must be a JSON object"));
    r.attributes = attrs.toObject();
    const QJsonValue pk = r.attributes.value(QStringLiteral("public_key_sha256"));
    if (!pk.isUndefined() && !pk.isNull()) {
        static const QRegularExpression kSha(QStringLiteral("^[0-9A-Fa-f]{64}$"));
        if (!pk.isString() || (!pk.toString().isEmpty() && !kSha.match(pk.toString()).hasMatch()))
            return invalid(QStringLiteral("attributes.public_key_sha256"),
                           QStringLiteral("public_key_sha256 must be 64 hex digits"));
    }
    r.publicKeySha256 = publicKeySha256(r.attributes);

    const QJsonValue steps = o.value(QStringLiteral("steps"));
    if (!steps.isUndefined() && !steps.isNull() && !steps.isArray())
        return invalid(QStringLiteral("steps"), QStringLiteral("steps must be a JSON array"));
    r.steps = steps.toArray();
    for (qsizetype i = 0; i < r.steps.size(); ++i) {
        const QString at =
            QString(QStringLiteral("steps[") % QString::number(i) % QStringLiteral("]"));
        if (!r.steps.at(i).isObject())
            return invalid(at, QStringLiteral("each step must be a JSON object"));
        const QJsonObject s = r.steps.at(i).toObject();
        const QString prefix = QString(at % QLatin1Char('.'));
        if (!isInteger(s.value(QStringLiteral("sequence"))))
            return invalid(QString(prefix % QStringLiteral("sequence")),
                           QStringLiteral("sequence must be an integer"));
        QString text;
        for (const char* key : {"phase", "id", "name", "kind", "measured", "message", "unit"}) {
            if (!readText(s, key, text, bad, prefix))
                return invalid(bad, QString(QLatin1String(key) %
                                            QStringLiteral(" must be a string (or null)")));
        }
        QString verdict;
        if (!readText(s, "verdict", verdict, bad, prefix) || !stepVerdicts().contains(verdict))
            return invalid(QString(prefix % QStringLiteral("verdict")),
                           QString(QStringLiteral("unknown step verdict \"") % verdict %
                                   QStringLiteral("\": expected pass, skipped, fail, error or "
                                                  "aborted")));
        QString stepStarted;
        if (!readText(s, "started_utc", stepStarted, bad, prefix) ||
            (!stepStarted.isEmpty() && normaliseUtc(stepStarted).isEmpty()))
            return invalid(QString(prefix % QStringLiteral("started_utc")),
                           QStringLiteral("started_utc is not an ISO-8601 timestamp"));
        for (const char* key : {"duration_ms", "low", "high", "attempts"}) {
            const QJsonValue v = s.value(QLatin1String(key));
            if (!v.isUndefined() && !v.isNull() && !v.isDouble())
                return invalid(QString(prefix % QLatin1String(key)),
                               QString(QLatin1String(key) % QStringLiteral(" must be a number")));
        }
    }
    return r;
}

} // namespace eol::registry
