#pragma once

#include "HttpReply.h"

#include <QByteArray>
#include <QString>
#include <atomic>

typedef void CURL; // NOLINT: libcurl's own opaque handle type

namespace eol::core::sync {

/// One libcurl easy handle (connection reuse, TLS session cache) used from the one thread that
/// created it — the sync thread. Blocking; a shutdown flag makes a transfer give up promptly.
/// TLS peer and host verification are always on.
class HttpPoster
{
public:
    HttpPoster(QString caFile, int connectTimeoutMs, int totalTimeoutMs,
               const std::atomic<bool>* abort);
    ~HttpPoster();
    HttpPoster(const HttpPoster&) = delete;
    HttpPoster& operator=(const HttpPoster&) = delete;

    /// POSTs `body` (JSON) to `url` with "Authorization: Bearer <token>".
    HttpReply postJson(const QString& url, const QByteArray& bearerToken, const QByteArray& body);

private:
    CURL* m_curl = nullptr;
    QString m_caFile;
    int m_connectTimeoutMs;
    int m_totalTimeoutMs;
    const std::atomic<bool>* m_abort;
};

} // namespace eol::core::sync
