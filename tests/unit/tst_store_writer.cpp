// StoreWriter on a real writer QThread with a real SQLite file: group commit, ordering,
// "runFinished only after COMMIT", and one bad write not losing its batch neighbours.
#include "store/RunStore.h"
#include "store/StoreWriter.h"

#include <QMutex>
#include <QTemporaryDir>
#include <QScopeGuard>
#include <QTest>
#include <QThread>
#include <QUuid>

using eol::core::store::RunRecord;
using eol::core::store::RunStore;
using eol::core::store::StepRecord;
using eol::core::store::StoreWriter;
using eol::drivers::TranscriptEntry;

namespace {

RunRecord makeRun()
{
    RunRecord r;
    r.runId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    r.serial = QStringLiteral("SN-W");
    r.product = QStringLiteral("tracker-x");
    r.startedUtc = QDateTime::currentDateTimeUtc();
    return r;
}

StepRecord makeStep(const QString& runId, int seq)
{
    StepRecord s;
    s.runId = runId;
    s.sequence = seq;
    s.phase = QStringLiteral("steps");
    s.stepId = QStringLiteral("s%1").arg(seq);
    s.kind = QStringLiteral("check");
    s.verdict = QStringLiteral("pass");
    s.startedUtc = QDateTime::currentDateTimeUtc();
    return s;
}

struct Finished
{
    QString runId;
    bool ok = false;
    QString message;
};

} // namespace

class TstStoreWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("w%1.db").arg(++m_counter));
        auto store = RunStore::open(m_path);
        QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : store.error().message));
        m_thread = new QThread;
        m_thread->setObjectName(QStringLiteral("store-writer"));
        m_writer = new StoreWriter(std::move(store).value());
        m_writer->moveToThread(m_thread);
        connect(m_thread, &QThread::finished, m_writer, &QObject::deleteLater);
        // Collected on the test thread (queued): QSignalSpy is not safe across threads.
        connect(m_writer, &StoreWriter::runFinished, this,
                [this](const QString& id, bool ok, const QString& msg) {
                    m_finished.append({id, ok, msg});
                });
        connect(m_writer, &StoreWriter::writeFailed, this,
                [this](const QString& id, const QString& msg) {
                    m_failed.append({id, false, msg});
                });
        m_finished.clear();
        m_failed.clear();
    }

    void cleanup()
    {
        m_thread->quit();
        QVERIFY(m_thread->wait(10000));
        delete m_thread;
        m_thread = nullptr;
        m_writer = nullptr;
    }

    void thousandStepsFromAnotherThreadLandInOrder()
    {
        const RunRecord run = makeRun();
        constexpr int kSteps = 1000;

        // Checked in the writer thread at the moment of emission, through a second connection
        // (opened here, used only from inside the handler: one thread at a time).
        auto other = RunStore::open(m_path);
        QVERIFY(other.ok());
        RunStore* reader = other.value().get();
        QMutex mutex;
        QString seenState;
        int seenSteps = -1;
        int seenOutbox = -1;
        const auto probe = connect(
            m_writer, &StoreWriter::runFinished, m_writer,
            [&, reader](const QString& id, bool ok, const QString&) {
                if (!ok || id != run.runId)
                    return;
                QMutexLocker lock(&mutex);
                const auto stored = reader->run(id);
                seenState = stored.ok() ? stored->state
                                        : QStringLiteral("read failed: ") + stored.error().message;
                seenSteps = reader->steps(id).ok() ? int(reader->steps(id)->size()) : -1;
                seenOutbox = reader->outboxCount().ok() ? *reader->outboxCount() : -1;
            },
            Qt::DirectConnection);
        // The handler refers to this function's locals: never let it outlive them.
        const auto unhook = qScopeGuard([&] { disconnect(probe); });

        m_thread->start();
        StoreWriter* writer = m_writer;
        std::unique_ptr<QThread> submitter(QThread::create([writer, run] {
            writer->beginRun(run);
            for (int i = 0; i < kSteps; ++i)
                writer->appendStep(makeStep(run.runId, i));
            writer->appendTranscript(run.runId,
                                     {{1, TranscriptEntry::Direction::ToDevice, "AT\r"}});
            RunRecord fin = run;
            fin.verdict = QStringLiteral("pass");
            writer->finishRun(fin);
        }));
        submitter->start();
        QVERIFY(submitter->wait(10000));

        QTRY_COMPARE_WITH_TIMEOUT(m_finished.size(), 1, 20000);
        QCOMPARE(m_finished[0].runId, run.runId);
        QVERIFY2(m_finished[0].ok, qPrintable(m_finished[0].message));
        QVERIFY(m_failed.isEmpty());
        {
            QMutexLocker lock(&mutex);
            QCOMPARE(seenState, QStringLiteral("finished"));
            QCOMPARE(seenSteps, kSteps);
            QCOMPARE(seenOutbox, 1);
        }

        auto afterwards = RunStore::open(m_path);
        QVERIFY(afterwards.ok());
        const auto steps = (*afterwards)->steps(run.runId);
        QVERIFY(steps.ok());
        QCOMPARE(steps->size(), kSteps);
        for (int i = 0; i < kSteps; ++i) {
            QCOMPARE(steps->at(i).sequence, i);
            QCOMPARE(steps->at(i).stepId, QStringLiteral("s%1").arg(i));
        }
        QCOMPARE((*afterwards)->transcript(run.runId)->size(), 1);
    }

    void badWriteDoesNotLoseItsBatch()
    {
        const RunRecord run = makeRun();
        const QString ghost = QStringLiteral("ghost-run");
        // Submitted before the writer thread runs: all of it is one batch, one transaction.
        m_writer->beginRun(run);
        m_writer->appendStep(makeStep(run.runId, 0));
        m_writer->appendStep(makeStep(ghost, 0)); // FK violation: the run was never begun
        m_writer->appendTranscript(
            run.runId, {{7, TranscriptEntry::Direction::FromDevice, QByteArray("OK\0\r\n", 5)}});
        m_writer->appendStep(makeStep(run.runId, 1));
        RunRecord fin = run;
        fin.verdict = QStringLiteral("fail");
        fin.failingStep = QStringLiteral("s1");
        m_writer->finishRun(fin);
        m_thread->start();

        QTRY_COMPARE_WITH_TIMEOUT(m_finished.size(), 1, 10000);
        QVERIFY2(m_finished[0].ok, qPrintable(m_finished[0].message));
        QCOMPARE(m_failed.size(), 1);
        QCOMPARE(m_failed[0].runId, ghost);
        QVERIFY2(m_failed[0].message.contains(ghost), qPrintable(m_failed[0].message));

        auto reader = RunStore::open(m_path);
        QVERIFY(reader.ok());
        QCOMPARE((*reader)->steps(run.runId)->size(), 2);
        QCOMPARE((*reader)->transcript(run.runId)->first().bytes, QByteArray("OK\0\r\n", 5));
        QCOMPARE((*reader)->run(run.runId)->verdict, QStringLiteral("fail"));
        QCOMPARE((*reader)->steps(ghost)->size(), 0);
    }

    void failedFinishIsReported()
    {
        RunRecord never = makeRun();
        never.verdict = QStringLiteral("pass");
        m_thread->start();
        m_writer->finishRun(never);
        QTRY_COMPARE_WITH_TIMEOUT(m_finished.size(), 1, 10000);
        QCOMPARE(m_finished[0].runId, never.runId);
        QVERIFY(!m_finished[0].ok);
        QVERIFY2(m_finished[0].message.contains(QStringLiteral("never begun")),
                 qPrintable(m_finished[0].message));
        QVERIFY(m_failed.isEmpty());
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    int m_counter = 0;
    QThread* m_thread = nullptr;
    StoreWriter* m_writer = nullptr;
    QList<Finished> m_finished;
    QList<Finished> m_failed;
};

QTEST_GUILESS_MAIN(TstStoreWriter)
#include "tst_store_writer.moc"
