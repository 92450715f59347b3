#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>

namespace eol::registry {

/// In-process counters rendered as Prometheus text (exposition format 0.0.4).
class Metrics
{
public:
    Metrics();

    void countRuns(const QString& status, int n);
    void countNotes(const QString& status, int n);
    void observeBatch(int runs);
    void observeRequest(const QString& route, int status, double seconds);
    /// `devicesTotal` < 0 when the database could not be asked.
    QByteArray render(qint64 devicesTotal, const QString& backend) const;

private:
    struct Histogram
    {
        QList<double> bounds;
        QList<quint64> buckets; ///< cumulative is computed at render time
        quint64 count = 0;
        double sum = 0;
        void observe(double v);
    };

    QMap<QString, quint64> m_runs;                 ///< status -> count
    QMap<QString, quint64> m_notes;                ///< status -> count
    QMap<QString, Histogram> m_durations;          ///< route -> histogram
    QMap<QPair<QString, int>, quint64> m_requests; ///< (route, status) -> count
    Histogram m_batches;
    QList<double> m_durationBounds;
};

} // namespace eol::registry
