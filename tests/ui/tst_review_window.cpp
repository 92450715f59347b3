// The QA review window offscreen, on real SQLite files: filter -> run detail (failing exchange
// highlighted in the transcript) -> unit history -> add a note -> export the filter to CSV ->
// delete the note -> export to .xlsx read back with openpyxl (Runs, Steps, Notes, Audit);
// the lazy table fetching more on scroll; charts following the filter; read-only access.
#include "../bench/support/ReviewRunGenerator.h"
#include "PythonReader.h"
#include "ReviewSampleDatabase.h"
#include "store/RunStore.h"
#include "ui/review/HistogramChartView.h"
#include "ui/review/NotesPanel.h"
#include "ui/review/ParetoChartView.h"
#include "ui/review/ReviewCharts.h"
#include "ui/review/ReviewFilterBar.h"
#include "ui/review/ReviewWindow.h"
#include "ui/review/RunDetailView.h"
#include "ui/review/RunTableModel.h"
#include "ui/review/TranscriptFormatter.h"
#include "ui/review/UnitHistoryView.h"
#include "ui/review/YieldChartView.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSet>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextEdit>
#include <QTextTable>

using eol::ui::review::NotesPanel;
using eol::ui::review::ReviewAccess;
using eol::ui::review::ReviewFilterBar;
using eol::ui::review::ReviewWindow;
using eol::ui::review::ReviewWorker;
using eol::ui::review::RunTableModel;
using eol::ui::review::TranscriptFormatter;

namespace {

constexpr int kTimeoutMs = 20000;

int rowOf(const RunTableModel* model, const QString& runId)
{
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->row(r).runId == runId)
            return r;
    }
    return -1;
}

/// The plain text of every transcript line whose cells carry the highlight background.
QStringList highlightedLines(QTextEdit* view)
{
    QStringList out;
    const QColor hot(QLatin1String(TranscriptFormatter::kHighlightColor));
    QTextDocument* doc = view->document();
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
        QTextCursor c(b);
        QTextTable* table = c.currentTable();
        if (!table)
            continue;
        const QTextTableCell cell = table->cellAt(c);
        if (cell.column() != 3 || cell.format().background().color() != hot)
            continue;
        out << b.text();
    }
    return out;
}

} // namespace

class TestReviewWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    eol::testing::ReviewSampleDatabase m_sample;

    /// A window on `path`, filtered to all time.
    std::unique_ptr<ReviewWindow> openAllTime(const QString& path, const ReviewAccess& access)
    {
        auto w = std::make_unique<ReviewWindow>(path, access);
        w->resize(1400, 860);
        w->show();
        // Replaces the window's first filter (the last 7 days) at once: the model starts over.
        w->filterBar()->setRange(ReviewFilterBar::Range::AllTime);
        return w;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("records.db"));
        QString error;
        QVERIFY2(m_sample.create(m_path, &error), qPrintable(error));
    }

    void filterDetailNoteExport()
    {
        // The registry refused SN002's failed run as a conflict (what the sync worker records).
        {
            auto store = eol::core::store::RunStore::open(m_path);
            QVERIFY(store);
            QVERIFY((*store)
                        ->markRejected(m_sample.ids.value("r2"), QStringLiteral("conflict"),
                                       QStringLiteral("IMEI already registered to SN777"),
                                       QStringLiteral("imei"))
                        .ok());
        }
        auto w = openAllTime(m_path, {QStringLiteral("qa-anna"), true});
        RunTableModel* model = w->model();
        QTRY_COMPARE_WITH_TIMEOUT(model->total(), qint64(8), kTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 8, kTimeoutMs);

        // Filter: only DUT failures.
        w->filterBar()->verdictBox(QStringLiteral("fail"))->setChecked(true);
        QTRY_COMPARE_WITH_TIMEOUT(model->total(), qint64(3), kTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 3, kTimeoutMs);
        for (int r = 0; r < 3; ++r)
            QCOMPARE(model->row(r).verdict, QStringLiteral("fail"));
        QVERIFY(w->findChild<QLabel*>(QStringLiteral("countLabel"))
                    ->text()
                    .contains(QStringLiteral("3")));

        // Detail of SN002's failed run: steps, limits, the failing exchange highlighted.
        const int row = rowOf(model, m_sample.ids.value("r2"));
        QVERIFY(row >= 0);
        QSignalSpy detail(w.get(), &ReviewWindow::detailShown);
        QSignalSpy history(w.get(), &ReviewWindow::historyShown);
        QSignalSpy notes(w.get(), &ReviewWindow::notesShown);
        w->runTable()->selectRow(row);
        QVERIFY(detail.wait(kTimeoutMs));
        QCOMPARE(detail.first().first().toString(), m_sample.ids.value("r2"));
        QTableWidget* steps = w->detailView()->stepTable();
        QCOMPARE(steps->rowCount(), 4);
        QCOMPARE(steps->item(3, 2)->text(), QStringLiteral("FAIL"));
        QCOMPARE(steps->item(3, 3)->text(), QStringLiteral("4600"));
        QCOMPARE(steps->item(3, 5)->text(), QStringLiteral("4500"));
        const QStringList hot = highlightedLines(w->detailView()->transcriptView());
        QCOMPARE(hot.size(), 2);
        QVERIFY2(hot[0].contains(QStringLiteral("AT%XVBAT")), qPrintable(hot.join('|')));
        QVERIFY2(hot[1].contains(QStringLiteral("%XVBAT: 4600")), qPrintable(hot.join('|')));
        QVERIFY(
            w->detailView()->transcriptView()->toPlainText().contains(QStringLiteral("AT+CGSN")));
        QCOMPARE(w->detailView()->attributeTable()->rowCount(), 3);
        // ... and the registry's conflict stands out with its reason and field.
        QLabel* sync = w->detailView()->syncLabel();
        QVERIFY(sync->isVisibleTo(w.get()));
        QVERIFY2(sync->text().contains(QStringLiteral("CONFLICT")) &&
                     sync->text().contains(QStringLiteral("IMEI already registered to SN777")) &&
                     sync->text().contains(QStringLiteral("field imei")),
                 qPrintable(sync->text()));
        QCOMPARE(sync->property("syncState").toString(), QStringLiteral("refused"));

        // Unit history: first pass failed, the retest passed.
        QVERIFY(history.count() > 0 || history.wait(kTimeoutMs));
        QCOMPARE(w->historyView()->table()->rowCount(), 2);
        const QString summary = w->historyView()->summaryText();
        QVERIFY2(summary.contains(QStringLiteral("first pass FAIL")), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("final result PASS")), qPrintable(summary));

        // A note on the run, written through the UI, stored in the database.
        QVERIFY(notes.count() > 0 || notes.wait(kTimeoutMs));
        NotesPanel* panel = w->notesPanel();
        QVERIFY(!panel->addToRunButton()->isEnabled());
        panel->editor()->setPlainText(
            QStringLiteral("Battery pack from lot 7 — swapped, retest ok"));
        QVERIFY(panel->addToRunButton()->isEnabled());
        notes.clear();
        QTest::mouseClick(panel->addToRunButton(), Qt::LeftButton);
        QVERIFY(notes.wait(kTimeoutMs));
        QCOMPARE(panel->runList()->count(), 1);
        QVERIFY(panel->runList()->item(0)->text().contains(QStringLiteral("qa-anna")));
        QVERIFY(panel->runList()->item(0)->text().contains(QStringLiteral("lot 7")));
        {
            auto store = eol::core::store::RunStore::open(m_path);
            QVERIFY(store);
            auto stored = (*store)->notesForRun(m_sample.ids.value("r2"));
            QVERIFY(stored);
            QCOMPARE(stored->size(), 1);
            QCOMPARE(stored->first().author, QStringLiteral("qa-anna"));
            QCOMPARE(stored->first().serial, QStringLiteral("SN002"));
        }

        // Export the filter to CSV through the button: exactly the three failed runs.
        const QString csv = m_dir.filePath(QStringLiteral("failed.csv"));
        w->setExportPathChooser([&](ReviewWorker::ExportFormat format, const QString& suggested) {
            return format == ReviewWorker::ExportFormat::Csv &&
                           suggested.endsWith(QLatin1String(".csv"))
                       ? csv
                       : QString();
        });
        QSignalSpy exported(w.get(), &ReviewWindow::exportFinished);
        QTest::mouseClick(w->filterBar()->csvButton(), Qt::LeftButton);
        QVERIFY(exported.wait(kTimeoutMs));
        QCOMPARE(exported.first().at(1).toInt(), 3);
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 4);
        QVERIFY(lines[0].startsWith("run_id,"));
        QSet<QString> ids;
        for (const QByteArray& line : lines.mid(1))
            ids.insert(QString::fromUtf8(line.left(line.indexOf(','))));
        QCOMPARE(ids, (QSet<QString>{m_sample.ids.value("r2"), m_sample.ids.value("r5"),
                                     m_sample.ids.value("r8")}));

        // Delete the note through the UI: gone from the list, kept in the store as deleted,
        // and on record in the audit log.
        panel->runList()->setCurrentRow(0);
        auto* deleteButton = panel->findChild<QPushButton*>(QStringLiteral("deleteNote"));
        QVERIFY(deleteButton && deleteButton->isEnabled());
        notes.clear();
        QTest::mouseClick(deleteButton, Qt::LeftButton);
        QVERIFY(notes.wait(kTimeoutMs));
        QCOMPARE(panel->runList()->count(), 1); // the "(none)" placeholder
        QCOMPARE(panel->runList()->item(0)->flags(), Qt::NoItemFlags);

        // Export the same filter to Excel through the button and read it back with openpyxl:
        // the three runs, their steps, the deleted note, and the audit row of its deletion.
        const QString xlsx = m_dir.filePath(QStringLiteral("failed.xlsx"));
        w->setExportPathChooser([&](ReviewWorker::ExportFormat format, const QString& suggested) {
            return format == ReviewWorker::ExportFormat::Xlsx &&
                           suggested.endsWith(QLatin1String(".xlsx"))
                       ? xlsx
                       : QString();
        });
        exported.clear();
        QTest::mouseClick(w->filterBar()->xlsxButton(), Qt::LeftButton);
        QVERIFY(exported.wait(kTimeoutMs));
        QCOMPARE(exported.first().at(1).toInt(), 3);
        const PythonRead read = readExport(QStringLiteral("xlsx"), xlsx);
        QVERIFY2(read.ok, qPrintable(read.error));
        QHash<QString, QJsonArray> sheets;
        for (const QJsonValue& sheet : read.json.value(QStringLiteral("sheets")).toArray())
            sheets.insert(sheet[QStringLiteral("name")].toString(),
                          sheet[QStringLiteral("rows")].toArray());
        QCOMPARE(sheets.keys().size(), 4);
        for (const char* name : {"Runs", "Steps", "Notes", "Audit"})
            QVERIFY2(sheets.contains(QLatin1String(name)), name);
        auto text = [](const QJsonValue& cell) { return cell[QStringLiteral("v")].toVariant().toString(); };
        const QJsonArray runs = sheets.value(QStringLiteral("Runs"));
        QCOMPARE(runs.size(), 4); // header + three failed runs
        QSet<QString> xlsxIds;
        for (qsizetype i = 1; i < runs.size(); ++i)
            xlsxIds.insert(text(runs.at(i).toArray().at(0)));
        QCOMPARE(xlsxIds, ids);
        QVERIFY(sheets.value(QStringLiteral("Steps")).size() > 3);
        const QJsonArray noteRows = sheets.value(QStringLiteral("Notes"));
        QCOMPARE(noteRows.size(), 2);
        QVERIFY(QJsonDocument(noteRows.at(1).toArray()).toJson().contains("lot 7"));
        bool deletionAudited = false;
        for (const QJsonValue& row : sheets.value(QStringLiteral("Audit"))) {
            const QByteArray line = QJsonDocument(row.toArray()).toJson();
            deletionAudited |= line.contains("note_deleted") && line.contains("lot 7");
        }
        QVERIFY2(deletionAudited, "the Audit sheet has no note_deleted row with the note's text");
    }

    void searchAndFailingStepFilters()
    {
        auto w = openAllTime(m_path, {QStringLiteral("qa-anna"), true});
        RunTableModel* model = w->model();
        QTRY_COMPARE_WITH_TIMEOUT(model->total(), qint64(8), kTimeoutMs);
        // Free search on an ICCID prefix (the ICCID lives in the attributes).
        QTest::keyClicks(w->filterBar()->searchEdit(), QStringLiteral("894900000000000000021"));
        QTRY_COMPARE_WITH_TIMEOUT(model->total(), qint64(2), kTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 2, kTimeoutMs);
        QCOMPARE(model->row(0).serial, QStringLiteral("SN002"));
        w->filterBar()->searchEdit()->clear();
        QTRY_COMPARE_WITH_TIMEOUT(model->total(), qint64(8), kTimeoutMs);
        // The failing-step box lists what failed; picking one filters on it.
        QComboBox* steps = w->filterBar()->failingStepBox();
        QTRY_VERIFY_WITH_TIMEOUT(steps->findData(QStringLiteral("battery_range")) > 0, kTimeoutMs);
        steps->setCurrentIndex(steps->findData(QStringLiteral("battery_range")));
        QTRY_COMPARE_WITH_TIMEOUT(model->total(), qint64(2), kTimeoutMs);
    }

    void chartsFollowTheFilter()
    {
        auto w = openAllTime(m_path, {QStringLiteral("qa-anna"), true});
        QSignalSpy charts(w.get(), &ReviewWindow::chartsUpdated);
        QTRY_VERIFY_WITH_TIMEOUT(w->charts()->stepBox()->count() > 0, kTimeoutMs);
        w->charts()->setHistogramStep(QStringLiteral("battery_range"));
        w->mainTabs()->setCurrentWidget(w->charts());
        QTRY_VERIFY_WITH_TIMEOUT(
            !charts.isEmpty() && w->charts()->histogram()->histogram().count == 4, kTimeoutMs);
        const QStringList bars = w->charts()->pareto()->categories();
        QCOMPARE(bars.first(), QStringLiteral("battery_range"));
        QCOMPARE(bars.size(), 4);
        QCOMPARE(w->charts()->pareto()->cumulative().last(), 100.0);
        QCOMPARE(w->charts()->histogram()->limitLineCount(), 2);
        QVERIFY(!w->charts()->yield()->points().isEmpty());

        // Gateway only: its one failing step and the aborted one; no battery measurements.
        charts.clear();
        QComboBox* product = w->filterBar()->productBox();
        product->setCurrentIndex(product->findData(QStringLiteral("Gateway")));
        QTRY_VERIFY_WITH_TIMEOUT(
            !charts.isEmpty() && w->charts()->pareto()->categories().size() == 2, kTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(w->charts()->histogram()->histogram().count, 0, kTimeoutMs);
    }

    void tableFetchesMoreOnScroll()
    {
        // Enough runs for several pages.
        const QString path = m_dir.filePath(QStringLiteral("many.db"));
        eol::bench::GeneratorOptions options;
        options.runs = 1500;
        options.runsPerDay = 1500;
        options.lastDay = QDate::currentDate();
        auto generated = eol::bench::ReviewRunGenerator(options).generate(path);
        QVERIFY2(generated, generated ? "" : qPrintable(generated.error().message));

        auto w = openAllTime(path, {QStringLiteral("qa-anna"), false});
        RunTableModel* model = w->model();
        QTRY_COMPARE_WITH_TIMEOUT(model->total(), qint64(1500), kTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), RunTableModel::kPageSize, kTimeoutMs);
        int loaded = model->rowCount();
        for (int i = 0; i < 3; ++i) {
            w->runTable()->scrollToBottom();
            QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > loaded, kTimeoutMs);
            loaded = model->rowCount();
        }
        QVERIFY(loaded >= 4 * RunTableModel::kPageSize);
        QVERIFY(loaded < 1500); // lazily: only what was scrolled to
        QSet<QString> ids;
        for (int r = 0; r < loaded; ++r) {
            ids.insert(model->row(r).runId);
            if (r > 0)
                QVERIFY(model->row(r - 1).startedKey >= model->row(r).startedKey);
        }
        QCOMPARE(ids.size(), loaded);

        // Sorting starts over in the new order, still lazily.
        w->runTable()->sortByColumn(RunTableModel::Serial, Qt::AscendingOrder);
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), RunTableModel::kPageSize, kTimeoutMs);
        QCOMPARE(model->row(0).serial, QStringLiteral("SN00000001"));
        QVERIFY(model->row(1).serial >= model->row(0).serial);

        // Read-only access: notes are shown, never written.
        NotesPanel* panel = w->notesPanel();
        QVERIFY(!panel->editor()->isEnabled());
        QVERIFY(panel->addToRunButton()->isHidden());
        QVERIFY(panel->addToDeviceButton()->isHidden());
    }

    void aMissingDatabaseIsExplained()
    {
        ReviewWindow w(m_dir.filePath(QStringLiteral("gone.db")), {QStringLiteral("qa"), true});
        QSignalSpy error(&w, &ReviewWindow::errorShown);
        QVERIFY(error.wait(kTimeoutMs));
        QVERIFY2(w.lastError().contains(QStringLiteral("no record database")),
                 qPrintable(w.lastError()));
    }
};

QTEST_MAIN(TestReviewWindow)
#include "tst_review_window.moc"
