#include "HttpPoster.h"

#include "SyncLog.h"

#include <QFile>
#include <curl/curl.h>

namespace eol::core::sync {

namespace {

constexpr qsizetype kMaxBody = 16 * 1024 * 1024;

struct Transfer
{
    QByteArray body;
    QByteArray retryAfter;
    const std::atomic<bool>* abort = nullptr;
};

size_t onBody(char* data, size_t size, size_t count, void* user)
{
    auto* t = static_cast<Transfer*>(user);
    const size_t n = size * count;
    if (t->body.size() + qsizetype(n) > kMaxBody)
        return 0; // an answer this large is not the registry's: fail the transfer
    t->body.append(data, qsizetype(n));
    return n;
}

size_t onHeader(char* data, size_t size, size_t count, void* user)
{
    auto* t = static_cast<Transfer*>(user);
    const size_t n = size * count;
    const QByteArray line(data, qsizetype(n));
    if (line.startsWith("HTTP/")) {
        t->retryAfter.clear(); // a new response (e.g. after a 100): forget the last one's headers
        return n;
    }
    const qsizetype colon = line.indexOf(':');
    if (colon > 0 && line.left(colon).trimmed().toLower() == "retry-after")
        t->retryAfter = line.mid(colon + 1).trimmed();
    return n;
}

int onProgress(void* user, curl_off_t, curl_off_t, curl_off_t, curl_off_t)
{
    const auto* t = static_cast<Transfer*>(user);
    return t->abort && t->abort->load() ? 1 : 0;
}

} // namespace

HttpPoster::HttpPoster(QString caFile, int connectTimeoutMs, int totalTimeoutMs,
                       const std::atomic<bool>* abort)
    : m_caFile(std::move(caFile)), m_connectTimeoutMs(connectTimeoutMs),
      m_totalTimeoutMs(totalTimeoutMs), m_abort(abort)
{
    // Reference-counted and thread-safe in libcurl >= 7.84 (bookworm has 7.88).
    curl_global_init(CURL_GLOBAL_DEFAULT);
    m_curl = curl_easy_init();
}

HttpPoster::~HttpPoster()
{
    if (m_curl)
        curl_easy_cleanup(m_curl);
    curl_global_cleanup();
}

HttpReply HttpPoster::postJson(const QString& url, const QByteArray& bearerToken,
                               const QByteArray& body)
{
    HttpReply reply;
    if (!m_curl) {
        reply.transportError = QStringLiteral("libcurl could not be initialised");
        return reply;
    }
    if (!m_caFile.isEmpty() && !QFile::exists(m_caFile)) {
        reply.transportError =
            QStringLiteral("the CA bundle %1 does not exist — check the registry CA setting")
                .arg(m_caFile);
        return reply;
    }
    Transfer transfer;
    transfer.abort = m_abort;
    CURL* c = m_curl;
    curl_easy_reset(c); // keeps the connection and TLS session caches
    const QByteArray urlBytes = url.toUtf8();
    const QByteArray caBytes = QFile::encodeName(m_caFile);
    const QByteArray auth = "Authorization: Bearer " + bearerToken;
    curl_slist* headers = nullptr;
    headers = curl_slist_append(headers, "Content-Type: application/json");
    headers = curl_slist_append(headers, "Accept: application/json");
    headers = curl_slist_append(headers, auth.constData());
    headers = curl_slist_append(headers, "Expect:"); // no 100-continue round trip

    curl_easy_setopt(c, CURLOPT_URL, urlBytes.constData());
    curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(c, CURLOPT_POST, 1L);
    curl_easy_setopt(c, CURLOPT_POSTFIELDS, body.constData());
    curl_easy_setopt(c, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(body.size()));
    curl_easy_setopt(c, CURLOPT_HTTPHEADER, headers);
    curl_easy_setopt(c, CURLOPT_USERAGENT, "eol-station-sync/1");
    curl_easy_setopt(c, CURLOPT_FOLLOWLOCATION, 0L); // a redirect would resend the token
    curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(c, CURLOPT_SSL_VERIFYHOST, 2L);
    if (!m_caFile.isEmpty())
        curl_easy_setopt(c, CURLOPT_CAINFO, caBytes.constData());
    curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT_MS, long(m_connectTimeoutMs));
    curl_easy_setopt(c, CURLOPT_TIMEOUT_MS, long(m_totalTimeoutMs));
    curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, onBody);
    curl_easy_setopt(c, CURLOPT_WRITEDATA, &transfer);
    curl_easy_setopt(c, CURLOPT_HEADERFUNCTION, onHeader);
    curl_easy_setopt(c, CURLOPT_HEADERDATA, &transfer);
    curl_easy_setopt(c, CURLOPT_NOPROGRESS, 0L);
    curl_easy_setopt(c, CURLOPT_XFERINFOFUNCTION, onProgress);
    curl_easy_setopt(c, CURLOPT_XFERINFODATA, &transfer);
    char errorBuffer[CURL_ERROR_SIZE] = {};
    curl_easy_setopt(c, CURLOPT_ERRORBUFFER, errorBuffer);

    const CURLcode rc = curl_easy_perform(c);
    curl_slist_free_all(headers);
    curl_easy_setopt(c, CURLOPT_HTTPHEADER, nullptr);
    curl_easy_setopt(c, CURLOPT_ERRORBUFFER, nullptr);
    if (rc != CURLE_OK) {
        reply.timedOut = rc == CURLE_OPERATION_TIMEDOUT;
        reply.aborted = rc == CURLE_ABORTED_BY_CALLBACK;
        const QString detail = errorBuffer[0] ? QString::fromUtf8(errorBuffer)
                                              : QString::fromUtf8(curl_easy_strerror(rc));
        reply.transportError = detail.trimmed();
        qCDebug(lcSync) << "POST" << url << "failed:" << reply.transportError;
        return reply;
    }
    long status = 0;
    curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &status);
    reply.transportOk = true;
    reply.status = int(status);
    reply.body = std::move(transfer.body);
    reply.retryAfter = std::move(transfer.retryAfter);
    qCDebug(lcSync) << "POST" << url << "->" << reply.status << reply.body.size() << "bytes";
    return reply;
}

} // namespace eol::core::sync
