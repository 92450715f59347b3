#pragma once

#include "review/RunDetail.h"

#include <QWidget>

class QLabel;
class QTabWidget;
class QTableWidget;
class QTextEdit;

namespace eol::ui::review {

/// One run for QA: who, what, when and the verdict on top; then every step with its verdict,
/// measured value against its limits and time; the full transcript with the failing exchange
/// highlighted (and scrolled to); the captured attributes. Further tabs (unit history, notes)
/// are added by the window.
class RunDetailView : public QWidget
{
    Q_OBJECT
public:
    enum Tab
    {
        StepsTab,
        TranscriptTab,
        AttributesTab
    };

    explicit RunDetailView(QWidget* parent = nullptr);

    void showDetail(const core::review::RunDetail& detail);
    /// Back to "pick a run" (a new filter).
    void clear();
    const core::review::RunDetail& detail() const { return m_detail; }
    bool hasRun() const { return !m_detail.run.runId.isEmpty(); }

    QTabWidget* tabs() const { return m_tabs; }
    QTableWidget* stepTable() const { return m_steps; }
    QTextEdit* transcriptView() const { return m_transcript; }
    QTableWidget* attributeTable() const { return m_attributes; }
    /// Where the run stands with the cloud registry (refusals and conflicts stand out).
    QLabel* syncLabel() const { return m_sync; }

private:
    void fillSteps();
    void fillAttributes();
    void showSync(const core::review::RunSyncState& sync);

    core::review::RunDetail m_detail;
    QLabel* m_summary = nullptr;
    QLabel* m_failure = nullptr;
    QLabel* m_sync = nullptr;
    QTabWidget* m_tabs = nullptr;
    QTableWidget* m_steps = nullptr;
    QTextEdit* m_transcript = nullptr;
    QTableWidget* m_attributes = nullptr;
};

} // namespace eol::ui::review
