#pragma once

#include "review/YieldPoint.h"

#include <QChartView>
#include <QList>

namespace eol::ui::review {

/// First-pass yield per day, one line per product: of the units first tested that day, the
/// share that passed their first run.
class YieldChartView : public QChartView
{
    Q_OBJECT
public:
    explicit YieldChartView(QWidget* parent = nullptr);
    void setPoints(const QList<core::review::YieldPoint>& points);
    const QList<core::review::YieldPoint>& points() const { return m_points; }

private:
    QList<core::review::YieldPoint> m_points;
};

} // namespace eol::ui::review
