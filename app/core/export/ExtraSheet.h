#pragma once

#include "XlsxColumn.h"
#include "common/Result.h"

#include <QList>
#include <QString>
#include <functional>

struct sqlite3;

namespace eol::core::exporting {

class XlsxWriter;

/// A sheet another module adds to an .xlsx export after Runs, Steps and Notes (e.g. the audit
/// log). `write` gets the export's read connection — the same snapshot the runs came from — and
/// the workbook with the sheet already begun (header written); it appends rows with
/// XlsxWriter::appendRow and must not begin or end sheets. Ignored by CSV exports.
struct ExtraSheet
{
    QString name;
    QList<XlsxColumn> columns;
    std::function<Result<void>(sqlite3* db, XlsxWriter& book)> write;
};

} // namespace eol::core::exporting
