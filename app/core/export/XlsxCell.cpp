#include "XlsxCell.h"

#include <charconv>
#include <cmath>

namespace eol::core::exporting {

namespace {

constexpr int kMaxSignificantDigits = 15;
constexpr int kMaxIntegerDigits = 10;
constexpr double kExcelMax = 9.99999999999999e307;
constexpr double kExcelMinNormal = 2.2250738585072014e-308;
constexpr qint64 kMsPerDay = 86400000;
/// 1970-01-01 as an Excel serial (1900 date system, which counts the fictitious 1900-02-29).
constexpr double kUnixEpochSerial = 25569.0;

} // namespace

XlsxCell XlsxCell::number(double value)
{
    XlsxCell c;
    if (!std::isfinite(value)) {
        // Excel has no NaN or infinity; say what it was rather than drop it.
        c.m_type = Type::Text;
        c.m_text = std::isnan(value) ? QStringLiteral("NaN")
                                     : (value > 0 ? QStringLiteral("inf") : QStringLiteral("-inf"));
        return c;
    }
    c.m_type = Type::Number;
    c.m_number = value;
    return c;
}

XlsxCell XlsxCell::text(const QString& value)
{
    XlsxCell c;
    if (!value.isEmpty()) {
        c.m_type = Type::Text;
        c.m_text = value;
    }
    return c;
}

XlsxCell XlsxCell::dateTime(const QDateTime& value)
{
    if (!value.isValid())
        return {};
    const QDateTime utc = value.toUTC();
    static const QDateTime kFirst(QDate(1900, 3, 1), QTime(0, 0), Qt::UTC);
    static const QDateTime kLast(QDate(10000, 1, 1), QTime(0, 0), Qt::UTC);
    if (utc < kFirst || utc >= kLast)
        return text(utc.toString(Qt::ISODateWithMs));
    XlsxCell c;
    c.m_type = Type::DateTime;
    const qint64 ms = utc.toMSecsSinceEpoch();
    // Whole days and the fraction apart, so the fraction keeps its millisecond resolution.
    const qint64 days = ms >= 0 ? ms / kMsPerDay : -((-ms + kMsPerDay - 1) / kMsPerDay);
    const qint64 rest = ms - days * kMsPerDay;
    c.m_number = kUnixEpochSerial + double(days) + double(rest) / double(kMsPerDay);
    return c;
}

bool XlsxCell::parseNumber(const QString& text, double* value)
{
    const qsizetype n = text.size();
    if (n == 0 || n > 64)
        return false;
    qsizetype i = 0;
    if (text.at(0) == u'+' || text.at(0) == u'-')
        ++i;
    int integerDigits = 0;
    int fractionDigits = 0;
    int significant = 0;
    bool leadingZeros = true;
    bool dot = false;
    bool exponent = false;
    const qsizetype mantissaStart = i;
    for (; i < n; ++i) {
        const QChar c = text.at(i);
        if (c >= u'0' && c <= u'9') {
            if (dot)
                ++fractionDigits;
            else
                ++integerDigits;
            if (c != u'0')
                leadingZeros = false;
            if (!leadingZeros)
                ++significant;
        } else if (c == u'.' && !dot) {
            dot = true;
        } else if (c == u'e' || c == u'E') {
            exponent = true;
            break;
        } else {
            return false;
        }
    }
    if (integerDigits + fractionDigits == 0)
        return false;
    // "007", "00.5": identifiers, a number cell would lose the zeros.
    if (integerDigits > 1 && text.at(mantissaStart) == u'0')
        return false;
    if (significant > kMaxSignificantDigits)
        return false;
    if (!dot && !exponent && integerDigits > kMaxIntegerDigits)
        return false;
    if (exponent) {
        ++i;
        if (i < n && (text.at(i) == u'+' || text.at(i) == u'-'))
            ++i;
        if (i >= n)
            return false;
        for (; i < n; ++i) {
            if (text.at(i) < u'0' || text.at(i) > u'9')
                return false;
        }
    }
    const QByteArray latin = text.toLatin1();
    const char* begin = latin.constData();
    if (*begin == '+')
        ++begin;
    double v = 0;
    const auto [end, ec] = std::from_chars(begin, latin.constData() + latin.size(), v);
    if (ec != std::errc() || end != latin.constData() + latin.size())
        return false;
    if (!std::isfinite(v) || std::fabs(v) > kExcelMax || (v != 0 && std::fabs(v) < kExcelMinNormal))
        return false;
    if (value)
        *value = v;
    return true;
}

XlsxCell XlsxCell::numberOrText(const QString& value)
{
    double v = 0;
    if (parseNumber(value, &v))
        return number(v);
    return text(value);
}

} // namespace eol::core::exporting
