#pragma once

#include "XlsxCell.h"
#include "XlsxColumn.h"
#include "store/NoteRecord.h"
#include "store/RunRecord.h"
#include "store/StepRecord.h"

#include <QList>
#include <QString>

namespace eol::core::exporting {

/// The sheets of a records workbook — "Runs", "Steps", "Notes" — their columns and how a
/// record becomes a row of typed cells. docs/records.md lists every column and its type.
class RunSheets
{
public:
    static QString runsName() { return QStringLiteral("Runs"); }
    static QString stepsName() { return QStringLiteral("Steps"); }
    static QString notesName() { return QStringLiteral("Notes"); }

    static QList<XlsxColumn> runColumns();
    /// Fills `row` with the cells of one run, in runColumns() order.
    /// `notes`: the run's live notes, one per line.
    static void runRow(const store::RunRecord& run, const QString& notes, QList<XlsxCell>& row);
    static QList<XlsxColumn> stepColumns();
    static void stepRow(const store::StepRecord& step, const QString& serial, QList<XlsxCell>& row);
    static QList<XlsxColumn> noteColumns();
    static void noteRow(const store::NoteRecord& note, QList<XlsxCell>& row);
};

} // namespace eol::core::exporting
