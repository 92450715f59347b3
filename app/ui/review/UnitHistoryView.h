#pragma once

#include "review/UnitHistory.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace eol::ui::review {

/// Every run of one unit (serial), oldest first: the first test, each retest, and the summary
/// QA asks for — first-pass result against final result. Activating a row opens that run.
class UnitHistoryView : public QWidget
{
    Q_OBJECT
public:
    explicit UnitHistoryView(QWidget* parent = nullptr);

    void showHistory(const core::review::UnitHistory& history, const QString& currentRunId);
    void clear();
    const core::review::UnitHistory& history() const { return m_history; }
    QTableWidget* table() const { return m_table; }
    QString summaryText() const;

Q_SIGNALS:
    void runActivated(const QString& runId);

private:
    core::review::UnitHistory m_history;
    QLabel* m_summary = nullptr;
    QTableWidget* m_table = nullptr;
};

} // namespace eol::ui::review
