#include "ReviewCharts.h"

#include "HistogramChartView.h"
#include "ParetoChartView.h"
#include "YieldChartView.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace eol::ui::review {

ReviewCharts::ReviewCharts(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("reviewCharts"));
    m_grid = new QGridLayout(this);
    m_grid->setContentsMargins(6, 6, 6, 6);

    m_bottom = new QVBoxLayout();
    auto* pick = new QHBoxLayout();
    auto* label = new QLabel(tr("Histogram of"), this);
    label->setObjectName(QStringLiteral("filterLabel"));
    m_step = new QComboBox(this);
    m_step->setObjectName(QStringLiteral("histogramStep"));
    m_step->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_busy = new QLabel(tr("Computing…"), this);
    m_busy->setObjectName(QStringLiteral("busyLabel"));
    m_busy->hide();
    pick->addWidget(label);
    pick->addWidget(m_step);
    pick->addStretch(1);
    pick->addWidget(m_busy);
    m_bottom->addLayout(pick);
    m_grid->addLayout(m_bottom, 1, 0, 1, 2);
    m_grid->setRowStretch(0, 1);
    m_grid->setRowStretch(1, 1);

    connect(m_step, &QComboBox::currentIndexChanged, this,
            [this] { Q_EMIT histogramStepChanged(histogramStep()); });
}

void ReviewCharts::showEvent(QShowEvent* event)
{
    ensureViews();
    QWidget::showEvent(event);
}

void ReviewCharts::ensureViews()
{
    if (m_pareto)
        return;
    m_pareto = new ParetoChartView(this);
    m_yield = new YieldChartView(this);
    m_histogram = new HistogramChartView(this);
    m_grid->addWidget(m_pareto, 0, 0);
    m_grid->addWidget(m_yield, 0, 1);
    m_bottom->addWidget(m_histogram, 1);
    connect(m_pareto, &ParetoChartView::stepClicked, this, &ReviewCharts::paretoStepClicked);
}

ParetoChartView* ReviewCharts::pareto()
{
    ensureViews();
    return m_pareto;
}

YieldChartView* ReviewCharts::yield()
{
    ensureViews();
    return m_yield;
}

HistogramChartView* ReviewCharts::histogram()
{
    ensureViews();
    return m_histogram;
}

void ReviewCharts::setMeasuredSteps(const QList<core::review::FilterChoices::Step>& steps)
{
    const QString current = histogramStep();
    const QSignalBlocker block(m_step);
    m_step->clear();
    for (const core::review::FilterChoices::Step& s : steps)
        m_step->addItem(s.name.isEmpty() ? s.stepId : tr("%1 — %2").arg(s.name, s.stepId),
                        s.stepId);
    const int i = m_step->findData(current);
    m_step->setCurrentIndex(i >= 0 ? i : 0);
}

QString ReviewCharts::histogramStep() const
{
    return m_step->currentData().toString();
}

void ReviewCharts::setHistogramStep(const QString& stepId)
{
    const int i = m_step->findData(stepId);
    if (i >= 0)
        m_step->setCurrentIndex(i);
}

void ReviewCharts::setBusy(bool busy)
{
    m_busy->setVisible(busy);
}

} // namespace eol::ui::review
