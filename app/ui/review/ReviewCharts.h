#pragma once

#include "review/FilterChoices.h"

#include <QWidget>

class QComboBox;
class QGridLayout;
class QVBoxLayout;
class QLabel;

namespace eol::ui::review {

class HistogramChartView;
class ParetoChartView;
class YieldChartView;

/// The charts tab: Pareto of failing steps and first-pass yield per day side by side, the
/// histogram of a chosen measurement below. All follow the window's filter.
class ReviewCharts : public QWidget
{
    Q_OBJECT
public:
    explicit ReviewCharts(QWidget* parent = nullptr);

    void setMeasuredSteps(const QList<core::review::FilterChoices::Step>& steps);
    QString histogramStep() const;
    void setHistogramStep(const QString& stepId);
    /// "Computing…" while the charts of a new filter are on their way.
    void setBusy(bool busy);

    /// The chart views are built on first use (the window opens faster without them).
    ParetoChartView* pareto();
    YieldChartView* yield();
    HistogramChartView* histogram();
    QComboBox* stepBox() const { return m_step; }

Q_SIGNALS:
    void histogramStepChanged(const QString& stepId);
    /// A Pareto bar was clicked: filter on that step.
    void paretoStepClicked(const QString& stepId);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void ensureViews();

    ParetoChartView* m_pareto = nullptr;
    YieldChartView* m_yield = nullptr;
    HistogramChartView* m_histogram = nullptr;
    QComboBox* m_step = nullptr;
    QLabel* m_busy = nullptr;
    QGridLayout* m_grid = nullptr;
    QVBoxLayout* m_bottom = nullptr;
};

} // namespace eol::ui::review
