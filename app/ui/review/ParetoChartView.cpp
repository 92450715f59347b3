#include "ParetoChartView.h"

#include "VerdictStyle.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QLineSeries>
#include <QLocale>
#include <QPen>
#include <QStackedBarSeries>
#include <QValueAxis>

namespace eol::ui::review {

ParetoChartView::ParetoChartView(QWidget* parent) : QChartView(parent)
{
    setObjectName(QStringLiteral("paretoChart"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(260);
    setEntries({});
}

void ParetoChartView::setEntries(const QList<core::review::ParetoEntry>& entries)
{
    m_entries = entries;
    m_categories.clear();
    m_cumulative.clear();

    auto* chart = new QChart();
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));

    int total = 0;
    for (const core::review::ParetoEntry& e : entries)
        total += e.total();
    chart->setTitle(
        total == 0
            ? tr("Failing steps — no failed runs in this filter")
            : tr("Failing steps (Pareto) — %1 runs not passed").arg(QLocale().toString(total)));

    auto* fail = new QBarSet(tr("DUT failed"));
    fail->setColor(QColor(0xd1, 0x24, 0x2f));
    auto* error = new QBarSet(tr("Station error"));
    error->setColor(QColor(0xe3, 0x9b, 0x17));
    auto* other = new QBarSet(tr("Aborted / interrupted"));
    other->setColor(QColor(0x8c, 0x95, 0x9f));

    int running = 0;
    QStringList stepIds;
    core::review::ParetoEntry rest;
    for (int i = 0; i < entries.size(); ++i) {
        if (i >= kMaxBars) {
            rest.fail += entries[i].fail;
            rest.error += entries[i].error;
            rest.other += entries[i].other;
            continue;
        }
        *fail << entries[i].fail;
        *error << entries[i].error;
        *other << entries[i].other;
        m_categories << entries[i].stepId;
        stepIds << entries[i].stepId;
        running += entries[i].total();
        m_cumulative << (total > 0 ? 100.0 * running / total : 0.0);
    }
    if (rest.total() > 0) {
        *fail << rest.fail;
        *error << rest.error;
        *other << rest.other;
        m_categories << tr("other steps");
        stepIds << QString();
        running += rest.total();
        m_cumulative << 100.0;
    }

    auto* bars = new QStackedBarSeries();
    bars->append(fail);
    bars->append(error);
    bars->append(other);
    bars->setBarWidth(0.7);
    chart->addSeries(bars);

    auto* line = new QLineSeries();
    line->setName(tr("Cumulative %"));
    QPen pen(QColor(0x1f, 0x4e, 0x8c));
    pen.setWidth(2);
    line->setPen(pen);
    line->setPointsVisible(true);
    for (int i = 0; i < m_cumulative.size(); ++i)
        line->append(i, m_cumulative[i]);
    chart->addSeries(line);

    auto* x = new QBarCategoryAxis();
    x->append(m_categories.isEmpty() ? QStringList{QString()} : m_categories);
    // Step ids are what QA searches for: show them whole, upright when there are many (slanted
    // labels run off the left edge and Qt Charts drops them).
    x->setTruncateLabels(false);
    x->setLabelsAngle(m_categories.size() > 4 ? -90 : 0);
    chart->addAxis(x, Qt::AlignBottom);
    bars->attachAxis(x);
    line->attachAxis(x);

    auto* y = new QValueAxis();
    int top = 0;
    for (const core::review::ParetoEntry& e : entries.mid(0, kMaxBars))
        top = std::max(top, e.total());
    top = std::max(top, rest.total());
    y->setRange(0, std::max(1, top) * 1.1);
    y->applyNiceNumbers();
    y->setLabelFormat(QStringLiteral("%d"));
    y->setTitleText(tr("runs"));
    chart->addAxis(y, Qt::AlignLeft);
    bars->attachAxis(y);

    auto* pct = new QValueAxis();
    pct->setRange(0, 100);
    pct->setTickCount(5);
    pct->setLabelFormat(QStringLiteral("%d%%"));
    pct->setGridLineVisible(false);
    chart->addAxis(pct, Qt::AlignRight);
    line->attachAxis(pct);

    const auto clicked = [this, stepIds](int index) {
        if (index >= 0 && index < stepIds.size() && !stepIds[index].isEmpty())
            Q_EMIT stepClicked(stepIds[index]);
    };
    for (QBarSet* set : {fail, error, other})
        connect(set, &QBarSet::clicked, this, clicked);

    QChart* old = this->chart();
    setChart(chart);
    delete old;
}

} // namespace eol::ui::review
