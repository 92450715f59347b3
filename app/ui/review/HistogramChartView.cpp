#include "HistogramChartView.h"

#include <QAreaSeries>
#include <QChart>
#include <QLineSeries>
#include <QLocale>
#include <QPen>
#include <QValueAxis>

namespace eol::ui::review {

HistogramChartView::HistogramChartView(QWidget* parent) : QChartView(parent)
{
    setObjectName(QStringLiteral("histogramChart"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(260);
    showMessage(tr("Pick a measured step"));
}

void HistogramChartView::showMessage(const QString& message)
{
    m_histogram = {};
    m_limitLines = 0;
    auto* chart = new QChart();
    chart->setTitle(message);
    chart->legend()->hide();
    QChart* old = this->chart();
    setChart(chart);
    delete old;
}

void HistogramChartView::setHistogram(const core::review::MeasurementHistogram& h)
{
    m_histogram = h;
    m_limitLines = 0;
    const QLocale locale;
    auto* chart = new QChart();
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));

    const QString name = h.stepName.isEmpty() ? h.stepId : h.stepName;
    const QString unit = h.unit.isEmpty() ? QString() : QString(QLatin1Char(' ') + h.unit);
    if (h.count == 0) {
        chart->setTitle(tr("%1 — no numeric values in this filter").arg(name));
    } else {
        QString title = tr("%1 — n = %2 · mean %3%4 · σ %5")
                            .arg(name, locale.toString(h.count), locale.toString(h.mean, 'g', 5),
                                 unit, locale.toString(h.stddev, 'g', 3));
        if (auto cpk = h.cpk())
            title += tr(" · Cpk %1").arg(locale.toString(*cpk, 'f', 2));
        if (h.low || h.high)
            title += tr(" · %1 below / %2 above limits").arg(h.belowLow).arg(h.aboveHigh);
        chart->setTitle(title);
    }

    // Bars as one stepped outline filled down to zero: crisp at any bin count.
    auto* upper = new QLineSeries();
    auto* lower = new QLineSeries();
    int top = 1;
    for (int i = 0; i < h.bins.size(); ++i) {
        const double x0 = h.binStart + i * h.binWidth;
        const double x1 = x0 + h.binWidth;
        upper->append(x0, h.bins[i]);
        upper->append(x1, h.bins[i]);
        lower->append(x0, 0);
        lower->append(x1, 0);
        top = std::max(top, h.bins[i]);
    }
    auto* area = new QAreaSeries(upper, lower);
    area->setName(tr("units per bin"));
    area->setColor(QColor(0x54, 0x8c, 0xd6));
    area->setBorderColor(QColor(0x1f, 0x4e, 0x8c));
    chart->addSeries(area);

    auto* x = new QValueAxis();
    const double xMin = h.binStart;
    const double xMax = h.binStart + std::max<qsizetype>(1, h.bins.size()) * h.binWidth;
    x->setRange(xMin, xMax);
    x->setTitleText(h.unit.isEmpty() ? tr("measured") : tr("measured (%1)").arg(h.unit));
    x->applyNiceNumbers();
    auto* y = new QValueAxis();
    y->setRange(0, top * 1.12);
    y->applyNiceNumbers();
    y->setLabelFormat(QStringLiteral("%d"));
    y->setTitleText(tr("units"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    area->attachAxis(x);
    area->attachAxis(y);

    auto limit = [&](const std::optional<double>& v, const QString& label) {
        if (!v)
            return;
        auto* line = new QLineSeries();
        line->setName(QStringLiteral("%1 %2%3").arg(label, locale.toString(*v, 'g', 6), unit));
        QPen pen(QColor(0xd1, 0x24, 0x2f));
        pen.setWidth(3);
        pen.setStyle(Qt::DashLine);
        line->setPen(pen);
        line->append(*v, 0);
        line->append(*v, y->max());
        chart->addSeries(line);
        line->attachAxis(x);
        line->attachAxis(y);
        ++m_limitLines;
    };
    limit(h.low, tr("low limit"));
    limit(h.high, tr("high limit"));
    if (h.underflow + h.overflow > 0) {
        chart->setTitle(
            QString(chart->title() + tr(" · %1 outside the chart").arg(h.underflow + h.overflow)));
    }

    QChart* old = this->chart();
    setChart(chart);
    delete old;
}

} // namespace eol::ui::review
