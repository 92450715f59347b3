#include "CheckEvaluator.h"

#include "runner/P256PublicKey.h"

#include <QLocale>
#include <QRegularExpression>
#include <cmath>

namespace eol::core::runner {

namespace {

using eol::core::plan::CheckSpec;

bool allDigits(QStringView text)
{
    for (const QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return !text.isEmpty();
}

CheckOutcome outcome(Verdict verdict, const QString& measured, const QString& message)
{
    CheckOutcome out;
    out.verdict = verdict;
    out.measured = measured;
    out.message = message;
    return out;
}

QString formatNumber(double value)
{
    return QString::number(value, 'g', 12);
}

QString withUnit(double value, const QString& unit)
{
    return unit.isEmpty() ? formatNumber(value) : formatNumber(value) + QLatin1Char(' ') + unit;
}

CheckOutcome checkImei(const QString& value)
{
    if (value.size() != 15 || !allDigits(value)) {
        return outcome(Verdict::Fail, value,
                       QStringLiteral("IMEI '%1' is not 15 digits (it has %2 characters)")
                           .arg(value)
                           .arg(value.size()));
    }
    const int expected = CheckEvaluator::luhnCheckDigit(QStringView(value).left(14));
    const int actual = value.at(14).digitValue();
    if (expected != actual) {
        return outcome(Verdict::Fail, value,
                       QStringLiteral("IMEI %1 fails the Luhn check (check digit should be %2)")
                           .arg(value)
                           .arg(expected));
    }
    return outcome(Verdict::Pass, value, QStringLiteral("IMEI %1 is valid").arg(value));
}

CheckOutcome checkIccid(const QString& value)
{
    QString digits = value;
    // SIMs pad an odd-length ICCID with a filler nibble 'F' (ITU-T E.118, 3GPP TS 31.102).
    if (digits.endsWith(QLatin1Char('F')) || digits.endsWith(QLatin1Char('f')))
        digits.chop(1);
    if (!allDigits(digits) || digits.size() < 19 || digits.size() > 20) {
        return outcome(
            Verdict::Fail, value,
            QStringLiteral("ICCID '%1' is not 19-20 digits (an 'F' filler allowed)").arg(value));
    }
    if (!digits.startsWith(QLatin1String("89"))) {
        return outcome(Verdict::Fail, value,
                       QStringLiteral("ICCID %1 does not start with 89 (the telecom industry "
                                      "prefix)")
                           .arg(digits));
    }
    const int expected = CheckEvaluator::luhnCheckDigit(QStringView(digits).chopped(1));
    const int actual = digits.back().digitValue();
    if (expected != actual) {
        return outcome(Verdict::Fail, value,
                       QStringLiteral("ICCID %1 fails the Luhn check (check digit should be %2)")
                           .arg(digits)
                           .arg(expected));
    }
    return outcome(Verdict::Pass, value, QStringLiteral("ICCID %1 is valid").arg(digits));
}

CheckOutcome checkRegex(const CheckSpec& spec, const QString& value)
{
    const QRegularExpression re(QRegularExpression::anchoredPattern(spec.pattern));
    if (!re.isValid()) {
        return outcome(Verdict::Error, value,
                       QStringLiteral("the plan's regex /%1/ for '%2' is invalid: %3; fix the plan")
                           .arg(spec.pattern, spec.variable, re.errorString()));
    }
    if (!re.match(value).hasMatch()) {
        return outcome(
            Verdict::Fail, value,
            QStringLiteral("%1 '%2' does not match /%3/").arg(spec.variable, value, spec.pattern));
    }
    return outcome(Verdict::Pass, value,
                   QStringLiteral("%1 '%2' matches /%3/").arg(spec.variable, value, spec.pattern));
}

CheckOutcome checkRange(const CheckSpec& spec, const QString& value)
{
    if (spec.low && spec.high && *spec.low > *spec.high) {
        return outcome(Verdict::Error, value,
                       QStringLiteral("the plan's range for '%1' has low %2 above high %3; fix "
                                      "the plan")
                           .arg(spec.variable, formatNumber(*spec.low), formatNumber(*spec.high)));
    }
    bool ok = false;
    const double number = QLocale::c().toDouble(value.trimmed(), &ok);
    if (!ok || !std::isfinite(number)) {
        return outcome(Verdict::Fail, value,
                       QStringLiteral("%1 '%2' is not a number, so it cannot be compared with "
                                      "its limits")
                           .arg(spec.variable, value));
    }
    const QString measured = value.trimmed();
    if (spec.low && number < *spec.low) {
        return outcome(
            Verdict::Fail, measured,
            QStringLiteral("%1 %2 is below the lower limit %3")
                .arg(spec.variable, withUnit(number, spec.unit), withUnit(*spec.low, spec.unit)));
    }
    if (spec.high && number > *spec.high) {
        return outcome(
            Verdict::Fail, measured,
            QStringLiteral("%1 %2 is above the upper limit %3")
                .arg(spec.variable, withUnit(number, spec.unit), withUnit(*spec.high, spec.unit)));
    }
    QString limits;
    if (spec.low && spec.high)
        limits = QStringLiteral("within %1..%2")
                     .arg(formatNumber(*spec.low), withUnit(*spec.high, spec.unit));
    else if (spec.low)
        limits = QStringLiteral("at least %1").arg(withUnit(*spec.low, spec.unit));
    else if (spec.high)
        limits = QStringLiteral("at most %1").arg(withUnit(*spec.high, spec.unit));
    else
        limits = QStringLiteral("a number (no limits set)");
    return outcome(
        Verdict::Pass, measured,
        QStringLiteral("%1 %2 is %3").arg(spec.variable, withUnit(number, spec.unit), limits));
}

CheckOutcome checkEquals(const CheckSpec& spec, const QString& value,
                         const QHash<QString, QString>& variables)
{
    const auto other = variables.constFind(spec.other);
    if (other == variables.constEnd()) {
        return outcome(Verdict::Error, value,
                       QStringLiteral("cannot compare %1 with %2: variable '%2' is not set")
                           .arg(spec.variable, spec.other));
    }
    if (value != other.value()) {
        return outcome(Verdict::Fail, value,
                       QStringLiteral("%1 '%2' does not match %3 '%4'")
                           .arg(spec.variable, value, spec.other, other.value()));
    }
    return outcome(Verdict::Pass, value,
                   QStringLiteral("%1 '%2' matches %3").arg(spec.variable, value, spec.other));
}

CheckOutcome checkP256(const CheckSpec& spec, const QString& value)
{
    const eol::Result<P256PublicKey> key = P256PublicKey::parse(value);
    if (!key.ok()) {
        return outcome(Verdict::Fail, value,
                       QStringLiteral("%1: %2").arg(spec.variable, key.error().message));
    }
    const QString fingerprint = QString::fromLatin1(key->fingerprintSha256());
    CheckOutcome out = outcome(Verdict::Pass, value,
                               QStringLiteral("%1 is a valid P-256 public key (SHA-256 %2)")
                                   .arg(spec.variable, fingerprint));
    out.derived.insert(spec.variable + QStringLiteral("_pem"), key->pem());
    out.derived.insert(spec.variable + QStringLiteral("_sha256"), fingerprint);
    return out;
}

} // namespace

int CheckEvaluator::luhnCheckDigit(QStringView payload)
{
    // Double every second digit starting from the rightmost payload digit (the check digit
    // itself would be the first, undoubled, position).
    int sum = 0;
    bool doubleIt = true;
    for (qsizetype i = payload.size() - 1; i >= 0; --i) {
        int d = payload.at(i).digitValue();
        if (doubleIt) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        doubleIt = !doubleIt;
    }
    return (10 - sum % 10) % 10;
}

CheckOutcome CheckEvaluator::evaluate(const eol::core::plan::CheckSpec& spec,
                                      const QHash<QString, QString>& variables)
{
    const auto it = variables.constFind(spec.variable);
    if (spec.variable.isEmpty() || it == variables.constEnd()) {
        return outcome(Verdict::Error, QString(),
                       QStringLiteral("variable '%1' is not set: no earlier step captured it. "
                                      "Check the step that should read it, or the plan")
                           .arg(spec.variable));
    }
    const QString value = it.value();
    switch (spec.kind) {
    case CheckSpec::Kind::ImeiLuhn:
        return checkImei(value.trimmed());
    case CheckSpec::Kind::IccidLuhn:
        return checkIccid(value.trimmed());
    case CheckSpec::Kind::Regex:
        return checkRegex(spec, value);
    case CheckSpec::Kind::Range:
        return checkRange(spec, value);
    case CheckSpec::Kind::Equals:
        return checkEquals(spec, value, variables);
    case CheckSpec::Kind::P256PublicKey:
        return checkP256(spec, value);
    }
    return outcome(Verdict::Error, value, QStringLiteral("unknown check kind; fix the plan"));
}

} // namespace eol::core::runner
