#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <algorithm>
#include <optional>

namespace eol::core::review {

/// The distribution of one step's numeric measurements over the runs of a filter, with the
/// step's limits. Bins span the limits and the bulk of the values (0.5 % .. 99.5 %); values
/// outside fall into `underflow` / `overflow` so one wild reading cannot squash the chart.
struct MeasurementHistogram
{
    QString stepId;
    QString stepName;
    QString unit;
    std::optional<double> low; ///< limits of the newest run of the filter with this step
    std::optional<double> high;
    double binStart = 0;
    double binWidth = 1;
    QList<int> bins;
    int underflow = 0;
    int overflow = 0;
    int count = 0;      ///< numeric values
    int nonNumeric = 0; ///< measured text that is not a number (skipped)
    int belowLow = 0;
    int aboveHigh = 0;
    double mean = 0;
    double stddev = 0;
    double min = 0;
    double max = 0;
    /// Process capability against the limits (both needed); empty when undefined.
    std::optional<double> cpk() const
    {
        if (!low || !high || stddev <= 0 || count < 2)
            return std::nullopt;
        return std::min(*high - mean, mean - *low) / (3 * stddev);
    }
};

} // namespace eol::core::review

Q_DECLARE_METATYPE(eol::core::review::MeasurementHistogram)
