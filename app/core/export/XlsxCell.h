#pragma once

#include <QDateTime>
#include <QString>

namespace eol::core::exporting {

/// One typed cell of a worksheet row: empty, a number, text, or a date-time. Date-times are
/// written as Excel serial numbers (days since 1899-12-30, 1900 date system) of the UTC wall
/// clock, with a date format, so a spreadsheet sorts and filters them as dates.
class XlsxCell
{
public:
    enum class Type
    {
        Empty,
        Number,
        Text,
        DateTime,
    };

    XlsxCell() = default;
    static XlsxCell number(double value);
    /// Empty text is an empty cell.
    static XlsxCell text(const QString& value);
    /// An invalid time is an empty cell; one outside Excel's calendar (before 1900-03-01 or
    /// after 9999) becomes ISO-8601 text.
    static XlsxCell dateTime(const QDateTime& value);
    /// A number cell when `value` is a plain decimal number that Excel holds exactly (see
    /// parseNumber()), else text: "-71.5" is a number, "352656101576604" (an IMEI) is text.
    static XlsxCell numberOrText(const QString& value);

    /// The number `text` stands for, when it is one for a spreadsheet: optional sign, digits
    /// with at most one '.', optional exponent; at most 15 significant digits (Excel's
    /// precision); no leading zeros ("007" is an identifier); an integer of more than 10
    /// digits is an identifier too (IMEI, ICCID, IMSI). Finite, within Excel's range.
    static bool parseNumber(const QString& text, double* value);

    Type type() const { return m_type; }
    double numberValue() const { return m_number; }
    const QString& textValue() const { return m_text; }

private:
    Type m_type = Type::Empty;
    double m_number = 0; ///< the number, or the date-time as an Excel serial
    QString m_text;
};

} // namespace eol::core::exporting
