// A real crash: a child process (this binary, re-executed with --child) writes finished runs,
// then keeps appending steps to a running run until the parent kills it with SIGKILL. The
// database must reopen intact, keep every committed row, and recover the running run as
// interrupted.
#include "store/RunStore.h"

#include <QCoreApplication>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <signal.h>

using eol::core::store::RunRecord;
using eol::core::store::RunStore;
using eol::core::store::StepRecord;
using eol::drivers::TranscriptEntry;

namespace {

constexpr int kFinishedRuns = 5;
constexpr int kStepsPerRun = 20;
const char* const kRunningId = "99999999-0000-0000-0000-000000000000";

QString finishedId(int i)
{
    return QStringLiteral("00000000-0000-0000-0000-%1").arg(i, 12, 10, QLatin1Char('0'));
}

StepRecord makeStep(const QString& runId, int seq)
{
    StepRecord s;
    s.runId = runId;
    s.sequence = seq;
    s.phase = QStringLiteral("steps");
    s.stepId = QStringLiteral("step_%1").arg(seq);
    s.kind = QStringLiteral("check");
    s.verdict = QStringLiteral("pass");
    s.startedUtc = QDateTime::currentDateTimeUtc();
    s.measured = QString::number(seq);
    return s;
}

/// The child: commits kFinishedRuns complete runs, then one running run whose steps it keeps
/// committing one transaction at a time until it is killed. Never returns normally.
int runChild(const QString& path)
{
    auto opened = RunStore::open(path);
    if (!opened) {
        std::fprintf(stderr, "child: %s\n", qPrintable(opened.error().message));
        return 2;
    }
    RunStore& store = **opened;
    auto check = [](const eol::Result<void>& r) {
        if (!r) {
            std::fprintf(stderr, "child: %s\n", qPrintable(r.error().message));
            std::exit(3);
        }
    };
    for (int i = 0; i < kFinishedRuns; ++i) {
        RunRecord run;
        run.runId = finishedId(i);
        run.serial = QStringLiteral("SN-%1").arg(i);
        run.startedUtc = QDateTime::currentDateTimeUtc();
        check(store.beginRun(run));
        QList<StepRecord> steps;
        for (int s = 0; s < kStepsPerRun; ++s)
            steps << makeStep(run.runId, s);
        check(store.appendSteps(steps));
        check(store.appendTranscript(
            run.runId, {{1, TranscriptEntry::Direction::FromDevice, QByteArray("OK\0\r\n", 5)}}));
        run.verdict = QStringLiteral("pass");
        check(store.finishRun(run));
    }
    RunRecord running;
    running.runId = QString::fromLatin1(kRunningId);
    running.serial = QStringLiteral("SN-RUNNING");
    check(store.beginRun(running));
    for (int seq = 0;; ++seq) {
        check(store.appendSteps({makeStep(running.runId, seq)}));
        check(store.appendTranscript(running.runId, {{seq, TranscriptEntry::Direction::ToDevice,
                                                      QByteArray(256, char('a' + seq % 26))}}));
        if (seq == 0)
            std::fputs("READY\n", stdout);
        else if (seq % 25 == 0)
            std::fprintf(stdout, "COMMITTED %d\n", seq);
        std::fflush(stdout);
    }
}

} // namespace

class TstStoreCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killDashNineKeepsCommittedRecords()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("crash.db"));

        QProcess child;
        child.setProgram(QCoreApplication::applicationFilePath());
        child.setArguments({QStringLiteral("--child"), path});
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QSignalSpy output(&child, &QProcess::readyReadStandardOutput);
        child.start();
        QVERIFY2(child.waitForStarted(10000), qPrintable(child.errorString()));
        // READY = the first step of the running run is committed; wait a little further (signal
        // driven) so the kill lands in the middle of the write loop.
        QByteArray seen;
        while (!seen.contains("READY\n") || !seen.contains("COMMITTED 50\n")) {
            if (child.state() != QProcess::Running)
                QFAIL("child exited before it was ready");
            if (child.bytesAvailable() == 0)
                QVERIFY2(output.wait(30000), "child did not report progress within 30 s");
            seen += child.readAllStandardOutput();
        }
        QCOMPARE(child.state(), QProcess::Running);
        QCOMPARE(::kill(pid_t(child.processId()), SIGKILL), 0);
        QVERIFY(child.waitForFinished(10000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);

        auto opened = RunStore::open(path);
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
        RunStore& store = **opened;
        QCOMPARE(*store.pragma(QStringLiteral("integrity_check")), QStringLiteral("ok"));
        QCOMPARE(*store.pragma(QStringLiteral("foreign_key_check")), QString());

        for (int i = 0; i < kFinishedRuns; ++i) {
            auto run = store.run(finishedId(i));
            QVERIFY(run.ok());
            QCOMPARE(run->state, QStringLiteral("finished"));
            QCOMPARE(run->verdict, QStringLiteral("pass"));
            QCOMPARE(run->serial, QStringLiteral("SN-%1").arg(i));
            QCOMPARE(store.steps(run->runId)->size(), kStepsPerRun);
            QCOMPARE(store.transcript(run->runId)->first().bytes, QByteArray("OK\0\r\n", 5));
        }
        QCOMPARE(*store.outboxCount(), kFinishedRuns);

        const QString runningId = QString::fromLatin1(kRunningId);
        auto running = store.run(runningId);
        QVERIFY(running.ok());
        QCOMPARE(running->state, QStringLiteral("running"));
        const auto steps = *store.steps(runningId);
        QVERIFY(steps.size() >= 51);
        for (int i = 0; i < steps.size(); ++i)
            QCOMPARE(steps[i].sequence, i); // a prefix: nothing half-written, nothing skipped
        qInfo("child committed %lld steps of the running run before SIGKILL",
              qlonglong(steps.size()));

        auto closed = store.closeInterruptedRuns();
        QVERIFY(closed.ok());
        QCOMPARE(*closed, 1);
        auto after = store.run(runningId);
        QCOMPARE(after->state, QStringLiteral("interrupted"));
        QCOMPARE(after->verdict, QStringLiteral("interrupted"));
        QVERIFY(after->endedUtc.isValid());
        QVERIFY(after->failureReason.contains(QStringLiteral("crash or power loss")));
        QCOMPARE(store.steps(runningId)->size(), steps.size());
        for (int i = 0; i < kFinishedRuns; ++i)
            QCOMPARE(store.run(finishedId(i))->state, QStringLiteral("finished"));
    }
};

int main(int argc, char** argv)
{
    // Child mode is handled before QTest sees the arguments.
    if (argc == 3 && std::strcmp(argv[1], "--child") == 0) {
        QCoreApplication app(argc, argv);
        return runChild(QString::fromLocal8Bit(argv[2]));
    }
    QCoreApplication app(argc, argv);
    TstStoreCrash test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_store_crash.moc"
