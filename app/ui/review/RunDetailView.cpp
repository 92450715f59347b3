#include "RunDetailView.h"

#include "TranscriptFormatter.h"
#include "VerdictStyle.h"

#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QLabel>
#include <QLocale>
#include <QStyle>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextEdit>
#include <QVBoxLayout>
#include <cmath>

namespace eol::ui::review {

namespace {

QString number(const std::optional<double>& v)
{
    return v ? QLocale::c().toString(*v, 'g', 10) : QString();
}

QTableWidgetItem* item(const QString& text)
{
    auto* i = new QTableWidgetItem(text);
    i->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    return i;
}

} // namespace

RunDetailView::RunDetailView(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("runDetail"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("runSummary"));
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);

    m_failure = new QLabel(this);
    m_failure->setObjectName(QStringLiteral("runFailure"));
    m_failure->setWordWrap(true);
    m_failure->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_failure);

    m_sync = new QLabel(this);
    m_sync->setObjectName(QStringLiteral("runSync"));
    m_sync->setWordWrap(true);
    m_sync->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_sync);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("detailTabs"));
    layout->addWidget(m_tabs, 1);

    m_steps = new QTableWidget(0, 10, this);
    m_steps->setObjectName(QStringLiteral("stepTable"));
    m_steps->setHorizontalHeaderLabels({tr("#"), tr("Step"), tr("Verdict"), tr("Measured"),
                                        tr("Low"), tr("High"), tr("Unit"), tr("Time (ms)"),
                                        tr("Tries"), tr("Message")});
    m_steps->verticalHeader()->hide();
    m_steps->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_steps->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_steps->setWordWrap(false);
    m_steps->horizontalHeader()->setStretchLastSection(true);
    m_steps->setAlternatingRowColors(true);
    m_tabs->addTab(m_steps, tr("Steps"));

    m_transcript = new QTextEdit(this);
    m_transcript->setObjectName(QStringLiteral("transcript"));
    m_transcript->setReadOnly(true);
    m_transcript->setLineWrapMode(QTextEdit::NoWrap);
    m_tabs->addTab(m_transcript, tr("Transcript"));

    m_attributes = new QTableWidget(0, 2, this);
    m_attributes->setObjectName(QStringLiteral("attributeTable"));
    m_attributes->setHorizontalHeaderLabels({tr("Attribute"), tr("Value")});
    m_attributes->verticalHeader()->hide();
    m_attributes->horizontalHeader()->setStretchLastSection(true);
    m_attributes->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tabs->addTab(m_attributes, tr("Attributes"));

    clear();
}

void RunDetailView::showSync(const core::review::RunSyncState& sync)
{
    const QLocale locale;
    auto when = [&locale](const QDateTime& t) {
        return locale.toString(t.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    };
    QString text;
    if (sync.state == QLatin1String("synced")) {
        text = tr("Registry: received %1").arg(sync.syncedUtc.isValid() ? when(sync.syncedUtc)
                                                                          : tr("(time unknown)"));
    } else if (sync.state == QLatin1String("pending")) {
        text = sync.attempts == 0
                   ? tr("Registry: waiting to be sent")
                   : tr("Registry: not yet received — %n attempt(s), last error: %1", nullptr,
                        sync.attempts)
                         .arg(sync.lastError.isEmpty() ? tr("none") : sync.lastError);
    } else if (sync.refused()) {
        const QString what = sync.state == QLatin1String("conflict")
                                 ? tr("Registry CONFLICT")
                                 : tr("Registry REFUSED this run");
        text = sync.reasonField.isEmpty()
                   ? tr("%1: %2").arg(what, sync.reason)
                   : tr("%1: %2 (field %3)").arg(what, sync.reason, sync.reasonField);
        text += tr(" — fix the cause, then `eol-station sync retry %1`").arg(m_detail.run.runId);
    } else {
        // No outbox row: a run still in progress, or one written without sync (an import,
        // a database from before sync existed).
        text = m_detail.run.endedUtc.isValid()
                   ? tr("Registry: not queued for sync (recorded without an outbox entry)")
                   : tr("Registry: not queued yet (the run has not finished)");
    }
    m_sync->setText(text);
    m_sync->setProperty("syncState", sync.refused() ? QStringLiteral("refused") : sync.state);
    m_sync->style()->unpolish(m_sync);
    m_sync->style()->polish(m_sync);
    m_sync->show();
}

void RunDetailView::clear()
{
    m_detail = {};
    m_summary->setText(QStringLiteral("<p style=\"color:#57606a; font-size:16px\">%1</p>")
                           .arg(tr("Pick a run in the list to see its steps, transcript and "
                                   "history.")
                                    .toHtmlEscaped()));
    m_failure->hide();
    m_sync->hide();
    m_steps->setRowCount(0);
    m_attributes->setRowCount(0);
    m_transcript->clear();
}

void RunDetailView::showDetail(const core::review::RunDetail& detail)
{
    m_detail = detail;
    const core::store::RunRecord& r = detail.run;
    const QLocale locale;
    const QString started =
        locale.toString(r.startedUtc.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    QString duration;
    if (r.endedUtc.isValid())
        duration =
            tr("%1 s").arg(locale.toString(r.startedUtc.msecsTo(r.endedUtc) / 1000.0, 'f', 1));
    const QString firstRun = detail.firstRun ? tr("first test of this unit") : tr("retest");
    const auto esc = [](const QString& s) { return s.toHtmlEscaped(); };
    m_summary->setText(
        QStringLiteral("<div style=\"font-size:22px\"><b>%1</b> &nbsp;%2</div>"
                       "<div>%3 · <b>%4</b> rev %5 · %6 · %7</div>"
                       "<div>%8 %9 · %10 · %11 · %12</div>"
                       "<div style=\"color:#57606a\">%13 · IMEI %14 · run %15</div>")
            .arg(esc(r.serial.isEmpty() ? tr("(no serial)") : r.serial),
                 VerdictStyle::chipHtml(r.verdict), esc(r.product), esc(r.planId))
            .arg(r.planRevision)
            .arg(esc(tr("station %1").arg(r.stationId)), esc(tr("operator %1").arg(r.operatorName)),
                 esc(started), esc(duration), esc(firstRun),
                 esc(tr("batch %1").arg(r.batch.isEmpty() ? tr("–") : r.batch)),
                 esc(tr("work order %1").arg(r.workOrder.isEmpty() ? tr("–") : r.workOrder)),
                 esc(r.port), esc(r.imei.isEmpty() ? tr("–") : r.imei))
            .arg(esc(r.runId)));

    if (!r.failureReason.isEmpty()) {
        QString stepName = r.failingStep;
        if (detail.failingStepIndex >= 0)
            stepName = QStringLiteral("%1 (%2)").arg(detail.steps[detail.failingStepIndex].name,
                                                     r.failingStep);
        m_failure->setText(stepName.isEmpty() ? r.failureReason
                                              : tr("%1 — %2").arg(stepName, r.failureReason));
        m_failure->setProperty("verdict", r.verdict);
        m_failure->style()->unpolish(m_failure);
        m_failure->style()->polish(m_failure);
        m_failure->show();
    } else {
        m_failure->hide();
    }

    showSync(detail.sync);
    fillSteps();
    fillAttributes();
    m_transcript->setHtml(TranscriptFormatter::html(detail));
    if (detail.highlightFirst >= 0)
        m_transcript->scrollToAnchor(QLatin1String(TranscriptFormatter::kFailAnchor));
}

void RunDetailView::fillSteps()
{
    const QList<core::store::StepRecord>& steps = m_detail.steps;
    m_steps->setRowCount(int(steps.size()));
    const QLocale locale;
    for (int i = 0; i < steps.size(); ++i) {
        const core::store::StepRecord& s = steps[i];
        m_steps->setItem(i, 0, item(QString::number(s.sequence + 1)));
        auto* name = item(s.name.isEmpty() ? s.stepId : s.name);
        name->setToolTip(tr("%1 · %2 · %3").arg(s.stepId, s.phase, s.kind));
        m_steps->setItem(i, 1, name);
        auto* verdict = item(VerdictStyle::label(s.verdict));
        verdict->setForeground(VerdictStyle::foreground(s.verdict));
        verdict->setBackground(VerdictStyle::background(s.verdict));
        verdict->setTextAlignment(Qt::AlignCenter);
        QFont bold = verdict->font();
        bold.setBold(true);
        verdict->setFont(bold);
        m_steps->setItem(i, 2, verdict);
        auto* measured = item(s.measured);
        bool ok = false;
        const double value = s.measured.toDouble(&ok);
        if (ok && ((s.low && value < *s.low) || (s.high && value > *s.high))) {
            measured->setForeground(VerdictStyle::foreground(QStringLiteral("fail")));
            measured->setFont(bold);
            measured->setToolTip(tr("outside the limits"));
        }
        m_steps->setItem(i, 3, measured);
        m_steps->setItem(i, 4, item(number(s.low)));
        m_steps->setItem(i, 5, item(number(s.high)));
        m_steps->setItem(i, 6, item(s.unit));
        auto* time = item(locale.toString(s.durationMs, 'f', s.durationMs < 10 ? 2 : 0));
        time->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_steps->setItem(i, 7, time);
        m_steps->setItem(i, 8, item(QString::number(s.attempts)));
        auto* message = item(s.message);
        message->setToolTip(s.message);
        m_steps->setItem(i, 9, message);
        if (i == m_detail.failingStepIndex) {
            for (int c = 0; c < m_steps->columnCount(); ++c) {
                if (c != 2)
                    m_steps->item(i, c)->setBackground(QColor(0xff, 0xf0, 0xf0));
            }
        }
    }
    m_steps->resizeColumnsToContents();
    if (m_detail.failingStepIndex >= 0) {
        m_steps->scrollToItem(m_steps->item(m_detail.failingStepIndex, 0),
                              QAbstractItemView::PositionAtCenter);
    }
}

void RunDetailView::fillAttributes()
{
    const QJsonObject& a = m_detail.run.attributes;
    m_attributes->setRowCount(int(a.size()));
    int row = 0;
    for (auto it = a.begin(); it != a.end(); ++it, ++row) {
        m_attributes->setItem(row, 0, item(it.key()));
        const QJsonValue v = it.value();
        QString text;
        if (v.isString())
            text = v.toString();
        else if (v.isDouble())
            text = QLocale::c().toString(v.toDouble(), 'g', 17);
        else if (v.isBool())
            text = v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        else
            text = QString::fromUtf8(
                (v.isObject() ? QJsonDocument(v.toObject()) : QJsonDocument(v.toArray()))
                    .toJson(QJsonDocument::Compact));
        auto* value = item(text);
        value->setFont(QFont(QStringLiteral("DejaVu Sans Mono")));
        value->setToolTip(text);
        m_attributes->setItem(row, 1, value);
    }
    m_attributes->resizeColumnToContents(0);
}

} // namespace eol::ui::review
