#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace eol::core::sync {

/// What one batch request means for the outbox (BatchResponse::interpret).
struct BatchOutcome
{
    enum class Kind
    {
        Answered,  ///< 200 with per-run results: settle each run as the registry said
        Transient, ///< 5xx, 429, timeout, connection trouble, unreadable answer: retry later
        Refused,   ///< 4xx (not 429) for the whole request: keep pending, retry at the max delay
    };
    /// One run the registry refused for good ("rejected" or "conflict").
    struct Refusal
    {
        QString runId;
        QString status; ///< "rejected" | "conflict"
        QString message;
        QString field;
    };

    Kind kind = Kind::Transient;
    QStringList synced;                 ///< "created" or "duplicate": the registry holds them
    QList<Refusal> refused;             ///< never resent; kept with their reason
    QStringList unsettled;              ///< sent but not answered for (or unknown status): retry
    QString error;                      ///< for people: what went wrong and what to do (no secrets)
    std::optional<qint64> retryAfterMs; ///< the registry's Retry-After, if it sent one
};

} // namespace eol::core::sync
