#include "RunExporter.h"

#include "ExportLog.h"
#include "ExportReader.h"
#include "RunSheets.h"
#include "XlsxWriter.h"
#include "store/CsvExporter.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <cstdio>
#include <memory>

namespace eol::core::exporting {

namespace {

constexpr qint64 kProgressEvery = 2000;
const char* const kStdout = "-";

/// Counts rows of one part and reports every kProgressEvery rows; false = cancelled.
class Ticker
{
public:
    Ticker(const ExportProgressFn& fn, QString part, qint64 total)
        : m_fn(fn), m_progress{std::move(part), 0, total}
    {
    }
    /// One more row written.
    Result<void> row()
    {
        ++m_progress.done;
        if (m_progress.done % kProgressEvery == 0)
            return report();
        return {};
    }
    Result<void> report()
    {
        if (m_fn && !m_fn(m_progress))
            return makeError(QStringLiteral("export_cancelled"),
                             QStringLiteral("the export was cancelled; no file was written"));
        return {};
    }
    qint64 done() const { return m_progress.done; }

private:
    const ExportProgressFn& m_fn;
    ExportProgress m_progress;
};

/// An output file: a QSaveFile (appears complete or not at all), or standard output for "-".
class Output
{
public:
    explicit Output(const QString& path) : m_path(path) {}
    ~Output()
    {
        if (m_save)
            m_save->cancelWriting();
    }
    Output(const Output&) = delete;
    Output& operator=(const Output&) = delete;

    Result<void> open()
    {
        if (m_path == QLatin1String(kStdout)) {
            m_stdout = std::make_unique<QFile>();
            if (!m_stdout->open(stdout, QIODevice::WriteOnly))
                return makeError(QStringLiteral("export_write_failed"),
                                 QStringLiteral("cannot write the export to standard output"));
            return {};
        }
        m_save = std::make_unique<QSaveFile>(m_path);
        if (!m_save->open(QIODevice::WriteOnly)) {
            const QString why = m_save->errorString();
            m_save.reset();
            return makeError(QStringLiteral("export_write_failed"),
                             QStringLiteral("cannot write %1: %2 — check the folder exists and "
                                            "is writable")
                                 .arg(m_path, why));
        }
        return {};
    }
    QIODevice& device() { return m_save ? static_cast<QIODevice&>(*m_save) : *m_stdout; }
    Result<void> write(const QByteArray& bytes)
    {
        if (device().write(bytes) != bytes.size())
            return makeError(QStringLiteral("export_write_failed"),
                             QStringLiteral("cannot write %1: %2 — check free disk space")
                                 .arg(m_path, device().errorString()));
        return {};
    }
    /// Makes the file appear (renames the temporary file over the target).
    Result<void> commit()
    {
        if (m_stdout) {
            m_stdout->flush();
            return {};
        }
        const bool ok = m_save->commit();
        const QString why = m_save->errorString();
        m_save.reset();
        if (!ok)
            return makeError(QStringLiteral("export_write_failed"),
                             QStringLiteral("cannot finish writing %1: %2 — check free disk "
                                            "space")
                                 .arg(m_path, why));
        return {};
    }
    qint64 size() const { return m_path == QLatin1String(kStdout) ? 0 : QFileInfo(m_path).size(); }

private:
    QString m_path;
    std::unique_ptr<QSaveFile> m_save;
    std::unique_ptr<QFile> m_stdout;
};

Result<void> checkRows(const QString& sheet, qint64 rows)
{
    if (rows <= XlsxWriter::kMaxDataRows)
        return {};
    return makeError(QStringLiteral("export_too_many_rows"),
                     QStringLiteral("the filter selects %1 rows for the %2 sheet, but an Excel "
                                    "sheet holds at most %3 rows under its header — narrow the "
                                    "filter (e.g. --from/--to) or export CSV, which has no row "
                                    "limit")
                         .arg(rows)
                         .arg(sheet)
                         .arg(XlsxWriter::kMaxDataRows));
}

/// One CSV table: its header line, then one line per record `forEach` hands over, the cells
/// made by `cellsOf` (one of CsvExporter's row functions). Returns the rows written.
template <typename ForEach, typename CellsOf>
Result<qint64> writeCsvTable(Output& out, const ExportProgressFn& progress, const QString& part,
                             const QStringList& header, qint64 total, ForEach forEach,
                             CellsOf cellsOf)
{
    Ticker ticker(progress, part, total);
    if (auto r = out.write(store::CsvExporter::line(header)); !r)
        return r.error();
    auto done = forEach([&](const auto&... record) -> Result<void> {
        if (auto r = out.write(store::CsvExporter::line(cellsOf(record...))); !r)
            return r;
        return ticker.row();
    });
    if (!done)
        return done.error();
    if (auto r = ticker.report(); !r)
        return r.error();
    return ticker.done();
}

Result<void> writeCsv(const ExportReader& reader, const ExportRequest& request,
                      ExportSummary& summary, qint64 runTotal, qint64 stepTotal, qint64 noteTotal)
{
    using store::CsvExporter;
    Output runs(request.outputPath);
    if (auto r = runs.open(); !r)
        return r;
    std::unique_ptr<Output> steps;
    std::unique_ptr<Output> notes;
    if (!request.stepsCsvPath.isEmpty()) {
        steps = std::make_unique<Output>(request.stepsCsvPath);
        if (auto r = steps->open(); !r)
            return r;
    }
    if (!request.notesCsvPath.isEmpty()) {
        notes = std::make_unique<Output>(request.notesCsvPath);
        if (auto r = notes->open(); !r)
            return r;
    }

    auto written = writeCsvTable(
        runs, request.progress, QStringLiteral("runs"), CsvExporter::columns(), runTotal,
        [&](auto each) { return reader.forEachRun(each); },
        [](const store::RunRecord& run, const QString&) { return CsvExporter::runRow(run); });
    if (!written)
        return written.error();
    summary.runs = *written;
    summary.rowsPerPart.append({QStringLiteral("runs"), summary.runs});

    if (steps) {
        written = writeCsvTable(*steps, request.progress, QStringLiteral("steps"),
                                CsvExporter::stepColumns(), stepTotal,
                                [&](auto each) { return reader.forEachStep(each); },
                                &CsvExporter::stepRow);
        if (!written)
            return written.error();
        summary.steps = *written;
        summary.rowsPerPart.append({QStringLiteral("steps"), summary.steps});
    }
    if (notes) {
        written = writeCsvTable(*notes, request.progress, QStringLiteral("notes"),
                                CsvExporter::noteColumns(), noteTotal,
                                [&](auto each) { return reader.forEachNote(each); },
                                &CsvExporter::noteRow);
        if (!written)
            return written.error();
        summary.notes = *written;
        summary.rowsPerPart.append({QStringLiteral("notes"), summary.notes});
    }

    // Commit only once everything was written, so a failure leaves none of the files.
    for (Output* o : {&runs, steps.get(), notes.get()}) {
        if (!o)
            continue;
        if (auto r = o->commit(); !r)
            return r;
        summary.bytes += o->size();
    }
    summary.files << request.outputPath;
    if (steps)
        summary.files << request.stepsCsvPath;
    if (notes)
        summary.files << request.notesCsvPath;
    return {};
}

/// One sheet of the workbook: its header, then one row per record `forEach` hands over, filled
/// by `fill` (one of RunSheets' row functions). Returns the rows written.
template <typename ForEach, typename Fill>
Result<qint64> writeSheet(XlsxWriter& book, const ExportProgressFn& progress, const QString& name,
                          const QList<XlsxColumn>& columns, qint64 total, ForEach forEach,
                          Fill fill)
{
    Ticker ticker(progress, name, total);
    if (auto r = book.beginSheet(name, columns); !r)
        return r.error();
    QList<XlsxCell> row;
    auto done = forEach([&](const auto&... record) -> Result<void> {
        fill(record..., row);
        if (auto r = book.appendRow(row); !r)
            return r;
        return ticker.row();
    });
    if (!done)
        return done.error();
    if (auto r = ticker.report(); !r)
        return r.error();
    return book.rowCount();
}

Result<void> writeXlsx(const ExportReader& reader, const ExportRequest& request,
                       ExportSummary& summary, qint64 runTotal, qint64 stepTotal, qint64 noteTotal)
{
    Output file(request.outputPath);
    if (auto r = file.open(); !r)
        return r;
    XlsxWriter book(file.device(), QStringLiteral("EOL Station records"));

    auto runs = writeSheet(book, request.progress, RunSheets::runsName(), RunSheets::runColumns(),
                           runTotal, [&](auto each) { return reader.forEachRun(each); },
                           &RunSheets::runRow);
    if (!runs)
        return runs.error();
    summary.runs = *runs;
    summary.rowsPerPart.append({RunSheets::runsName(), summary.runs});

    auto steps = writeSheet(book, request.progress, RunSheets::stepsName(),
                            RunSheets::stepColumns(), stepTotal,
                            [&](auto each) { return reader.forEachStep(each); },
                            &RunSheets::stepRow);
    if (!steps)
        return steps.error();
    summary.steps = *steps;
    summary.rowsPerPart.append({RunSheets::stepsName(), summary.steps});

    auto notes = writeSheet(book, request.progress, RunSheets::notesName(),
                            RunSheets::noteColumns(), noteTotal,
                            [&](auto each) { return reader.forEachNote(each); },
                            &RunSheets::noteRow);
    if (!notes)
        return notes.error();
    summary.notes = *notes;
    summary.rowsPerPart.append({RunSheets::notesName(), summary.notes});

    for (const ExtraSheet& extra : request.extraSheets) {
        if (auto r = book.beginSheet(extra.name, extra.columns); !r)
            return r;
        if (extra.write) {
            if (auto r = extra.write(reader.connection(), book); !r)
                return r;
        }
        summary.rowsPerPart.append({extra.name, book.rowCount()});
        Ticker ticker(request.progress, extra.name, book.rowCount());
        if (auto r = ticker.report(); !r)
            return r;
    }
    if (auto r = book.finish(); !r)
        return r;
    if (auto r = file.commit(); !r)
        return r;
    summary.bytes = file.size();
    summary.files << request.outputPath;
    return {};
}

} // namespace

Result<ExportFormat> RunExporter::parseFormat(const QString& name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("csv"))
        return ExportFormat::Csv;
    if (n == QLatin1String("xlsx"))
        return ExportFormat::Xlsx;
    return makeError(QStringLiteral("export_bad_request"),
                     QStringLiteral("unknown export format \"%1\" — use csv or xlsx").arg(name));
}

QString RunExporter::formatName(ExportFormat format)
{
    return format == ExportFormat::Xlsx ? QStringLiteral("xlsx") : QStringLiteral("csv");
}

Result<ExportSummary> RunExporter::exportRuns(const QString& dbPath,
                                              const review::ReviewFilter& filter,
                                              ExportFormat format, const QString& outputPath,
                                              const ExportProgressFn& progress)
{
    ExportRequest request;
    request.filter = filter;
    request.format = format;
    request.outputPath = outputPath;
    request.progress = progress;
    return exportRuns(dbPath, request);
}

Result<ExportSummary> RunExporter::exportRuns(const QString& dbPath, const ExportRequest& request)
{
    QElapsedTimer timer;
    timer.start();
    const bool xlsx = request.format == ExportFormat::Xlsx;
    auto bad = [](const QString& message) {
        return makeError(QStringLiteral("export_bad_request"), message);
    };
    if (request.outputPath.isEmpty())
        return bad(QStringLiteral("no output file given — say where to write the export"));
    if (xlsx && request.outputPath == QLatin1String(kStdout))
        return bad(QStringLiteral("an .xlsx workbook cannot go to standard output — give an "
                                  "output file"));
    if (xlsx && (!request.stepsCsvPath.isEmpty() || !request.notesCsvPath.isEmpty()))
        return bad(QStringLiteral("separate steps and notes files are for CSV; an .xlsx "
                                  "workbook already has Steps and Notes sheets"));
    // An output over the database itself would be replaced by QSaveFile: refuse it.
    const QString dbFile = QFileInfo(dbPath).absoluteFilePath();
    for (const QString& p : {request.outputPath, request.stepsCsvPath, request.notesCsvPath}) {
        const QString abs = p.isEmpty() ? QString() : QFileInfo(p).absoluteFilePath();
        if (!abs.isEmpty() && (abs == dbFile || abs == QString(dbFile + QStringLiteral("-wal")) ||
                               abs == QString(dbFile + QStringLiteral("-shm"))))
            return bad(QStringLiteral("%1 is the record database — write the export to another "
                                      "file")
                           .arg(p));
    }
    QStringList paths{request.outputPath};
    for (const QString& p : {request.stepsCsvPath, request.notesCsvPath}) {
        if (p.isEmpty())
            continue;
        if (p == QLatin1String(kStdout))
            return bad(QStringLiteral("only the runs table can go to standard output; give the "
                                      "steps and notes tables a file each"));
        for (const QString& other : paths) {
            if (QFileInfo(p).absoluteFilePath() == QFileInfo(other).absoluteFilePath())
                return bad(QStringLiteral("%1 is named for two tables — give each table its "
                                          "own file")
                               .arg(p));
        }
        paths << p;
    }

    auto reader = ExportReader::open(dbPath, request.filter, request.serial, request.limit);
    if (!reader)
        return reader.error();
    const ExportReader& r = **reader;

    auto runTotal = r.countRuns();
    if (!runTotal)
        return runTotal.error();
    qint64 stepTotal = 0;
    qint64 noteTotal = 0;
    if (xlsx || !request.stepsCsvPath.isEmpty()) {
        auto n = r.countSteps();
        if (!n)
            return n.error();
        stepTotal = *n;
    }
    if (xlsx || !request.notesCsvPath.isEmpty()) {
        auto n = r.countNotes();
        if (!n)
            return n.error();
        noteTotal = *n;
    }
    if (xlsx) {
        // Refuse before writing a byte rather than leave half a workbook.
        if (auto c = checkRows(RunSheets::runsName(), *runTotal); !c)
            return c.error();
        if (auto c = checkRows(RunSheets::stepsName(), stepTotal); !c)
            return c.error();
        if (auto c = checkRows(RunSheets::notesName(), noteTotal); !c)
            return c.error();
    }

    ExportSummary summary;
    summary.format = request.format;
    auto written = xlsx ? writeXlsx(r, request, summary, *runTotal, stepTotal, noteTotal)
                        : writeCsv(r, request, summary, *runTotal, stepTotal, noteTotal);
    if (!written) {
        qCInfo(lcExport) << "export to" << request.outputPath
                         << "failed:" << written.error().message;
        return written.error();
    }
    summary.seconds = double(timer.nsecsElapsed()) / 1e9;
    qCInfo(lcExport) << "exported" << summary.runs << "runs," << summary.steps << "steps,"
                     << summary.notes << "notes as" << formatName(request.format) << "to"
                     << summary.files << "in" << summary.seconds << "s";
    return summary;
}

} // namespace eol::core::exporting
