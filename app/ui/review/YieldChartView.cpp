#include "YieldChartView.h"

#include <QChart>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QLocale>
#include <QMap>
#include <QPen>
#include <QValueAxis>
#include <cmath>

namespace eol::ui::review {

namespace {
const QList<QColor> kProductColors{QColor(0x1f, 0x6f, 0xeb), QColor(0x8250df),
                                   QColor(0x1a, 0x7f, 0x37), QColor(0xbc, 0x4c, 0x00),
                                   QColor(0x0f, 0x76, 0x6e), QColor(0xbf, 0x39, 0x89)};
}

YieldChartView::YieldChartView(QWidget* parent) : QChartView(parent)
{
    setObjectName(QStringLiteral("yieldChart"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(260);
    setPoints({});
}

void YieldChartView::setPoints(const QList<core::review::YieldPoint>& points)
{
    m_points = points;
    auto* chart = new QChart();
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));

    QMap<QString, QList<core::review::YieldPoint>> byProduct;
    int units = 0;
    int firstPass = 0;
    QDate first;
    QDate last;
    double lowest = 100;
    for (const core::review::YieldPoint& p : points) {
        byProduct[p.product].append(p);
        units += p.units;
        firstPass += p.firstPass;
        if (!first.isValid() || p.day < first)
            first = p.day;
        if (!last.isValid() || p.day > last)
            last = p.day;
        lowest = std::min(lowest, 100.0 * p.yield());
    }
    chart->setTitle(units == 0 ? tr("First-pass yield — no units in this filter")
                               : tr("First-pass yield per day — %1 % of %2 units overall")
                                     .arg(QLocale().toString(100.0 * firstPass / units, 'f', 1),
                                          QLocale().toString(units)));

    auto* x = new QDateTimeAxis();
    x->setFormat(QStringLiteral("MM-dd"));
    auto* y = new QValueAxis();
    y->setLabelFormat(QStringLiteral("%.0f%%"));
    // Zoom to where the yields are (they are usually 90+ %), in steps of 5 %.
    const double floorPct = units == 0 ? 0 : std::max(0.0, std::floor((lowest - 2) / 5) * 5);
    y->setRange(floorPct, 100);
    const double span = 100 - floorPct;
    const double step = span <= 10 ? 2 : (span <= 30 ? 5 : 10);
    y->setTickCount(int(span / step) + 1);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);

    int colour = 0;
    for (auto it = byProduct.cbegin(); it != byProduct.cend(); ++it) {
        auto* line = new QLineSeries();
        line->setName(it.key().isEmpty() ? tr("(no product)") : it.key());
        QPen pen(kProductColors[colour++ % kProductColors.size()]);
        pen.setWidth(2);
        line->setPen(pen);
        line->setPointsVisible(it.value().size() < 60);
        for (const core::review::YieldPoint& p : it.value())
            line->append(double(QDateTime(p.day, QTime(12, 0)).toMSecsSinceEpoch()),
                         100.0 * p.yield());
        chart->addSeries(line);
        line->attachAxis(x);
        line->attachAxis(y);
    }
    if (first.isValid()) {
        x->setRange(QDateTime(first, QTime(0, 0)), QDateTime(last.addDays(1), QTime(0, 0)));
        const qint64 days = first.daysTo(last) + 1;
        x->setTickCount(int(std::clamp<qint64>(days + 1, 2, 9)));
        if (days > 300)
            x->setFormat(QStringLiteral("yyyy-MM"));
    } else {
        x->setRange(QDateTime(QDate::currentDate(), QTime(0, 0)),
                    QDateTime(QDate::currentDate().addDays(1), QTime(0, 0)));
    }

    QChart* old = this->chart();
    setChart(chart);
    delete old;
}

} // namespace eol::ui::review
