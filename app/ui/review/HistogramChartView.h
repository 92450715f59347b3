#pragma once

#include "review/MeasurementHistogram.h"

#include <QChartView>

namespace eol::ui::review {

/// The distribution of one measurement in the filter's runs, with its low and high limits as
/// red lines, and the numbers QA quotes (n, mean, σ, Cpk, out-of-limit counts) in the title.
class HistogramChartView : public QChartView
{
    Q_OBJECT
public:
    explicit HistogramChartView(QWidget* parent = nullptr);
    void setHistogram(const core::review::MeasurementHistogram& histogram);
    const core::review::MeasurementHistogram& histogram() const { return m_histogram; }
    /// The limit lines drawn, for tests: "low" / "high" series present.
    int limitLineCount() const { return m_limitLines; }
    void showMessage(const QString& message);

private:
    core::review::MeasurementHistogram m_histogram;
    int m_limitLines = 0;
};

} // namespace eol::ui::review
