#include "scan/ScanPayloadParser.h"

#include <QRegularExpression>
#include <QStringList>

namespace eol::core::scan {

namespace {

const QRegularExpression kToken(QStringLiteral("^[A-Za-z0-9._\\-/]{1,64}$"));
const QRegularExpression kPlanRef(QStringLiteral("^([A-Za-z0-9._\\-]{1,64})(?:@([0-9]{1,6}))?$"));

Error bad(const QString& message)
{
    return makeError(QStringLiteral("bad_scan"), message);
}

Result<QString> token(const QString& value, const QString& field)
{
    if (!kToken.match(value).hasMatch()) {
        return bad(QStringLiteral("%1 \"%2\" is not valid: use 1 to 64 letters, digits, '.', '_', "
                                  "'-' or '/'")
                       .arg(field, value.left(80)));
    }
    return value;
}

} // namespace

Result<ScanPayload> ScanPayloadParser::parse(const QString& input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return bad(QStringLiteral("empty scan: nothing was read from the code"));
    if (text.toUtf8().size() > kMaxPayloadBytes) {
        return bad(QStringLiteral("scan of %1 bytes is too large (at most %2): this is not a "
                                  "station code")
                       .arg(text.toUtf8().size())
                       .arg(kMaxPayloadBytes));
    }
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.unicode() < 0x20 || c.unicode() > 0x7e) {
            return bad(QStringLiteral("scan contains a non-printable or non-ASCII character at "
                                      "position %1 (U+%2)")
                           .arg(i + 1)
                           .arg(c.unicode(), 4, 16, QLatin1Char('0')));
        }
    }

    if (!text.startsWith(QLatin1String("EOL"))) {
        auto serial = token(text, QStringLiteral("serial"));
        if (!serial)
            return bad(QStringLiteral("unknown code \"%1\": neither an EOL station code nor a "
                                      "plain serial label")
                           .arg(text.left(80)));
        ScanPayload unit;
        unit.serial = serial.value();
        return unit;
    }

    const QStringList parts = text.split(QLatin1Char('|'));
    const QString head = parts.value(0);
    if (head != QLatin1String("EOL1")) {
        const QString version = head.mid(3);
        return bad(QStringLiteral("unsupported station code version \"%1\": this station reads "
                                  "version 1 (EOL1|...)")
                       .arg(version.left(16)));
    }
    if (parts.size() < 3)
        return bad(QStringLiteral("station code \"%1\" is incomplete: expected EOL1|U|<serial> or "
                                  "EOL1|J|P=...|PLAN=...")
                       .arg(text.left(80)));

    ScanPayload payload;
    const QString type = parts.at(1);
    if (type == QLatin1String("U")) {
        payload.kind = ScanPayload::Kind::Unit;
        auto serial = token(parts.at(2), QStringLiteral("serial"));
        if (!serial)
            return serial.error();
        payload.serial = serial.value();
    } else if (type == QLatin1String("J")) {
        payload.kind = ScanPayload::Kind::JobCard;
    } else if (type == QLatin1String("B")) {
        // A badge: exactly EOL1|B|<badge id>. The id is a login token, so the message never
        // echoes it.
        static const QRegularExpression kBadge(QStringLiteral("^[A-Za-z0-9._-]{8,64}$"));
        if (parts.size() != 3 || !kBadge.match(parts.at(2)).hasMatch())
            return bad(QStringLiteral("badge code is not valid: expected EOL1|B|<badge id> with "
                                      "8 to 64 letters, digits, '.', '_' or '-'"));
        payload.kind = ScanPayload::Kind::Badge;
        payload.badgeId = parts.at(2);
        return payload;
    } else {
        return bad(QStringLiteral("unknown code type \"%1\": expected U (unit), J (job card) or "
                                  "B (badge)")
                       .arg(type.left(16)));
    }

    QStringList seen;
    for (int i = payload.kind == ScanPayload::Kind::Unit ? 3 : 2; i < parts.size(); ++i) {
        const QString& field = parts.at(i);
        const int eq = field.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return bad(QStringLiteral("field %1 \"%2\" is not KEY=value").arg(i + 1).arg(field.left(80)));
        const QString key = field.left(eq);
        const QString value = field.mid(eq + 1);
        if (seen.contains(key))
            return bad(QStringLiteral("field %1 repeats the key %2").arg(i + 1).arg(key));
        seen.append(key);
        if (key == QLatin1String("P")) {
            auto product = token(value, QStringLiteral("product"));
            if (!product)
                return product.error();
            payload.product = product.value();
        } else if (key == QLatin1String("PLAN") && payload.kind == ScanPayload::Kind::JobCard) {
            const auto match = kPlanRef.match(value);
            if (!match.hasMatch())
                return bad(QStringLiteral("plan reference \"%1\" is not <plan id>[@<revision>]")
                               .arg(value.left(80)));
            payload.planId = match.captured(1);
            payload.planRevision = match.captured(2).isEmpty() ? 0 : match.captured(2).toInt();
        } else if (key == QLatin1String("B") && payload.kind == ScanPayload::Kind::JobCard) {
            auto batch = token(value, QStringLiteral("batch"));
            if (!batch)
                return batch.error();
            payload.batch = batch.value();
        } else if (key == QLatin1String("WO") && payload.kind == ScanPayload::Kind::JobCard) {
            auto wo = token(value, QStringLiteral("work order"));
            if (!wo)
                return wo.error();
            payload.workOrder = wo.value();
        } else {
            return bad(QStringLiteral("unknown key %1 in a %2 code")
                           .arg(key.left(16),
                                payload.kind == ScanPayload::Kind::Unit ? QStringLiteral("unit")
                                                                        : QStringLiteral("job-card")));
        }
    }
    if (payload.kind == ScanPayload::Kind::JobCard && payload.planId.isEmpty())
        return bad(QStringLiteral("job-card code has no PLAN=<plan id>"));
    if (payload.kind == ScanPayload::Kind::JobCard && payload.product.isEmpty())
        return bad(QStringLiteral("job-card code has no P=<product>"));
    return payload;
}

} // namespace eol::core::scan
