#include "registry/Metrics.h"

namespace eol::registry {

namespace {
QString number(double v)
{
    return QString::number(v, 'g', 12);
}
} // namespace

void Metrics::Histogram::observe(double v)
{
    ++count;
    sum += v;
    for (qsizetype i = 0; i < bounds.size(); ++i) {
        if (v <= bounds.at(i)) {
            ++buckets[i];
            break;
        }
    }
}

Metrics::Metrics()
    : m_durationBounds{0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10}
{
    m_batches.bounds = {1, 10, 50, 100, 250, 500};
    m_batches.buckets = QList<quint64>(m_batches.bounds.size(), 0);
    for (const char* s : {"created", "duplicate", "conflict", "rejected"})
        m_runs[QLatin1String(s)] = 0;
    for (const char* s : {"created", "duplicate", "deleted", "unknown_run", "conflict", "rejected"})
        m_notes[QLatin1String(s)] = 0;
}

void Metrics::countRuns(const QString& status, int n)
{
    m_runs[status] += quint64(n);
}

void Metrics::countNotes(const QString& status, int n)
{
    m_notes[status] += quint64(n);
}

void Metrics::observeBatch(int runs)
{
    m_batches.observe(runs);
}

void Metrics::observeRequest(const QString& route, int status, double seconds)
{
    auto it = m_durations.find(route);
    if (it == m_durations.end()) {
        Histogram h;
        h.bounds = m_durationBounds;
        h.buckets = QList<quint64>(h.bounds.size(), 0);
        it = m_durations.insert(route, h);
    }
    it->observe(seconds);
    m_requests[qMakePair(route, status)] += 1;
}

QByteArray Metrics::render(qint64 devicesTotal, const QString& backend) const
{
    QString out;
    const auto histogram = [&out](const QString& name, const QString& labels, const Histogram& h) {
        const QString sep = labels.isEmpty() ? QString() : QStringLiteral(",");
        quint64 cumulative = 0;
        for (qsizetype i = 0; i < h.bounds.size(); ++i) {
            cumulative += h.buckets.at(i);
            out +=
                QString(name % QStringLiteral("_bucket{") % labels % sep % QStringLiteral("le=\"") %
                        number(h.bounds.at(i)) % QStringLiteral("\"} ") %
                        QString::number(cumulative) % QLatin1Char('\n'));
        }
        out +=
            QString(name % QStringLiteral("_bucket{") % labels % sep %
                    QStringLiteral("le=\"+Inf\"} ") % QString::number(h.count) % QLatin1Char('\n'));
        const QString braces =
            labels.isEmpty() ? QString() : QString(QLatin1Char('{') % labels % QLatin1Char('}'));
        out += QString(name % QStringLiteral("_sum") % braces % QLatin1Char(' ') % number(h.sum) %
                       QLatin1Char('\n'));
        out += QString(name % QStringLiteral("_count") % braces % QLatin1Char(' ') %
                       QString::number(h.count) % QLatin1Char('\n'));
    };

    out += QStringLiteral("# HELP eol_registry_info Registry build and storage backend.\n"
                          "# TYPE eol_registry_info gauge\n");
    out += QString(QStringLiteral("eol_registry_info{backend=\"") % backend %
                   QStringLiteral("\"} 1\n"));
    out += QStringLiteral("# HELP eol_registry_runs_ingested_total Runs received, by outcome.\n"
                          "# TYPE eol_registry_runs_ingested_total counter\n");
    for (auto it = m_runs.begin(); it != m_runs.end(); ++it)
        out += QString(QStringLiteral("eol_registry_runs_ingested_total{status=\"") % it.key() %
                       QStringLiteral("\"} ") % QString::number(it.value()) % QLatin1Char('\n'));
    out += QStringLiteral("# HELP eol_registry_notes_ingested_total Notes received from "
                          "stations, by outcome.\n"
                          "# TYPE eol_registry_notes_ingested_total counter\n");
    for (auto it = m_notes.begin(); it != m_notes.end(); ++it)
        out += QString(QStringLiteral("eol_registry_notes_ingested_total{status=\"") % it.key() %
                       QStringLiteral("\"} ") % QString::number(it.value()) % QLatin1Char('\n'));
    out += QStringLiteral("# HELP eol_registry_devices_total Devices registered.\n"
                          "# TYPE eol_registry_devices_total gauge\n");
    out += QString(QStringLiteral("eol_registry_devices_total ") %
                   QString::number(devicesTotal < 0 ? 0 : devicesTotal) % QLatin1Char('\n'));
    out += QStringLiteral("# HELP eol_registry_batch_size_runs Runs per ingest batch.\n"
                          "# TYPE eol_registry_batch_size_runs histogram\n");
    histogram(QStringLiteral("eol_registry_batch_size_runs"), QString(), m_batches);
    out += QStringLiteral("# HELP eol_registry_http_requests_total HTTP requests, by route and "
                          "status code.\n# TYPE eol_registry_http_requests_total counter\n");
    for (auto it = m_requests.begin(); it != m_requests.end(); ++it)
        out +=
            QString(QStringLiteral("eol_registry_http_requests_total{route=\"") % it.key().first %
                    QStringLiteral("\",code=\"") % QString::number(it.key().second) %
                    QStringLiteral("\"} ") % QString::number(it.value()) % QLatin1Char('\n'));
    out += QStringLiteral("# HELP eol_registry_http_request_duration_seconds Time to answer a "
                          "request, by route.\n"
                          "# TYPE eol_registry_http_request_duration_seconds histogram\n");
    for (auto it = m_durations.begin(); it != m_durations.end(); ++it)
        histogram(QStringLiteral("eol_registry_http_request_duration_seconds"),
                  QString(QStringLiteral("route=\"") % it.key() % QLatin1Char('"')), it.value());
    return out.toUtf8();
}

} // namespace eol::registry
