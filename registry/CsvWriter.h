#pragma once

#include <QByteArray>
#include <QStringList>

namespace eol::registry {

/// RFC 4180 CSV (UTF-8, CRLF) with the station's formula-injection guard: a cell starting with
/// = + @ TAB CR, or - followed by a non-digit, gets a leading ' so spreadsheets show it as text.
class CsvWriter
{
public:
    void addRow(const QStringList& cells);
    QByteArray data() const { return m_data; }
    static QString cell(const QString& value);

private:
    QByteArray m_data;
};

} // namespace eol::registry
