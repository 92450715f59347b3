#include "registry/CsvWriter.h"

namespace eol::registry {

QString CsvWriter::cell(const QString& value)
{
    QString v = value;
    if (!v.isEmpty()) {
        const QChar c = v.at(0);
        const bool dangerous = c == QLatin1Char('=') || c == QLatin1Char('+') ||
                               c == QLatin1Char('@') || c == QLatin1Char('\t') ||
                               c == QLatin1Char('\r') ||
                               (c == QLatin1Char('-') && (v.size() < 2 || !v.at(1).isDigit()));
        if (dangerous)
            v.prepend(QLatin1Char('\''));
    }
    if (v.contains(QLatin1Char(',')) || v.contains(QLatin1Char('"')) ||
        v.contains(QLatin1Char('\r')) || v.contains(QLatin1Char('\n'))) {
        v.replace(QLatin1String("\""), QLatin1String("\"\""));
        v = QString(QLatin1Char('"') % v % QLatin1Char('"'));
    }
    return v;
}

void CsvWriter::addRow(const QStringList& cells)
{
    QStringList out;
    out.reserve(cells.size());
    for (const QString& c : cells)
        out.append(cell(c));
    m_data += out.join(QLatin1Char(',')).toUtf8();
    m_data += "\r\n";
}

} // namespace eol::registry
