#pragma once

#include "registry/DeviceQueries.h"
#include "registry/HttpReply.h"
#include "registry/Metrics.h"
#include "registry/NoteIngestor.h"
#include "registry/RunIngestor.h"
#include "registry/TokenInfo.h"
#include "registry/TokenStore.h"

#include <QAbstractHttpServer>
#include <optional>

namespace eol::registry {

class Database;

/// The registry's HTTP API (docs/registry.md, registry/openapi.yaml). Runs on the thread that
/// owns the Database; each request is answered synchronously, so a batch is never interleaved
/// with another write.
class RegistryServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    static constexpr int kMaxBatch = 500;
    static constexpr qsizetype kMaxBody = 64 * 1024 * 1024;

    explicit RegistryServer(Database& database, QObject* parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    HttpReply dispatch(const QHttpServerRequest& request, QString& route);
    /// The caller's token, or the 401/403 reply to send instead.
    std::optional<HttpReply> authorize(const QHttpServerRequest& request, bool ingest,
                                       TokenInfo& token);
    HttpReply ingest(const QHttpServerRequest& request, const TokenInfo& token);
    HttpReply ingestNotes(const QHttpServerRequest& request, const TokenInfo& token);
    HttpReply listDevices(const QHttpServerRequest& request, bool csv);
    HttpReply deviceDetail(const QString& serial);
    HttpReply addNote(const QHttpServerRequest& request, const QString& serial,
                      const TokenInfo& token);
    HttpReply health();
    HttpReply metrics();

    Database& m_database;
    TokenStore m_tokens;
    RunIngestor m_ingestor;
    NoteIngestor m_noteIngestor;
    DeviceQueries m_queries;
    Metrics m_metrics;
};

} // namespace eol::registry
