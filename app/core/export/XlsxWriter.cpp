#include "XlsxWriter.h"

#include "ExportLog.h"
#include "XmlText.h"

#include <charconv>

namespace eol::core::exporting {

namespace {

constexpr qsizetype kFlushBytes = 256 * 1024;
/// zlib level 3: deflate is most of an export's CPU time; at level 6 the export took twice as
/// long for a file only 8 % smaller (bench_export, 20,000 runs).
constexpr int kCompressionLevel = 3;
constexpr int kMaxSheetNameLength = 31;

// Cell styles, indexes into cellXfs of styles.xml below.
constexpr int kStyleDefault = 0;
constexpr int kStyleHeader = 1;
constexpr int kStyleDateTime = 2;

const char* const kXmlDeclaration =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
const char* const kMainNs = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const char* const kRelNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

const char* const kStyles =
    "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
    "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"yyyy-mm-dd hh:mm:ss.000\"/>"
    "</numFmts>"
    "<fonts count=\"2\">"
    "<font><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
    "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
    "</fonts>"
    "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
    "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
    "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
    "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/>"
    "</cellStyleXfs>"
    "<cellXfs count=\"3\">"
    "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
    "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"
    "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" "
    "applyNumberFormat=\"1\"/>"
    "</cellXfs>"
    "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
    "</styleSheet>";

void appendNumber(QByteArray& out, double v)
{
    // Shortest text that reads back as the same double.
    char buf[32];
    const auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v);
    out.append(buf, ec == std::errc() ? end - buf : 0);
}

void appendInt(QByteArray& out, qint64 v)
{
    char buf[24];
    const auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v);
    out.append(buf, end - buf);
}

QByteArray escaped(const QString& text)
{
    QByteArray out;
    XmlText::append(out, text);
    return out;
}

/// A sheet name quoted for a formula reference: 'It''s'.
QByteArray quotedSheet(const QString& name)
{
    QString q = name;
    q.replace(QStringLiteral("'"), QStringLiteral("''"));
    return escaped(QString(QLatin1Char('\'') + q + QLatin1Char('\'')));
}

} // namespace

XlsxWriter::XlsxWriter(QIODevice& out, const QString& title, QDateTime created)
    : m_zip(out, created, kCompressionLevel), m_title(title), m_created(created.toUTC())
{
}

QByteArray XlsxWriter::columnName(int index)
{
    QByteArray name;
    int n = index + 1;
    while (n > 0) {
        const int r = (n - 1) % 26;
        name.prepend(char('A' + r));
        n = (n - 1) / 26;
    }
    return name;
}

Result<void> XlsxWriter::checkSheetName(const QString& name)
{
    if (name.isEmpty() || name.size() > kMaxSheetNameLength) {
        return makeError(QStringLiteral("xlsx_bad_sheet_name"),
                         QStringLiteral("sheet name \"%1\" must have 1 to %2 characters")
                             .arg(name)
                             .arg(kMaxSheetNameLength));
    }
    for (const QChar c : name) {
        if (QStringLiteral("[]:*?/\\").contains(c)) {
            return makeError(QStringLiteral("xlsx_bad_sheet_name"),
                             QStringLiteral("sheet name \"%1\" contains '%2' — Excel does not "
                                            "allow any of []:*?/\\ in sheet names")
                                 .arg(name, c));
        }
    }
    if (name.startsWith(u'\'') || name.endsWith(u'\'') || XmlText::hasIllegal(name)) {
        return makeError(QStringLiteral("xlsx_bad_sheet_name"),
                         QStringLiteral("sheet name \"%1\" may not start or end with an "
                                        "apostrophe or hold control characters")
                             .arg(name));
    }
    return {};
}

Result<void> XlsxWriter::flush(bool force)
{
    if (m_xml.size() < kFlushBytes && !force)
        return {};
    auto r = m_zip.write(m_xml);
    m_xml.resize(0); // keeps the capacity: no reallocation per flush
    return r;
}

Result<void> XlsxWriter::beginSheet(const QString& name, const QList<XlsxColumn>& columns)
{
    if (m_finished)
        return makeError(QStringLiteral("xlsx_misuse"),
                         QStringLiteral("cannot add sheet %1: the workbook is finished — this "
                                        "is a bug in the exporter")
                             .arg(name));
    // Check everything before closing the open sheet: a refused sheet changes nothing.
    if (auto r = checkSheetName(name); !r)
        return r;
    for (const Sheet& s : m_sheets) {
        if (s.name.compare(name, Qt::CaseInsensitive) == 0)
            return makeError(QStringLiteral("xlsx_bad_sheet_name"),
                             QStringLiteral("the workbook already has a sheet named \"%1\" — "
                                            "sheet names must be unique")
                                 .arg(s.name));
    }
    if (columns.isEmpty() || columns.size() > kMaxColumns)
        return makeError(QStringLiteral("xlsx_bad_columns"),
                         QStringLiteral("sheet %1 needs 1 to %2 columns, not %3")
                             .arg(name)
                             .arg(kMaxColumns)
                             .arg(columns.size()));
    if (m_inSheet) {
        if (auto r = endSheet(); !r)
            return r;
    }

    m_sheets.append({name, int(columns.size()), 0});
    m_columnNames.clear();
    for (int i = 0; i < columns.size(); ++i)
        m_columnNames.append(columnName(i));
    m_rows = 0;

    const QByteArray entry = "xl/worksheets/sheet" + QByteArray::number(m_sheets.size()) + ".xml";
    if (auto r = m_zip.beginEntry(QString::fromLatin1(entry)); !r)
        return r;
    m_inSheet = true;

    m_xml.append(kXmlDeclaration);
    m_xml.append("<worksheet xmlns=\"").append(kMainNs).append("\" xmlns:r=\"").append(kRelNs);
    m_xml.append("\">");
    // The header stays in view while scrolling: a frozen pane below row 1.
    m_xml.append("<sheetViews><sheetView workbookViewId=\"0\"");
    if (m_sheets.size() == 1)
        m_xml.append(" tabSelected=\"1\"");
    m_xml.append("><pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" "
                 "state=\"frozen\"/><selection pane=\"bottomLeft\" activeCell=\"A2\" "
                 "sqref=\"A2\"/></sheetView></sheetViews>");
    m_xml.append("<sheetFormatPr defaultRowHeight=\"15\"/><cols>");
    for (int i = 0; i < columns.size(); ++i) {
        m_xml.append("<col min=\"");
        appendInt(m_xml, i + 1);
        m_xml.append("\" max=\"");
        appendInt(m_xml, i + 1);
        m_xml.append("\" width=\"");
        appendNumber(m_xml, qBound(1.0, columns.at(i).width, 255.0));
        m_xml.append("\" customWidth=\"1\"/>");
    }
    m_xml.append("</cols><sheetData>");

    m_rowNumber = "1";
    m_xml.append("<row r=\"1\">");
    for (int i = 0; i < columns.size(); ++i)
        appendCell(i, XlsxCell::text(columns.at(i).header), kStyleHeader);
    m_xml.append("</row>");
    return flush(false);
}

void XlsxWriter::appendCell(int column, const XlsxCell& cell, int style)
{
    if (cell.type() == XlsxCell::Type::Empty)
        return;
    m_xml.append("<c r=\"").append(m_columnNames.at(column)).append(m_rowNumber).append('"');
    if (cell.type() == XlsxCell::Type::DateTime)
        style = kStyleDateTime;
    if (style != kStyleDefault) {
        m_xml.append(" s=\"");
        appendInt(m_xml, style);
        m_xml.append('"');
    }
    if (cell.type() != XlsxCell::Type::Text) {
        m_xml.append("><v>");
        appendNumber(m_xml, cell.numberValue());
        m_xml.append("</v></c>");
        return;
    }
    QStringView text = cell.textValue();
    bool cut = false;
    if (text.size() > kMaxCellLength) {
        // Room for the ellipsis, and never half a surrogate pair.
        qsizetype keep = kMaxCellLength - 1;
        if (text.at(keep - 1).isHighSurrogate())
            --keep;
        text = text.first(keep);
        cut = true;
    }
    m_xml.append(" t=\"inlineStr\"><is><t");
    if (text.front().isSpace() || text.back().isSpace())
        m_xml.append(" xml:space=\"preserve\"");
    m_xml.append('>');
    XmlText::append(m_xml, text);
    if (cut)
        m_xml.append("\xE2\x80\xA6"); // …
    m_xml.append("</t></is></c>");
}

Result<void> XlsxWriter::appendRow(const QList<XlsxCell>& cells)
{
    if (!m_inSheet)
        return makeError(QStringLiteral("xlsx_misuse"),
                         QStringLiteral("cannot add a row: no sheet is open — this is a bug in "
                                        "the exporter"));
    const Sheet& sheet = m_sheets.last();
    if (cells.size() > sheet.columns)
        return makeError(QStringLiteral("xlsx_bad_columns"),
                         QStringLiteral("a row of sheet %1 has %2 cells but the sheet has %3 "
                                        "columns — this is a bug in the exporter")
                             .arg(sheet.name)
                             .arg(cells.size())
                             .arg(sheet.columns));
    if (m_rows >= kMaxDataRows)
        return makeError(QStringLiteral("xlsx_too_many_rows"),
                         QStringLiteral("sheet %1 is full: Excel shows at most %2 rows under the "
                                        "header — narrow the filter (e.g. a shorter date range) "
                                        "or export CSV, which has no row limit")
                             .arg(sheet.name)
                             .arg(kMaxDataRows));
    ++m_rows;
    m_sheets.last().rows = m_rows;
    m_rowNumber.resize(0);
    appendInt(m_rowNumber, m_rows + 1);
    m_xml.append("<row r=\"").append(m_rowNumber).append("\">");
    for (int i = 0; i < cells.size(); ++i)
        appendCell(i, cells.at(i), kStyleDefault);
    m_xml.append("</row>");
    return flush(false);
}

Result<void> XlsxWriter::endSheet()
{
    if (!m_inSheet)
        return makeError(QStringLiteral("xlsx_misuse"),
                         QStringLiteral("cannot close a sheet: none is open — this is a bug in "
                                        "the exporter"));
    const Sheet& sheet = m_sheets.last();
    m_xml.append("</sheetData><autoFilter ref=\"A1:").append(m_columnNames.last());
    appendInt(m_xml, sheet.rows + 1);
    m_xml.append("\"/></worksheet>");
    if (auto r = flush(true); !r)
        return r;
    m_inSheet = false;
    qCDebug(lcExport) << "sheet" << sheet.name << "rows" << sheet.rows;
    return m_zip.endEntry();
}

Result<void> XlsxWriter::finish()
{
    if (m_inSheet) {
        if (auto r = endSheet(); !r)
            return r;
    }
    if (m_finished)
        return makeError(QStringLiteral("xlsx_misuse"),
                         QStringLiteral("the workbook is already finished — this is a bug in the "
                                        "exporter"));
    if (m_sheets.isEmpty())
        return makeError(QStringLiteral("xlsx_misuse"),
                         QStringLiteral("a workbook needs at least one sheet — this is a bug in "
                                        "the exporter"));

    auto entry = [this](const char* name, const QByteArray& body) -> Result<void> {
        if (auto r = m_zip.beginEntry(QString::fromLatin1(name)); !r)
            return r;
        if (auto r = m_zip.write(QByteArray(QByteArray(kXmlDeclaration) + body)); !r)
            return r;
        return m_zip.endEntry();
    };

    QByteArray types = "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                       "content-types\">"
                       "<Default Extension=\"rels\" ContentType=\"application/"
                       "vnd.openxmlformats-package.relationships+xml\"/>"
                       "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                       "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/"
                       "vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>";
    for (int i = 0; i < m_sheets.size(); ++i) {
        types += "<Override PartName=\"/xl/worksheets/sheet" + QByteArray::number(i + 1) +
                 ".xml\" ContentType=\"application/"
                 "vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>";
    }
    types += "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/"
             "vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
             "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/"
             "vnd.openxmlformats-package.core-properties+xml\"/>"
             "<Override PartName=\"/docProps/app.xml\" ContentType=\"application/"
             "vnd.openxmlformats-officedocument.extended-properties+xml\"/>"
             "</Types>";
    if (auto r = entry("[Content_Types].xml", types); !r)
        return r;

    const QByteArray rootRels =
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
        "relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
        "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/"
        "relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
        "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
        "relationships/extended-properties\" Target=\"docProps/app.xml\"/>"
        "</Relationships>";
    if (auto r = entry("_rels/.rels", rootRels); !r)
        return r;

    const QByteArray created = m_created.toString(Qt::ISODate).toLatin1();
    const QByteArray core =
        "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/"
        "core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
        "xmlns:dcterms=\"http://purl.org/dc/terms/\" xmlns:dcmitype=\"http://purl.org/dc/dcmitype/"
        "\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
        "<dc:title>" +
        escaped(m_title) +
        "</dc:title><dc:creator>EOL Station</dc:creator>"
        "<dcterms:created xsi:type=\"dcterms:W3CDTF\">" +
        created + "</dcterms:created><dcterms:modified xsi:type=\"dcterms:W3CDTF\">" + created +
        "</dcterms:modified></cp:coreProperties>";
    if (auto r = entry("docProps/core.xml", core); !r)
        return r;

    QByteArray titles;
    for (const Sheet& s : m_sheets)
        titles += "<vt:lpstr>" + escaped(s.name) + "</vt:lpstr>";
    const QByteArray count = QByteArray::number(m_sheets.size());
    const QByteArray app =
        "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/"
        "extended-properties\" xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/"
        "docPropsVTypes\"><Application>EOL Station</Application>"
        "<HeadingPairs><vt:vector size=\"2\" baseType=\"variant\"><vt:variant><vt:lpstr>"
        "Worksheets</vt:lpstr></vt:variant><vt:variant><vt:i4>" +
        count +
        "</vt:i4></vt:variant></vt:vector></HeadingPairs><TitlesOfParts><vt:vector size=\"" +
        count + "\" baseType=\"lpstr\">" + titles + "</vt:vector></TitlesOfParts></Properties>";
    if (auto r = entry("docProps/app.xml", app); !r)
        return r;

    QByteArray workbook = "<workbook xmlns=\"" + QByteArray(kMainNs) + "\" xmlns:r=\"" +
                          QByteArray(kRelNs) +
                          "\"><bookViews><workbookView activeTab=\"0\"/></bookViews><sheets>";
    QByteArray names;
    QByteArray rels =
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">";
    for (int i = 0; i < m_sheets.size(); ++i) {
        const Sheet& s = m_sheets.at(i);
        const QByteArray n = QByteArray::number(i + 1);
        workbook +=
            "<sheet name=\"" + escaped(s.name) + "\" sheetId=\"" + n + "\" r:id=\"rId" + n + "\"/>";
        rels += "<Relationship Id=\"rId" + n +
                "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                "worksheet\" Target=\"worksheets/sheet" +
                n + ".xml\"/>";
        // Excel keeps each sheet's autofilter range in this hidden name as well.
        names += "<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"" +
                 QByteArray::number(i) + "\" hidden=\"1\">" + quotedSheet(s.name) + "!$A$1:$" +
                 columnName(s.columns - 1) + "$" + QByteArray::number(s.rows + 1) +
                 "</definedName>";
    }
    workbook += "</sheets><definedNames>" + names + "</definedNames></workbook>";
    rels += "<Relationship Id=\"rId" + QByteArray::number(m_sheets.size() + 1) +
            "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
            "styles\" Target=\"styles.xml\"/></Relationships>";
    if (auto r = entry("xl/workbook.xml", workbook); !r)
        return r;
    if (auto r = entry("xl/_rels/workbook.xml.rels", rels); !r)
        return r;
    if (auto r = entry("xl/styles.xml", kStyles); !r)
        return r;
    if (auto r = m_zip.finish(); !r)
        return r;
    m_finished = true;
    return {};
}

} // namespace eol::core::exporting
