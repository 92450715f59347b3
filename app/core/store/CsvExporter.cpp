#include "CsvExporter.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonValue>
#include <QRegularExpression>

namespace eol::core::store {

namespace {

QString attributeText(const QJsonObject& attributes, const QString& key)
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

/// SHA-256 (hex) of the device public key: the `public_key_sha256` attribute when the runner
/// stored one; otherwise computed from `public_key` — the DER bytes when it is PEM or hex, the
/// UTF-8 text otherwise.
QString publicKeySha256(const QJsonObject& attributes)
{
    const QString given = attributeText(attributes, QStringLiteral("public_key_sha256"));
    if (!given.isEmpty())
        return given.toLower();
    const QString key = attributeText(attributes, QStringLiteral("public_key")).trimmed();
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

QString isoUtc(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

} // namespace

QStringList CsvExporter::columns()
{
    return {QStringLiteral("run_id"),
            QStringLiteral("started_utc"),
            QStringLiteral("ended_utc"),
            QStringLiteral("serial"),
            QStringLiteral("imei"),
            QStringLiteral("product"),
            QStringLiteral("plan_id"),
            QStringLiteral("plan_revision"),
            QStringLiteral("plan_sha256"),
            QStringLiteral("station_id"),
            QStringLiteral("operator"),
            QStringLiteral("batch"),
            QStringLiteral("work_order"),
            QStringLiteral("verdict"),
            QStringLiteral("state"),
            QStringLiteral("failing_step"),
            QStringLiteral("failure_reason"),
            QStringLiteral("iccid"),
            QStringLiteral("imsi"),
            QStringLiteral("firmware"),
            QStringLiteral("public_key_sha256"),
            QStringLiteral("attributes_json")};
}

QString CsvExporter::escapeField(const QString& value)
{
    QString v = value;
    if (!v.isEmpty()) {
        const QChar c = v.at(0);
        const bool formula = c == u'=' || c == u'+' || c == u'@' || c == u'\t' || c == u'\r' ||
                             (c == u'-' && v.size() > 1 && !v.at(1).isDigit());
        if (formula)
            v.prepend(u'\'');
    }
    if (v.contains(u',') || v.contains(u'"') || v.contains(u'\r') || v.contains(u'\n')) {
        v.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        v = u'"' + v + u'"';
    }
    return v;
}

eol::Result<void> CsvExporter::exportRuns(const RunStore& store, const RunFilter& filter,
                                          QIODevice& out)
{
    if (!out.isOpen() || !out.isWritable()) {
        return makeError(QStringLiteral("csv_not_writable"),
                         QStringLiteral("cannot export runs to CSV: the output is not open for "
                                        "writing — open the file in write mode first"));
    }
    auto runs = store.listRuns(filter);
    if (!runs)
        return runs.error();

    auto writeRow = [&out](const QStringList& cells) -> Result<void> {
        QStringList escaped;
        escaped.reserve(cells.size());
        for (const QString& c : cells)
            escaped << escapeField(c);
        const QByteArray line = (escaped.join(u',') + QStringLiteral("\r\n")).toUtf8();
        if (out.write(line) != line.size()) {
            return makeError(QStringLiteral("csv_write_failed"),
                             QStringLiteral("cannot write the CSV export: %1 — check free disk "
                                            "space and that the file is writable")
                                 .arg(out.errorString()));
        }
        return {};
    };

    if (auto r = writeRow(columns()); !r)
        return r;
    for (const RunRecord& run : *runs) {
        const QJsonObject& a = run.attributes;
        const QString json =
            a.isEmpty() ? QString()
                        : QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
        const QStringList row{run.runId,
                              isoUtc(run.startedUtc),
                              isoUtc(run.endedUtc),
                              run.serial,
                              run.imei,
                              run.product,
                              run.planId,
                              QString::number(run.planRevision),
                              run.planSha256,
                              run.stationId,
                              run.operatorName,
                              run.batch,
                              run.workOrder,
                              run.verdict,
                              run.state,
                              run.failingStep,
                              run.failureReason,
                              attributeText(a, QStringLiteral("iccid")),
                              attributeText(a, QStringLiteral("imsi")),
                              attributeText(a, QStringLiteral("firmware")),
                              publicKeySha256(a),
                              json};
        if (auto r = writeRow(row); !r)
            return r;
    }
    return {};
}

} // namespace eol::core::store
