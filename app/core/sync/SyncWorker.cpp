#include "SyncWorker.h"

#include "Backoff.h"
#include "BatchPayload.h"
#include "BatchResponse.h"
#include "HttpPoster.h"
#include "NotePayload.h"
#include "SyncLog.h"
#include "TokenFile.h"
#include "store/RunStore.h"
#include "store/StoreWriter.h"

#include <QFileInfo>
#include <QHash>
#include <QLockFile>
#include <QRandomGenerator>
#include <QTimer>
#include <QUrl>
#include <algorithm>

namespace eol::core::sync {

namespace {
constexpr qint64 kLockPollMs = 200;          ///< drainNow() waiting for another process's pass
constexpr qint64 kLockRetryMs = 2000;        ///< an ordinary pass that found the lock taken
constexpr qint64 kProgressIntervalMs = 1000; ///< statusChanged while a long drain goes on
} // namespace

SyncWorker::SyncWorker(SyncConfig config, QString databasePath, store::StoreWriter* writer,
                       QObject* parent)
    : QObject(parent), m_config(std::move(config)), m_databasePath(std::move(databasePath)),
      m_endpoint(batchEndpoint(m_config.registryUrl)),
      m_notesEndpoint(notesEndpoint(m_config.registryUrl)), m_writer(writer)
{
    qRegisterMetaType<eol::core::sync::SyncStatus>();
    m_config.batchSize = std::clamp(m_config.batchSize, 1, 500);
}

SyncWorker::~SyncWorker() = default;

QString SyncWorker::batchEndpoint(const QString& registryUrl)
{
    QString base = registryUrl.trimmed();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    return base.isEmpty() ? QString() : base + QStringLiteral("/api/v1/runs:batch");
}

QString SyncWorker::notesEndpoint(const QString& registryUrl)
{
    const QString runs = batchEndpoint(registryUrl);
    return runs.isEmpty() ? QString()
                          : QString(runs.left(runs.size() - qsizetype(qstrlen("runs:batch"))) +
                                    QStringLiteral("notes:batch"));
}

QString SyncWorker::lockFilePath(const QString& databasePath)
{
    return QFileInfo(databasePath).absoluteFilePath() + QStringLiteral(".sync.lock");
}

void SyncWorker::requestStop()
{
    m_stop.store(true);
}

void SyncWorker::start()
{
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &SyncWorker::drain);
    m_periodic = new QTimer(this);
    m_periodic->setInterval(std::max(m_config.periodicDrainMs, 100));
    connect(m_periodic, &QTimer::timeout, this, &SyncWorker::nudge);
    m_periodic->start();
    connect(m_writer, &store::StoreWriter::outboxWritten, this, &SyncWorker::onOutboxWritten);
    m_lock = std::make_unique<QLockFile>(lockFilePath(m_databasePath));
    m_lock->setStaleLockTime(0); // a long pass is not stale; a dead holder's lock is taken over
    m_http = std::make_unique<HttpPoster>(m_config.caFile, m_config.connectTimeoutMs,
                                          m_config.totalTimeoutMs, &m_stop);
    auto reader = store::RunStore::open(m_databasePath);
    if (!reader) {
        m_lastError = reader.error().message;
        qCWarning(lcSync) << "cannot read the outbox:" << m_lastError;
        finishPass();
        return;
    }
    m_reader = std::move(reader).value();
    // A backoff from the last session still holds: a restart must not hammer the registry.
    if (auto summary = m_reader->outboxSummary();
        summary && summary->nextAttemptUtc.isValid() &&
        summary->nextAttemptUtc > QDateTime::currentDateTimeUtc())
        m_backoffUntil = summary->nextAttemptUtc;
    if (m_config.isConfigured()) {
        const QUrl url(m_config.registryUrl.trimmed());
        if (url.scheme() == QLatin1String("http") && url.host() != QLatin1String("127.0.0.1") &&
            url.host() != QLatin1String("localhost") && url.host() != QLatin1String("::1"))
            qCWarning(lcSync) << "the registry URL" << m_config.registryUrl
                              << "is plain http: the token and records travel unencrypted";
    }
    qCInfo(lcSync) << "sync worker started for" << m_endpoint;
    scheduleDrain(0);
}

void SyncWorker::nudge()
{
    if (m_stop.load() || !m_timer)
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (m_backoffUntil.isValid() && m_backoffUntil > now) {
        scheduleDrain(now.msecsTo(m_backoffUntil));
        return;
    }
    scheduleDrain(0);
}

void SyncWorker::drainNow()
{
    m_ignoreBackoff = true;
    m_notesHoldUntil = {};
    m_lockDeadline = QDateTime::currentDateTimeUtc().addMSecs(std::max(0, m_config.lockWaitMs));
    scheduleDrain(0);
}

void SyncWorker::scheduleDrain(qint64 delayMs)
{
    if (!m_timer || m_stop.load())
        return;
    const qint64 d = std::clamp<qint64>(delayMs, 0, std::numeric_limits<int>::max());
    // An earlier pass already planned wins over a later one.
    if (m_timer->isActive() && m_timer->remainingTime() <= d)
        return;
    m_timer->start(int(d));
}

qint64 SyncWorker::backoffMs()
{
    return Backoff::delayMs(m_failures, QRandomGenerator::global()->generateDouble(),
                            m_config.backoffBaseMs, m_config.backoffMaxMs);
}

void SyncWorker::drain()
{
    if (m_stop.load())
        return;
    if (m_awaitTicket != 0) { // the last answer is not yet on disk: reading now would resend
        m_drainRequested = true;
        return;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!m_ignoreBackoff && m_backoffUntil.isValid() && m_backoffUntil > now) {
        if (m_lock && m_lock->isLocked())
            finishPass(); // a pass that failed while its batches were pipelined ends here
        scheduleDrain(now.msecsTo(m_backoffUntil));
        return;
    }
    if (!m_reader) {
        m_ignoreBackoff = false;
        finishPass();
        return;
    }
    if (!m_config.isConfigured()) {
        m_ignoreBackoff = false;
        m_lastError = QStringLiteral("registry sync is off: no registry URL is configured");
        finishPass();
        return;
    }
    if (!holdLock())
        return;
    m_ignoreBackoff = false;
    auto token = TokenFile::read(m_config.tokenFile);
    if (!token) {
        // Nothing was sent; the next periodic pass retries (the operator may fix the file).
        m_lastError = token.error().message;
        qCWarning(lcSync) << m_lastError;
        finishPass();
        return;
    }
    auto ids = m_reader->pendingOutbox(m_config.batchSize, m_cursor);
    if (!ids) {
        m_lastError = ids.error().message;
        finishPass();
        return;
    }
    if (!ids->isEmpty()) {
        sendRuns(token.value(), ids.value());
        return;
    }
    if (m_inFlightTicket != 0) {
        // The last batches' outbox updates must be on disk before the notes (which wait for
        // their runs to be synced) and before the pass ends.
        m_awaitTicket = m_inFlightTicket;
        m_inFlightTicket = 0;
        m_continueAfterTicket = true;
        return;
    }
    // Every run is settled: now the notes, whose runs the registry holds by now.
    if (m_notesHoldUntil.isValid() && m_notesHoldUntil > now) {
        m_failures = 0;
        finishPass();
        return;
    }
    auto notes = m_reader->pendingNotes(m_config.batchSize);
    if (!notes) {
        m_lastError = notes.error().message;
        finishPass();
        return;
    }
    if (notes->isEmpty()) {
        m_failures = 0;
        m_lastError.clear();
        finishPass();
        return;
    }
    sendNotes(token.value(), notes.value());
}

bool SyncWorker::holdLock()
{
    if (m_lock->isLocked())
        return true; // ours since an earlier batch of this pass
    if (m_lock->tryLock(0)) {
        m_lockDeadline = {};
        return true;
    }
    if (m_lock->error() != QLockFile::LockFailedError) {
        m_ignoreBackoff = false;
        m_lockDeadline = {};
        m_lastError = QStringLiteral("cannot create the sync lock file %1 — check that the "
                                     "database folder is writable by the station user")
                          .arg(m_lock->fileName());
        qCWarning(lcSync) << m_lastError;
        finishPass();
        return false;
    }
    qint64 pid = 0;
    QString host;
    QString app;
    m_lock->getLockInfo(&pid, &host, &app);
    const QString holder = QStringLiteral("pid %1 on %2 (%3)")
                               .arg(pid)
                               .arg(host, app.isEmpty() ? QStringLiteral("?") : app);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (m_lockDeadline.isValid() && now < m_lockDeadline) {
        scheduleDrain(std::min<qint64>(kLockPollMs, now.msecsTo(m_lockDeadline) + 1));
        return false;
    }
    if (m_lockDeadline.isValid()) {
        // drainNow() waited long enough: say who is sending instead of racing it.
        m_lockDeadline = {};
        m_ignoreBackoff = false;
        m_lockedBy = holder;
        m_lastError = QStringLiteral("another process (%1) is syncing this database now — it "
                                     "sends the backlog; check again with eol-station sync "
                                     "status")
                          .arg(holder);
        finishPass();
        m_lockedBy.clear();
        return false;
    }
    // An ordinary pass: the other process sends these runs; look again a little later.
    qCDebug(lcSync) << "sync lock held by" << holder << "- trying again later";
    scheduleDrain(kLockRetryMs);
    return false;
}

void SyncWorker::sendRuns(const QByteArray& token, const QStringList& sent)
{
    auto payload = BatchPayload::build(*m_reader, sent);
    if (!payload) {
        failBatch(sent,
                  QStringLiteral("cannot read the runs to send: %1").arg(payload.error().message),
                  m_config.backoffMaxMs);
        return;
    }
    Q_EMIT batchSending(int(sent.size()));
    m_busy = true;
    const HttpReply reply = m_http->postJson(m_endpoint, token, payload.value());
    m_busy = false;
    const QDateTime after = QDateTime::currentDateTimeUtc();
    const BatchOutcome outcome = BatchResponse::interpret(sent, reply, m_endpoint, after);

    switch (outcome.kind) {
    case BatchOutcome::Kind::Answered: {
        quint64 last = 0;
        if (!outcome.synced.isEmpty())
            last = m_writer->markSynced(outcome.synced);
        for (const auto& r : outcome.refused) {
            qCWarning(lcSync) << "the registry answered" << r.status << "for run" << r.runId << ":"
                              << r.message;
            last = m_writer->markRejected(r.runId, r.status, r.message, r.field);
        }
        m_lastSuccess = after;
        qCInfo(lcSync) << "batch of" << sent.size() << "runs:" << outcome.synced.size() << "synced,"
                       << outcome.refused.size() << "refused," << outcome.unsettled.size()
                       << "to resend";
        if (!outcome.unsettled.isEmpty()) {
            ++m_failures;
            const qint64 delay = backoffMs();
            m_backoffUntil = after.addMSecs(delay);
            m_lastError = outcome.error;
            m_continueAfterTicket = false;
            m_ticketFailed = false;
            m_awaitTicket = m_writer->markAttempt(outcome.unsettled, outcome.error, m_backoffUntil);
            break;
        }
        m_failures = 0;
        m_backoffUntil = {};
        m_lastError.clear();
        // Pipelined: the next batch is read after this one (the cursor) and sent while the
        // writer commits this one's outbox update — the station's fsync is off the critical
        // path. A failed update leaves its runs pending: resent later, which is idempotent.
        m_inFlightTicket = last;
        m_cursor = sent.last();
        // Progress for the status bar, at most once a second: counting the outbox after every
        // batch of a long drain costs more than it tells.
        if (!m_progressTimer.isValid() || m_progressTimer.hasExpired(kProgressIntervalMs)) {
            m_progressTimer.start();
            Q_EMIT statusChanged(currentStatus());
        }
        scheduleDrain(0);
        break;
    }
    case BatchOutcome::Kind::Transient: {
        if (reply.aborted)
            return; // shutting down: the runs stay pending, untouched
        ++m_failures;
        qint64 delay = backoffMs();
        if (outcome.retryAfterMs)
            delay = std::clamp<qint64>(*outcome.retryAfterMs, m_config.backoffBaseMs,
                                       m_config.retryAfterMaxMs);
        failBatch(sent, outcome.error, delay);
        return;
    }
    case BatchOutcome::Kind::Refused:
        ++m_failures;
        failBatch(sent, outcome.error, m_config.backoffMaxMs);
        return;
    }
}

void SyncWorker::sendNotes(const QByteArray& token, const QList<store::NoteRecord>& notes)
{
    QStringList sent;
    QHash<QString, store::NoteRecord> byId;
    for (const store::NoteRecord& n : notes) {
        sent.append(n.noteId);
        byId.insert(n.noteId, n);
    }
    Q_EMIT notesSending(int(sent.size()));
    m_busy = true;
    const HttpReply reply = m_http->postJson(m_notesEndpoint, token, NotePayload::build(notes));
    m_busy = false;
    const QDateTime after = QDateTime::currentDateTimeUtc();
    const BatchOutcome outcome =
        BatchResponse::interpret(sent, reply, m_notesEndpoint, after, BatchResponse::Items::Notes);
    m_continueAfterTicket = false;
    m_ticketFailed = false;
    switch (outcome.kind) {
    case BatchOutcome::Kind::Answered: {
        quint64 last = 0;
        QList<store::NoteRecord> synced;
        for (const QString& id : outcome.synced)
            synced.append(byId.value(id));
        if (!synced.isEmpty())
            last = m_writer->markNotesSynced(synced);
        for (const auto& r : outcome.refused) {
            QString why = r.status + QStringLiteral(": ") + r.message;
            if (!r.field.isEmpty())
                why += QStringLiteral(" (field %1)").arg(r.field);
            qCWarning(lcSync) << "the registry refused note" << r.runId << ":" << why;
            last = m_writer->markNoteRejected(r.runId, why);
        }
        m_lastSuccess = after;
        if (!outcome.unsettled.isEmpty()) {
            ++m_failures;
            m_backoffUntil = after.addMSecs(backoffMs());
            m_lastError = outcome.error;
            last = m_writer->markNotesAttempt(outcome.unsettled, outcome.error);
        } else {
            m_failures = 0;
            m_backoffUntil = {};
            m_lastError.clear();
            m_continueAfterTicket = true;
        }
        qCInfo(lcSync) << "batch of" << sent.size() << "notes:" << outcome.synced.size()
                       << "synced," << outcome.refused.size() << "refused,"
                       << outcome.unsettled.size() << "to resend";
        m_awaitTicket = last;
        return;
    }
    case BatchOutcome::Kind::Transient: {
        if (reply.aborted)
            return;
        ++m_failures;
        qint64 delay = backoffMs();
        if (outcome.retryAfterMs)
            delay = std::clamp<qint64>(*outcome.retryAfterMs, m_config.backoffBaseMs,
                                       m_config.retryAfterMaxMs);
        m_backoffUntil = after.addMSecs(delay);
        break;
    }
    case BatchOutcome::Kind::Refused:
        // E.g. a registry without notes:batch (404): the notes wait, runs keep flowing.
        m_notesHoldUntil = after.addMSecs(m_config.backoffMaxMs);
        break;
    }
    m_lastError = outcome.error;
    qCWarning(lcSync) << outcome.error;
    m_awaitTicket = m_writer->markNotesAttempt(sent, outcome.error);
}

void SyncWorker::failBatch(const QStringList& ids, const QString& error, qint64 delayMs)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_backoffUntil = now.addMSecs(delayMs);
    m_lastError = error;
    qCWarning(lcSync) << error << "— next attempt in" << delayMs << "ms";
    m_continueAfterTicket = false;
    m_ticketFailed = false;
    m_awaitTicket = m_writer->markAttempt(ids, error, m_backoffUntil);
}

void SyncWorker::onOutboxWritten(quint64 ticket, bool ok, const QString& error)
{
    if (m_inFlightTicket != 0 && ticket <= m_inFlightTicket) {
        if (!ok) {
            m_inFlightFailed = true;
            m_lastError = QStringLiteral("cannot record the sync result: %1").arg(error);
        }
        if (ticket == m_inFlightTicket) {
            m_inFlightTicket = 0;
            if (m_inFlightFailed) {
                // As below; the pass ends at its next step (drain() sees the backoff).
                m_inFlightFailed = false;
                ++m_failures;
                m_backoffUntil = QDateTime::currentDateTimeUtc().addMSecs(backoffMs());
            }
        }
        return;
    }
    if (m_awaitTicket == 0 || ticket > m_awaitTicket)
        return;
    if (!ok) {
        m_ticketFailed = true;
        m_lastError = QStringLiteral("cannot record the sync result: %1").arg(error);
    }
    if (ticket != m_awaitTicket)
        return;
    m_awaitTicket = 0;
    if (m_ticketFailed) {
        // The registry has the runs but the outbox does not say so: resending later is safe
        // (idempotent), hammering a failing disk is not.
        ++m_failures;
        m_backoffUntil = QDateTime::currentDateTimeUtc().addMSecs(backoffMs());
        m_continueAfterTicket = false;
    }
    if (m_continueAfterTicket || m_drainRequested) {
        m_drainRequested = false;
        if (m_continueAfterTicket) {
            Q_EMIT statusChanged(currentStatus());
            scheduleDrain(0);
            return;
        }
    }
    finishPass();
    if (m_backoffUntil.isValid())
        scheduleDrain(QDateTime::currentDateTimeUtc().msecsTo(m_backoffUntil));
}

SyncStatus SyncWorker::currentStatus() const
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    SyncStatus s;
    if (m_reader) {
        if (auto summary = m_reader->outboxSummary())
            s = SyncStatus::fromOutbox(summary.value(), now);
        else
            s.lastError = summary.error().message;
    }
    s.configured = m_config.isConfigured();
    s.registryUrl = m_config.registryUrl;
    if (m_lastSuccess.isValid() &&
        (!s.lastSuccessUtc.isValid() || m_lastSuccess > s.lastSuccessUtc))
        s.lastSuccessUtc = m_lastSuccess;
    if (!m_lastError.isEmpty() || s.pending == 0)
        s.lastError = m_lastError;
    if (m_backoffUntil.isValid() && m_backoffUntil > now)
        s.backingOffUntilUtc = m_backoffUntil;
    s.busy = m_busy;
    s.lockedBy = m_lockedBy;
    return s;
}

void SyncWorker::finishPass()
{
    if (m_lock && m_lock->isLocked())
        m_lock->unlock();
    m_lockDeadline = {};
    m_cursor.clear(); // the next pass starts from the oldest pending run again
    const SyncStatus s = currentStatus();
    Q_EMIT statusChanged(s);
    Q_EMIT drainFinished(s);
}

} // namespace eol::core::sync
