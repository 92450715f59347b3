#include "SyncWorker.h"

#include "Backoff.h"
#include "BatchPayload.h"
#include "BatchResponse.h"
#include "HttpPoster.h"
#include "SyncLog.h"
#include "TokenFile.h"
#include "store/RunStore.h"
#include "store/StoreWriter.h"

#include <QRandomGenerator>
#include <QTimer>
#include <QUrl>
#include <algorithm>

namespace eol::core::sync {

SyncWorker::SyncWorker(SyncConfig config, QString databasePath, store::StoreWriter* writer,
                       QObject* parent)
    : QObject(parent), m_config(std::move(config)), m_databasePath(std::move(databasePath)),
      m_endpoint(batchEndpoint(m_config.registryUrl)), m_writer(writer)
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
        scheduleDrain(now.msecsTo(m_backoffUntil));
        return;
    }
    m_ignoreBackoff = false;
    if (!m_reader) {
        finishPass();
        return;
    }
    if (!m_config.isConfigured()) {
        m_lastError = QStringLiteral("registry sync is off: no registry URL is configured");
        finishPass();
        return;
    }
    auto token = TokenFile::read(m_config.tokenFile);
    if (!token) {
        // Nothing was sent; the next periodic pass retries (the operator may fix the file).
        m_lastError = token.error().message;
        qCWarning(lcSync) << m_lastError;
        finishPass();
        return;
    }
    auto ids = m_reader->pendingOutbox(m_config.batchSize);
    if (!ids) {
        m_lastError = ids.error().message;
        finishPass();
        return;
    }
    if (ids->isEmpty()) {
        m_failures = 0;
        m_lastError.clear();
        finishPass();
        return;
    }
    const QStringList sent = ids.value();
    auto payload = BatchPayload::build(*m_reader, sent);
    if (!payload) {
        failBatch(sent,
                  QStringLiteral("cannot read the runs to send: %1").arg(payload.error().message),
                  m_config.backoffMaxMs);
        return;
    }
    Q_EMIT batchSending(int(sent.size()));
    m_busy = true;
    const HttpReply reply = m_http->postJson(m_endpoint, token.value(), payload.value());
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
        if (!outcome.unsettled.isEmpty()) {
            ++m_failures;
            const qint64 delay = backoffMs();
            m_backoffUntil = after.addMSecs(delay);
            m_lastError = outcome.error;
            last = m_writer->markAttempt(outcome.unsettled, outcome.error, m_backoffUntil);
            m_continueAfterTicket = false;
        } else {
            m_failures = 0;
            m_backoffUntil = {};
            m_lastError.clear();
            m_continueAfterTicket = true;
        }
        qCInfo(lcSync) << "batch of" << sent.size() << "runs:" << outcome.synced.size() << "synced,"
                       << outcome.refused.size() << "refused," << outcome.unsettled.size()
                       << "to resend";
        m_awaitTicket = last;
        m_ticketFailed = false;
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
    return s;
}

void SyncWorker::finishPass()
{
    const SyncStatus s = currentStatus();
    Q_EMIT statusChanged(s);
    Q_EMIT drainFinished(s);
}

} // namespace eol::core::sync
