// QA review on a big station database: how long each filter, page, chart query and the
// opening of the review window take. Fills a database with realistic runs through the real
// schema (support/ReviewRunGenerator.h), then times every query kind several times and prints
// median / p95 against the 100 ms target.
//
//   bench_review_queries            1,000,000 runs, generated once and cached in the build dir
//   bench_review_queries --quick    20,000 runs in a temporary folder (what ctest runs)
//   options: --runs N, --db FILE (use it; generated there when missing), --reps N, --only TEXT,
//            --screenshots DIR (save review-runs/detail/charts.png from the database and exit)
#include "review/ReviewDatabase.h"
#include "store/RunStore.h"
#include "support/ReviewRunGenerator.h"
#include "ui/review/ReviewCharts.h"
#include "ui/review/ReviewFilterBar.h"
#include "ui/review/ReviewWindow.h"
#include "ui/review/RunDetailView.h"
#include "ui/review/RunTableModel.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocale>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <functional>
#include <sys/resource.h>
#include <vector>

using eol::core::review::ReviewColumn;
using eol::core::review::ReviewDatabase;
using eol::core::review::ReviewFilter;
using eol::core::review::ReviewSort;
using eol::core::review::RunCursor;

namespace {

constexpr double kTargetMs = 100.0;

struct Row
{
    QString name;
    qint64 rows = 0;
    double median = 0;
    double p95 = 0;
    double first = 0;
    double cpu = 0; ///< median CPU time of the whole process (all threads), ms
    bool ok = true;
};

/// CPU time of the process so far (user + system, all threads), in ms.
double processCpuMs()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return (double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1e3) +
           (double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e3);
}

double percentile(std::vector<double> v, double q)
{
    std::sort(v.begin(), v.end());
    const size_t i = std::min(v.size() - 1, size_t(q * double(v.size() - 1) + 0.5));
    return v[i];
}

/// Runs `query` once untimed-as-first then `reps` times; `query` returns the rows it produced
/// (or -1 on error).
/// `--only TEXT`: measure only the queries whose name contains TEXT (for quick checks).
QString g_only;

Row measure(const QString& name, int reps, const std::function<qint64()>& query)
{
    Row row;
    row.name = name;
    if (!g_only.isEmpty() && !name.contains(g_only)) {
        row.ok = true;
        row.rows = -1;
        return row;
    }
    std::vector<double> ms;
    std::vector<double> cpu;
    for (int i = 0; i <= reps; ++i) {
        QElapsedTimer t;
        const double cpu0 = processCpuMs();
        t.start();
        const qint64 n = query();
        const double elapsed = double(t.nsecsElapsed()) / 1e6;
        const double cpuUsed = processCpuMs() - cpu0;
        if (n < 0) {
            row.ok = false;
            break;
        }
        row.rows = n;
        if (i == 0) {
            row.first = elapsed;
        } else {
            ms.push_back(elapsed);
            cpu.push_back(cpuUsed);
        }
    }
    if (!ms.empty()) {
        row.median = percentile(ms, 0.5);
        row.p95 = percentile(ms, 0.95);
        row.cpu = percentile(cpu, 0.5);
    }
    std::fprintf(stderr, "  %-58s %9.2f ms\n", qPrintable(name), row.median);
    return row;
}

void printTable(const QList<Row>& rows, qint64 runs)
{
    std::printf("\nQA review queries on %s runs (wall-clock median and p95 of the repeated runs; "
                "'first' = the first run after the previous query; 'cpu' = median CPU time of the "
                "whole process, all threads)\n\n",
                qPrintable(QLocale(QLocale::English).toString(runs)));
    std::printf("| %-58s | %9s | %9s | %9s | %9s | %9s | %-6s |\n", "query", "rows", "first ms",
                "median ms", "p95 ms", "cpu ms", "< 100?");
    std::printf("|%s|%s|%s|%s|%s|%s|%s|\n", QByteArray(60, '-').constData(),
                QByteArray(11, '-').constData(), QByteArray(11, '-').constData(),
                QByteArray(11, '-').constData(), QByteArray(11, '-').constData(),
                QByteArray(11, '-').constData(), QByteArray(8, '-').constData());
    for (const Row& r : rows) {
        if (r.rows < 0)
            continue;
        std::printf("| %-58s | %9lld | %9.1f | %9.1f | %9.1f | %9.1f | %-6s |\n",
                    qPrintable(r.name), static_cast<long long>(r.rows), r.first, r.median, r.p95,
                    r.cpu, !r.ok ? "ERROR" : (r.p95 < kTargetMs ? "yes" : "NO"));
    }
    std::fflush(stdout);
}

bool waitFor(const std::function<bool()>& done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

int takeScreenshots(const QString& dbPath, const QString& outDir, const QDate& lastDay)
{
    QDir().mkpath(outDir);
    eol::ui::review::ReviewWindow w(dbPath, {QStringLiteral("qa-anna"), true});
    w.resize(1600, 940);
    w.show();
    auto* bar = w.filterBar();
    bar->setToday(lastDay);
    bar->setRange(eol::ui::review::ReviewFilterBar::Range::Last7Days);
    if (!waitFor([&] { return w.model()->total() > 0 && w.model()->rowCount() > 0; }, 60000))
        return 2;
    waitFor([&] { return bar->productBox()->count() > 1; }, 10000);
    bar->productBox()->setCurrentIndex(
        bar->productBox()->findData(QStringLiteral("BG96 LTE-M gateway")));
    bar->verdictBox(QStringLiteral("fail"))->setChecked(true);
    bar->verdictBox(QStringLiteral("error"))->setChecked(true);
    if (!waitFor([&] { return w.model()->total() > 0 && w.model()->rowCount() > 0; }, 60000))
        return 2;
    // Open a failed run whose failing step has an exchange of its own to highlight.
    int row = 0;
    for (int r = 0; r < w.model()->rowCount(); ++r) {
        if (w.model()->row(r).verdict == QLatin1String("fail") &&
            w.model()->row(r).failingStep == QLatin1String("signal_range")) {
            row = r;
            break;
        }
    }
    bool detail = false;
    bool notes = false;
    QObject::connect(&w, &eol::ui::review::ReviewWindow::detailShown, &w,
                     [&detail] { detail = true; });
    QObject::connect(&w, &eol::ui::review::ReviewWindow::notesShown, &w,
                     [&notes] { notes = true; });
    w.runTable()->selectRow(row);
    if (!waitFor([&] { return detail; }, 20000))
        return 2;
    waitFor([&] { return notes; }, 5000);
    waitFor([] { return false; }, 300); // let the history arrive and paint
    w.grab().save(QDir(outDir).filePath(QStringLiteral("review-runs.png")));

    w.detailView()->tabs()->setCurrentIndex(eol::ui::review::RunDetailView::TranscriptTab);
    waitFor([] { return false; }, 200);
    w.grab().save(QDir(outDir).filePath(QStringLiteral("review-detail.png")));

    // Charts: last 30 days of the tracker, battery histogram.
    for (const QString& v : {QStringLiteral("fail"), QStringLiteral("error")})
        bar->verdictBox(v)->setChecked(false);
    bar->productBox()->setCurrentIndex(
        bar->productBox()->findData(QStringLiteral("nRF9160 asset tracker")));
    bar->setRange(eol::ui::review::ReviewFilterBar::Range::Last30Days);
    waitFor([&] { return w.charts()->stepBox()->count() > 0; }, 10000);
    w.charts()->setHistogramStep(QStringLiteral("battery_range"));
    bool charts = false;
    QObject::connect(&w, &eol::ui::review::ReviewWindow::chartsUpdated, &w,
                     [&charts] { charts = true; });
    w.mainTabs()->setCurrentWidget(w.charts());
    if (!waitFor([&] { return charts; }, 60000))
        return 2;
    waitFor([] { return false; }, 300);
    w.grab().save(QDir(outDir).filePath(QStringLiteral("review-charts.png")));
    std::printf("screenshots saved in %s\n", qPrintable(outDir));
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const bool quick = args.contains(QStringLiteral("--quick"));
    auto option = [&](const QString& name) {
        const qsizetype i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args[i + 1] : QString();
    };
    const int runs = option(QStringLiteral("--runs")).isEmpty()
                         ? (quick ? 20000 : 1000000)
                         : option(QStringLiteral("--runs")).toInt();
    g_only = option(QStringLiteral("--only"));
    const int reps = option(QStringLiteral("--reps")).isEmpty()
                         ? (quick ? 5 : 15)
                         : option(QStringLiteral("--reps")).toInt();

    // The database: given, cached in the build dir (big runs), or fresh in a temporary dir.
    QTemporaryDir tmp;
    // --db FILE: an existing database is used as it is; a missing one is generated there.
    QString dbPath = option(QStringLiteral("--db"));
    const bool given = !dbPath.isEmpty();
    QString dir;
    if (!given) {
        const bool cache = runs >= 100000;
        dir = cache ? QDir(QCoreApplication::applicationDirPath())
                          .filePath(QStringLiteral("review-bench-data"))
                    : tmp.path();
        QDir().mkpath(dir);
        dbPath = QDir(dir).filePath(QStringLiteral("review-%1-schema%2-gen%3.db")
                                        .arg(runs)
                                        .arg(eol::core::store::RunStore::latestSchemaVersion())
                                        .arg(eol::bench::ReviewRunGenerator::kVersion));
    }
    {
        if (!QFileInfo::exists(dbPath)) {
            // Older caches (another schema or generator) are removed, not kept around.
            if (!given) {
                for (const QString& old : QDir(dir).entryList({QStringLiteral("review-*.db*")}))
                    QFile::remove(QDir(dir).filePath(old));
            }
            eol::bench::GeneratorOptions options;
            options.runs = runs;
            options.lastDay = QDateTime::currentDateTimeUtc().date();
            // A million runs with every transcript would be ~21 M chunk rows; failed runs keep
            // theirs, passes every 25th (see docs/qa-review.md).
            options.passTranscriptEvery = runs > 100000 ? 25 : 1;
            std::fprintf(stderr, "generating %d runs into %s ...\n", runs, qPrintable(dbPath));
            const QString partial = QString(dbPath + QStringLiteral(".partial"));
            QFile::remove(partial);
            auto stats = eol::bench::ReviewRunGenerator(options).generate(partial);
            if (!stats) {
                std::fprintf(stderr, "generation failed: %s\n", qPrintable(stats.error().message));
                return 2;
            }
            QFile::rename(partial, dbPath);
            std::printf(
                "generated %lld runs, %lld steps, %lld transcript chunks in %.1f s "
                "(%lld first runs, first-pass yield %.2f %%, %lld failed runs), %.0f MB\n",
                static_cast<long long>(stats->runs), static_cast<long long>(stats->steps),
                static_cast<long long>(stats->transcriptChunks), stats->seconds,
                static_cast<long long>(stats->firstRuns),
                100.0 * double(stats->firstPass) / double(std::max<qint64>(1, stats->firstRuns)),
                static_cast<long long>(stats->failed), double(QFileInfo(dbPath).size()) / 1e6);
        } else {
            std::printf("using cached %s (%.0f MB)\n", qPrintable(dbPath),
                        double(QFileInfo(dbPath).size()) / 1e6);
        }
    }

    auto opened = ReviewDatabase::open(dbPath);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
        return 2;
    }
    ReviewDatabase& db = **opened;

    // Reference points taken from the data itself, so every filter matches something.
    auto newest = db.runPage({}, ReviewSort{}, RunCursor{}, 1);
    if (!newest || newest->rows.isEmpty()) {
        std::fprintf(stderr, "the database is empty\n");
        return 2;
    }
    const QDate lastDay = newest->rows.first().startedUtc.date();
    if (args.contains(QStringLiteral("--screenshots")))
        return takeScreenshots(dbPath, option(QStringLiteral("--screenshots")), lastDay);

    auto total = db.countRuns({});
    const qint64 all = total ? *total : 0;
    const QDateTime endOfData(lastDay.addDays(1), QTime(0, 0), Qt::UTC);
    ReviewFilter failed;
    failed.verdicts = {QStringLiteral("fail")};
    auto failedPage = db.runPage(failed, ReviewSort{}, RunCursor{}, 1);
    const eol::core::review::ReviewRunRow sample =
        failedPage && !failedPage->rows.isEmpty() ? failedPage->rows.first() : newest->rows.first();
    ReviewFilter yesterday;
    yesterday.fromUtc = endOfData.addDays(-2);
    yesterday.toUtc = endOfData.addDays(-1);
    auto yesterdayPage = db.runPage(yesterday, ReviewSort{}, RunCursor{}, 1);
    const QString batch = yesterdayPage && !yesterdayPage->rows.isEmpty()
                              ? yesterdayPage->rows.first().batch
                              : sample.batch;

    struct NamedFilter
    {
        QString name;
        ReviewFilter filter;
    };
    QList<NamedFilter> filters;
    filters.append({QStringLiteral("all runs"), {}});
    ReviewFilter f;
    f.fromUtc = endOfData.addDays(-7);
    f.toUtc = endOfData;
    filters.append({QStringLiteral("date: last 7 days"), f});
    filters.append({QStringLiteral("date: yesterday"), yesterday});
    f = {};
    f.product = QStringLiteral("nRF9160 asset tracker");
    filters.append({QStringLiteral("product (40 % of runs)"), f});
    f = {};
    f.planId = QStringLiteral("bg96-gateway");
    f.planRevision = 2;
    filters.append({QStringLiteral("plan revision"), f});
    filters.append({QStringLiteral("verdict: fail"), failed});
    f = {};
    f.verdicts = {QStringLiteral("error"), QStringLiteral("aborted"),
                  QStringLiteral("interrupted")};
    filters.append({QStringLiteral("verdict: error + aborted + interrupted"), f});
    f = {};
    f.failingStep = QStringLiteral("signal_range");
    filters.append({QStringLiteral("failing step"), f});
    f = {};
    f.batch = batch;
    filters.append({QStringLiteral("batch"), f});
    f.batch = sample.workOrder;
    filters.append({QStringLiteral("work order"), f});
    f = {};
    f.operatorName = QStringLiteral("aylin");
    filters.append({QStringLiteral("operator"), f});
    f = {};
    f.stationId = QStringLiteral("line-3");
    filters.append({QStringLiteral("station"), f});
    f = {};
    f.search = sample.serial;
    filters.append({QStringLiteral("search: serial"), f});
    f.search = sample.imei.left(12);
    filters.append({QStringLiteral("search: IMEI prefix"), f});
    f.search = sample.iccid;
    filters.append({QStringLiteral("search: ICCID"), f});
    f = {};
    f.product = QStringLiteral("nRF9160 asset tracker");
    f.verdicts = {QStringLiteral("fail"), QStringLiteral("error")};
    f.fromUtc = endOfData.addDays(-30);
    f.toUtc = endOfData;
    filters.append({QStringLiteral("product + fail/error + last 30 days"), f});

    QList<Row> rows;
    std::fprintf(stderr, "timing %d repetitions per query on %lld runs\n", reps,
                 static_cast<long long>(all));
    for (const NamedFilter& nf : filters) {
        rows << measure(QStringLiteral("count: %1").arg(nf.name), reps, [&] {
            auto n = db.countRuns(nf.filter);
            return n ? *n : -1;
        });
        rows << measure(QStringLiteral("first page (200): %1").arg(nf.name), reps, [&] {
            auto p = db.runPage(nf.filter, ReviewSort{}, RunCursor{}, 200);
            return p ? qint64(p->rows.size()) : -1;
        });
    }

    // Deep pages: the keyset cursor of the row half-way down, and offsets for other orders.
    const int deep = int(all / 2);
    RunCursor deepCursor;
    {
        // Walk there once with big keyset pages (not timed).
        RunCursor c;
        while (c.offset < deep) {
            auto p = db.runPage({}, ReviewSort{}, c, std::min(10000, deep - c.offset));
            if (!p || p->rows.isEmpty())
                break;
            c.offset += int(p->rows.size());
            c.startedKey = p->rows.last().startedKey;
            c.runId = p->rows.last().runId;
        }
        deepCursor = c;
    }
    rows << measure(QStringLiteral("page at row %1, newest first (keyset)")
                        .arg(QLocale(QLocale::English).toString(deep)),
                    reps, [&] {
                        auto p = db.runPage({}, ReviewSort{}, deepCursor, 200);
                        return p ? qint64(p->rows.size()) : -1;
                    });
    for (const auto& [column, name] :
         {std::pair{ReviewColumn::Product, QStringLiteral("product")},
          std::pair{ReviewColumn::Serial, QStringLiteral("serial")},
          std::pair{ReviewColumn::Verdict, QStringLiteral("verdict")}}) {
        ReviewSort s;
        s.column = column;
        s.descending = false;
        RunCursor c;
        c.offset = deep;
        rows << measure(QStringLiteral("page at row %1, sorted by %2 (offset)")
                            .arg(QLocale(QLocale::English).toString(deep), name),
                        reps, [&] {
                            auto p = db.runPage({}, s, c, 200);
                            return p ? qint64(p->rows.size()) : -1;
                        });
    }

    ReviewFilter last30;
    last30.fromUtc = endOfData.addDays(-30);
    last30.toUtc = endOfData;
    ReviewFilter tracker;
    tracker.product = QStringLiteral("nRF9160 asset tracker");
    const QList<NamedFilter> chartFilters{{QStringLiteral("all runs"), {}},
                                          {QStringLiteral("last 30 days"), last30},
                                          {QStringLiteral("product"), tracker},
                                          {QStringLiteral("yesterday"), yesterday}};
    for (const NamedFilter& nf : chartFilters) {
        rows << measure(QStringLiteral("Pareto of failing steps: %1").arg(nf.name), reps, [&] {
            auto p = db.pareto(nf.filter);
            return p ? qint64(p->size()) : -1;
        });
    }
    const QTimeZone zone = QTimeZone::systemTimeZone();
    for (const NamedFilter& nf : chartFilters) {
        rows << measure(QStringLiteral("first-pass yield per day: %1").arg(nf.name), reps, [&] {
            auto y = db.firstPassYield(nf.filter, zone);
            return y ? qint64(y->size()) : -1;
        });
    }
    for (const NamedFilter& nf : chartFilters) {
        rows << measure(QStringLiteral("histogram battery_range: %1").arg(nf.name), reps, [&] {
            auto h = db.histogram(nf.filter, QStringLiteral("battery_range"), 40);
            return h ? qint64(h->count) : -1;
        });
    }
    rows << measure(QStringLiteral("unit history (retested serial)"), reps, [&] {
        auto h = db.unitHistory(sample.serial);
        return h ? qint64(h->runs.size()) : -1;
    });
    rows << measure(QStringLiteral("run detail (steps, attributes, transcript)"), reps, [&] {
        auto d = db.runDetail(sample.runId);
        return d ? qint64(d->steps.size() + d->transcript.size()) : -1;
    });
    rows << measure(QStringLiteral("filter choices (combo boxes)"), reps, [&] {
        auto c = db.filterChoices();
        return c ? qint64(c->products.size() + c->plans.size() + c->failingSteps.size() +
                          c->operators.size() + c->batches.size())
                 : -1;
    });

    // The view: construct the window, all time, until the first page is in the table.
    const int viewReps = std::max(3, reps / 3);
    rows << measure(QStringLiteral("open the review window (all time) -> first page shown"),
                    viewReps, [&]() -> qint64 {
                        eol::ui::review::ReviewWindow w(dbPath, {QStringLiteral("bench"), false});
                        w.resize(1500, 900);
                        w.show();
                        w.filterBar()->setRange(eol::ui::review::ReviewFilterBar::Range::AllTime);
                        if (!waitFor([&] { return w.model()->rowCount() > 0; }, 60000))
                            return -1;
                        return w.model()->rowCount();
                    });
    rows << measure(
        QStringLiteral("open the review window (all time) -> count shown"), viewReps,
        [&]() -> qint64 {
            eol::ui::review::ReviewWindow w(dbPath, {QStringLiteral("bench"), false});
            w.resize(1500, 900);
            w.show();
            w.filterBar()->setRange(eol::ui::review::ReviewFilterBar::Range::AllTime);
            if (!waitFor([&] { return w.model()->rowCount() > 0 && w.model()->total() >= 0; },
                         60000))
                return -1;
            return w.model()->total();
        });

    printTable(rows, all);
    bool allOk = true;
    for (const Row& r : rows)
        allOk = allOk && r.ok;
    return allOk ? 0 : 1;
}
