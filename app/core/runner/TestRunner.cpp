#include "runner/TestRunner.h"

#include "at/AtCommandSession.h"
#include "runner/CheckEvaluator.h"
#include "runner/RunnerLog.h"
#include "runner/VariableExpander.h"
#include "store/StoreWriter.h"
#include "transport/Transport.h"
#include "transport/TransportFactory.h"

#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonObject>
#include <QThread>
#include <QTimer>
#include <QUuid>

namespace eol::core::runner {

namespace {

constexpr int kMaxMeasuredChars = 512;
constexpr int kCommitWaitMs = 60000;
constexpr int kMaxUrcBacklog = 1000;
const QStringList kBuiltins = {QStringLiteral("serial"),     QStringLiteral("station_id"),
                               QStringLiteral("operator"),   QStringLiteral("batch"),
                               QStringLiteral("work_order"), QStringLiteral("run_id"),
                               QStringLiteral("plan_id"),    QStringLiteral("product")};

qint64 nowMicros()
{
    return QDateTime::currentDateTimeUtc().toMSecsSinceEpoch() * 1000;
}

QString phaseName(int phase)
{
    switch (phase) {
    case 0:
        return QStringLiteral("setup");
    case 1:
        return QStringLiteral("steps");
    default:
        return QStringLiteral("teardown");
    }
}

QString kindName(plan::StepKind kind)
{
    switch (kind) {
    case plan::StepKind::At:
        return QStringLiteral("at");
    case plan::StepKind::Check:
        return QStringLiteral("check");
    case plan::StepKind::WaitFor:
        return QStringLiteral("wait_for");
    case plan::StepKind::Delay:
        return QStringLiteral("delay");
    case plan::StepKind::Prompt:
        return QStringLiteral("prompt");
    }
    return QStringLiteral("unknown");
}

QString clip(const QString& text)
{
    return text.size() <= kMaxMeasuredChars ? text : text.left(kMaxMeasuredChars) + u"…";
}

drivers::SerialSettings serialSettingsOf(const plan::TransportSettings& t)
{
    drivers::SerialSettings s;
    s.baudRate = t.baudRate;
    s.dataBits = t.dataBits;
    s.parity = t.parity;
    s.stopBits = t.stopBits;
    s.flowControl = t.flowControl;
    s.openTimeoutMs = t.openTimeoutMs;
    return s;
}

} // namespace

TestRunner::TestRunner(store::StoreWriter* writer, QObject* parent)
    : QObject(parent), m_writer(writer)
{
    connect(m_writer, &store::StoreWriter::runFinished, this,
            [this](const QString& runId, bool ok, const QString& error) {
                m_commits.insert(runId, {ok, error});
                wake();
            });
}

TestRunner::~TestRunner() = default;

void TestRunner::start(const RunRequest& request)
{
    if (m_running) {
        qCWarning(lcRunner) << "start refused: a run is already in progress on this slot";
        RunOutcome refused;
        refused.record.verdict = toString(Verdict::Error);
        refused.record.failureReason = QStringLiteral("a run is already in progress on this slot");
        refused.commitError = refused.record.failureReason;
        Q_EMIT finished(refused);
        return;
    }
    m_request = request;
    execute();
}

void TestRunner::abort()
{
    if (!m_running || m_abortRequested)
        return;
    qCInfo(lcRunner) << "abort requested for run" << m_record.runId;
    m_abortRequested = true;
    wake();
}

void TestRunner::answerPrompt(const QString& stepId, bool pass)
{
    if (m_pendingPromptStep.isEmpty() || stepId != m_pendingPromptStep)
        return;
    m_promptAnswer = pass;
    wake();
}

bool TestRunner::shuttingDown()
{
    return QThread::currentThread()->isInterruptionRequested();
}

QString TestRunner::abortReason()
{
    return shuttingDown() ? QStringLiteral("the station shut down during the run")
                          : QStringLiteral("aborted by the operator");
}

void TestRunner::wake()
{
    if (m_waitLoop)
        m_waitLoop->quit();
}

bool TestRunner::waitUntil(const std::function<bool()>& done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (abortApplies())
            return false;
        qint64 remaining = -1;
        if (timeoutMs >= 0) {
            remaining = timeoutMs - timer.elapsed();
            if (remaining <= 0)
                return false;
        }
        QEventLoop loop;
        QTimer deadline;
        if (remaining >= 0) {
            deadline.setSingleShot(true);
            connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
            deadline.start(int(remaining));
        }
        m_waitLoop = &loop;
        const int exitCode = loop.exec();
        m_waitLoop = nullptr;
        if (exitCode == -1) // the thread is quitting: its event loops no longer run
            return done();
    }
    return true;
}

bool TestRunner::waitMs(int ms)
{
    if (ms <= 0)
        return !abortApplies();
    QElapsedTimer timer;
    timer.start();
    waitUntil([&] { return timer.elapsed() >= ms; }, ms);
    return !abortApplies();
}

void TestRunner::execute()
{
    m_running = true;
    m_abortRequested = false;
    m_inTeardown = false;
    m_steps.clear();
    m_variables.clear();
    m_capturedNames.clear();
    m_urcBacklog.clear();
    m_responses.clear();
    m_pendingTranscript.clear();
    m_transportError.clear();
    m_anyByteSinceOpen = false;
    m_clock.start();

    const plan::Plan& plan = m_request.plan;
    m_record = store::RunRecord{};
    m_record.runId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_record.serial = m_request.serial;
    m_record.product = plan.product;
    m_record.planId = plan.id;
    m_record.planRevision = plan.revision;
    m_record.planSha256 = QString::fromLatin1(plan.sha256);
    m_record.stationId = m_request.stationId;
    m_record.operatorName = m_request.operatorName;
    m_record.batch = m_request.batch;
    m_record.workOrder = m_request.workOrder;
    m_record.port = m_request.port;
    m_record.startedUtc = QDateTime::currentDateTimeUtc();
    m_record.state = QStringLiteral("running");

    for (const auto& [name, value] : plan.variables)
        m_variables.insert(name, value);
    m_variables.insert(QStringLiteral("serial"), m_request.serial);
    m_variables.insert(QStringLiteral("station_id"), m_request.stationId);
    m_variables.insert(QStringLiteral("operator"), m_request.operatorName);
    m_variables.insert(QStringLiteral("batch"), m_request.batch);
    m_variables.insert(QStringLiteral("work_order"), m_request.workOrder);
    m_variables.insert(QStringLiteral("run_id"), m_record.runId);
    m_variables.insert(QStringLiteral("plan_id"), plan.id);
    m_variables.insert(QStringLiteral("product"), plan.product);

    // The run row exists before the first byte goes to the DUT: a crash leaves evidence.
    m_writer->beginRun(m_record);
    Q_EMIT runStarted(m_record);

    const int total = int(plan.setup.size() + plan.steps.size() + plan.teardown.size());
    int index = 0;
    bool mainOk = openTransport();
    if (mainOk) {
        // A setup step that stops the run (its on_fail is not "continue") skips the main steps.
        if (runPhase(Phase::Setup, plan.setup, index, total))
            runPhase(Phase::Steps, plan.steps, index, total);
    }
    m_abortedBeforeTeardown = m_abortRequested || shuttingDown();
    m_inTeardown = true;
    index = int(plan.setup.size() + plan.steps.size());
    runPhase(Phase::Teardown, plan.teardown, index, total);
    finish();
}

bool TestRunner::openTransport()
{
    const auto settings = serialSettingsOf(m_request.plan.transport);
    auto created = drivers::TransportFactory::create(m_request.port, settings);
    QString error;
    if (created) {
        m_transport = std::move(created).value();
        m_session = std::make_unique<drivers::at::AtCommandSession>(m_transport.get());
        m_session->setLineEnding(m_request.plan.transport.lineEnding.toLatin1());
        m_session->setUrcPrefixes(m_request.plan.urcPrefixes);
        connect(m_session.get(), &drivers::at::AtCommandSession::responseReady, this,
                [this](quint64 id, const drivers::at::AtResponse& response) {
                    m_responses.insert(id, response);
                    wake();
                });
        connect(m_session.get(), &drivers::at::AtCommandSession::urcReceived, this,
                [this](const QString& line) {
                    if (m_urcBacklog.size() >= kMaxUrcBacklog)
                        m_urcBacklog.removeFirst();
                    m_urcBacklog.append(line);
                    wake();
                });
        connect(m_session.get(), &drivers::at::AtCommandSession::transcript, this,
                [this](const drivers::TranscriptEntry& entry) {
                    if (entry.direction == drivers::TranscriptEntry::Direction::FromDevice)
                        m_anyByteSinceOpen = true;
                    m_pendingTranscript.append(entry);
                    Q_EMIT transcriptChunk(entry);
                });
        bool opened = false;
        connect(m_transport.get(), &drivers::Transport::opened, this, [this, &opened] {
            opened = true;
            wake();
        });
        connect(m_transport.get(), &drivers::Transport::errorOccurred, this,
                [this](const eol::Error& e) {
                    if (m_transportError.isEmpty())
                        m_transportError = e.message;
                    wake();
                });
        m_transport->open();
        const int openTimeout = m_request.plan.transport.openTimeoutMs;
        waitUntil([&] { return opened || !m_transportError.isEmpty(); }, openTimeout);
        disconnect(m_transport.get(), &drivers::Transport::opened, this, nullptr);
        if (opened && m_transportError.isEmpty())
            return true;
        error =
            !m_transportError.isEmpty()
                ? m_transportError
                : (abortApplies()
                       ? QStringLiteral("aborted while opening %1").arg(m_transport->description())
                       : QStringLiteral("%1 did not open within %2 ms")
                             .arg(m_transport->description())
                             .arg(openTimeout));
    } else {
        error = created.error().message;
    }
    // Without a port there is nothing to talk to: teardown's exchanges are skipped, not failed.
    m_session.reset();
    m_transport.reset();

    store::StepRecord rec;
    rec.runId = m_record.runId;
    rec.sequence = int(m_steps.size());
    rec.phase = QStringLiteral("setup");
    rec.stepId = QStringLiteral("open_port");
    rec.name = QStringLiteral("Open %1").arg(m_request.port);
    rec.kind = QStringLiteral("transport");
    rec.verdict = toString(abortApplies() ? Verdict::Aborted : Verdict::Error);
    rec.startedUtc = m_record.startedUtc;
    rec.durationMs = double(m_clock.nsecsElapsed()) / 1e6;
    rec.message = error;
    m_steps.append(rec);
    m_writer->appendStep(rec);
    Q_EMIT stepFinished(rec);
    return false;
}

bool TestRunner::runPhase(Phase phase, const QList<plan::Step>& steps, int& index, int total)
{
    m_phase = phase;
    for (const plan::Step& step : steps) {
        if (phase != Phase::Teardown && abortApplies())
            return false;
        Q_EMIT stepStarted(phaseName(int(phase)), step.id, step.name, index, total);
        ++index;
        m_pendingTranscript.append(
            {nowMicros(), drivers::TranscriptEntry::Direction::Note,
             QStringLiteral("step %1 (%2)").arg(step.id, step.name).toUtf8()});
        const QDateTime started = QDateTime::currentDateTimeUtc();
        QElapsedTimer timer;
        timer.start();
        int attempts = 1;
        StepResult result;
        if (phase == Phase::Teardown && !m_session) {
            result = {Verdict::Skipped, {}, QStringLiteral("not run: the port never opened")};
        } else if (phase == Phase::Teardown && shuttingDown()) {
            result = {
                Verdict::Skipped, {}, QStringLiteral("not run: the station is shutting down")};
        } else {
            result = runStepWithPolicy(step, attempts);
        }

        store::StepRecord rec;
        rec.runId = m_record.runId;
        rec.sequence = int(m_steps.size());
        rec.phase = phaseName(int(phase));
        rec.stepId = step.id;
        rec.name = step.name;
        rec.kind = kindName(step.kind);
        rec.verdict = toString(result.verdict);
        rec.startedUtc = started;
        rec.durationMs = double(timer.nsecsElapsed()) / 1e6;
        rec.attempts = attempts;
        rec.measured = clip(result.measured);
        rec.low = result.low;
        rec.high = result.high;
        rec.unit = result.unit;
        rec.message = result.message;
        m_steps.append(rec);
        flushTranscript();
        m_writer->appendStep(rec);
        Q_EMIT stepFinished(rec);

        const bool bad = result.verdict >= Verdict::Fail;
        if (phase != Phase::Teardown && bad &&
            (result.verdict == Verdict::Aborted ||
             step.onFail.action != plan::OnFailPolicy::Action::Continue))
            return false;
    }
    return !(phase != Phase::Teardown && abortApplies());
}

TestRunner::StepResult TestRunner::runStepWithPolicy(const plan::Step& step, int& attempts)
{
    const bool retry = step.onFail.action == plan::OnFailPolicy::Action::Retry;
    const int maxAttempts = 1 + (retry ? step.onFail.retries : 0);
    StepResult result;
    for (attempts = 1;; ++attempts) {
        result = runStep(step);
        if (result.verdict <= Verdict::Skipped || result.verdict == Verdict::Aborted ||
            attempts >= maxAttempts || m_transportError.size())
            break;
        qCInfo(lcRunner) << "step" << step.id << "attempt" << attempts << "was"
                         << toString(result.verdict) << "- retrying";
        if (!waitMs(step.onFail.retryDelayMs)) {
            result = {Verdict::Aborted, result.measured, abortReason()};
            break;
        }
    }
    if (attempts > 1 && result.verdict >= Verdict::Fail && result.verdict != Verdict::Aborted)
        result.message = QStringLiteral("%1 (after %2 attempts)").arg(result.message).arg(attempts);
    return result;
}

TestRunner::StepResult TestRunner::runStep(const plan::Step& step)
{
    if (!step.ifSet.isEmpty() && m_variables.value(step.ifSet).isEmpty()) {
        return {Verdict::Skipped,
                {},
                QStringLiteral("skipped: '%1' is not set for this run").arg(step.ifSet)};
    }
    if (abortApplies())
        return {Verdict::Aborted, {}, abortReason()};
    switch (step.kind) {
    case plan::StepKind::At:
        return runAt(step);
    case plan::StepKind::Check:
        return runCheck(step);
    case plan::StepKind::WaitFor:
        return runWaitFor(step);
    case plan::StepKind::Delay:
        return runDelay(step);
    case plan::StepKind::Prompt:
        return runPrompt(step);
    }
    return {Verdict::Error, {}, QStringLiteral("unknown step kind")};
}

QString TestRunner::expandOrExplain(const QString& text, const plan::Step& step, QString* error,
                                    bool intoRegex) const
{
    QStringList missing;
    QHash<QString, QString> values = m_variables;
    if (intoRegex) {
        // A value is matched literally: "SN.1+" in a serial must not become a pattern.
        for (auto it = values.begin(); it != values.end(); ++it)
            it.value() = QRegularExpression::escape(it.value());
    }
    QString expanded = VariableExpander::expand(text, values, &missing);
    if (!missing.isEmpty()) {
        *error = QStringLiteral("plan error in step '%1': variable(s) %2 have no value at this "
                                "point — capture them in an earlier step or declare them")
                     .arg(step.id, missing.join(QStringLiteral(", ")));
    }
    return expanded;
}

std::optional<drivers::at::AtResponse> TestRunner::exchange(const QString& command, int timeoutMs)
{
    // A wait_for after this command must see what the device says from now on, not a line
    // that arrived before it (e.g. "+CEREG: 5" from before the radio was switched off).
    m_urcBacklog.clear();
    const quint64 id = m_session->send(command, timeoutMs);
    if (!waitUntil([&] { return m_responses.contains(id); }, -1)) {
        m_session->cancelAll();
        m_responses.clear();
        return std::nullopt;
    }
    return m_responses.take(id);
}

void TestRunner::captureNamedGroups(const QRegularExpressionMatch& match,
                                    const QRegularExpression& re)
{
    const QStringList names = re.namedCaptureGroups();
    for (const QString& name : names) {
        if (name.isEmpty() || match.capturedStart(name) < 0)
            continue;
        m_variables.insert(name, match.captured(name));
        if (!m_capturedNames.contains(name))
            m_capturedNames.append(name);
    }
}

TestRunner::StepResult TestRunner::runAt(const plan::Step& step)
{
    QString error;
    const QString command = expandOrExplain(step.command, step, &error);
    const QString expect =
        error.isEmpty() ? expandOrExplain(step.expect, step, &error, true) : QString();
    if (!error.isEmpty())
        return {Verdict::Error, {}, error};
    const QRegularExpression re(expect);
    if (!re.isValid()) {
        return {Verdict::Error,
                {},
                QStringLiteral("plan error in step '%1': expect /%2/ is not a valid regex: %3")
                    .arg(step.id, expect, re.errorString())};
    }

    StepResult result;
    for (int attempt = 0; attempt <= step.retries; ++attempt) {
        if (attempt > 0 && !waitMs(step.retryDelayMs))
            return {Verdict::Aborted, result.measured, abortReason()};
        const auto response = exchange(command, step.timeoutMs);
        if (!response)
            return {Verdict::Aborted, {}, abortReason()};
        using Status = drivers::at::AtResponse::Status;
        const QString text = response->lines.join(QLatin1Char('\n'));
        switch (response->status) {
        case Status::TransportError:
            return {Verdict::Error, text,
                    QStringLiteral("%1 failed on %2: %3")
                        .arg(command, m_transport->description(), response->errorText)};
        case Status::Timeout:
            if (!response->anyByteReceived) {
                result = {Verdict::Error,
                          {},
                          QStringLiteral("no answer from the device to %1 within %2 ms — check "
                                         "the fixture cable and that the unit is powered")
                              .arg(command)
                              .arg(step.timeoutMs)};
            } else {
                result = {Verdict::Fail, text,
                          QStringLiteral("incomplete answer to %1 within %2 ms")
                              .arg(command)
                              .arg(step.timeoutMs)};
            }
            continue;
        case Status::Error:
        case Status::CmeError:
        case Status::CmsError:
            if (step.expectError)
                return {Verdict::Pass, response->statusText(), {}};
            result = {Verdict::Fail, text.isEmpty() ? response->statusText() : text,
                      QStringLiteral("%1 answered %2").arg(command, response->statusText())};
            continue;
        case Status::Ok:
            break;
        }
        if (step.expectError) {
            result = {Verdict::Fail, text,
                      QStringLiteral("%1 answered OK, but the plan expects an error").arg(command)};
            continue;
        }
        if (expect.isEmpty())
            return {Verdict::Pass, text, {}};
        const QRegularExpressionMatch match = re.match(text);
        if (!match.hasMatch()) {
            result = {Verdict::Fail, text,
                      QStringLiteral("%1 answered \"%2\", which does not match /%3/")
                          .arg(command, clip(text), expect)};
            continue;
        }
        captureNamedGroups(match, re);
        QString measured = match.captured(0);
        for (const QString& name : re.namedCaptureGroups()) {
            if (!name.isEmpty() && match.capturedStart(name) >= 0) {
                measured = match.captured(name);
                break;
            }
        }
        return {Verdict::Pass, measured, {}};
    }
    return result;
}

std::optional<TestRunner::StepResult> TestRunner::uncapturedInput(const plan::Step& step) const
{
    QStringList inputs{step.check.variable};
    if (step.check.kind == plan::CheckSpec::Kind::Equals)
        inputs << step.check.other;
    for (const QString& name : std::as_const(inputs)) {
        if (name.isEmpty() || m_variables.contains(name))
            continue;
        for (const auto& earlier : m_steps) {
            if (earlier.verdict != QLatin1String("pass") &&
                earlier.verdict != QLatin1String("skipped")) {
                return StepResult{
                    Verdict::Skipped,
                    {},
                    QStringLiteral("not evaluated: '%1' was not captured because step "
                                   "'%2' did not pass")
                        .arg(name, earlier.stepId)};
            }
        }
    }
    return std::nullopt;
}

TestRunner::StepResult TestRunner::runCheck(const plan::Step& step)
{
    if (auto skipped = uncapturedInput(step))
        return *skipped;
    const CheckOutcome outcome = CheckEvaluator::evaluate(step.check, m_variables);
    for (auto it = outcome.derived.cbegin(); it != outcome.derived.cend(); ++it) {
        m_variables.insert(it.key(), it.value());
        if (!m_capturedNames.contains(it.key()))
            m_capturedNames.append(it.key());
    }
    StepResult result{outcome.verdict, outcome.measured, outcome.message};
    if (step.check.kind == plan::CheckSpec::Kind::Range) {
        result.low = step.check.low;
        result.high = step.check.high;
        result.unit = step.check.unit;
    }
    return result;
}

TestRunner::StepResult TestRunner::runWaitFor(const plan::Step& step)
{
    QString error;
    const QString pattern = expandOrExplain(step.pattern, step, &error, true);
    if (!error.isEmpty())
        return {Verdict::Error, {}, error};
    const QRegularExpression re(pattern);
    QString matched;
    auto consume = [&] {
        for (int i = 0; i < m_urcBacklog.size(); ++i) {
            const auto match = re.match(m_urcBacklog.at(i));
            if (match.hasMatch()) {
                matched = m_urcBacklog.at(i);
                captureNamedGroups(match, re);
                m_urcBacklog.erase(m_urcBacklog.begin(), m_urcBacklog.begin() + i + 1);
                return true;
            }
        }
        return false;
    };
    if (!re.isValid()) {
        return {Verdict::Error,
                {},
                QStringLiteral("plan error in step '%1': pattern /%2/ is not a valid regex: %3")
                    .arg(step.id, pattern, re.errorString())};
    }
    // A device that has said nothing at all since the port opened is not connected (error);
    // one that talks but never sends the awaited line is a bad unit (fail).
    if (waitUntil([&] { return consume() || !m_transportError.isEmpty(); }, step.timeoutMs) &&
        !matched.isEmpty())
        return {Verdict::Pass, matched, {}};
    if (abortApplies())
        return {Verdict::Aborted, {}, abortReason()};
    if (!m_transportError.isEmpty())
        return {Verdict::Error, {}, m_transportError};
    if (!m_anyByteSinceOpen) {
        return {Verdict::Error,
                {},
                QStringLiteral("no byte from the device on %1 within %2 ms while waiting for /%3/ "
                               "— check the fixture cable and that the unit is powered")
                    .arg(m_transport->description())
                    .arg(step.timeoutMs)
                    .arg(pattern)};
    }
    return {Verdict::Fail, m_urcBacklog.join(QLatin1Char('\n')),
            QStringLiteral("the device did not send /%1/ within %2 ms")
                .arg(pattern)
                .arg(step.timeoutMs)};
}

TestRunner::StepResult TestRunner::runDelay(const plan::Step& step)
{
    if (!waitMs(step.durationMs))
        return {Verdict::Aborted, {}, abortReason()};
    return {Verdict::Pass, {}, {}};
}

TestRunner::StepResult TestRunner::runPrompt(const plan::Step& step)
{
    std::optional<bool> answer;
    if (m_request.promptAnswers.contains(step.id)) {
        answer = m_request.promptAnswers.value(step.id);
    } else if (m_request.interactivePrompts) {
        m_pendingPromptStep = step.id;
        m_promptAnswer.reset();
        QString imagePath;
        if (!step.image.isEmpty()) {
            imagePath = QFileInfo(m_request.plan.sourcePath).dir().filePath(step.image);
        }
        Q_EMIT promptRequested(step.id, step.question, imagePath);
        waitUntil([&] { return m_promptAnswer.has_value(); }, -1);
        answer = m_promptAnswer;
        m_pendingPromptStep.clear();
    } else {
        return {Verdict::Error,
                {},
                QStringLiteral("step '%1' asks the operator \"%2\", but this run has no operator: "
                               "answer it on the command line with --answer %1=pass|fail")
                    .arg(step.id, step.question)};
    }
    if (!answer.has_value())
        return {Verdict::Aborted, {}, abortReason()};
    if (*answer)
        return {Verdict::Pass, QStringLiteral("pass"), {}};
    return {Verdict::Fail, QStringLiteral("fail"),
            QStringLiteral("operator answered FAIL to \"%1\"").arg(step.question)};
}

void TestRunner::flushTranscript()
{
    if (m_pendingTranscript.isEmpty())
        return;
    m_writer->appendTranscript(m_record.runId, m_pendingTranscript);
    m_pendingTranscript.clear();
}

void TestRunner::finish()
{
    if (m_session)
        m_session->cancelAll();
    if (m_transport)
        m_transport->close();
    flushTranscript();

    Verdict verdict = m_steps.isEmpty() ? Verdict::Error : Verdict::Pass;
    for (const auto& s : std::as_const(m_steps))
        verdict = worst(verdict, verdictFromString(s.verdict).value_or(Verdict::Error));
    if (m_abortedBeforeTeardown)
        verdict = Verdict::Aborted;
    if (verdict == Verdict::Skipped) {
        // Nothing was tested: that is no verdict on the unit, and must not provision it.
        verdict = Verdict::Error;
        m_record.failureReason = QStringLiteral("nothing was tested: every step was skipped");
    }
    m_record.verdict = toString(verdict);
    if (verdict >= Verdict::Fail) {
        for (const auto& s : std::as_const(m_steps)) {
            if (verdictFromString(s.verdict).value_or(Verdict::Error) == verdict) {
                m_record.failingStep = s.stepId;
                m_record.failureReason = s.message;
                break;
            }
        }
        if (m_record.failingStep.isEmpty() && verdict == Verdict::Aborted)
            m_record.failureReason = abortReason();
    }

    m_record.imei = m_variables.value(QStringLiteral("imei"));
    if (m_record.serial.isEmpty())
        m_record.serial = m_variables.value(QStringLiteral("dut_serial"));
    QJsonObject attributes;
    for (const QString& name : std::as_const(m_capturedNames)) {
        if (!kBuiltins.contains(name) && name != QLatin1String("imei"))
            attributes.insert(name, m_variables.value(name));
    }
    m_record.attributes = attributes;
    m_record.endedUtc = QDateTime::currentDateTimeUtc();
    m_record.state = QStringLiteral("finished");

    m_writer->finishRun(m_record);
    const QString runId = m_record.runId;
    m_inTeardown = true; // an abort can no longer cut the wait for the commit short
    const bool answered = waitUntil([&] { return m_commits.contains(runId); }, kCommitWaitMs);

    RunOutcome outcome;
    outcome.record = m_record;
    outcome.steps = m_steps;
    if (answered) {
        const auto [ok, error] = m_commits.take(runId);
        outcome.committed = ok;
        outcome.commitError = error;
    } else {
        outcome.commitError = QStringLiteral("the record store did not confirm the write within "
                                             "%1 s")
                                  .arg(kCommitWaitMs / 1000);
    }
    m_session.reset();
    m_transport.reset();
    m_running = false;
    Q_EMIT finished(outcome);
}

} // namespace eol::core::runner
