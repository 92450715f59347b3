#pragma once

#include "review/ParetoEntry.h"

#include <QChartView>
#include <QList>

namespace eol::ui::review {

/// Pareto of failing steps: one stacked bar per step (DUT failures red, station errors amber,
/// aborted / interrupted grey), most frequent first, and the cumulative share as a line on a
/// 0–100 % axis. Clicking a bar asks to filter on that step.
class ParetoChartView : public QChartView
{
    Q_OBJECT
public:
    /// Bars shown; the rest are summed into "other steps".
    static constexpr int kMaxBars = 12;

    explicit ParetoChartView(QWidget* parent = nullptr);
    void setEntries(const QList<core::review::ParetoEntry>& entries);
    const QList<core::review::ParetoEntry>& entries() const { return m_entries; }
    /// The bar labels shown (step ids, "other steps" last), for tests.
    QStringList categories() const { return m_categories; }
    /// The cumulative percentages drawn, one per bar.
    QList<double> cumulative() const { return m_cumulative; }

Q_SIGNALS:
    void stepClicked(const QString& stepId);

private:
    QList<core::review::ParetoEntry> m_entries;
    QStringList m_categories;
    QList<double> m_cumulative;
};

} // namespace eol::ui::review
