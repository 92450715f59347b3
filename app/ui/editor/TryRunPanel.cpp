#include "ui/editor/TryRunPanel.h"

#include "runner/FixtureSlot.h"
#include "sim/SimConfig.h"
#include "station/Station.h"
#include "ui/StepTableModel.h"
#include "ui/editor/EditorLog.h"
#include "ui/editor/TryRunStepColors.h"

#include <QComboBox>
#include <QDateTime>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSerialPortInfo>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace eol::ui::editor {

namespace {

constexpr int kMaxTranscriptBlocks = 20000;

/// Wire bytes as text a lead can read: printable ASCII as is, the rest escaped.
QString printable(const QByteArray& bytes)
{
    QString out;
    for (const char c : bytes) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '\r')
            out += QStringLiteral("\\r");
        else if (c == '\n')
            out += QStringLiteral("\\n");
        else if (u >= 0x20 && u < 0x7F)
            out += QLatin1Char(c);
        else
            out += QStringLiteral("\\x%1").arg(u, 2, 16, QLatin1Char('0'));
    }
    return out;
}

void repolish(QWidget* w)
{
    w->style()->unpolish(w);
    w->style()->polish(w);
}

} // namespace

TryRunPanel::TryRunPanel(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("tryRunPanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(6);

    auto* controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Port"), this));
    m_port = new QComboBox(this);
    m_port->setObjectName(QStringLiteral("tryPort"));
    m_port->setEditable(true);
    m_port->setInsertPolicy(QComboBox::NoInsert);
    m_port->setMinimumWidth(220);
    m_port->setToolTip(tr("A serial device (/dev/ttyUSB0, /dev/ttyACM0, …) or a simulated DUT: "
                          "sim:nrf91, sim:bg96,slow=500, sim:nrf91,bad-imei, …"));
    controls->addWidget(m_port);
    m_refresh = new QPushButton(tr("Rescan"), this);
    m_refresh->setToolTip(tr("Look for serial devices again"));
    controls->addWidget(m_refresh);
    controls->addSpacing(12);
    controls->addWidget(new QLabel(tr("Unit serial"), this));
    m_serial = new QLineEdit(this);
    m_serial->setObjectName(QStringLiteral("trySerial"));
    m_serial->setPlaceholderText(tr("optional: ${serial}"));
    m_serial->setMaximumWidth(160);
    controls->addWidget(m_serial);
    controls->addSpacing(12);
    m_runStep = new QPushButton(tr("Run this step"), this);
    m_runStep->setObjectName(QStringLiteral("runStep"));
    m_runStep->setToolTip(tr("Runs the setup, the earlier steps that capture what this step "
                             "needs, then this step (no teardown)"));
    m_runPlan = new QPushButton(tr("Run the plan"), this);
    m_runPlan->setObjectName(QStringLiteral("runPlan"));
    m_abort = new QPushButton(tr("Abort"), this);
    m_abort->setObjectName(QStringLiteral("abortRun"));
    m_abort->setEnabled(false);
    controls->addWidget(m_runStep);
    controls->addWidget(m_runPlan);
    controls->addWidget(m_abort);
    controls->addStretch(1);
    layout->addLayout(controls);

    auto* status = new QHBoxLayout;
    m_verdictLabel = new QLabel(this);
    m_verdictLabel->setObjectName(QStringLiteral("tryVerdict"));
    m_verdictLabel->setMinimumWidth(90);
    m_verdictLabel->setAlignment(Qt::AlignCenter);
    m_title = new QLabel(tr("Try-out runs are not recorded as production runs."), this);
    m_title->setObjectName(QStringLiteral("tryTitle"));
    m_title->setWordWrap(true);
    status->addWidget(m_verdictLabel);
    status->addWidget(m_title, 1);
    layout->addLayout(status);

    auto* split = new QSplitter(Qt::Horizontal, this);
    m_steps = new StepTableModel(this);
    auto* colors = new TryRunStepColors(this);
    colors->setSourceModel(m_steps);
    m_table = new QTableView(split);
    m_table->setObjectName(QStringLiteral("tryRunSteps"));
    m_table->setModel(colors);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setVisible(false);
    m_table->setWordWrap(false);
    auto* header = m_table->horizontalHeader();
    header->setSectionResizeMode(StepTableModel::NameColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(StepTableModel::StateColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(StepTableModel::ValueColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(StepTableModel::LimitsColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(StepTableModel::TimeColumn, QHeaderView::ResizeToContents);
    m_transcript = new QPlainTextEdit(split);
    m_transcript->setObjectName(QStringLiteral("tryTranscript"));
    m_transcript->setReadOnly(true);
    m_transcript->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_transcript->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_transcript->setMaximumBlockCount(kMaxTranscriptBlocks);
    m_transcript->setPlaceholderText(tr("Transcript: → sent to the DUT, ← received, with times"));
    split->addWidget(m_table);
    split->addWidget(m_transcript);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);

    connect(m_refresh, &QPushButton::clicked, this, &TryRunPanel::refreshPorts);
    connect(m_runStep, &QPushButton::clicked, this, &TryRunPanel::runStepRequested);
    connect(m_runPlan, &QPushButton::clicked, this, &TryRunPanel::runPlanRequested);
    connect(m_abort, &QPushButton::clicked, this, &TryRunPanel::abort);
    refreshPorts();
    m_port->setCurrentText(QStringLiteral("sim:nrf91"));
}

TryRunPanel::~TryRunPanel()
{
    if (m_station && !m_station->shutdown())
        qCWarning(lcEditor) << "the try-out runner did not stop in time";
}

QString TryRunPanel::port() const
{
    return m_port->currentText().trimmed();
}

void TryRunPanel::setPort(const QString& port)
{
    m_port->setCurrentText(port);
}

void TryRunPanel::setSerial(const QString& serial)
{
    m_serial->setText(serial);
}

void TryRunPanel::setRunnable(bool runnable, const QString& why)
{
    m_runnable = runnable;
    for (QPushButton* b : {m_runStep, m_runPlan}) {
        b->setEnabled(runnable && !m_running);
        b->setToolTip(runnable ? QString() : why);
    }
}

QString TryRunPanel::verdictText() const
{
    return m_verdictLabel->text();
}

QString TryRunPanel::transcriptText() const
{
    return m_transcript->toPlainText();
}

QString TryRunPanel::scratchDatabase() const
{
    return m_station ? m_station->databasePath() : QString();
}

void TryRunPanel::refreshPorts()
{
    const QString current = m_port->currentText();
    m_port->clear();
    for (const QString& name : drivers::sim::SimConfig::personalityNames())
        m_port->addItem(QStringLiteral("sim:") + name);
    const auto ports = QSerialPortInfo::availablePorts();
    for (const QSerialPortInfo& info : ports) {
        const QString what =
            info.description().isEmpty() ? info.manufacturer() : info.description();
        m_port->addItem(info.systemLocation());
        m_port->setItemData(m_port->count() - 1, what, Qt::ToolTipRole);
    }
    m_port->setCurrentText(current);
}

eol::Result<void> TryRunPanel::ensureStation()
{
    if (m_station)
        return {};
    if (!m_scratch.isValid()) {
        return eol::makeError(QStringLiteral("tryout_unavailable"),
                              tr("cannot create a temporary folder for try-out records: %1")
                                  .arg(m_scratch.errorString()));
    }
    auto station =
        core::station::Station::open(m_scratch.filePath(QStringLiteral("tryout-records.db")));
    if (!station)
        return station.error();
    m_station = std::move(station).value();
    m_slot = m_station->addSlot(0);
    connect(m_slot, &core::runner::FixtureSlot::stepStarted, this,
            [this](const QString& phase, const QString& stepId, const QString& name) {
                m_steps->markStarted(phase, stepId);
                // The runner keeps its step notes for the stored transcript; the live one
                // shows where each step begins too.
                onTranscript({QDateTime::currentDateTimeUtc().toMSecsSinceEpoch() * 1000,
                              drivers::TranscriptEntry::Direction::Note,
                              QStringLiteral("step %1 (%2)").arg(stepId, name).toUtf8()});
            });
    connect(m_slot, &core::runner::FixtureSlot::stepFinished, this, &TryRunPanel::onStepFinished);
    connect(m_slot, &core::runner::FixtureSlot::transcriptChunk, this, &TryRunPanel::onTranscript);
    connect(m_slot, &core::runner::FixtureSlot::promptRequested, this,
            [this](const QString& stepId, const QString& question) { onPrompt(stepId, question); });
    connect(m_slot, &core::runner::FixtureSlot::finished, this, &TryRunPanel::onFinished);
    qCInfo(lcEditor) << "try-out records go to" << m_station->databasePath();
    return {};
}

eol::Result<void> TryRunPanel::start(const core::plan::Plan& plan, const QString& title)
{
    if (m_running) {
        return eol::makeError(QStringLiteral("tryout_busy"),
                              tr("a try-out run is still in progress; wait for it or abort it"));
    }
    const QString port = this->port();
    if (port.isEmpty()) {
        return eol::makeError(QStringLiteral("tryout_no_port"),
                              tr("choose a port: a serial device or a simulated DUT (sim:nrf91)"));
    }
    if (auto ready = ensureStation(); !ready)
        return ready;

    core::runner::RunRequest request;
    request.plan = plan;
    request.port = port;
    request.serial = m_serial->text().trimmed();
    request.stationId = QStringLiteral("plan-editor");
    request.operatorName = QStringLiteral("try-out");
    request.interactivePrompts = true;

    m_steps->reset(plan);
    m_transcript->clear();
    m_verdict.clear();
    showVerdict(QString(), QString());
    m_title->setText(tr("Running %1 on %2 — try-out, not recorded").arg(title, port));
    setRunning(true);
    m_slot->start(request);
    return {};
}

void TryRunPanel::abort()
{
    if (m_running && m_slot)
        m_slot->abort();
    if (m_prompt)
        m_prompt->close();
}

void TryRunPanel::onStepFinished(const core::store::StepRecord& step)
{
    const int row = m_steps->markFinished(step);
    m_table->scrollTo(m_table->model()->index(row, 0));
}

void TryRunPanel::onTranscript(const drivers::TranscriptEntry& entry)
{
    const QString time = QDateTime::fromMSecsSinceEpoch(entry.utcMicros / 1000)
                             .toLocalTime()
                             .toString(QStringLiteral("HH:mm:ss.zzz"));
    QString arrow;
    switch (entry.direction) {
    case drivers::TranscriptEntry::Direction::ToDevice:
        arrow = QStringLiteral("→");
        break;
    case drivers::TranscriptEntry::Direction::FromDevice:
        arrow = QStringLiteral("←");
        break;
    case drivers::TranscriptEntry::Direction::Note:
        arrow = QStringLiteral("·");
        break;
    }
    m_transcript->appendPlainText(
        QStringLiteral("%1  %2  %3")
            .arg(time, arrow,
                 entry.direction == drivers::TranscriptEntry::Direction::Note
                     ? QString::fromUtf8(entry.bytes) // our own words, not wire bytes
                     : printable(entry.bytes)));
}

void TryRunPanel::onPrompt(const QString& stepId, const QString& question)
{
    // Non-modal: the run (and its Abort button) stay alive while the question is open.
    auto* box = new QMessageBox(QMessageBox::Question, tr("Operator question (try-out)"), question,
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("tryPrompt"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton* pass = box->addButton(tr("PASS"), QMessageBox::AcceptRole);
    box->addButton(tr("FAIL"), QMessageBox::RejectRole);
    connect(box, &QMessageBox::finished, this, [this, box, pass, stepId] {
        if (m_running && m_slot)
            m_slot->answerPrompt(stepId, box->clickedButton() == pass);
    });
    m_prompt = box;
    box->open();
}

void TryRunPanel::onFinished(const core::runner::RunOutcome& outcome)
{
    if (m_prompt)
        m_prompt->close();
    m_verdict = outcome.record.verdict;
    QString detail;
    if (!outcome.record.failingStep.isEmpty())
        detail = tr("%1: %2").arg(outcome.record.failingStep, outcome.record.failureReason);
    else if (!outcome.record.failureReason.isEmpty())
        detail = outcome.record.failureReason;
    else if (!outcome.committed)
        detail = outcome.commitError;
    showVerdict(m_verdict, detail);
    setRunning(false);
    Q_EMIT runFinished(m_verdict);
}

void TryRunPanel::setRunning(bool running)
{
    m_running = running;
    m_runStep->setEnabled(!running && m_runnable);
    m_runPlan->setEnabled(!running && m_runnable);
    m_abort->setEnabled(running);
    m_port->setEnabled(!running);
    Q_EMIT runningChanged(running);
}

void TryRunPanel::showVerdict(const QString& verdict, const QString& detail)
{
    m_verdictLabel->setText(verdict.toUpper());
    m_verdictLabel->setProperty("verdict", verdict);
    repolish(m_verdictLabel);
    if (!verdict.isEmpty()) {
        m_title->setText(
            detail.isEmpty()
                ? tr("Try-out finished: %1. Not recorded as a production run.").arg(verdict)
                : tr("Try-out finished: %1 — %2").arg(verdict, detail));
    }
}

} // namespace eol::ui::editor
