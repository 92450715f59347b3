// Export round trip: a real record database (runs of the real eol-station binary against the
// simulator, plus hostile content written through RunStore), exported to CSV and .xlsx by the
// real binary with filters, read back by independent readers (Python's csv module, openpyxl)
// and compared field by field with what SQLite holds for the same filter — queried here with
// this test's own SQL, not the exporter's.
#include "PythonReader.h"
#include "StationProcess.h"
#include "export/RunExporter.h"
#include "export/XlsxWriter.h"
#include "store/RunStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <cmath>
#include <sqlite3.h>

using eol::core::store::NoteRecord;
using eol::core::store::RunRecord;
using eol::core::store::RunStore;
using eol::core::store::StepRecord;

namespace {

/// A NULL from SQLite.
const QVariant kNull;

/// This test's own read-only view of the database file.
class RawDb
{
public:
    explicit RawDb(const QString& path)
    {
        sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, SQLITE_OPEN_READONLY, nullptr);
    }
    ~RawDb() { sqlite3_close_v2(m_db); }
    /// Every row of `sql`; NULL = invalid QVariant, INTEGER = qint64, REAL = double, TEXT =
    /// QString.
    QList<QVariantList> rows(const QString& sql, const QStringList& params = {}) const
    {
        QList<QVariantList> out;
        sqlite3_stmt* st = nullptr;
        if (sqlite3_prepare_v2(m_db, sql.toUtf8().constData(), -1, &st, nullptr) != SQLITE_OK) {
            qWarning() << "bad test SQL" << sql << sqlite3_errmsg(m_db);
            return out;
        }
        for (int i = 0; i < params.size(); ++i) {
            const QByteArray v = params.at(i).toUtf8();
            sqlite3_bind_text(st, i + 1, v.constData(), int(v.size()), SQLITE_TRANSIENT);
        }
        while (sqlite3_step(st) == SQLITE_ROW) {
            QVariantList row;
            for (int c = 0; c < sqlite3_column_count(st); ++c) {
                switch (sqlite3_column_type(st, c)) {
                case SQLITE_NULL:
                    row << kNull;
                    break;
                case SQLITE_INTEGER:
                    row << qint64(sqlite3_column_int64(st, c));
                    break;
                case SQLITE_FLOAT:
                    row << sqlite3_column_double(st, c);
                    break;
                default:
                    row << QString::fromUtf8(
                        reinterpret_cast<const char*>(sqlite3_column_text(st, c)),
                        sqlite3_column_bytes(st, c));
                }
            }
            out << row;
        }
        sqlite3_finalize(st);
        return out;
    }

private:
    sqlite3* m_db = nullptr;
};

QString text(const QVariant& v)
{
    return v.isValid() ? v.toString() : QString();
}

/// The CSV formula-injection rule, restated: = + - @ TAB CR first gets an apostrophe unless
/// the whole cell is a plain number or a lone "-".
QString csvGuard(const QString& v)
{
    static const QRegularExpression number(
        QStringLiteral("^[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?$"));
    if (v.isEmpty() || v == QLatin1String("-"))
        return v;
    if (QStringLiteral("=+-@\t\r").contains(v.at(0)) && !number.match(v).hasMatch())
        return QString(u'\'' + v);
    return v;
}

/// The XLSX "number cell or text" rule for measured values, restated.
bool xlsxNumber(const QString& v, double* out)
{
    static const QRegularExpression number(
        QStringLiteral("^[+-]?(\\d*)(\\.(\\d*))?([eE][+-]?\\d+)?$"));
    const auto m = number.match(v);
    if (v.isEmpty() || !m.hasMatch() || (m.captured(1).isEmpty() && m.captured(3).isEmpty()))
        return false;
    if (m.captured(1).size() > 1 && m.captured(1).startsWith(u'0'))
        return false; // leading zeros: an identifier
    QString digits = m.captured(1) + m.captured(3);
    while (digits.startsWith(u'0'))
        digits.remove(0, 1);
    if (digits.size() > 15)
        return false;
    if (m.captured(2).isEmpty() && m.captured(4).isEmpty() && m.captured(1).size() > 10)
        return false; // IMEI, ICCID, IMSI
    bool ok = false;
    const double d = v.toDouble(&ok);
    if (!ok || !std::isfinite(d) || std::fabs(d) > 9.99999999999999e307)
        return false;
    *out = d;
    return true;
}

/// What XML 1.0 can carry: other control characters come back as U+FFFD.
QString xmlLegal(const QString& v)
{
    QString out;
    for (const QChar c : v)
        out += (c.unicode() < 0x20 && c != u'\t' && c != u'\n' && c != u'\r') ? QChar(0xFFFD) : c;
    return out;
}

QString publicKeySha(const QJsonObject& a)
{
    if (a.contains(QStringLiteral("public_key_sha256")))
        return a.value(QStringLiteral("public_key_sha256")).toString().toLower();
    const QString key = a.value(QStringLiteral("public_key")).toString().trimmed();
    if (key.isEmpty())
        return {};
    QByteArray bytes;
    if (key.startsWith(QLatin1String("-----BEGIN"))) {
        QStringList lines = key.split(u'\n');
        lines = lines.filter(QRegularExpression(QStringLiteral("^[A-Za-z0-9+/=]+\\s*$")));
        bytes = QByteArray::fromBase64(lines.join(QString()).toLatin1());
    } else if (QRegularExpression(QStringLiteral("^([0-9A-Fa-f]{2})+$")).match(key).hasMatch()) {
        bytes = QByteArray::fromHex(key.toLatin1());
    } else {
        bytes = key.toUtf8();
    }
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

/// One export filter: the command-line options, and the same selection in this test's SQL.
struct Filter
{
    QStringList args;
    QString where = QStringLiteral("1");
    QString limit; ///< "" = none
};

QString runsSql(const Filter& f, const QString& columns)
{
    return QStringLiteral("SELECT %1 FROM runs WHERE %2 ORDER BY started_utc DESC, run_id DESC%3")
        .arg(columns, f.where,
             f.limit.isEmpty() ? QString() : QStringLiteral(" LIMIT %1").arg(f.limit));
}

const char* const kRunColumns =
    "run_id, started_utc, ended_utc, serial, imei, product, plan_id, plan_revision, plan_sha256, "
    "station_id, operator, batch, work_order, verdict, state, failing_step, failure_reason, "
    "attributes_json";

QString stepsSql(const Filter& f)
{
    return QStringLiteral(
               "SELECT s.run_id, r.serial, s.seq, s.phase, s.step_id, s.name, s.kind, s.verdict, "
               "s.started_utc, s.duration_ms, s.attempts, s.measured, s.low, s.high, s.unit, "
               "s.message FROM (%1) r JOIN steps s ON s.run_id = r.run_id "
               "ORDER BY r.started_utc DESC, r.run_id DESC, s.seq")
        .arg(runsSql(f, QStringLiteral("run_id, serial, started_utc")));
}

QString notesSql(const Filter& f)
{
    const QString ids = runsSql(f, QStringLiteral("run_id"));
    const QString serials = runsSql(f, QStringLiteral("serial"));
    return QStringLiteral("SELECT note_id, run_id, serial, author, created_utc, text, deleted_utc, "
                          "deleted_by FROM notes WHERE run_id IN (%1) OR (run_id IS NULL AND "
                          "serial IN (%2)) ORDER BY created_utc, note_id")
        .arg(ids, serials);
}

QJsonObject sheetNamed(const QJsonObject& book, const QString& name)
{
    for (const QJsonValue& s : book.value(QStringLiteral("sheets")).toArray()) {
        if (s.toObject().value(QStringLiteral("name")).toString() == name)
            return s.toObject();
    }
    return {};
}

QStringList headerOf(const QJsonObject& sheet)
{
    QStringList out;
    for (const QJsonValue& c : sheet.value(QStringLiteral("rows")).toArray().at(0).toArray())
        out << c.toObject().value(QStringLiteral("v")).toString();
    return out;
}

} // namespace

class TstRecordsExport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;
    QString m_trickyRun;
    int m_numericMeasured = 0; ///< measured values the last compareXlsx() saw as number cells

    QString path(const QString& name) const { return m_dir.filePath(name); }

    StationResult exportWith(const QStringList& args)
    {
        return runStation(QStringList{QStringLiteral("records"), QStringLiteral("export"),
                                      QStringLiteral("--db"), m_db} +
                          args);
    }

    /// Compares the runs, steps and notes CSV files with SQLite for `f`.
    void compareCsv(const Filter& f, const QString& runsFile, const QString& stepsFile,
                    const QString& notesFile)
    {
        RawDb db(m_db);
        const PythonRead runs = readExport(QStringLiteral("csv"), runsFile);
        QVERIFY2(runs.ok, qPrintable(runs.error));
        const QJsonArray runRows = runs.json.value(QStringLiteral("rows")).toArray();
        QCOMPARE(runRows.at(0).toArray().toVariantList(),
                 QVariantList({"run_id",         "started_utc",    "ended_utc",
                               "serial",         "imei",           "product",
                               "plan_id",        "plan_revision",  "plan_sha256",
                               "station_id",     "operator",       "batch",
                               "work_order",     "verdict",        "state",
                               "failing_step",   "failure_reason", "iccid",
                               "imsi",           "firmware",       "public_key_sha256",
                               "attributes_json"}));
        const auto expected = db.rows(runsSql(f, QString::fromLatin1(kRunColumns)));
        QCOMPARE(runRows.size() - 1, expected.size());
        for (int i = 0; i < expected.size(); ++i) {
            const QVariantList& e = expected.at(i);
            const QJsonArray got = runRows.at(i + 1).toArray();
            QCOMPARE(got.size(), 22);
            for (int c = 0; c < 17; ++c) {
                const QString want = c == 7 ? QString::number(e.at(c).toLongLong()) : text(e.at(c));
                if (got.at(c).toString() != csvGuard(want))
                    QFAIL(qPrintable(QStringLiteral("runs row %1 column %2: got \"%3\", want "
                                                    "\"%4\"")
                                         .arg(i + 1)
                                         .arg(c)
                                         .arg(got.at(c).toString(), csvGuard(want))));
            }
            const QJsonObject attrs = QJsonDocument::fromJson(text(e.at(17)).toUtf8()).object();
            QCOMPARE(got.at(17).toString(),
                     csvGuard(attrs.value(QStringLiteral("iccid")).toString()));
            QCOMPARE(got.at(18).toString(),
                     csvGuard(attrs.value(QStringLiteral("imsi")).toString()));
            QCOMPARE(got.at(19).toString(),
                     csvGuard(attrs.value(QStringLiteral("firmware")).toString()));
            QCOMPARE(got.at(20).toString(), publicKeySha(attrs));
            QCOMPARE(QJsonDocument::fromJson(got.at(21).toString().toUtf8()).object(), attrs);
        }

        if (!stepsFile.isEmpty()) {
            const PythonRead steps = readExport(QStringLiteral("csv"), stepsFile);
            QVERIFY2(steps.ok, qPrintable(steps.error));
            const QJsonArray rows = steps.json.value(QStringLiteral("rows")).toArray();
            QCOMPARE(rows.at(0).toArray().toVariantList(),
                     QVariantList({"run_id", "serial", "seq", "phase", "step_id", "name", "kind",
                                   "verdict", "started_utc", "duration_ms", "attempts", "measured",
                                   "low", "high", "unit", "message"}));
            const auto want = db.rows(stepsSql(f));
            QCOMPARE(rows.size() - 1, want.size());
            for (int i = 0; i < want.size(); ++i) {
                const QVariantList& e = want.at(i);
                const QJsonArray got = rows.at(i + 1).toArray();
                for (int c : {0, 1, 3, 4, 5, 6, 7, 8, 11, 14, 15})
                    QCOMPARE(got.at(c).toString(), csvGuard(text(e.at(c))));
                QCOMPARE(got.at(2).toString().toLongLong(), e.at(2).toLongLong());
                QCOMPARE(got.at(10).toString().toLongLong(), e.at(10).toLongLong());
                QCOMPARE(got.at(9).toString().toDouble(), e.at(9).toDouble());
                for (int c : {12, 13}) {
                    if (e.at(c).isValid())
                        QCOMPARE(got.at(c).toString().toDouble(), e.at(c).toDouble());
                    else
                        QCOMPARE(got.at(c).toString(), QString());
                }
            }
        }

        if (!notesFile.isEmpty()) {
            const PythonRead notes = readExport(QStringLiteral("csv"), notesFile);
            QVERIFY2(notes.ok, qPrintable(notes.error));
            const QJsonArray rows = notes.json.value(QStringLiteral("rows")).toArray();
            QCOMPARE(rows.at(0).toArray().toVariantList(),
                     QVariantList({"note_id", "run_id", "serial", "author", "created_utc", "text",
                                   "deleted_utc", "deleted_by"}));
            const auto want = db.rows(notesSql(f));
            QCOMPARE(rows.size() - 1, want.size());
            for (int i = 0; i < want.size(); ++i) {
                for (int c = 0; c < 8; ++c)
                    QCOMPARE(rows.at(i + 1).toArray().at(c).toString(),
                             csvGuard(text(want.at(i).at(c))));
            }
        }
    }

    /// Compares the three sheets of `file` with SQLite for `f`.
    void compareXlsx(const Filter& f, const QString& file)
    {
        RawDb db(m_db);
        const PythonRead read = readExport(QStringLiteral("xlsx"), file);
        QVERIFY2(read.ok, qPrintable(read.error));
        QVERIFY(read.json.value(QStringLiteral("zip_bad_member")).isNull());
        QStringList names;
        for (const QJsonValue& s : read.json.value(QStringLiteral("sheets")).toArray())
            names << s.toObject().value(QStringLiteral("name")).toString();
        // Other modules may add sheets after these (the audit log does).
        QCOMPARE(names.mid(0, 3), (QStringList{"Runs", "Steps", "Notes"}));

        auto textCell = [](const QJsonValue& cell, const QString& want) -> QString {
            if (want.isEmpty())
                return cell.isNull()
                           ? QString()
                           : QStringLiteral("expected an empty cell, got %1")
                                 .arg(QString::fromUtf8(QJsonDocument(cell.toObject()).toJson()));
            const QJsonObject o = cell.toObject();
            if (o.value(QStringLiteral("t")).toString() != QLatin1String("s"))
                return QStringLiteral("expected text \"%1\", got %2")
                    .arg(want, QString::fromUtf8(QJsonDocument(o).toJson()));
            const QString got = o.value(QStringLiteral("v")).toString();
            return got == xmlLegal(want)
                       ? QString()
                       : QStringLiteral("text \"%1\" != \"%2\"").arg(got, xmlLegal(want));
        };
        auto numberCell = [](const QJsonValue& cell, const QVariant& want) -> QString {
            if (!want.isValid())
                return cell.isNull() ? QString() : QStringLiteral("expected an empty cell");
            const QJsonObject o = cell.toObject();
            if (o.value(QStringLiteral("t")).toString() != QLatin1String("n"))
                return QStringLiteral("expected the number %1, got %2")
                    .arg(want.toDouble())
                    .arg(QString::fromUtf8(QJsonDocument(o).toJson()));
            return o.value(QStringLiteral("v")).toDouble() == want.toDouble()
                       ? QString()
                       : QStringLiteral("number %1 != %2")
                             .arg(o.value(QStringLiteral("v")).toDouble())
                             .arg(want.toDouble());
        };
        auto dateCell = [](const QJsonValue& cell, const QVariant& want) -> QString {
            if (!want.isValid())
                return cell.isNull() ? QString() : QStringLiteral("expected an empty date");
            const QJsonObject o = cell.toObject();
            if (o.value(QStringLiteral("t")).toString() != QLatin1String("d"))
                return QStringLiteral("expected a date cell, got %1")
                    .arg(QString::fromUtf8(QJsonDocument(o).toJson()));
            return o.value(QStringLiteral("v")).toString() == want.toString()
                       ? QString()
                       : QStringLiteral("date %1 != %2")
                             .arg(o.value(QStringLiteral("v")).toString(), want.toString());
        };
        auto check = [](const QString& problem, const char* sheet, int row, int column) {
            if (!problem.isEmpty())
                QTest::qFail(qPrintable(QStringLiteral("%1 row %2 column %3: %4")
                                            .arg(QString::fromLatin1(sheet))
                                            .arg(row)
                                            .arg(column)
                                            .arg(problem)),
                             __FILE__, __LINE__);
            return problem.isEmpty();
        };

        // Runs
        const QJsonObject runs = sheetNamed(read.json, QStringLiteral("Runs"));
        QCOMPARE(headerOf(runs), (QStringList{"Run ID",        "Serial",
                                              "IMEI",          "ICCID",
                                              "IMSI",          "Firmware",
                                              "Product",       "Plan",
                                              "Plan revision", "Plan SHA-256",
                                              "Station",       "Operator",
                                              "Batch",         "Work order",
                                              "Started (UTC)", "Ended (UTC)",
                                              "Duration (s)",  "Verdict",
                                              "State",         "Failing step",
                                              "Reason",        "Public key SHA-256",
                                              "Notes"}));
        QVERIFY(runs.value(QStringLiteral("header_bold")).toBool());
        QCOMPARE(runs.value(QStringLiteral("freeze")).toString(), QStringLiteral("A2"));
        const auto wantRuns = db.rows(runsSql(
            f, QStringLiteral("run_id, serial, imei, attributes_json, product, plan_id, "
                              "plan_revision, plan_sha256, station_id, operator, batch, "
                              "work_order, started_utc, ended_utc, verdict, state, failing_step, "
                              "failure_reason, (SELECT group_concat(line, char(10)) FROM (SELECT "
                              "author || ': ' || text AS line FROM notes n WHERE n.run_id = "
                              "runs.run_id AND n.deleted_utc IS NULL ORDER BY n.created_utc, "
                              "n.note_id))")));
        const QJsonArray runRows = runs.value(QStringLiteral("rows")).toArray();
        QCOMPARE(runRows.size() - 1, wantRuns.size());
        QCOMPARE(runs.value(QStringLiteral("autofilter")).toString(),
                 QStringLiteral("A1:W%1").arg(wantRuns.size() + 1));
        for (int i = 0; i < wantRuns.size(); ++i) {
            const QVariantList& e = wantRuns.at(i);
            const QJsonArray got = runRows.at(i + 1).toArray();
            const QJsonObject attrs = QJsonDocument::fromJson(text(e.at(3)).toUtf8()).object();
            const int row = i + 2;
            bool ok =
                check(textCell(got.at(0), text(e.at(0))), "Runs", row, 0) &&
                check(textCell(got.at(1), text(e.at(1))), "Runs", row, 1) &&
                check(textCell(got.at(2), text(e.at(2))), "Runs", row, 2) &&
                check(textCell(got.at(3), attrs.value("iccid").toString()), "Runs", row, 3) &&
                check(textCell(got.at(4), attrs.value("imsi").toString()), "Runs", row, 4) &&
                check(textCell(got.at(5), attrs.value("firmware").toString()), "Runs", row, 5) &&
                check(textCell(got.at(6), text(e.at(4))), "Runs", row, 6) &&
                check(textCell(got.at(7), text(e.at(5))), "Runs", row, 7) &&
                check(numberCell(got.at(8), e.at(6)), "Runs", row, 8);
            for (int c = 9; ok && c < 14; ++c)
                ok = check(textCell(got.at(c), text(e.at(c - 2))), "Runs", row, c);
            ok = ok && check(dateCell(got.at(14), e.at(12)), "Runs", row, 14) &&
                 check(dateCell(got.at(15), e.at(13)), "Runs", row, 15);
            QVariant duration;
            if (e.at(13).isValid()) {
                const auto t0 = QDateTime::fromString(text(e.at(12)), Qt::ISODateWithMs);
                const auto t1 = QDateTime::fromString(text(e.at(13)), Qt::ISODateWithMs);
                duration = double(t0.msecsTo(t1)) / 1000.0;
            }
            ok = ok && check(numberCell(got.at(16), duration), "Runs", row, 16);
            for (int c = 17; ok && c < 21; ++c)
                ok = check(textCell(got.at(c), text(e.at(c - 3))), "Runs", row, c);
            ok = ok && check(textCell(got.at(21), publicKeySha(attrs)), "Runs", row, 21) &&
                 check(textCell(got.at(22), text(e.at(18))), "Runs", row, 22);
            if (!ok)
                return;
        }

        // Steps
        const QJsonObject steps = sheetNamed(read.json, QStringLiteral("Steps"));
        QCOMPARE(headerOf(steps),
                 (QStringList{"Run ID", "Serial", "Seq", "Phase", "Step ID", "Name", "Kind",
                              "Verdict", "Started (UTC)", "Measured", "Low", "High", "Unit",
                              "Duration (ms)", "Attempts", "Message"}));
        const auto wantSteps = db.rows(stepsSql(f));
        const QJsonArray stepRows = steps.value(QStringLiteral("rows")).toArray();
        QCOMPARE(stepRows.size() - 1, wantSteps.size());
        int numericMeasured = 0;
        for (int i = 0; i < wantSteps.size(); ++i) {
            const QVariantList& e = wantSteps.at(i);
            const QJsonArray got = stepRows.at(i + 1).toArray();
            const int row = i + 2;
            bool ok = check(textCell(got.at(0), text(e.at(0))), "Steps", row, 0) &&
                      check(textCell(got.at(1), text(e.at(1))), "Steps", row, 1) &&
                      check(numberCell(got.at(2), e.at(2)), "Steps", row, 2);
            for (int c = 3; ok && c < 8; ++c)
                ok = check(textCell(got.at(c), text(e.at(c))), "Steps", row, c);
            ok = ok && check(dateCell(got.at(8), e.at(8)), "Steps", row, 8);
            double measured = 0;
            if (xlsxNumber(text(e.at(11)), &measured)) {
                ++numericMeasured;
                ok = ok && check(numberCell(got.at(9), measured), "Steps", row, 9);
            } else {
                ok = ok && check(textCell(got.at(9), text(e.at(11))), "Steps", row, 9);
            }
            ok = ok && check(numberCell(got.at(10), e.at(12)), "Steps", row, 10) &&
                 check(numberCell(got.at(11), e.at(13)), "Steps", row, 11) &&
                 check(textCell(got.at(12), text(e.at(14))), "Steps", row, 12) &&
                 check(numberCell(got.at(13), e.at(9)), "Steps", row, 13) &&
                 check(numberCell(got.at(14), e.at(10)), "Steps", row, 14) &&
                 check(textCell(got.at(15), text(e.at(15))), "Steps", row, 15);
            if (!ok)
                return;
        }
        m_numericMeasured = numericMeasured;

        // Notes
        const QJsonObject notes = sheetNamed(read.json, QStringLiteral("Notes"));
        QCOMPARE(headerOf(notes),
                 (QStringList{"Note ID", "Run ID", "Serial", "Author", "Created (UTC)", "Text",
                              "Deleted (UTC)", "Deleted by"}));
        const auto wantNotes = db.rows(notesSql(f));
        const QJsonArray noteRows = notes.value(QStringLiteral("rows")).toArray();
        QCOMPARE(noteRows.size() - 1, wantNotes.size());
        for (int i = 0; i < wantNotes.size(); ++i) {
            const QVariantList& e = wantNotes.at(i);
            const QJsonArray got = noteRows.at(i + 1).toArray();
            const int row = i + 2;
            bool ok = true;
            for (int c : {0, 1, 2, 3, 5, 7})
                ok = ok && check(textCell(got.at(c), text(e.at(c))), "Notes", row, c);
            ok = ok && check(dateCell(got.at(4), e.at(4)), "Notes", row, 4) &&
                 check(dateCell(got.at(6), e.at(6)), "Notes", row, 6);
            if (!ok)
                return;
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(!pythonWithOpenpyxl().isEmpty(),
                 "python3 with openpyxl is needed (apt install python3-openpyxl)");
        m_db = path(QStringLiteral("records.db"));

        // Real runs: the real binary against simulated DUTs.
        auto pass = runStation(
            {QStringLiteral("run"), QStringLiteral("--plan"), QStringLiteral("sara-r4"),
             QStringLiteral("--port"), QStringLiteral("sim:sara-r4,serial=SN00000010"),
             QStringLiteral("--serial"), QStringLiteral("SN00000010"), QStringLiteral("--batch"),
             QStringLiteral("B-7, \"north\""), QStringLiteral("--operator"), QStringLiteral("Zoë"),
             QStringLiteral("--db"), m_db, QStringLiteral("--json")});
        QCOMPARE(pass.exitCode, 0);
        auto fail =
            runStation({QStringLiteral("run"), QStringLiteral("--plan"), QStringLiteral("nrf91"),
                        QStringLiteral("--port"), QStringLiteral("sim:nrf91,bad-imei"),
                        QStringLiteral("--station"), QStringLiteral("line-9"),
                        QStringLiteral("--db"), m_db, QStringLiteral("--json")});
        QCOMPARE(fail.exitCode, 1);
        auto bg96 =
            runStation({QStringLiteral("run"), QStringLiteral("--plan"), QStringLiteral("bg96"),
                        QStringLiteral("--port"), QStringLiteral("sim:bg96,serial=SN00000011"),
                        QStringLiteral("--serial"), QStringLiteral("SN00000011"),
                        QStringLiteral("--work-order"), QStringLiteral("WO-1"),
                        QStringLiteral("--db"), m_db, QStringLiteral("--json")});
        QCOMPARE(bg96.exitCode, 0);

        // Hostile content, written the way the station writes: through RunStore.
        auto opened = RunStore::open(m_db);
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
        RunStore& store = **opened;
        const QDateTime day(QDate(2026, 1, 10), QTime(8, 0, 0, 123), Qt::UTC);

        RunRecord t;
        t.runId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        m_trickyRun = t.runId;
        t.serial = QStringLiteral("=HYPERLINK(\"http://evil\",\"x\")");
        t.product = QStringLiteral("tracker, \"x\"");
        t.planId = QStringLiteral("p-plan");
        t.planRevision = 3;
        t.planSha256 = QStringLiteral("ab").repeated(32);
        t.stationId = QStringLiteral("+station");
        t.operatorName = QStringLiteral("Zoë Ångström 温度 😀");
        t.batch = QStringLiteral("-2+3");
        t.workOrder = QStringLiteral("@SUM(A1)");
        t.startedUtc = day;
        QVERIFY(store.beginRun(t).ok());
        auto step = [&](int seq, const QString& measured, std::optional<double> low,
                        std::optional<double> high, const QString& message) {
            StepRecord s;
            s.runId = t.runId;
            s.sequence = seq;
            s.phase = seq == 0 ? QStringLiteral("setup") : QStringLiteral("steps");
            s.stepId = QStringLiteral("step_%1").arg(seq);
            s.name = QStringLiteral("Step, \"%1\"\nsecond line").arg(seq);
            s.kind = QStringLiteral("check");
            s.verdict = seq == 3 ? QStringLiteral("fail") : QStringLiteral("pass");
            s.startedUtc = day.addMSecs(seq * 10 + 1);
            s.durationMs = 0.1 * seq + 12.345;
            s.attempts = 1 + seq % 3;
            s.measured = measured;
            s.low = low;
            s.high = high;
            s.unit = seq == 1 ? QStringLiteral("dBm") : QString();
            s.message = message;
            return s;
        };
        QVERIFY(store
                    .appendSteps({
                        step(0, QString(), std::nullopt, std::nullopt, QString()),
                        step(1, QStringLiteral("-71"), -70.0, 0.0, QStringLiteral("-71 dBm")),
                        step(2, QStringLiteral("1e300"), -1e308, 1e308, QStringLiteral("huge")),
                        step(3, QStringLiteral("123456789012345678901234567890"), 0.0, std::nullopt,
                             QString::fromUtf8("ctl\x01\x02\x1f\ttab\r\nCRLF")),
                        step(4, QStringLiteral("352656101576604"), std::nullopt, std::nullopt,
                             QStringLiteral("=cmd|' /C calc'!A0")),
                        step(5, QStringLiteral("=1+1"), std::nullopt, std::nullopt,
                             QStringLiteral("@at")),
                        step(6, QStringLiteral("0.1"), 0.05, 0.15, QStringLiteral("+plus")),
                        step(7, QStringLiteral("007"), std::nullopt, std::nullopt,
                             QString::fromUtf8("Zoë 温度 😀")),
                        step(8, QStringLiteral("-0.5e-3"), -1.0, 1.0, QStringLiteral("-")),
                    })
                    .ok());
        t.imei = QStringLiteral("352656101576604");
        t.verdict = QStringLiteral("fail");
        t.failingStep = QStringLiteral("step_3");
        t.failureReason = QString::fromUtf8("RSSI -71 dBm\nbelow -70, \"bad\"\x01\x07 bell");
        t.endedUtc = day.addMSecs(1500);
        t.attributes = QJsonObject{{QStringLiteral("iccid"), QStringLiteral("8901234567141754512")},
                                   {QStringLiteral("imsi"), QStringLiteral("+44 7700 900123")},
                                   {QStringLiteral("firmware"), QStringLiteral("=1.3.5")},
                                   {QStringLiteral("public_key"), QStringLiteral("04ABCD")},
                                   {QStringLiteral("odd"), QStringLiteral("a,\"b\"\nc")}};
        QVERIFY(store.finishRun(t).ok());

        RunRecord e;
        e.runId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        e.serial = QStringLiteral("SN-ERR");
        e.product = QStringLiteral("tracker-x");
        e.planId = QStringLiteral("p-plan");
        e.planRevision = 4;
        e.startedUtc = QDateTime(QDate(2026, 1, 11), QTime(23, 59, 59, 999), Qt::UTC);
        QVERIFY(store.beginRun(e).ok());
        e.verdict = QStringLiteral("error");
        e.failingStep = QStringLiteral("boot");
        e.failureReason = QStringLiteral("no answer from the DUT");
        e.endedUtc = e.startedUtc.addSecs(30);
        QVERIFY(store.finishRun(e).ok());

        RunRecord running;
        running.runId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        running.serial = QStringLiteral("SN-RUN");
        running.product = QStringLiteral("tracker-x");
        running.startedUtc = QDateTime(QDate(2026, 1, 12), QTime(0, 0), Qt::UTC);
        QVERIFY(store.beginRun(running).ok());

        RunRecord old;
        old.runId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        old.serial = QStringLiteral("=HYPERLINK(\"http://evil\",\"x\")");
        old.product = QStringLiteral("tracker-x");
        old.planId = QStringLiteral("p-plan");
        old.planRevision = 3;
        old.startedUtc = QDateTime(QDate(2025, 12, 31), QTime(23, 0), Qt::UTC);
        QVERIFY(store.beginRun(old).ok());
        old.verdict = QStringLiteral("pass");
        old.endedUtc = old.startedUtc.addMSecs(2);
        QVERIFY(store.finishRun(old).ok());

        // Notes: on runs, on devices, one deleted.
        QVERIFY(store
                    .addNote(t.runId, {}, QStringLiteral("qa.anna"),
                             QStringLiteral("first, \"quoted\"\n=1+1 second line"))
                    .ok());
        auto gone = store.addNote(t.runId, {}, QStringLiteral("qa.bob"), QStringLiteral("wrong"));
        QVERIFY(gone.ok());
        QVERIFY(store.deleteNote(gone->noteId, QStringLiteral("qa.anna")).ok());
        QVERIFY(
            store.addNote(t.runId, {}, QStringLiteral("-lead"), QString::fromUtf8("温度 ok")).ok());
        QVERIFY(store
                    .addNote({}, t.serial, QStringLiteral("qa.anna"),
                             QStringLiteral("device: antenna re-seated"))
                    .ok());
        QVERIFY(store
                    .addNote({}, QStringLiteral("SN00000010"), QStringLiteral("qa.anna"),
                             QStringLiteral("golden unit"))
                    .ok());
        QVERIFY(store
                    .addNote({}, QStringLiteral("SN-NEVER-TESTED"), QStringLiteral("qa.anna"),
                             QStringLiteral("not in any export"))
                    .ok());
        QVERIFY(store
                    .addNote(fail.json().value(QStringLiteral("run_id")).toString(), {},
                             QStringLiteral("qa.bob"), QStringLiteral("Luhn"))
                    .ok());
    }

    void everythingToCsvAndXlsx()
    {
        const Filter all;
        auto csv =
            exportWith({QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("-o"),
                        path(QStringLiteral("all.csv")), QStringLiteral("--steps"),
                        path(QStringLiteral("all-steps.csv")), QStringLiteral("--notes"),
                        path(QStringLiteral("all-notes.csv")), QStringLiteral("--json")});
        QVERIFY2(csv.exitCode == 0, csv.err.constData());
        RawDb db(m_db);
        const qint64 runs =
            db.rows(QStringLiteral("SELECT COUNT(*) FROM runs")).at(0).at(0).toLongLong();
        const qint64 steps =
            db.rows(QStringLiteral("SELECT COUNT(*) FROM steps")).at(0).at(0).toLongLong();
        QCOMPARE(runs, 7);
        QCOMPARE(csv.json().value(QStringLiteral("runs")).toInteger(), runs);
        QCOMPARE(csv.json().value(QStringLiteral("steps")).toInteger(), steps);
        QCOMPARE(csv.json().value(QStringLiteral("notes")).toInteger(), 6); // not SN-NEVER-TESTED
        QCOMPARE(csv.json()
                     .value(QStringLiteral("rows"))
                     .toObject()
                     .value(QStringLiteral("steps"))
                     .toInteger(),
                 steps);
        QCOMPARE(csv.json().value(QStringLiteral("files")).toArray().size(), 3);
        compareCsv(all, path(QStringLiteral("all.csv")), path(QStringLiteral("all-steps.csv")),
                   path(QStringLiteral("all-notes.csv")));

        auto xlsx =
            exportWith({QStringLiteral("--format"), QStringLiteral("xlsx"), QStringLiteral("-o"),
                        path(QStringLiteral("all.xlsx")), QStringLiteral("--json")});
        QVERIFY2(xlsx.exitCode == 0, xlsx.err.constData());
        const QJsonObject rows = xlsx.json().value(QStringLiteral("rows")).toObject();
        QCOMPARE(rows.value(QStringLiteral("Runs")).toInteger(), runs);
        QCOMPARE(rows.value(QStringLiteral("Steps")).toInteger(), steps);
        QCOMPARE(rows.value(QStringLiteral("Notes")).toInteger(), 6);
        QCOMPARE(xlsx.json().value(QStringLiteral("path")).toString(),
                 QFileInfo(path(QStringLiteral("all.xlsx"))).absoluteFilePath());
        QCOMPARE(xlsx.json().value(QStringLiteral("bytes")).toInteger(),
                 QFileInfo(path(QStringLiteral("all.xlsx"))).size());
        compareXlsx(all, path(QStringLiteral("all.xlsx")));
        // -71, 1e300, 0.1, -0.5e-3 and the simulator's numeric readings are number cells.
        QVERIFY2(m_numericMeasured >= 4, qPrintable(QString::number(m_numericMeasured)));

        // The hostile run really is in there, with its formula-looking cells neutralised.
        const PythonRead back = readExport(QStringLiteral("csv"), path(QStringLiteral("all.csv")));
        bool seen = false;
        for (const QJsonValue& row : back.json.value(QStringLiteral("rows")).toArray()) {
            if (row.toArray().at(0).toString() != m_trickyRun)
                continue;
            seen = true;
            QCOMPARE(row.toArray().at(3).toString(),
                     QStringLiteral("'=HYPERLINK(\"http://evil\",\"x\")"));
            QCOMPARE(row.toArray().at(11).toString(), QStringLiteral("'-2+3"));
        }
        QVERIFY(seen);
    }

    void filtersMatchSqlite_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("where");
        QTest::addColumn<QString>("limit");
        QTest::addColumn<int>("expectedRuns");
        QTest::newRow("verdicts") << QStringList{"--verdict", "fail,error"}
                                  << "verdict IN ('fail', 'error')"
                                  << "" << 3;
        QTest::newRow("failed") << QStringList{"--failed"}
                                << "verdict IN ('fail', 'error', 'aborted', 'interrupted')"
                                << "" << 3;
        QTest::newRow("dates") << QStringList{"--from", "2026-01-10", "--to", "2026-01-11"}
                               << "started_utc >= '2026-01-10T00:00:00.000Z' AND started_utc < "
                                  "'2026-01-12T00:00:00.000Z'"
                               << "" << 2;
        QTest::newRow("date-times") << QStringList{"--from", "2026-01-10T08:00:00.124Z", "--to",
                                                   "2026-01-12T01:00:00+01:00"}
                                    << "started_utc >= '2026-01-10T08:00:00.124Z' AND "
                                       "started_utc < '2026-01-12T00:00:00.000Z'"
                                    << "" << 1;
        QTest::newRow("product and plan")
            << QStringList{"--product", "tracker-x", "--plan", "p-plan@3"}
            << "product = 'tracker-x' AND plan_id = 'p-plan' AND plan_revision = 3"
            << "" << 1;
        QTest::newRow("plan any revision")
            << QStringList{"--plan", "p-plan"} << "plan_id = 'p-plan'"
            << "" << 3;
        QTest::newRow("serial") << QStringList{"--serial", "SN00000010"} << "serial = 'SN00000010'"
                                << "" << 1;
        QTest::newRow("search") << QStringList{"--search", "sn0000001"}
                                << "(serial LIKE 'SN0000001%' OR imei LIKE 'SN0000001%')"
                                << "" << 2;
        QTest::newRow("batch or work order")
            << QStringList{"--batch", "WO-1"} << "(batch = 'WO-1' OR work_order = 'WO-1')"
            << "" << 1;
        QTest::newRow("operator") << QStringList{"--operator", "Zoë"} << "operator = 'Zoë'"
                                  << "" << 1;
        QTest::newRow("station") << QStringList{"--station", "line-9"} << "station_id = 'line-9'"
                                 << "" << 1;
        QTest::newRow("failing step")
            << QStringList{"--step", "step_3"} << "failing_step = 'step_3'"
            << "" << 1;
        QTest::newRow("newest 2 of a serial") << QStringList{"--search", "=HYPER", "--limit", "1"}
                                              << "serial = '=HYPERLINK(\"http://evil\",\"x\")'"
                                              << "1" << 1;
        QTest::newRow("nothing") << QStringList{"--product", "no-such"} << "0"
                                 << "" << 0;
    }

    void filtersMatchSqlite()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, where);
        QFETCH(QString, limit);
        QFETCH(int, expectedRuns);
        Filter f{args, where, limit};
        QCOMPARE(RawDb(m_db).rows(runsSql(f, QStringLiteral("run_id"))).size(), expectedRuns);

        const QString tag = QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'_');
        const QString runs = path(tag + QStringLiteral(".csv"));
        const QString steps = path(tag + QStringLiteral("-steps.csv"));
        const QString notes = path(tag + QStringLiteral("-notes.csv"));
        auto csv =
            exportWith(args + QStringList{QStringLiteral("--format"), QStringLiteral("csv"),
                                          QStringLiteral("-o"), runs, QStringLiteral("--steps"),
                                          steps, QStringLiteral("--notes"), notes});
        QVERIFY2(csv.exitCode == 0, csv.err.constData());
        QVERIFY2(csv.out.startsWith("exported "), csv.out.constData());
        compareCsv(f, runs, steps, notes);
        if (QTest::currentTestFailed())
            return;

        const QString book = path(tag + QStringLiteral(".xlsx"));
        auto xlsx =
            exportWith(args + QStringList{QStringLiteral("--format"), QStringLiteral("xlsx"),
                                          QStringLiteral("-o"), book});
        QVERIFY2(xlsx.exitCode == 0, xlsx.err.constData());
        compareXlsx(f, book);
    }

    void csvToStandardOutputKeepsTheOldFormat()
    {
        // `records export --format csv --failed` as scripts have called it since the first
        // version: runs only, on standard output, nothing else there.
        auto out = exportWith(
            {QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--failed")});
        QCOMPARE(out.exitCode, 0);
        QVERIFY(out.out.startsWith(
            "run_id,started_utc,ended_utc,serial,imei,product,plan_id,plan_revision,plan_sha256,"
            "station_id,operator,batch,work_order,verdict,state,failing_step,failure_reason,iccid,"
            "imsi,firmware,public_key_sha256,attributes_json\r\n"));
        QVERIFY(out.out.endsWith("\r\n"));
        auto file = exportWith({QStringLiteral("--format"), QStringLiteral("csv"),
                                QStringLiteral("--failed"), QStringLiteral("-o"),
                                path(QStringLiteral("failed.csv"))});
        QCOMPARE(file.exitCode, 0);
        QFile f(path(QStringLiteral("failed.csv")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(out.out, f.readAll());
        const Filter failed{
            {}, QStringLiteral("verdict IN ('fail','error','aborted','interrupted')"), {}};
        compareCsv(failed, path(QStringLiteral("failed.csv")), {}, {});
        // No byte-order mark, CRLF rows: RFC 4180 as before.
        QVERIFY(!out.out.startsWith("\xEF\xBB\xBF"));
    }

    void badInputIsExit2NamingTheOption_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("bad date") << QStringList{"--from", "2026-13-45"} << "--from";
        QTest::newRow("not a date") << QStringList{"--to", "yesterday"} << "--to";
        QTest::newRow("empty range")
            << QStringList{"--from", "2026-02-01", "--to", "2026-01-01"} << "--from";
        QTest::newRow("verdict") << QStringList{"--verdict", "pass,great"} << "--verdict";
        QTest::newRow("plan revision") << QStringList{"--plan", "p-plan@x"} << "--plan";
        QTest::newRow("format") << QStringList{"--format", "pdf"} << "--format";
        QTest::newRow("xlsx to terminal") << QStringList{"--format", "xlsx"} << "-o";
        QTest::newRow("json without file") << QStringList{"--json"} << "-o FILE";
        QTest::newRow("limit") << QStringList{"--limit", "-3"} << "--limit";
        QTest::newRow("unknown option") << QStringList{"--frobnicate"} << "frobnicate";
        QTest::newRow("steps for xlsx")
            << QStringList{"--format", "xlsx", "-o", "/tmp/x.xlsx", "--steps", "/tmp/s.csv"}
            << "--steps";
    }

    void badInputIsExit2NamingTheOption()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, mentions);
        auto r = exportWith(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(QString::fromUtf8(r.err).contains(mentions), r.err.constData());
        QVERIFY(r.out.isEmpty());
    }

    void missingFolderFailsWithoutPartialFiles()
    {
        auto r = exportWith({QStringLiteral("--format"), QStringLiteral("xlsx"),
                             QStringLiteral("-o"), path(QStringLiteral("no/such/dir/x.xlsx"))});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("no/such/dir/x.xlsx"), r.err.constData());
    }

    void refusesToOverwriteTheDatabase()
    {
        const QByteArray before = RawDb(m_db)
                                      .rows(QStringLiteral("SELECT COUNT(*) FROM runs"))
                                      .at(0)
                                      .at(0)
                                      .toString()
                                      .toUtf8();
        auto r = exportWith(
            {QStringLiteral("--format"), QStringLiteral("xlsx"), QStringLiteral("-o"), m_db});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("is the record database"), r.err.constData());
        QCOMPARE(RawDb(m_db)
                     .rows(QStringLiteral("SELECT COUNT(*) FROM runs"))
                     .at(0)
                     .at(0)
                     .toString()
                     .toUtf8(),
                 before);
    }

    void cancelLeavesNoFile()
    {
        const QString out = path(QStringLiteral("cancelled.xlsx"));
        int calls = 0;
        eol::core::exporting::ExportRequest request;
        request.format = eol::core::exporting::ExportFormat::Xlsx;
        request.outputPath = out;
        request.progress = [&calls](const eol::core::exporting::ExportProgress& p) {
            ++calls;
            return p.part != QLatin1String("Steps"); // cancel once the steps are done
        };
        auto r = eol::core::exporting::RunExporter::exportRuns(m_db, request);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("export_cancelled"));
        QCOMPARE(calls, 2);
        QVERIFY(!QFileInfo::exists(out));
        const QStringList leftovers =
            QDir(m_dir.path()).entryList({QStringLiteral("cancelled*")}, QDir::Files);
        QVERIFY2(leftovers.isEmpty(), qPrintable(leftovers.join(u' ')));
    }

    void extraSheetsShareTheSnapshot()
    {
        // The hook the audit log will use: a sheet after Runs, Steps and Notes, filled from the
        // export's own read connection.
        const QString out = path(QStringLiteral("extra.xlsx"));
        eol::core::exporting::ExportRequest request;
        request.format = eol::core::exporting::ExportFormat::Xlsx;
        request.outputPath = out;
        request.filter.verdicts = {QStringLiteral("pass")};
        request.extraSheets.append(
            {QStringLiteral("Audit"),
             {{QStringLiteral("Migration"), 10}, {QStringLiteral("Name"), 30}},
             [](sqlite3* db, eol::core::exporting::XlsxWriter& book) -> eol::Result<void> {
                 sqlite3_stmt* st = nullptr;
                 sqlite3_prepare_v2(db, "SELECT version, name FROM schema_migrations ORDER BY 1",
                                    -1, &st, nullptr);
                 while (sqlite3_step(st) == SQLITE_ROW) {
                     auto r = book.appendRow(
                         {eol::core::exporting::XlsxCell::number(sqlite3_column_int(st, 0)),
                          eol::core::exporting::XlsxCell::text(QString::fromUtf8(
                              reinterpret_cast<const char*>(sqlite3_column_text(st, 1))))});
                     if (!r) {
                         sqlite3_finalize(st);
                         return r;
                     }
                 }
                 sqlite3_finalize(st);
                 return {};
             }});
        auto r = eol::core::exporting::RunExporter::exportRuns(m_db, request);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        const auto migrations =
            RawDb(m_db).rows(QStringLiteral("SELECT COUNT(*) FROM schema_migrations"));
        QCOMPARE(r->rowsPerPart.last().first, QStringLiteral("Audit"));
        QCOMPARE(r->rowsPerPart.last().second, migrations.at(0).at(0).toLongLong());
        const PythonRead read = readExport(QStringLiteral("xlsx"), out);
        QVERIFY2(read.ok, qPrintable(read.error));
        const QJsonObject audit = sheetNamed(read.json, QStringLiteral("Audit"));
        QCOMPARE(audit.value(QStringLiteral("max_row")).toInt(),
                 int(migrations.at(0).at(0).toLongLong()) + 1);
        QCOMPARE(headerOf(audit), (QStringList{"Migration", "Name"}));
        compareXlsx(Filter{{}, QStringLiteral("verdict = 'pass'"), {}}, out);
    }

    void xlsxRefusesMoreRowsThanExcelHolds()
    {
        // 1,048,576 step rows: one more than a sheet holds under its header.
        const QString big = path(QStringLiteral("big.db"));
        {
            auto opened = RunStore::open(big);
            QVERIFY(opened.ok());
            RunRecord r;
            r.runId = QStringLiteral("00000000-0000-0000-0000-0000000000b1");
            r.serial = QStringLiteral("SN-BIG");
            r.startedUtc = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
            QVERIFY((*opened)->beginRun(r).ok());
        }
        sqlite3* raw = nullptr;
        QCOMPARE(sqlite3_open_v2(QFile::encodeName(big).constData(), &raw, SQLITE_OPEN_READWRITE,
                                 nullptr),
                 SQLITE_OK);
        const char* fill =
            "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 1048575) "
            "INSERT INTO steps (run_id, seq, phase, step_id, name, kind, verdict, started_utc, "
            "duration_ms, attempts, measured) SELECT '00000000-0000-0000-0000-0000000000b1', i, "
            "'steps', 's' || i, 'Step', 'check', 'pass', '2026-01-01T00:00:00.000Z', 1, 1, i "
            "FROM n";
        QCOMPARE(sqlite3_exec(raw, fill, nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close_v2(raw);

        const QString book = path(QStringLiteral("big.xlsx"));
        auto r = runStation({QStringLiteral("records"), QStringLiteral("export"),
                             QStringLiteral("--format"), QStringLiteral("xlsx"),
                             QStringLiteral("-o"), book, QStringLiteral("--db"), big},
                            240000);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("1048576 rows for the Steps sheet") && r.err.contains("CSV"),
                 r.err.constData());
        QVERIFY(!QFileInfo::exists(book));

        // CSV has no such limit.
        const QString steps = path(QStringLiteral("big-steps.csv"));
        auto csv =
            runStation({QStringLiteral("records"), QStringLiteral("export"),
                        QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("-o"),
                        path(QStringLiteral("big.csv")), QStringLiteral("--steps"), steps,
                        QStringLiteral("--db"), big, QStringLiteral("--json")},
                       240000);
        QVERIFY2(csv.exitCode == 0, csv.err.constData());
        QCOMPARE(csv.json().value(QStringLiteral("steps")).toInteger(), 1048576);
        QFile f(steps);
        QVERIFY(f.open(QIODevice::ReadOnly));
        qint64 lines = 0;
        while (!f.atEnd())
            lines += f.readLine().endsWith("\r\n") ? 1 : 0;
        QCOMPARE(lines, 1048577);
    }
};

QTEST_GUILESS_MAIN(TstRecordsExport)
#include "tst_records_export.moc"
