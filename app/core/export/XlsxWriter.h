#pragma once

#include "XlsxCell.h"
#include "XlsxColumn.h"
#include "ZipWriter.h"
#include "common/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QIODevice>
#include <QList>
#include <QString>

namespace eol::core::exporting {

/// A streaming Office Open XML workbook (.xlsx, ECMA-376 SpreadsheetML) writer: sheets of
/// typed cells, written one after the other, row by row, straight into a deflated ZIP entry.
/// Memory stays constant however many rows go through.
///
/// Every sheet gets a bold header row, frozen below it, with an autofilter over the written
/// range. Strings are inline (no shared-string table, which would have to be held in memory);
/// a cell's text is cut to Excel's 32,767 characters (ending in "…"), characters XML 1.0
/// forbids become U+FFFD (XmlText). Excel's 1,048,576 rows per sheet (header included) is
/// enforced: appendRow() fails on the row after it. Any code can add a sheet:
///
///     XlsxWriter book(file, "EOL Station export");
///     book.beginSheet("Audit", {{"When (UTC)", 22}, {"Who", 16}, {"What", 60}});
///     book.appendRow({XlsxCell::dateTime(t), XlsxCell::text(who), XlsxCell::text(what)});
///     book.endSheet();
///     book.finish();       // workbook, styles, properties, ZIP directory; then commit the file
class XlsxWriter
{
public:
    /// Rows in a sheet, header included (Excel 2007 and later).
    static constexpr qint64 kMaxRows = 1048576;
    /// Data rows in a sheet under the header.
    static constexpr qint64 kMaxDataRows = kMaxRows - 1;
    static constexpr int kMaxColumns = 16384;
    /// Characters in one cell.
    static constexpr int kMaxCellLength = 32767;

    /// `out` must be open for writing until finish(). `title` goes into the document properties.
    XlsxWriter(QIODevice& out, const QString& title,
               QDateTime created = QDateTime::currentDateTimeUtc());

    /// Starts a sheet named `name` (1..31 characters, none of []:*?/\, unique, case-insensitive)
    /// and writes its header row.
    Result<void> beginSheet(const QString& name, const QList<XlsxColumn>& columns);
    /// One data row; at most as many cells as the sheet has columns.
    Result<void> appendRow(const QList<XlsxCell>& cells);
    /// Closes the current sheet (autofilter over what was written).
    Result<void> endSheet();
    /// Writes the workbook parts and the ZIP directory. Closes an open sheet first.
    Result<void> finish();

    /// Data rows written to the current (or last) sheet.
    qint64 rowCount() const { return m_rows; }
    /// Bytes of the .xlsx written so far (compressed).
    qint64 bytesWritten() const { return qint64(m_zip.bytesWritten()); }

    /// Checks a sheet name against Excel's rules; the error says which one it breaks.
    static Result<void> checkSheetName(const QString& name);
    /// "A", "B", ... "Z", "AA", ... for a 0-based column index.
    static QByteArray columnName(int index);

private:
    struct Sheet
    {
        QString name;
        int columns = 0;
        qint64 rows = 0; ///< data rows
    };

    Result<void> flush(bool force);
    void appendCell(int column, const XlsxCell& cell, int style);

    ZipWriter m_zip;
    QString m_title;
    QDateTime m_created;
    QList<Sheet> m_sheets;
    QList<QByteArray> m_columnNames;
    QByteArray m_rowNumber; ///< the current row number as text
    QByteArray m_xml;       ///< sheet XML not yet handed to the ZIP
    bool m_inSheet = false;
    bool m_finished = false;
    qint64 m_rows = 0;
};

} // namespace eol::core::exporting
