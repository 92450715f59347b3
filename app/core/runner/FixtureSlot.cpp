#include "runner/FixtureSlot.h"

#include "common/Result.h"
#include "runner/RunnerLog.h"
#include "runner/TestRunner.h"

namespace eol::core::runner {

namespace {
void registerMetaTypes()
{
    qRegisterMetaType<RunRequest>();
    qRegisterMetaType<RunOutcome>();
    qRegisterMetaType<store::RunRecord>();
    qRegisterMetaType<store::StepRecord>();
    qRegisterMetaType<drivers::TranscriptEntry>();
    qRegisterMetaType<eol::Error>();
}
} // namespace

FixtureSlot::FixtureSlot(int index, store::StoreWriter* writer, QObject* parent)
    : QObject(parent), m_index(index)
{
    registerMetaTypes();
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("fixture-slot-%1").arg(index));
    m_runner = new TestRunner(writer);
    m_runner->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_runner, &QObject::deleteLater);
    connect(m_runner, &TestRunner::runStarted, this, &FixtureSlot::runStarted);
    connect(m_runner, &TestRunner::stepStarted, this, &FixtureSlot::stepStarted);
    connect(m_runner, &TestRunner::stepFinished, this, &FixtureSlot::stepFinished);
    connect(m_runner, &TestRunner::promptRequested, this, &FixtureSlot::promptRequested);
    connect(m_runner, &TestRunner::transcriptChunk, this, &FixtureSlot::transcriptChunk);
    connect(m_runner, &TestRunner::finished, this, &FixtureSlot::finished);
    m_thread->start();
}

FixtureSlot::~FixtureSlot()
{
    shutdown();
}

bool FixtureSlot::shutdown(int timeoutMs)
{
    if (!m_thread)
        return true;
    m_thread->requestInterruption();
    abort();
    m_thread->quit();
    if (!m_thread->wait(QDeadlineTimer(timeoutMs))) {
        // Destroying a running QThread aborts the process; terminating it could leave SQLite or
        // a port half-written. Leave it to finish on its own and be reaped with the process.
        qCWarning(lcRunner) << "fixture slot" << m_index << "did not stop within" << timeoutMs
                            << "ms; leaving its thread behind";
        m_thread = nullptr;
        return false;
    }
    // The thread has finished; the runner was deleted there (deleteLater on finished).
    delete m_thread;
    m_thread = nullptr;
    return true;
}

void FixtureSlot::start(const RunRequest& request)
{
    if (!m_thread)
        return;
    QMetaObject::invokeMethod(
        m_runner, [runner = m_runner, request] { runner->start(request); }, Qt::QueuedConnection);
}

void FixtureSlot::abort()
{
    if (!m_thread)
        return;
    // Direct call into a running slot thread would race; the runner's nested wait picks up the
    // queued call and ends the current step.
    QMetaObject::invokeMethod(m_runner, &TestRunner::abort, Qt::QueuedConnection);
}

void FixtureSlot::answerPrompt(const QString& stepId, bool pass)
{
    if (!m_thread)
        return;
    QMetaObject::invokeMethod(
        m_runner, [runner = m_runner, stepId, pass] { runner->answerPrompt(stepId, pass); },
        Qt::QueuedConnection);
}

} // namespace eol::core::runner
