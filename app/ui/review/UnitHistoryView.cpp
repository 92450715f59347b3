#include "UnitHistoryView.h"

#include "VerdictStyle.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace eol::ui::review {

UnitHistoryView::UnitHistoryView(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("unitHistory"));
    auto* layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("historySummary"));
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_table = new QTableWidget(0, 7, this);
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setHorizontalHeaderLabels({tr("#"), tr("Started"), tr("Verdict"), tr("Failing step"),
                                        tr("Plan"), tr("Station"), tr("Operator")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);
    connect(m_table, &QTableWidget::cellActivated, this, [this](int row, int) {
        if (row >= 0 && row < m_history.runs.size())
            Q_EMIT runActivated(m_history.runs[row].runId);
    });
    clear();
}

void UnitHistoryView::clear()
{
    m_history = {};
    m_summary->setText(QString());
    m_table->setRowCount(0);
}

QString UnitHistoryView::summaryText() const
{
    const core::review::UnitHistory& h = m_history;
    if (h.runs.isEmpty())
        return tr("No runs of this unit.");
    return tr("%1: %n run(s), first pass %2, final result %3", nullptr, int(h.runs.size()))
        .arg(h.serial, VerdictStyle::label(h.firstVerdict), VerdictStyle::label(h.finalVerdict));
}

void UnitHistoryView::showHistory(const core::review::UnitHistory& history,
                                  const QString& currentRunId)
{
    m_history = history;
    const core::review::UnitHistory& h = history;
    if (h.runs.isEmpty()) {
        m_summary->setText(tr("No runs of this unit.").toHtmlEscaped());
    } else {
        m_summary->setText(
            QStringLiteral("<div style=\"font-size:17px\"><b>%1</b> — %2</div>"
                           "<div>%3 %4 &nbsp;&nbsp; %5 %6</div>")
                .arg(h.serial.toHtmlEscaped(),
                     tr("%n run(s), %1 retest(s)", nullptr, int(h.runs.size()))
                         .arg(h.retests())
                         .toHtmlEscaped(),
                     tr("First pass:").toHtmlEscaped(), VerdictStyle::chipHtml(h.firstVerdict),
                     tr("Final:").toHtmlEscaped(), VerdictStyle::chipHtml(h.finalVerdict)));
    }
    m_table->setRowCount(int(h.runs.size()));
    const QLocale locale;
    for (int i = 0; i < h.runs.size(); ++i) {
        const core::review::ReviewRunRow& r = h.runs[i];
        auto set = [&](int col, const QString& text) {
            auto* it = new QTableWidgetItem(text);
            it->setData(Qt::UserRole, r.runId);
            m_table->setItem(i, col, it);
            return it;
        };
        set(0, i == 0 ? tr("first") : tr("retest %1").arg(i));
        set(1, locale.toString(r.startedUtc.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss")));
        auto* v = set(2, VerdictStyle::label(r.verdict));
        v->setForeground(VerdictStyle::foreground(r.verdict));
        v->setBackground(VerdictStyle::background(r.verdict));
        v->setTextAlignment(Qt::AlignCenter);
        set(3, r.failingStep);
        set(4, tr("%1 rev %2").arg(r.planId).arg(r.planRevision));
        set(5, r.stationId);
        set(6, r.operatorName);
        if (r.runId == currentRunId) {
            QFont f = m_table->font();
            f.setBold(true);
            for (int c = 0; c < m_table->columnCount(); ++c)
                m_table->item(i, c)->setFont(f);
        }
    }
    m_table->resizeColumnsToContents();
}

} // namespace eol::ui::review
